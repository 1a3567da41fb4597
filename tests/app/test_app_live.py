"""Issue 13, "enter it as it is played": a leg marked live (L), its score typed as it goes,
its minute set (M), then made final (F), one deliberate key; each an undoable edit."""

from __future__ import annotations

from msgspec.structs import replace
from textual.widgets import Input

from liguilla_tui.core.emit import emit_season
from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.results import DECIDED, IN_PROGRESS
from liguilla_tui.screens.minute import MinuteScreen


def _last_qf_leg_unplayed(bundled_text: str) -> str:
    """The bundled season with QF 1 v 8's second leg not yet played (every other tie decided)."""
    season = load_season_text(bundled_text).season
    assert season is not None
    legs = tuple(
        replace(leg, score=None, goals=(), extra_time=None, penalties=None)
        if leg.round == "quarterfinals" and leg.leg == 2 and "Monterrey" in (leg.home, leg.away)
        else leg
        for leg in season.legs
        if leg.round == "quarterfinals"
    )
    return emit_season(replace(season, legs=legs, stated=replace(season.stated, matches=None, goals=None)))


async def test_a_leg_marked_live_scored_timed_then_final_decides_its_tie_and_undo_restores(
    ui, bundled_text, write_season
):
    path = write_season(_last_qf_leg_unplayed(bundled_text))
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        qf1 = ui.grid(app, "quarterfinals", 0)
        assert app.focused is qf1
        assert ui.tie(app.resolved, "quarterfinals", 0).state == IN_PROGRESS
        assert ui.tie(app.resolved, "semifinals", 0).teams is None  # waits for QF 1 v 8
        home = ui.tie(app.resolved, "quarterfinals", 0).legs[1].home
        await pilot.press("down")
        await pilot.press("L")  # live: the score so far starts 0-0
        await ui.settle(pilot)
        assert ui.row_texts(qf1)["leg2"][1] == "●live"
        assert ui.row_texts(qf1)["leg2"][3:6] == ["0", "–", "0"]
        tie = ui.tie(app.resolved, "quarterfinals", 0)
        assert (tie.state, tie.live) == (IN_PROGRESS, True)

        await pilot.press("3")  # typing keeps it live: 3-0 would decide it, but it is not over
        await ui.settle(pilot)
        tie = ui.tie(app.resolved, "quarterfinals", 0)
        assert (tie.state, tie.winner) == (IN_PROGRESS, None)
        assert ui.tie(app.resolved, "semifinals", 0).teams is None
        said = ui.summary(app, "quarterfinals", 0)
        assert said.startswith(f"{home} lead ") and said.endswith("on aggregate · live"), said
        assert str(qf1.get_row("leg2")[1].style) == "bold red"  # the live marker stands out

        await pilot.press("M")  # the minute, in a small dialog
        await ui.settle(pilot)
        assert isinstance(app.screen, MinuteScreen)
        box = app.screen.query_one("#minute", Input)
        await pilot.press(*"6x")
        await pilot.press("enter")
        await ui.settle(pilot)
        assert isinstance(app.screen, MinuteScreen)  # not a minute: said, and kept open
        box.value = ""
        await pilot.press(*"63", "enter")
        await ui.settle(pilot)
        assert not isinstance(app.screen, MinuteScreen)
        assert ui.row_texts(qf1)["leg2"][1] == "●63'"
        assert ui.summary(app, "quarterfinals", 0).endswith("on aggregate · 63'")
        assert app.focused is qf1

        await pilot.press("F")  # final: one deliberate key
        await ui.settle(pilot)
        tie = ui.tie(app.resolved, "quarterfinals", 0)
        assert (tie.state, tie.winner, tie.live) == (DECIDED, home, False)
        assert ui.tie(app.resolved, "semifinals", 0).teams is not None  # the next round opens
        assert ui.row_texts(qf1)["leg2"][1] != "●63'"
        await pilot.press("F")  # again: refused, with why, nothing changes
        await ui.settle(pilot)
        assert any("not live" in n for n in ui.notifications(app))

        await pilot.press("ctrl+z")  # undo: live again, at 63'
        await ui.settle(pilot)
        tie = ui.tie(app.resolved, "quarterfinals", 0)
        assert (tie.state, tie.live, tie.minute) == (IN_PROGRESS, True, "63")
        assert ui.tie(app.resolved, "semifinals", 0).teams is None
        assert ui.row_texts(qf1)["leg2"][1] == "●63'"
        for _ in range(3):  # minute, score, live: back to a leg not played
            await pilot.press("ctrl+z")
        await ui.settle(pilot)
        leg = ui.find_leg(app.document.season, "quarterfinals", 2, "Monterrey")
        assert (leg.score, leg.status) == (None, None)

        await pilot.press("ctrl+y", "ctrl+y", "ctrl+y")  # redo to 63', save, read back
        await ui.settle(pilot)
        await pilot.press("ctrl+s")
        await ui.settle(pilot)
    leg = ui.find_leg(load_season_text(path.read_text(encoding="utf-8")).season, "quarterfinals", 2, "Monterrey")
    assert (leg.state, leg.minute, sum(leg.score)) == ("live", "63", 3)


async def test_live_keys_work_in_a_round_grid_only_and_the_help_says_them(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        bindings = {b.binding.id for b in app.active_bindings.values() if b.enabled}
        assert {"grid.live", "grid.minute", "grid.final"} <= bindings
        await pilot.press("question_mark")
        await ui.settle(pilot)
        assert "L live (score so far), M its minute, F final" in ui.screen_text(app)
        await pilot.press("escape")
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 1)  # the general table: no leg to mark
        bindings = {b.binding.id for b in app.active_bindings.values() if b.enabled}
        assert "grid.live" not in bindings
