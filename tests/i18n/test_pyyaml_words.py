"""A YAML syntax mistake is said in the chosen language: PyYAML's (and libyaml's) own
English problems are mapped to the catalog; anything unknown stays as PyYAML wrote it."""

from __future__ import annotations

import pytest

from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.yaml_words import pyyaml_words


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("a: [1, 2\nb: 3\n", (2, 2)),  # an unclosed flow sequence
        ("a: b: c\n", (1, 5)),  # a mapping value where none may be
        ("a:\n  - 1\n - 2\n", None),  # a sequence entry out of place
        ('a: "\\q"\n', None),  # an unknown escape
    ],
)
def test_yaml_syntax_mistakes_are_said_in_spanish_at_their_place(spanish, text, place):
    from tests.i18n.english_left import english_left

    loaded = load_season_text(text, "bad.yaml")
    message = loaded.diagnostics[0].format("bad.yaml")
    assert message.startswith("bad.yaml:") and "sintaxis YAML" in message, message
    if place is not None:
        assert message.startswith(f"bad.yaml:{place[0]}:{place[1]}:"), message
    said = message.split("sintaxis YAML: ", 1)[1]
    assert not english_left(said), said
    assert not any(word in said for word in ("expected", "found", "allowed", "context")), said


def test_an_unknown_pyyaml_problem_stays_as_written(spanish):
    assert pyyaml_words("something PyYAML has never said") == "something PyYAML has never said"
    assert pyyaml_words("expected ',' but got the moon") == "expected ',' but got the moon"


def test_english_is_unchanged_for_the_fixed_and_shaped_problems():
    assert pyyaml_words("did not find expected key") == "did not find expected key"
    assert pyyaml_words("mapping values are not allowed in this context") == "mapping values are not allowed here"
    assert pyyaml_words("expected <block end>, but found '<scalar>'") == "expected <block end>, but found '<scalar>'"


def test_where_the_construct_began_is_a_whole_spanish_sentence(spanish):
    loaded = load_season_text("a:\n  b: 1\n c: 2\n", "bad.yaml")
    lines = [d.format("bad.yaml") for d in loaded.diagnostics] + [
        n.message for d in loaded.diagnostics for n in getattr(d, "notes", ())
    ]
    assert any("aquí empezó el mapeo" in line for line in lines), lines
    assert not any("block mapping" in line for line in lines), lines
