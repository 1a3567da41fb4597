"""Numbers as YAML 1.1 reads them, and format numbers out of range: errors that say what to write.

PyYAML reads `010` as 8 (octal), `0x10` as 16, `1:30` as 90 (base 60) and `1_0` as 10.
Where a count, a minute or a year belongs, such a value is refused at its place with the
number to write instead; where text belongs (a kickoff written `19:00` without quotes) it
is kept as written.
"""

from __future__ import annotations

import pytest

from liguilla_tui.cli import main
from liguilla_tui.core import load_season_text

FORMAT_BLOCK = """format:
  qualifiers: {q}
  rounds:
    - {{key: final, name: Final, short: F, legs: 2, pairing: reseed, tiebreak: [extra_time, penalties]}}
"""


def _errors(text):
    return [(d.line, d.column, d.message) for d in load_season_text(text, "s.yaml").diagnostics if d.is_error]


def _where(text: str, needle: str) -> tuple[int, int]:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number, line.index(needle) + 1
    raise AssertionError(needle)


@pytest.mark.parametrize(
    ("written", "read_as", "meant"),
    [
        ("010", 8, 10),
        ("0x10", 16, 16),
        ("1:30", 90, 90),
        ("1_0", 10, 10),
        ("0b11", 3, 3),
    ],
)
def test_a_yaml11_number_in_a_table_row_says_what_to_write(kit, written, read_as, meant):
    text = kit.season_text().replace("gf: 29,", f"gf: {written},", 1)
    assert f"gf: {written}," in text
    found = _errors(text)
    assert found == [
        (
            *_where(text, written),
            f"'gf' in a table row is written {written}, which YAML reads as {read_as}: write {meant}, not {written}",
        )
    ]


def test_a_yaml11_year_is_refused(kit):
    text = kit.season_text().replace("year: 2013", "year: 0x7DD")
    assert _errors(text) == [
        (3, 7, "'year' in the season is written 0x7DD, which YAML reads as 2013: write 2013, not 0x7DD")
    ]


def test_a_yaml11_score_and_leg_number(kit):
    legs = [kit.leg("quarterfinals", 1, "Lobos", "Leones", (1, 0))]
    text = kit.season_text(legs=legs)
    assert [m for _, _, m in _errors(text.replace("leg: 1", "leg: 0x1"))] == [
        "'leg' in a match is written 0x1, which YAML reads as 1: write 1, not 0x1"
    ]
    assert [m for _, _, m in _errors(text.replace("score: [1, 0]", "score: [010, 0]"))] == [
        "score of Lobos v Leones (home) is written 010, which YAML reads as 8: write 10, not 010"
    ]


@pytest.mark.parametrize(("written", "meant"), [("1:30", "90"), ("010", "10"), ("0x2D", "45")])
def test_a_yaml11_goal_minute_is_refused(kit, written, meant):
    goals = [{"team": "Lobos", "player": "X", "minute": "MINUTE"}]
    legs = [kit.leg("quarterfinals", 1, "Lobos", "Leones", (1, 0), goals=goals)]
    text = kit.season_text(legs=legs).replace("minute: MINUTE", f"minute: {written}")
    assert f"minute: {written}" in text
    ((line, column, message),) = _errors(text)
    assert (line, column) == _where(text, written)
    assert message.startswith(f"a minute is written {written}, ") and message.endswith(f"write {meant}, not {written}")


def test_an_unquoted_kickoff_is_kept_as_written(kit):
    """`kickoff: 19:00` is 1140 to YAML 1.1; where text belongs the file's text is kept."""
    legs = [kit.leg("quarterfinals", 1, "Lobos", "Leones", (1, 0), kickoff="KICK")]
    text = kit.season_text(legs=legs).replace("kickoff: KICK", "kickoff: 19:00")
    season = load_season_text(text).season
    assert season.legs[0].kickoff == "19:00"


