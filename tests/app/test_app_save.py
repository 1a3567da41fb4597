"""ctrl+s writes what the app shows; reading the file back gives the same season."""

from __future__ import annotations

from msgspec.structs import replace

from liguilla_tui.core.diagnostics import NOWHERE
from liguilla_tui.core.load import load_season


def _table(season) -> list:
    return [replace(row, mark=NOWHERE) for row in season.table]


async def _save(ui, pilot) -> None:
    await pilot.press("ctrl+s")
    await pilot.app.workers.wait_for_complete()  # saving runs in a worker
    await ui.settle(pilot)


async def test_save_then_reload_gives_the_same_season(ui, season_path, bundled_text):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        assert app.sub_title == season_path.name
        await ui.goto_tab(pilot, 2)
        await pilot.press("down", "3")  # QF 1 leg 2: UANL 3-1 Monterrey
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 3)  # SF 1 is now UANL v Santos Laguna: a new leg
        await pilot.press("1", "right", "2")  # Santos Laguna 1-2 UANL
        await ui.settle(pilot)
        assert app.document.dirty
        assert "● unsaved" in app.sub_title
        assert "● unsaved" in ui.screen_lines(app)[0]
        edited = app.document.season
        new_leg = ui.find_leg(edited, "semifinals", 1, "UANL")
        assert (new_leg.home, new_leg.away, new_leg.score) == ("Santos Laguna", "UANL", (1, 2))

        await _save(ui, pilot)
        problems = [m for m in ui.notifications(app) if "Saved" not in m]
        assert not problems, problems
        assert any(m.startswith("Saved") for m in ui.notifications(app))
        assert not app.document.dirty
        assert app.sub_title == season_path.name
        assert "unsaved" not in ui.screen_lines(app)[0]
        assert season_path.name in ui.screen_lines(app)[0]

        text = season_path.read_text(encoding="utf-8")
        assert text != bundled_text
        reloaded = load_season(season_path)
        assert reloaded.season is not None, [d.format(reloaded.path) for d in reloaded.diagnostics]
        assert not [d for d in reloaded.diagnostics if d.is_error]
        assert ui.legs_data(reloaded.season) == ui.legs_data(app.document.season) == ui.legs_data(edited)
        assert _table(reloaded.season) == _table(app.document.season)
        assert reloaded.season.teams == app.document.season.teams
        # Every comment line of the file survives, in order.
        assert ui.comment_lines(text) == ui.comment_lines(bundled_text)

        # A second round of edits and a second save, on top of the first.
        await pilot.press("down", "left", "4")  # SF 1 leg 2: UANL 4-0 Santos Laguna
        await ui.settle(pilot)
        assert app.document.dirty and "● unsaved" in app.sub_title
        await _save(ui, pilot)
        assert not app.document.dirty and app.sub_title == season_path.name
        again = load_season(season_path).season
        assert again is not None
        assert ui.legs_data(again) == ui.legs_data(app.document.season)
        assert ui.find_leg(again, "semifinals", 2, "UANL").score == (4, 0)
        assert ui.comment_lines(season_path.read_text(encoding="utf-8")) == ui.comment_lines(bundled_text)

    # A fresh app on the saved file shows the saved what-if.
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        assert not app.document.dirty
        sf1 = ui.tie(app.resolved, "semifinals", 0)
        assert sf1.teams == ("UANL", "Santos Laguna") and sf1.winner == "UANL"


