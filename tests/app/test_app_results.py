"""Regular-season results edited on the General table tab: table, seeds and Liguilla follow."""

from __future__ import annotations

import itertools
from pathlib import Path

from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season
from liguilla_tui.widgets.results_grid import ResultsGrid

TEAMS = [f"Team {c}" for c in "ABCDEFGHIJ"]


def season_with_results(tmp_path: Path) -> Path:
    """Ten teams, one round robin: a team earlier in the alphabet beats a later one 1-0,
    except H v I, left unplayed so it can be typed in (H and I then tie on points, goal
    difference and goals for, and H is 8th only by name)."""
    lines = (
        ["competition: Test League", "tournament: Apertura", "year: 2024", "format: liga-mx-2012", "teams:"]
        + [f"  - name: {t}" for t in TEAMS]
        + ["results:"]
    )
    pairs = list(itertools.combinations(TEAMS, 2))
    for day, (home, away) in enumerate(pairs, start=1):
        matchday = (day - 1) // 5 + 1
        score = "" if (home, away) == ("Team H", "Team I") else ", score: [1, 0]"
        lines.append(f"  - {{matchday: {matchday}, home: {home}, away: {away}{score}}}")
    path = tmp_path / "results.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


async def test_editing_a_result_reorders_the_table_and_repairs_the_liguilla(tmp_path, ui):
    path = season_with_results(tmp_path)
    loaded = load_season(path)
    assert loaded.season is not None and not [d for d in loaded.diagnostics if d.is_error]
    app = LiguillaApp(loaded)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # Before: H and I have 3 points each (both beat J); H is 8th.
        assert [q.team for q in app.resolved.qualified][-1] == "Team H"
        qf1 = app.resolved.round("quarterfinals").ties[0]
        assert qf1.teams == ("Team A", "Team H")
        grid = app.query_one(ResultsGrid)
        last_day = max(r.matchday for r in app.document.season.results)
        grid.focus()
        for _ in range(last_day):
            await pilot.press("full_stop")
        await pilot.pause()
        keys = [row.key.value for row in grid.ordered_rows]
        row = next(i for i, k in enumerate(keys) if app.document.season.results[int(k)].home == "Team H")
        general = app.query_one("#general-table")
        general.move_cursor(row=9)
        rows_before = [r.key for r in general.ordered_rows]
        grid.place(row, 5)
        await pilot.press("9")  # Team H 0-9 Team I: I go above H
        await pilot.pause()
        # The table reordered in place: same row objects, the cursor where it was.
        assert [r.key for r in general.ordered_rows] == rows_before
        assert general.cursor_row == 9
        shown = [cells[2] for cells in ui.row_list(general)]
        assert shown.index("Team I") < shown.index("Team H")
        result = next(r for r in app.document.season.results if (r.home, r.away) == ("Team H", "Team I"))
        assert result.score == (0, 9)
        table = [row.team for row in app.resolved.table]
        assert table.index("Team I") < table.index("Team H")
        assert [q.team for q in app.resolved.qualified][-1] == "Team I"
        assert app.resolved.round("quarterfinals").ties[0].teams == ("Team A", "Team I")
        assert app.document.dirty
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.resolved.round("quarterfinals").ties[0].teams == ("Team A", "Team H")


async def test_at_80x24_the_results_grid_is_on_screen_beside_the_table(tmp_path, ui):
    """An 18-team table alone fills 80x24: with results the table scrolls in what the
    results grid leaves, so the grid being typed into is never below the last row."""
    import shutil

    from textual.widgets import DataTable

    path = tmp_path / "2013-apertura.yaml"
    shutil.copy(Path(__file__).resolve().parents[2] / "seasons" / "2013-apertura.yaml", path)
    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await ui.settle(pilot)
        grid = app.query_one(ResultsGrid)
        table = app.query_one("#general-table", DataTable)
        screen = app.screen.region
        assert grid.region.height >= 9 and screen.contains_region(grid.region), (grid.region, screen)
        assert table.region.height >= 4 and table.row_count > table.region.height  # it scrolls
        grid.focus()
        await pilot.press("5")
        await ui.settle(pilot)
        assert ui.find_on_screen(app, "5   –") is not None  # the typed score is on screen
