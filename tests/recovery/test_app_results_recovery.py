"""A result typed on the General table's results grid survives an app abandoned without saving."""

from __future__ import annotations

import shutil
from pathlib import Path

from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season
from liguilla_tui.screens.choice import ChoiceScreen
from liguilla_tui.widgets.results_grid import ResultsGrid
from liguilla_tui.widgets.score_grid import HOME_GOALS

SEASON = Path(__file__).resolve().parents[2] / "seasons" / "2012-clausura.yaml"


async def _settle(pilot, times: int = 4) -> None:
    for _ in range(times):
        await pilot.pause()


async def test_a_typed_result_is_offered_back_after_the_app_is_abandoned(tmp_path):
    path = tmp_path / "season.yaml"
    shutil.copy(SEASON, path)
    original = path.read_text(encoding="utf-8")
    first = load_season(path).season.results[0]  # matchday 1's first row: Morelia 1-1 Tijuana
    assert first.score == (1, 1)

    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        grid = app.query_one(ResultsGrid)
        grid.focus()
        for _ in range(17):  # a finished season opens on its last matchday: back to the first
            await pilot.press("comma")
        await _settle(pilot)
        grid.place(0, HOME_GOALS)
        await pilot.press("7")
        await _settle(pilot)
        assert app.document.season.results[0].score == (7, 1) and app.document.dirty
        table_after_edit = [row.team for row in app.resolved.table]
    # Left without saving or quitting: what a killed process or a dropped SSH link leaves.
    assert path.read_text(encoding="utf-8") == original

    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        assert isinstance(app.screen, ChoiceScreen), "the journaled result was not offered back"
        assert "from an earlier session" in app.screen.question
        await pilot.press("enter")  # Restore is the default
        await _settle(pilot)
        assert app.document.season.results[0].score == (7, 1)
        assert app.document.dirty and "unsaved" in app.sub_title
        assert [row.team for row in app.resolved.table] == table_after_edit
        assert app.document.season.legs == load_season(path).season.legs