async def test_save_keeps_goal_events_and_penalties(ui, season_path, bundled_text):
    """An edit to the leg with the most detail (ET, shoot-out, goals with comments) saves faithfully."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 4)
        await pilot.press("down", "down", "down", "right", "5")  # pens 4-5: Cruz Azul champions
        await ui.settle(pilot)
        assert app.resolved.champion == "Cruz Azul"
        await _save(ui, pilot)
        assert not app.document.dirty, ui.notifications(app)
        reloaded = load_season(season_path).season
        assert reloaded is not None
        leg2 = ui.find_leg(reloaded, "final", 2, "América")
        assert (leg2.score, leg2.extra_time, leg2.penalties) == ((2, 1), (0, 0), (4, 5))
        assert [g.player for g in leg2.goals] == ["Teófilo Gutiérrez", "Aquivaldo Mosquera", "Moisés Muñoz"]
        assert ui.legs_data(reloaded) == ui.legs_data(app.document.season)
        text = season_path.read_text(encoding="utf-8")
        assert ui.comment_lines(text) == ui.comment_lines(bundled_text)
        # Only the shoot-out line changed.
        changed = [(a, b) for a, b in zip(bundled_text.splitlines(), text.splitlines()) if a != b]
        assert len(bundled_text.splitlines()) == len(text.splitlines())
        assert [(a.strip(), b.strip()) for a, b in changed] == [("penalties: [4, 2]", "penalties: [4, 5]")]


async def _undo_past_a_save_then_save(ui, pilot, season_path, bundled_text, edit) -> None:
    app = pilot.app
    await ui.settle(pilot)
    before = app.document.season
    await edit()
    assert app.document.dirty
    await _save(ui, pilot)
    assert not app.document.dirty, ui.notifications(app)
    assert ui.comment_lines(season_path.read_text(encoding="utf-8")) == ui.comment_lines(bundled_text)
    # Undo back over the save: the season is the loaded one again, which the file no
    # longer holds, so there is something to save.
    while app.document.history.can_undo:
        await pilot.press("ctrl+z")
    await ui.settle(pilot)
    assert ui.legs_data(app.document.season) == ui.legs_data(before)
    assert app.document.dirty
    await _save(ui, pilot)
    assert not app.document.dirty, ui.notifications(app)
    text = season_path.read_text(encoding="utf-8")
    assert ui.legs_data(load_season(season_path).season) == ui.legs_data(before)
    # Back to the original data: the comments must still be there, and in fact the file
    # should be the original text again.
    assert ui.comment_lines(text) == ui.comment_lines(bundled_text)
    assert text == bundled_text


async def test_undo_past_a_save_that_added_a_line_then_save(ui, season_path, bundled_text):
    """Save with a new goal event (a new line in the file), undo it, save again."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:

        async def edit() -> None:
            await ui.goto_tab(pilot, 2)
            await pilot.press("plus", "g")
            await ui.settle(pilot)
            await pilot.press(*"Aldo", "tab", *"77", "enter")
            await ui.settle(pilot)
            await pilot.click("#done")
            await ui.settle(pilot)
            leg = ui.find_leg(app.document.season, "quarterfinals", 1, "UANL")
            assert [g.minute for g in leg.goals] == ["18", "77"]

        await _undo_past_a_save_then_save(ui, pilot, season_path, bundled_text, edit)


async def test_undo_past_a_save_that_added_a_leg_then_save(ui, season_path, bundled_text):
    """Save with a leg of a new semi-final pairing (appended to the file), undo, save again."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:

        async def edit() -> None:
            await ui.goto_tab(pilot, 2)
            await pilot.press("down", "3")
            await ui.settle(pilot)
            await ui.goto_tab(pilot, 3)
            await pilot.press("1")
            await ui.settle(pilot)
            assert ui.find_leg(app.document.season, "semifinals", 1, "UANL").score == (1, 0)

        await _undo_past_a_save_then_save(ui, pilot, season_path, bundled_text, edit)


async def test_undo_past_a_save_of_a_score_then_save(ui, season_path, bundled_text):
    """The same with an edit that changes no line count: only the score comes back."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:

        async def edit() -> None:
            await ui.goto_tab(pilot, 2)
            await pilot.press("down", "3")
            await ui.settle(pilot)

        await _undo_past_a_save_then_save(ui, pilot, season_path, bundled_text, edit)
