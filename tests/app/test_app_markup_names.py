"""Names from a season file are data: Rich/Textual markup in them is shown, never run."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from liguilla_tui.views.bracket import BracketView

CLICK = "[@click=app.quit]X[/]"
BOLD = "[b]X"


@pytest.fixture
def markup_path(ui, bundled_text, write_season):
    text, clicks = ui.rename_team(bundled_text, "UNAM", CLICK)
    text, bolds = ui.rename_team(text, "Santos Laguna", BOLD)
    # UNAM: teams, table, both QF legs, one goal. Santos Laguna: teams, table, 4 legs, 4 goals.
    assert (clicks, bolds) == (5, 10)
    assert "UNAM\n" not in text and "Santos Laguna," not in text
    return write_season(text, "markup-names.yaml")


def _still_running(app) -> bool:
    return app.is_running and not app._exit and app.return_code is None and not app._exit_renderables


async def _click_text(ui, pilot, needle: str) -> None:
    """Click on the screen where `needle` is shown (on its second character)."""
    at = ui.find_on_screen(pilot.app, needle)
    assert at is not None, f"{needle!r} not on screen:\n{ui.screen_text(pilot.app)}"
    x, y = at
    await pilot.click(offset=(x + 1, y))
    await ui.settle(pilot)


async def test_markup_names_open_and_render_literally(ui, markup_path):
    app = ui.open_app(markup_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        resolved = app.resolved
        assert not resolved.errors, [d.message for d in resolved.errors]
        assert {q.team for q in resolved.qualified} >= {CLICK, BOLD}

        # General table: the cells hold the names as plain text, and the screen shows brackets.
        table = app.query_one("#general-table", DataTable)
        teams = [row[2] for row in ui.row_list(table)]
        assert CLICK in teams and BOLD in teams
        screen = ui.screen_text(app)
        assert "[@click=app.qu" in screen  # the Team column is 14 wide: the name is cut, not parsed
        assert BOLD in screen

        # Quarter-finals: tie titles (full width), grid cells and sentences.
        await ui.goto_tab(pilot, 2)
        qf2_title = ui.tie_title(app, "quarterfinals", 1)
        assert qf2_title == f"QF 2 v 7  (2) América v (7) {CLICK}"
        assert ui.tie_title(app, "quarterfinals", 2).endswith(f"(6) {BOLD}")
        assert ui.row_texts(ui.grid(app, "quarterfinals", 1))["leg1"][2] == CLICK
        assert ui.summary(app, "quarterfinals", 2) == f"{BOLD} win 3–1 on aggregate"
        screen = ui.screen_text(app)
        assert f"(7) {CLICK}" in screen
        assert f"{BOLD} win 3–1 on aggregate" in screen

        # Scorers and Bracket too.
        await ui.goto_tab(pilot, 5)
        scorers = ui.row_list(app.query_one("#scorers-table", DataTable))
        teams = {row[2] for row in scorers}
        assert {CLICK, BOLD} <= teams
        await ui.goto_tab(pilot, 6)
        labels = ui.tree_labels(app.query_one(BracketView))
        assert any(f"(7) {CLICK}" in label for label in labels), labels
        assert any(f"(6) {BOLD}" in label for label in labels), labels
        assert _still_running(app)


async def test_clicking_a_markup_name_does_not_run_it(ui, markup_path):
    app = ui.open_app(markup_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        # The General table's cell.
        await _click_text(ui, pilot, "[@click=app.qu")
        assert _still_running(app)
        table = app.query_one("#general-table", DataTable)
        assert ui.row_list(table)[table.cursor_row][2] == CLICK  # the click selected the row

        # The Quarter-finals tab: the tie title and the grid's team cell.
        await ui.goto_tab(pilot, 2)
        await _click_text(ui, pilot, CLICK)
        assert _still_running(app)
        await _click_text(ui, pilot, "[@click=app.qui")
        assert _still_running(app)
        assert not app.document.dirty

        # The Bracket tab's tree.
        await ui.goto_tab(pilot, 6)
        await _click_text(ui, pilot, CLICK)
        assert _still_running(app)
        # And the app still works: q quits as it should (nothing was edited).
        await pilot.press("q")
        await ui.settle(pilot)
        assert app._exit and app.return_code == 0


async def test_a_markup_file_name_is_shown_literally(ui, bundled_text, tmp_path):
    """The file's name is data too: it reaches the header, the quit question and the
    "Saved ..." notification, and must never be run as markup there."""
    path = tmp_path / "[@click=app.quit]what-if[b].yaml"
    path.write_text(bundled_text, encoding="utf-8")
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        await ui.settle(pilot)
        assert "[@click=app.quit]what-if" in ui.screen_lines(app)[0]
        await ui.goto_tab(pilot, 2)
        await pilot.press("down", "3")
        await ui.settle(pilot)
        await pilot.press("q")
        await ui.settle(pilot)
        assert f"{path.name} has unsaved edits" in ui.screen_text(app)
        await pilot.press("escape")
        await ui.settle(pilot)

        await pilot.press("ctrl+s")
        await ui.settle(pilot)
        assert not app.document.dirty
        toast = app.screen.query_one("Toast")
        shown = ui.static_text(toast)
        assert shown.startswith("Saved ")
        assert path.name in shown, f"the notification shows {shown!r}"
        # Click the toast where it shows the file name: nothing may run.
        region = toast.region
        lines = ui.screen_lines(app)
        spots = [
            (line.find("what-if", region.x), y)
            for y, line in enumerate(lines)
            if region.y <= y < region.bottom and line.find("what-if", region.x) >= 0
        ]
        assert spots, ui.screen_text(app)
        x, y = spots[0]
        await pilot.click(offset=(x + 1, y))
        await ui.settle(pilot)
        assert _still_running(app)
