"""Layout that fits 60 to 120 columns: tab names, the table's columns."""

from __future__ import annotations

import shutil

from textual.widgets import TabbedContent

from liguilla_tui.seasons import seasons_dir


def _labels(app) -> list[str]:
    tabbed = app.query_one(TabbedContent)
    return [tabbed.get_tab(pane.id).label.plain for pane in tabbed.query("TabPane")]


async def test_round_tabs_are_named_in_full_where_they_fit(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await ui.settle(pilot)
        # Where the row is short of room a tab has one cell of padding, not one each side:
        # at 60 the seven tabs' short names all fit, with no tab out of view.
        assert app.screen.has_class("-narrow")
        assert _labels(app)[1:4] == ["2 QF", "3 SF", "4 F"]
        assert ui.screen_lines(app)[1].rstrip().endswith("7 Scenarios")
        await pilot.resize_terminal(100, 24)
        await ui.settle(pilot)
        assert _labels(app)[1:4] == ["2 Quarter-finals", "3 Semi-finals", "4 Final"]
        assert "2 Quarter-finals  3 Semi-finals" in ui.screen_lines(app)[1]  # a cell each side
        await pilot.resize_terminal(80, 24)
        await ui.settle(pilot)
        # In full at 80 too (72 cells of names, one cell before each): Textual's padding of a
        # cell each side (86) had made them "QF", "SF", "F".
        assert app.screen.has_class("-normal")
        assert _labels(app)[1:4] == ["2 Quarter-finals", "3 Semi-finals", "4 Final"]
        assert " 2 Quarter-finals 3 Semi-finals 4 Final" in ui.screen_lines(app)[1]
        assert "7 Scenarios" in ui.screen_lines(app)[1]


async def test_at_60_columns_a_tie_shows_both_names_whole_and_its_title(ui, season_path):
    """The team columns give way below the grid's full width, so the away side is not cut;
    and the first tie's title stays in view in a 20-line terminal (Textual's own centring
    of the focused grid had scrolled it away)."""
    app = ui.open_app(season_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        await ui.settle(pilot)
        text = ui.screen_text(app)
        assert "QF 1 v 8  (1) UANL v (8) Monterrey" in text
        assert "Santos Laguna   0   –  0   Atlas" in text
        assert "Atlas           1   –  3   Santos Laguna" in text
        grid = ui.grid(app, "quarterfinals", 0)
        assert grid.virtual_size.width <= grid.size.width  # nothing of the grid out of view
        await pilot.press("7")  # the grid still edits the cell the cursor is on
        await ui.settle(pilot)
        assert "Monterrey       7   –  0   UANL" in ui.screen_text(app)
        await pilot.resize_terminal(80, 24)  # the columns in full again, the score kept
        await ui.settle(pilot)
        assert "Monterrey            7   –  0   UANL" in ui.screen_text(app)


async def test_eight_tabs_take_full_names_at_120_columns(ui, tmp_path):
    path = tmp_path / "2023-apertura.yaml"
    shutil.copy(seasons_dir() / path.name, path)
    app = ui.open_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await ui.settle(pilot)
        assert _labels(app)[1] == "2 PI"
        await pilot.resize_terminal(120, 40)
        await ui.settle(pilot)
        assert _labels(app)[1:3] == ["2 Play-in", "3 Play-in for 8th"]


async def test_points_stay_on_screen_at_60_columns(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await ui.settle(pilot)
        header = ui.screen_lines(app)[3]
        assert "Pts" in header and "GF" not in header  # GD stands for GF and GA here
        assert "UANL" in ui.screen_text(app) and " 35" in ui.screen_lines(app)[4]
        await pilot.resize_terminal(80, 24)
        await ui.settle(pilot)
        assert "GF" in ui.screen_lines(app)[3]


async def test_long_notes_are_not_cut(ui, season_path):
    from textual.widgets import DataTable

    app = ui.open_app(season_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await ui.settle(pilot)
        table = app.query_one("#general-table", DataTable)
        note = table.columns["Note"]
        assert note.width >= len("barred: relegated to Ascenso MX")


async def test_every_tab_draws_when_the_tab_row_is_wider_than_the_screen(ui, tmp_path):
    """With round names too long for any tab row, Textual did not always send Show to a
    tab's view (the Bracket, opened from the Scorers, stayed blank): the app now tells a
    view its tab was activated."""
    import yaml

    from liguilla_tui.seasons import default_season

    data = yaml.safe_load(default_season().read_text(encoding="utf-8"))
    data["format"] = {
        "preset": "liga-mx-2012",
        "rounds": [
            {"key": key, "name": key.capitalize() * 12, "short": key[:2].upper() * 30}
            for key in ("quarterfinals", "semifinals", "final")
        ],
    }
    path = tmp_path / "long.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    app = ui.open_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 5)
        assert "Scorer" in ui.screen_text(app) or "Goals" in ui.screen_text(app)
        await ui.goto_tab(pilot, 6)
        await ui.goto_tab(pilot, 4)
        assert "América" in ui.screen_text(app)  # the final's card
        await ui.goto_tab(pilot, 6)
        assert "Cruz Azul" in ui.screen_text(app)  # the bracket


async def test_a_short_terminal_keeps_the_table_leaders_above_a_matchdays_results(ui, tmp_path):
    """Under 24 lines (the -short breakpoint) a matchday's results show five at a time and
    scroll, so the General table keeps seven rows in view at 60x20 (it had two; six while
    the legend's second line wrapped)."""
    from liguilla_tui.widgets.results_grid import ResultsGrid

    path = tmp_path / "2024-apertura.yaml"
    shutil.copy(seasons_dir() / path.name, path)
    app = ui.open_app(path)
    async with app.run_test(size=(60, 20)) as pilot:
        await ui.settle(pilot)
        assert app.screen.has_class("-short")
        table_rows = [line for line in ui.screen_lines(app)[4:12] if line[:5].strip().isdigit()]
        assert len(table_rows) == 7, ui.screen_text(app)
        grid = app.query_one(ResultsGrid)
        assert grid.region.height == 5 and grid.row_count == 9
        await pilot.resize_terminal(80, 30)
        await ui.settle(pilot)
        assert app.screen.has_class("-tall") and grid.region.height == 9


async def test_the_cursor_stays_on_its_cell_when_a_resize_narrows_the_grid(ui, season_path):
    """The team columns are rebuilt narrower below the grid's full width; the cursor stays on
    the cell it was on (it went back to leg 1's home score, where the next digit then landed)."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        await pilot.press("j", "l")  # leg 2, away score
        await ui.settle(pilot)
        grid = ui.grid(app, "quarterfinals", 0)
        assert (grid.current_row, grid.side) == ("leg2", 1)
        await pilot.resize_terminal(60, 20)
        await ui.settle(pilot, 5)
        assert (grid.current_row, grid.side) == ("leg2", 1)
        await pilot.press("5")
        await ui.settle(pilot)
        leg = ui.find_leg(app.document.season, "quarterfinals", 2, "UANL")
        assert leg.score == (1, 5)
