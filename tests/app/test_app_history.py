"""Undo and redo: every step back and forth gives exactly the season it should."""

from __future__ import annotations

from liguilla_tui.core.load import load_season


async def test_undo_to_the_start_and_redo_to_the_end(ui, season_path):
    loaded = load_season(season_path).season
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        seasons = [app.document.season]
        # QF 1 leg 2 home 3 (UANL through), QF 1 leg 1 away +1, QF 2 leg 1 away +1 (crossing
        # into the next tie), then the re-seeded SF 1 leg 1 gets a first score and loses it.
        for keys in (("down", "3"), ("up", "right", "plus"), ("down", "down", "plus")):
            await pilot.press(*keys)
            await ui.settle(pilot)
            assert app.document.season != seasons[-1], keys
            seasons.append(app.document.season)
        assert ui.find_leg(app.document.season, "quarterfinals", 1, "UNAM").score == (0, 2)
        await ui.goto_tab(pilot, 3)
        assert ui.tie(app.resolved, "semifinals", 0).teams == ("UANL", "Santos Laguna")
        for key in ("2", "delete"):
            await pilot.press(key)
            await ui.settle(pilot)
            assert app.document.season != seasons[-1], key
            seasons.append(app.document.season)
        assert len(set(map(id, seasons))) == 6
        assert ui.find_leg(seasons[-2], "semifinals", 1, "UANL").score == (2, 0)
        assert ui.find_leg(seasons[-1], "semifinals", 1, "UANL").score is None
        final = seasons[-1]
        final_resolved = app.resolved
        assert app.document.dirty and "unsaved" in app.sub_title

        # Back, one step at a time: each undo gives the season before the edit.
        for expected in reversed(seasons[:-1]):
            await pilot.press("ctrl+z")
            await ui.settle(pilot)
            assert app.document.season == expected
        assert app.document.season == loaded
        assert app.document.season == app.document.saved
        assert not app.document.dirty
        assert "unsaved" not in app.sub_title
        assert app.resolved.champion == "América"
        assert ui.tie(app.resolved, "quarterfinals", 0).winner == "Monterrey"
        # The widgets follow the resolution.
        assert ui.tie_title(app, "semifinals", 0).endswith("(2) América v (8) Monterrey")
        await ui.goto_tab(pilot, 2)
        assert ui.row_texts(ui.grid(app, "quarterfinals", 1))["leg1"][3:6] == ["0", "–", "1"]
        assert ui.summary(app, "quarterfinals", 0) == "Monterrey win 2–1 on aggregate"

        # One more undo has nothing to undo and changes nothing.
        await pilot.press("ctrl+z")
        await ui.settle(pilot)
        assert app.document.season == loaded
        assert any("Nothing to undo" in m for m in ui.notifications(app))

        # Forward again to the very same final season.
        for expected in seasons[1:]:
            await pilot.press("ctrl+y")
            await ui.settle(pilot)
            assert app.document.season == expected
        assert app.document.season == final
        assert app.resolved == final_resolved
        assert app.document.dirty and "unsaved" in app.sub_title
        await pilot.press("ctrl+y")
        await ui.settle(pilot)
        assert app.document.season == final
        assert any("Nothing to redo" in m for m in ui.notifications(app))


async def test_an_edit_after_undo_drops_the_redo_branch(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        await pilot.press("5")
        await ui.settle(pilot)
        await pilot.press("ctrl+z")
        await ui.settle(pilot)
        await pilot.press("7")
        await ui.settle(pilot)
        assert ui.find_leg(app.document.season, "quarterfinals", 1, "UANL").score == (7, 0)
        assert not app.document.history.can_redo
        await pilot.press("ctrl+y")
        await ui.settle(pilot)
        assert ui.find_leg(app.document.season, "quarterfinals", 1, "UANL").score == (7, 0)


async def test_more_than_a_hundred_undo_steps(ui, season_path):
    """110 real edits, all undone and redone. The edits go in as the score keys send them
    (ScoreGrid.Edit through the app), most undos through the action, the last ones by key:
    330 key presses proved no more than this and took a tenth of the suite's time."""
    from liguilla_tui.widgets.score_grid import ScoreGrid

    steps = 110  # the help promises 500; 100 is the floor asked of the app
    loaded = load_season(season_path).season
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        grid = ui.grid(app, "quarterfinals", 0)
        # Alternate 4 and 5 goals for Monterrey in QF 1 leg 1: every edit a real change.
        for step in range(steps - 1):
            grid.post_message(ScoreGrid.Edit(grid, grid.current_row, grid.side, "set", 4 if step % 2 == 0 else 5))
        await ui.settle(pilot)
        await pilot.press("5")  # and the last one by key
        await ui.settle(pilot)
        final = app.document.season
        assert ui.find_leg(final, "quarterfinals", 1, "UANL").score == (5, 0)

        for _ in range(steps - 2):
            app.action_undo()
            assert app.document.season != loaded  # not there before the last undo
        await pilot.press("ctrl+z", "ctrl+z")
        await ui.settle(pilot)
        assert app.document.season == loaded
        assert not app.document.dirty
        assert ui.find_leg(app.document.season, "quarterfinals", 1, "UANL").score == (1, 0)
        assert ui.row_texts(ui.grid(app, "quarterfinals", 0))["leg1"][3:6] == ["1", "–", "0"]

        for _ in range(steps - 2):
            app.action_redo()
        await pilot.press("ctrl+y", "ctrl+y")
        await ui.settle(pilot)
        assert app.document.season == final
        assert ui.row_texts(ui.grid(app, "quarterfinals", 0))["leg1"][3:6] == ["5", "–", "0"]


async def test_undo_is_the_apps_everywhere_but_under_a_dialog(ui, season_path):
    """ctrl+z and ctrl+y are the app's on every tab, whatever has the focus (the Scenarios
    tab, the tab row), and no dialog's: under one, the season stays as it is."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        before = app.document.season
        await pilot.press("5")
        await ui.settle(pilot)
        edited = app.document.season
        assert edited is not before
        await pilot.press("d")  # the leg's date, kickoff and venue
        await ui.settle(pilot)
        dialog = app.screen
        assert len(app.screen_stack) == 2
        await pilot.press("ctrl+z", "ctrl+y", "ctrl+z")
        await ui.settle(pilot)
        assert app.screen is dialog and app.document.season is edited
        await pilot.press("escape")
        await ui.settle(pilot)
        await pilot.press("escape")  # the focus on the tab row
        await ui.settle(pilot)
        await pilot.press("ctrl+z")
        await ui.settle(pilot)
        assert app.document.season is before
        await ui.goto_tab(pilot, 7)  # the Scenarios tab
        await pilot.press("ctrl+y")
        await ui.settle(pilot)
        assert app.document.season is edited
