"""The rules core's words in Mexican Spanish: tie sentences read by a person and pinned here,
round names translated only when a preset gave them, English unchanged."""

from __future__ import annotations

import pytest

from liguilla_tui import i18n
from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.presets import preset_summary, round_name, round_short
from liguilla_tui.core.tie_needs import Need
from liguilla_tui.core.tie_outcomes import LEG
from liguilla_tui.core.tie_words import sentence, words
from liguilla_tui.report.safe import printable
from liguilla_tui.report.text_report import render_text
from tests.core.conftest import Kit
from tests.core.test_tie_words import open_tie


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language(None)


# Read by a person against the English ones in tests/core/test_tie_words.py: teams take a
# singular verb ("avanza", "necesita", "le basta"), as the Mexican press writes them.
GOLDEN = [
    (
        "liga-mx-2012",
        (1, 0),
        "Lobos avanza con cualquier cosa menos una derrota 0–1 o una derrota por 2 o más; "
        "Leones necesita una victoria por 2, o 1–0 (por mejor posición en la tabla)",
    ),
    (
        "liga-mx-2011",
        (0, 0),
        "a Leones le basta el empate, por mejor posición en la tabla; Lobos necesita cualquier victoria",
    ),
    ("final", (1, 1), "Leones o Tigres: quien gane es campeón; empate tras 90 minutos: tiempos extra y luego penales"),
    (
        "liga-mx-2012",
        None,
        "Leones avanza con una victoria en el global, o el global empatado con al menos los mismos goles de "
        "visitante (por mejor posición en la tabla); Lobos necesita una victoria en el global, o el global "
        "empatado con más goles de visitante",
    ),
    (
        "final",
        None,
        "Leones o Tigres: quien gane el global es campeón; global empatado tras 90 minutos: tiempos extra y luego penales",
    ),
]


@pytest.mark.parametrize(("preset", "leg1", "expected"), GOLDEN)
def test_tie_sentences_in_spanish(preset, leg1, expected):
    tie = open_tie(Kit, preset, leg1)
    english = words(tie)
    i18n.set_language("es_MX")
    assert words(tie) == expected
    i18n.set_language("en")
    assert words(tie) == english  # the language is looked up each time, never cached


def test_the_issues_own_example_sentence():
    i18n.set_language("es_MX")
    assert sentence(Need("Cruz Azul", 1, edge=(2, None)), LEG, True) == (
        "Cruz Azul avanza con cualquier victoria, o un empate de 2–2 o más"
    )
    assert sentence(Need("Cruz Azul", 2), LEG, False) == "Cruz Azul necesita una victoria por 2"


class _Spec:
    def __init__(self, key: str, name: str, short: str) -> None:
        self.key, self.name, self.short = key, name, short


def test_round_names_of_presets_are_translated_a_files_own_are_not():
    i18n.set_language("es_MX")
    assert round_name(_Spec("quarterfinals", "Quarter-finals", "QF")) == "Cuartos de final"
    assert round_short(_Spec("quarterfinals", "Quarter-finals", "QF")) == "CF"
    assert round_name(_Spec("semifinals", "Semi-finals", "SF")) == "Semifinales"
    assert round_name(_Spec("reclassification", "Repechaje", "RE")) == "Reclasificación"
    assert round_name(_Spec("playin_8th", "Play-in for 8th", "P8")) == "Play-in por el 8.º lugar"
    # A file's own name, even an English word the catalog knows, under another key: as written.
    assert round_name(_Spec("cup", "Semi-finals", "SF")) == "Semi-finals"
    assert round_name(_Spec("quarterfinals", "Cuartos [b]x[/b]", "Q")) == "Cuartos [b]x[/b]"
    assert preset_summary("liga-mx-2023-play-in") == "10 equipos, play-in, sin gol de visitante"
    i18n.set_language("en")
    assert preset_summary("liga-mx-2023-play-in") == "10 teams, play-in, no away goals"


def test_a_hostile_round_name_from_a_file_is_shown_as_written_in_spanish(text_with_own_round):
    loaded = load_season_text(text_with_own_round, "own.yaml")
    assert loaded.season is not None and not loaded.diagnostics
    from liguilla_tui.core.resolve import resolve

    i18n.set_language("es_MX")
    text = render_text(resolve(loaded.season))
    assert printable("Quarter-finals\x1b[31m") in text.splitlines()  # data: never translated
    assert "Semifinales" in text.splitlines()  # the preset's own name: translated


@pytest.fixture
def text_with_own_round() -> str:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "seasons" / "2013-clausura.yaml").read_text(encoding="utf-8")
    own = (
        "format:\n  preset: liga-mx-2012\n  rounds:\n"
        '    - key: quarterfinals\n      name: "Quarter-finals\\e[31m"\n'
        "    - key: semifinals\n    - key: final\n"
    )
    assert "format: liga-mx-2012\n" in text
    return text.replace("format: liga-mx-2012\n", own)
