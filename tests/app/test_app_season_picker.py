"""The season picker lists every bundled season and opens the one chosen."""

from __future__ import annotations

import shutil

from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season
from liguilla_tui.screens.season_picker import SeasonPicker, season_label
from liguilla_tui.seasons import bundled_seasons, default_season


def test_labels_name_year_and_tournament():
    assert season_label(default_season()) == "2013 Clausura"


async def test_pick_another_bundled_season(tmp_path):
    seasons = sorted(bundled_seasons())
    others = [p for p in seasons if p.resolve() != default_season().resolve()]
    assert others, "only the default season is bundled"
    season = tmp_path / "2013-clausura.yaml"
    shutil.copy(default_season(), season)
    app = LiguillaApp(load_season(season))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, SeasonPicker)
        assert len(picker.paths) == len(seasons)
        target = others[0]
        index = picker.paths.index(target)
        picker.query_one("OptionList").highlighted = index
        await pilot.press("enter")
        for _ in range(5):
            await pilot.pause()
        assert app.document.path == target
        assert app.title == load_season(target).season.title
