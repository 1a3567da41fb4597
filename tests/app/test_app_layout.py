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
        assert _labels(app)[1:4] == ["2 QF", "3 SF", "4 F"]
        await pilot.resize_terminal(100, 24)  # seven tabs in full take 86 cells
        await ui.settle(pilot)
        assert _labels(app)[1:4] == ["2 Quarter-finals", "3 Semi-finals", "4 Final"]
        assert "2 Quarter-finals" in ui.screen_lines(app)[1]
        await pilot.resize_terminal(80, 24)
        await ui.settle(pilot)
        assert _labels(app)[1:4] == ["2 QF", "3 SF", "4 F"] and "7 Scenarios" in ui.screen_lines(app)[1]


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
