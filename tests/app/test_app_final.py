"""The final: extra time and the shoot-out decide the champion; the rows open only when level."""

from __future__ import annotations

import pytest

from liguilla_tui.core.results import DECIDED, LEVEL
from liguilla_tui.widgets.score_grid import AWAY_GOALS, HOME_GOALS

ROWS = ["leg1", "leg2", "et", "pens"]


async def _final_grid(ui, pilot):
    await ui.goto_tab(pilot, 4)
    assert ui.active_pane(pilot.app) == "final"
    final = ui.grid(pilot.app, "final", 0)
    assert pilot.app.focused is final
    assert list(final.row_keys) == ROWS and final.row_count == len(ROWS)
    return final


async def _to_row(pilot, final, row: str) -> None:
    """Move the cursor to `row` with the arrow keys (bounded: a stuck cursor fails, not hangs)."""
    for _ in range(len(ROWS)):
        if final.current_row == row:
            break
        await pilot.press("down" if ROWS.index(row) > ROWS.index(final.current_row) else "up")
    assert final.current_row == row


@pytest.fixture
def no_shootout_path(bundled_text, write_season):
    """The bundled season with the final's 2nd leg stopped after 90 minutes (2-1, 2-2 on aggregate)."""
    lines = bundled_text.splitlines(keepends=True)
    kept = [l for l in lines if l.strip() not in ("extra_time: [0, 0]", "penalties: [4, 2]")]
    assert len(lines) - len(kept) == 2
    return write_season("".join(kept), "no-shootout.yaml")


