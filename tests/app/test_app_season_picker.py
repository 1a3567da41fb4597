"""The season picker lists every bundled season and opens the one chosen."""

from __future__ import annotations

import shutil

from liguilla_tui import i18n
from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season
from liguilla_tui.screens.season_picker import SeasonPicker, season_label
from liguilla_tui.seasons import bundled_seasons, default_season


def test_labels_name_year_and_tournament():
    assert season_label(default_season()) == "2013 Clausura"


def test_the_imported_folder_is_named_in_the_language_shown():
    imported = next(p for p in bundled_seasons() if p.parent.name == "imported" and p.stem == "2013-clausura")
    assert season_label(imported) == "2013 Clausura  (imported)"
    i18n.set_language("es_MX")
    try:
        assert season_label(imported) == "2013 Clausura  (importado)"
    finally:
        i18n.set_language(None)


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


def test_every_bundled_season_shows_its_format():
    from liguilla_tui.screens.season_picker import season_format

    formats = {p.stem: season_format(p) for p in bundled_seasons() if p.parent.name == "seasons"}
    assert formats["2013-clausura"] == "8 teams, away goals"
    assert formats["2011-clausura"] == "8 teams, no away goals"
    assert formats["2021-apertura"] == "12 teams, repechaje, no away goals"
    assert formats["2023-apertura"] == "10 teams, play-in, no away goals"
    assert "own format" not in formats.values()


async def test_typing_filters_and_enter_opens_the_one_left(tmp_path, ui):
    season = tmp_path / "2013-clausura.yaml"
    shutil.copy(default_season(), season)
    app = LiguillaApp(load_season(season))
    async with app.run_test(size=(80, 24)) as pilot:
        await ui.settle(pilot)
        await pilot.press("o")
        await ui.settle(pilot)
        picker = app.screen
        await pilot.press(*"2019 apert")
        await ui.settle(pilot)
        assert [picker.paths[i].name for i in picker.shown] == ["2019-apertura.yaml"]
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace", "c", "l")
        await ui.settle(pilot)
        assert [picker.paths[i].stem for i in picker.shown] == ["2019-clausura"]
        await pilot.press("enter")
        await ui.settle(pilot, 6)
        assert app.document.path.name == "2019-clausura.yaml"


async def test_play_in_filter_and_arrows(tmp_path, ui):
    season = tmp_path / "2013-clausura.yaml"
    shutil.copy(default_season(), season)
    app = LiguillaApp(load_season(season))
    async with app.run_test(size=(80, 24)) as pilot:
        await ui.settle(pilot)
        await pilot.press("o")
        await ui.settle(pilot)
        picker = app.screen
        await pilot.press(*"play-in")
        await ui.settle(pilot)
        names = [picker.paths[i].stem for i in picker.shown]
        assert len(names) >= 2 and all(n >= "2023-apertura" for n in names)  # the play-in era
        await pilot.press("down", "enter")
        await ui.settle(pilot, 6)
        assert app.document.path.stem == names[1]


async def test_unsaved_edits_can_be_saved_before_opening_another(tmp_path, ui):
    season = tmp_path / "2013-clausura.yaml"
    shutil.copy(default_season(), season)
    app = LiguillaApp(load_season(season))
    async with app.run_test(size=(80, 24)) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        await pilot.press("7")
        await ui.settle(pilot)
        assert app.document.dirty
        await pilot.press("escape", "o")
        await ui.settle(pilot)
        await pilot.press(*"2019 apert", "enter")
        await ui.settle(pilot)
        await pilot.click("#answer-save")  # "Save, then open"
        await ui.settle(pilot, 8)
        assert app.document.path.name == "2019-apertura.yaml"
    assert "score: [7, 0]" in season.read_text(encoding="utf-8")
