"""Spanish words are longer: the tab row, the General table's headers and the round names
still fit (issue 16), and only the presets' round names are translated (a file's are data)."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from liguilla_tui import i18n
from liguilla_tui.core.load import load_season
from liguilla_tui.core.model import RoundSpec
from liguilla_tui.core.presets import PRESETS, round_middle, round_name, round_short
from liguilla_tui.seasons import seasons_dir
from liguilla_tui.views.general_table import all_columns, column_widths
from liguilla_tui.views.tab_labels import LEVELS, fitted_row, fitted_titles, row_width, tab_titles

ERAS = ["2011-clausura.yaml", "2013-clausura.yaml", "2020-apertura.yaml", "2021-apertura.yaml", "2024-clausura.yaml"]


@pytest.fixture
def spanish():
    i18n.set_language("es_MX")
    yield
    i18n.set_language(None)


def rounds_of(name: str):
    loaded = load_season(seasons_dir() / name)
    assert loaded.season is not None
    return loaded.season.format.rounds


def test_every_preset_round_has_spanish_names(spanish):
    for preset in PRESETS.values():
        for raw in preset["rounds"]:
            spec = RoundSpec(key=raw["key"], name=raw["name"], short=raw["short"], legs=raw["legs"], pairing="reseed")
            assert round_name(spec) != raw["name"] or raw["name"] in ("Final", "Play-in")
            assert round_middle(spec) and round_short(spec)
    qf = RoundSpec(key="quarterfinals", name="Quarter-finals", short="QF", legs=2, pairing="reseed")
    assert (round_name(qf), round_middle(qf), round_short(qf)) == ("Cuartos de final", "Cuartos", "CF")


def test_a_files_own_round_names_are_never_translated(spanish):
    renamed = RoundSpec(
        key="quarterfinals", name="Semi-finals", short="SF", legs=2, pairing="reseed"
    )  # a preset's words, not its round
    custom = RoundSpec(key="cup", name="Final", short="F", legs=1, pairing="reseed")
    for spec in (renamed, custom):
        assert (round_name(spec), round_middle(spec), round_short(spec)) == (spec.name, spec.name, spec.short)


def test_english_is_as_written():
    qf = RoundSpec(key="quarterfinals", name="Quarter-finals", short="QF", legs=2, pairing="reseed")
    assert (round_name(qf), round_middle(qf), round_short(qf)) == ("Quarter-finals", "Quarter-finals", "QF")
    assert fitted_titles(rounds_of("2013-clausura.yaml"), 200)["general"] == "1 Table"


@pytest.mark.parametrize("season", ERAS)
def test_the_spanish_tab_row_fits_80_columns_and_is_no_wider_than_englishs(spanish, season):
    rounds = rounds_of(season)
    titles, padding = fitted_row(rounds, 80)
    assert row_width(list(titles.items()), padding) <= 80
    narrowest_spanish = row_width(tab_titles(rounds, len(LEVELS) - 1), 1)
    i18n.set_language(None)
    narrowest_english = row_width(tab_titles(rounds, len(LEVELS) - 1), 1)
    assert narrowest_spanish <= narrowest_english


def test_a_two_leg_season_fits_60_columns_in_spanish(spanish):
    titles, padding = fitted_row(rounds_of("2013-clausura.yaml"), 60)
    assert row_width(list(titles.items()), padding) <= 60
    assert titles["general"] == "1 Tabla" and titles["quarterfinals"] == "2 CF"
    wide = fitted_titles(rounds_of("2013-clausura.yaml"), 120)
    assert wide["quarterfinals"] == "2 Cuartos de final" and wide["general"] == "1 Tabla general"


@pytest.mark.parametrize("outlook", [False, True])
@pytest.mark.parametrize("narrow", [False, True])
def test_every_general_table_header_is_shown_whole_in_spanish(spanish, outlook, narrow):
    from rich.text import Text

    row = tuple(Text("x") for _ in all_columns(outlook))
    for label, width in column_widths([row], narrow=narrow, outlook=outlook):
        assert cell_len(i18n._(label)) <= width, (label, i18n._(label), width)


@pytest.mark.parametrize("language", [None, "es_MX"])
@pytest.mark.parametrize("season", ERAS)
def test_a_wider_terminal_never_shortens_a_tab_name(season, language):
    """Between 40 and 200 columns the names only grow as the row widens (the padding gives
    way first): at 100 columns Spanish names had been shorter than at 99."""
    from liguilla_tui import i18n

    i18n.set_language(language)
    try:
        rounds = rounds_of(season)
        levels = [tab_titles(rounds, level) for level in range(len(LEVELS))]
        shown = [levels.index(list(fitted_titles(rounds, width).items())) for width in range(40, 201)]
        assert shown == sorted(shown, reverse=True), shown
    finally:
        i18n.set_language(None)
