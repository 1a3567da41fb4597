"""The helper every "no English left" test uses finds English, and only English."""

from liguilla_tui.i18n import compile as po
from tests.i18n.english_left import build, english_left

PO = """
msgid "{team} go through with any win"
msgstr "{team} avanza con cualquier victoria"

msgid "Quarter-finals"
msgstr "Cuartos de final"

msgid "Final"
msgstr "Final"

msgid "Total"
msgstr "Total"

msgid "Aggregate"
msgstr "Global"

msgid "Global"
msgstr "Global"

msgid "Won"
msgstr "Ganados"

msgid "{n} error"
msgid_plural "{n} errors"
msgstr[0] "{n} error"
msgstr[1] "{n} errores"

msgid "Semi-finals"
msgstr "Semifinales"
"""


def pieces():
    _, entries = po.parse_po(PO)
    return build(entries)


def test_finds_a_sentence_left_in_english_around_its_placeholders():
    found = english_left("América go through with any win.", among=pieces())
    assert found == ["go through with any win"]


def test_spanish_text_passes():
    text = "Cuartos de final: América avanza con cualquier victoria. Global 3–2. Final. 2 errores"
    assert english_left(text, among=pieces()) == []


def test_single_words_count_only_when_longer_than_four_letters():
    names = [p for p, _ in pieces()]
    assert "Aggregate" in names
    assert "Won" not in names  # too short to tell from data
    assert "Final" not in names and "Total" not in names  # the same in Spanish


def test_english_that_is_also_spanish_somewhere_is_never_reported():
    # "errors" differs from "errores", but "error" (the singular) is Spanish too.
    assert english_left("1 error", among=pieces()) == []
    assert english_left("2 errors", among=pieces()) == ["errors"]


def test_matches_on_word_boundaries_and_ignores_case():
    assert english_left("Aggregates", among=pieces()) == []
    assert english_left("QUARTER-FINALS", among=pieces()) == ["Quarter-finals"]
    assert english_left("quarter-finals", allow=["Quarter-finals"], among=pieces()) == []


def test_the_real_catalog_is_used_by_default():
    assert english_left("8 January 2013") == ["January"]
    assert english_left("8 de enero de 2013") == []