def test_yaml11_numbers_in_format_entrants_and_pairings(kit):
    fmt = (
        "format:\n  preset: liga-mx-2012\n  rounds:\n"
        "    - {key: quarterfinals, pairing: {seeds: [[1, 010], [2, 7], [3, 6], [4, 5]]}}\n"
        "    - {key: semifinals}\n    - {key: final}\n"
    )
    text = kit.season_text().replace("format: liga-mx-2012\n", fmt)
    ((line, _, message),) = _errors(text)
    assert line == _where(text, "010")[0]
    assert message.endswith("is written 010, which YAML reads as 8: write 10, not 010")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "'qualifiers' in format must be at least 2, not 0"),
        ("-3", "'qualifiers' in format must be at least 2, not -3"),
        ("100000000000000000000", "'qualifiers' in format must be at most 64, not 100000000000000000000"),
        ("010", "'qualifiers' in format is written 010, which YAML reads as 8: write 10, not 010"),
    ],
)
@pytest.mark.parametrize("with_preset", [False, True])
def test_qualifiers_out_of_range_is_a_range_error_only(kit, value, message, with_preset):
    block = FORMAT_BLOCK.format(q=value)
    if with_preset:
        block = block.replace("format:\n", "format:\n  preset: liga-mx-2012\n")
    text = kit.season_text().replace("format: liga-mx-2012\n", block)
    found = _errors(text)
    assert [m for _, _, m in found] == [message]  # not also "format needs 'qualifiers'"
    line, column = _where(text, f"qualifiers: {value}")
    assert found[0][:2] == (line, column + len("qualifiers: "))


@pytest.mark.parametrize("as_seed", ["0", "65", "10000000000000000000000000"])
def test_as_seed_out_of_range(kit, as_seed):
    fmt = (
        "format:\n  preset: liga-mx-2023-play-in\n  rounds:\n    - {key: playin}\n    - {key: playin_8th}\n"
        "    - key: quarterfinals\n      entrants: [{seeds: [1, 6]}, {winner: playin, tie: 1, as_seed: 7},"
        f" {{winner: playin_8th, tie: 1, as_seed: {as_seed}}}]\n    - {{key: semifinals}}\n    - {{key: final}}\n"
    )
    text = kit.season_text(table=kit.TEAMS[:10]).replace("format: liga-mx-2012\n", fmt)
    messages = [m for _, _, m in _errors(text)]
    assert messages == [f"'as_seed' in round 'quarterfinals' must be a seed number from 1 to 64, not {as_seed}"]


def test_check_prints_the_advice_at_its_place(kit, tmp_path, capsys):
    path = tmp_path / "s.yaml"
    path.write_text(kit.season_text().replace("year: 2013", "year: 02013"), encoding="utf-8")
    assert main(["check", "-q", str(path)]) == 1
    assert capsys.readouterr().out == (
        f"{path}:3:7: error: 'year' in the season is written 02013, which YAML reads as 1035: write 2013, not 02013\n"
    )


SYNTAX_CASES = [
    ("year: 2013\nteams: [América, Cruz Azul\nformat: liga-mx-2012\n", (3, 7), (2, 8), "the '[' opened here"),
    ("year: 2013\nformat: {preset: liga-mx-2012\nteams: []\n", (3, 6), (2, 9), "the '{' opened here"),
    ('year: 2013\ntitle: "Clausura\n\nteams: []\n', (5, 1), (2, 8), 'the quote " opened here'),
]


@pytest.mark.parametrize(("text", "problem", "opened", "note"), SYNTAX_CASES)
def test_a_syntax_error_notes_where_the_construct_opened(text, problem, opened, note):
    (d,) = load_season_text(text, "s.yaml").diagnostics
    assert (d.line, d.column) == problem and d.message.startswith("YAML syntax: ")
    assert [(n.mark.line, n.mark.column, n.message) for n in d.notes] == [(*opened, note)]
    assert d.lines("s.yaml")[1] == f"s.yaml:{opened[0]}:{opened[1]}: note: {note}"


@pytest.mark.parametrize(("text", "problem", "opened", "note"), SYNTAX_CASES)
def test_the_python_parser_gives_the_same_note(text, problem, opened, note, monkeypatch):
    import yaml

    from liguilla_tui.core import yamlsource

    monkeypatch.setattr(yamlsource, "_Loader", yaml.SafeLoader)
    (d,) = load_season_text(text, "s.yaml").diagnostics
    assert (d.line, d.column) == problem
    assert [(n.mark.line, n.mark.column, n.message) for n in d.notes] == [(*opened, note)]


def test_check_prints_the_note_after_the_error(tmp_path, capsys):
    path = tmp_path / "s.yaml"
    path.write_text(SYNTAX_CASES[0][0], encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:3:7: error: YAML syntax: ")
    assert out[1] == f"{path}:2:8: note: the '[' opened here"
    assert out[2] == f"{path}: 1 error, 0 warnings"  # a note is not counted as a diagnostic


def test_opening_a_file_with_a_syntax_error_prints_the_note(tmp_path, capsys):
    path = tmp_path / "s.yaml"
    path.write_text(SYNTAX_CASES[1][0], encoding="utf-8")
    assert main([str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{path}:3:6: error: YAML syntax: ")
    assert err[1] == f"{path}:2:9: note: the '{{' opened here"