async def test_cruz_azul_win_the_shootout(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        assert app.resolved.champion == "América"
        final = await _final_grid(ui, pilot)
        await _to_row(pilot, final, "pens")
        # The shoot-out row follows leg 2: América (home) on the left.
        assert ui.row_texts(final)["pens"][2:7] == ["América", "4", "–", "2", "Cruz Azul"]

        await pilot.press("3")
        await ui.settle(pilot)
        assert app.resolved.champion == "América"  # 3-2 still
        assert final.cursor_coordinate == (3, HOME_GOALS)
        await pilot.press("right", "5")
        await ui.settle(pilot)

        leg2 = ui.find_leg(app.document.season, "final", 2, "América")
        assert (leg2.home, leg2.score, leg2.extra_time, leg2.penalties) == ("América", (2, 1), (0, 0), (3, 5))
        resolved = app.resolved
        tie = ui.tie(resolved, "final", 0)
        assert (tie.state, tie.winner, tie.decided_by) == (DECIDED, "Cruz Azul", "penalties")
        assert resolved.champion == "Cruz Azul" and resolved.runner_up == "América"
        assert ui.summary(app, "final", 0) == "Cruz Azul win 5–3 on penalties after 2–2"
        assert ui.row_texts(final)["pens"][2:7] == ["América", "3", "–", "5", "Cruz Azul"]
        assert final.cursor_coordinate == (3, AWAY_GOALS)
        assert "Cruz Azul win 5–3 on penalties" in ui.screen_text(app)

        await ui.goto_tab(pilot, 6)
        assert "★ Champion: Cruz Azul" in ui.screen_text(app)


async def test_a_level_shootout_is_refused(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        final = await _final_grid(ui, pilot)
        await _to_row(pilot, final, "pens")
        season = app.document.season
        await pilot.press("right", "4")  # 4-4
        await ui.settle(pilot)
        assert app.document.season is season
        assert any("cannot end level" in m for m in ui.notifications(app))
        assert app.resolved.champion == "América"


async def test_extra_time_then_penalties_give_the_champion(ui, no_shootout_path):
    app = ui.open_app(no_shootout_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        tie = ui.tie(app.resolved, "final", 0)
        assert (tie.state, tie.aggregate, tie.awaiting) == (LEVEL, (2, 2), "extra_time")
        assert app.resolved.champion is None
        final = await _final_grid(ui, pilot)
        assert ui.summary(app, "final", 0) == "Level 2–2 on aggregate: extra time to come"
        original = app.document.season

        # No shoot-out before extra time has been played.
        await _to_row(pilot, final, "pens")
        await pilot.press("5")
        await ui.settle(pilot)
        assert app.document.season is original
        assert any("shoot-out" in m for m in ui.notifications(app))

        # Extra time 0-0.
        await pilot.press("up")
        assert final.current_row == "et"
        await pilot.press("0")
        await ui.settle(pilot)
        leg2 = ui.find_leg(app.document.season, "final", 2, "América")
        assert leg2.extra_time == (0, 0) and leg2.penalties is None
        tie = ui.tie(app.resolved, "final", 0)
        assert (tie.state, tie.awaiting) == (LEVEL, "penalties")
        assert ui.summary(app, "final", 0) == "Level 2–2 on aggregate: penalties to come"
        assert final.current_row == "et"

        # Penalties 4-2 for América, as on the night.
        await pilot.press("down", "4", "right", "2")
        await ui.settle(pilot)
        leg2 = ui.find_leg(app.document.season, "final", 2, "América")
        assert leg2.penalties == (4, 2)
        assert app.resolved.champion == "América" and app.resolved.runner_up == "Cruz Azul"
        assert ui.summary(app, "final", 0) == "América win 4–2 on penalties after 2–2"


async def test_penalties_refused_while_the_aggregate_is_not_level(ui, no_shootout_path):
    app = ui.open_app(no_shootout_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        final = await _final_grid(ui, pilot)
        # América 3-1 in leg 2: 3-2 on aggregate, nothing level any more.
        await _to_row(pilot, final, "leg2")
        await pilot.press("3")
        await ui.settle(pilot)
        assert app.resolved.champion == "América"
        assert ui.tie(app.resolved, "final", 0).decided_by == "aggregate"
        season, history_len = app.document.season, len(app.document.history._past)

        for row in ("pens", "et"):
            await _to_row(pilot, final, row)
            for key in ("5", "plus"):
                await pilot.press(key)
                await ui.settle(pilot)
                assert app.document.season is season, (row, key)
        assert len(app.document.history._past) == history_len
        messages = ui.notifications(app)
        assert any("shoot-out comes only when the tie is level" in m for m in messages), messages
        assert any("Extra time is played only when the aggregate is level" in m for m in messages), messages
        leg2 = ui.find_leg(season, "final", 2, "América")
        assert (leg2.score, leg2.extra_time, leg2.penalties) == ((3, 1), None, None)
        # The rows show they take no score.
        assert ui.row_texts(final)["pens"][3:6] == ["·", "", "·"]


async def test_extra_time_that_decides_the_final_leaves_no_stale_shootout(ui, season_path):
    """ET 1-0 in the bundled final (which went to penalties): América win after extra time.
    The 4-2 shoot-out can no longer have happened; the edit must not leave a season that
    the rules report as an error (and `liguilla check` would reject once saved)."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        assert not app.resolved.errors
        final = await _final_grid(ui, pilot)
        await _to_row(pilot, final, "et")
        await pilot.press("1")
        await ui.settle(pilot)
        tie = ui.tie(app.resolved, "final", 0)
        assert (tie.winner, tie.decided_by) == ("América", "extra_time")
        assert ui.summary(app, "final", 0) == "América win 3–2 on aggregate after extra time"
        assert not app.resolved.errors, [d.message for d in app.resolved.errors]
        leg2 = ui.find_leg(app.document.season, "final", 2, "América")
        assert leg2.penalties is None
        assert ui.row_texts(final)["pens"][3:6] != ["4", "–", "2"]


async def test_a_leg_score_that_breaks_the_tie_leaves_no_stale_extra_time(ui, season_path):
    """América 3-1 in the final's 2nd leg: 3-2 on aggregate, no extra time, no shoot-out."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        final = await _final_grid(ui, pilot)
        await _to_row(pilot, final, "leg2")
        await pilot.press("3")
        await ui.settle(pilot)
        tie = ui.tie(app.resolved, "final", 0)
        assert (tie.winner, tie.decided_by) == ("América", "aggregate")
        assert not app.resolved.errors, [d.message for d in app.resolved.errors]
        leg2 = ui.find_leg(app.document.season, "final", 2, "América")
        assert (leg2.extra_time, leg2.penalties) == (None, None)


async def test_a_shootout_known_only_by_its_winner_shows_and_can_be_typed(ui, bundled_text, write_season):
    """`penalties_winner`: the tie is decided, says the score is not known, and typing the
    shoot-out's score replaces the winner."""
    text = bundled_text.replace("    penalties: [4, 2]\n", "    penalties_winner: América\n")
    assert text != bundled_text
    app = ui.open_app(write_season(text, "winner-only.yaml"))
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        assert app.resolved.champion == "América"
        final = await _final_grid(ui, pilot)
        assert "América win on penalties (score not known)" in ui.summary(app, "final", 0)
        await _to_row(pilot, final, "pens")
        await pilot.press("5", "right", "3")
        await ui.settle(pilot)
        leg2 = ui.find_leg(app.document.season, "final", 2, "América")
        assert (leg2.penalties, leg2.penalties_winner) == ((5, 3), None)
        assert app.resolved.champion == "América"
        assert "win 5–3 on penalties" in ui.summary(app, "final", 0)


async def test_extra_time_and_shootout_are_kept_while_not_level_and_come_back(ui, season_path):
    """Issue 13: América 3-1 in the 2nd leg hides the final's extra time and 4-2 shoot-out
    (they were deleted); saved and reopened, typing 2-1 again brings both back."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        final = await _final_grid(ui, pilot)
        await _to_row(pilot, final, "leg2")
        await pilot.press("3")
        await ui.settle(pilot)
        assert ui.summary(app, "final", 0) == "América win 3–2 on aggregate"
        assert ui.row_texts(final)["pens"][3:6] == ["·", "", "·"]  # hidden
        assert any("set aside" in m for m in ui.notifications(app))
        assert not app.resolved.errors, [d.message for d in app.resolved.errors]
        await pilot.press("ctrl+s")
        await ui.settle(pilot)
        assert not app.document.dirty
    assert "kept_penalties: [4, 2]" in season_path.read_text(encoding="utf-8")

    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        assert not app.resolved.errors, [d.message for d in app.resolved.errors]
        final = await _final_grid(ui, pilot)
        await _to_row(pilot, final, "leg2")
        await pilot.press("2")
        await ui.settle(pilot)
        assert ui.summary(app, "final", 0) == "América win 4–2 on penalties after 2–2"
        assert ui.row_texts(final)["pens"][2:7] == ["América", "4", "–", "2", "Cruz Azul"]
        assert ui.row_texts(final)["et"][3:6] == ["0", "–", "0"]
        assert app.resolved.champion == "América"
