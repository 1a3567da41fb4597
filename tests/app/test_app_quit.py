"""q never loses edits without asking."""

from __future__ import annotations

from textual.widgets import Button

from liguilla_tui.core.load import load_season
from liguilla_tui.screens.choice import ChoiceScreen


def _exited(app) -> bool:
    return app._exit and app.return_code == 0


def _still_running(app) -> bool:
    return app.is_running and not app._exit and app.return_code is None


async def _edit_and_ask_to_quit(ui, pilot) -> ChoiceScreen:
    app = pilot.app
    await ui.settle(pilot)
    await ui.goto_tab(pilot, 2)
    await pilot.press("down", "3")  # UANL 3-1 Monterrey
    await ui.settle(pilot)
    assert app.document.dirty
    await pilot.press("q")
    await ui.settle(pilot)
    screen = app.screen
    assert isinstance(screen, ChoiceScreen)
    assert [b.id for b in screen.query(Button)] == ["answer-save", "answer-quit", "answer-cancel"]
    assert "unsaved edits" in ui.screen_text(app)
    return screen


async def test_quit_without_edits_exits_at_once(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        assert not app.document.dirty
        await pilot.press("q")
        await ui.settle(pilot)
        assert _exited(app)
        assert not any(isinstance(s, ChoiceScreen) for s in app.screen_stack)


async def test_quit_after_undoing_every_edit_exits_at_once(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        await pilot.press("down", "3", "ctrl+z")
        await ui.settle(pilot)
        assert not app.document.dirty
        await pilot.press("q")
        await ui.settle(pilot)
        assert _exited(app)


async def test_cancel_keeps_the_app_and_the_edits(ui, season_path, bundled_text):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await _edit_and_ask_to_quit(ui, pilot)
        edited = app.document.season
        await pilot.click("#answer-cancel")
        await ui.settle(pilot)
        assert not isinstance(app.screen, ChoiceScreen)
        assert _still_running(app)
        assert app.document.season is edited and app.document.dirty
        assert season_path.read_text(encoding="utf-8") == bundled_text
        # Escape on the question is Cancel too.
        await pilot.press("q")
        await ui.settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("escape")
        await ui.settle(pilot)
        assert not isinstance(app.screen, ChoiceScreen)
        assert _still_running(app)
        # The app still takes keys afterwards.
        await ui.goto_tab(pilot, 2)
        assert ui.active_pane(app) == "quarterfinals"


async def test_quit_without_saving(ui, season_path, bundled_text):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await _edit_and_ask_to_quit(ui, pilot)
        await pilot.click("#answer-quit")
        await ui.settle(pilot)
        assert _exited(app)
    assert season_path.read_text(encoding="utf-8") == bundled_text


async def test_save_and_quit(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        screen = await _edit_and_ask_to_quit(ui, pilot)
        edited = app.document.season
        # Save is the default answer: it has the focus.
        assert screen.focused is screen.query_one("#answer-save")
        await pilot.press("enter")
        await ui.settle(pilot)
        assert _exited(app), ui.notifications(app)
    saved = load_season(season_path).season
    assert saved is not None
    assert ui.find_leg(saved, "quarterfinals", 2, "UANL").score == (3, 1)
    assert ui.legs_data(saved) == ui.legs_data(edited)


async def test_the_arrow_keys_go_between_the_answers_and_enter_takes_the_one_in_focus(ui, season_path):
    """A user who arrows to "Quit without saving" and presses Enter quits without saving
    (the arrows did nothing before, and Enter saved: the first answer kept the focus)."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        screen = await _edit_and_ask_to_quit(ui, pilot)
        assert screen.focused.id == "answer-save"
        await pilot.press("right")
        await ui.settle(pilot)
        assert screen.focused.id == "answer-quit"
        await pilot.press("right", "left")
        await ui.settle(pilot)
        assert screen.focused.id == "answer-quit"
        before = season_path.read_bytes()
        await pilot.press("enter")
        await ui.settle(pilot)
        assert _exited(app)
        assert season_path.read_bytes() == before  # not saved
