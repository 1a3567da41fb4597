"""football.txt notation, line by line: scores, dates, kickoffs, flags, sections, errors."""

from __future__ import annotations

import pytest

from liguilla_tui.footballtxt.reader import parse_score, read_football_txt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (full time, half time, after extra time, penalties)
        ("2-1 (1-0)", ((2, 1), (1, 0), None, None)),
        ("0-0", ((0, 0), None, None, None)),
        ("-", (None, None, None, None)),
        # The 2013 Clausura final, 2nd leg: shoot-out after extra time, (full time, half time).
        ("4-2 pen. 2-1 a.e.t. (2-1, 0-1)", ((2, 1), (0, 1), (2, 1), (4, 2))),
        # Shoot-out straight after 90 minutes (repechaje, play-in).
        ("3-5 pen. (0-0)", ((0, 0), None, None, (3, 5))),
        ("2-4 pen. (2-2, 1-0)", ((2, 2), (1, 0), None, (2, 4))),
        # Extra time, no shoot-out: the full time is the first number in brackets.
        ("3-0 a.e.t. (0-0)", ((0, 0), None, (3, 0), None)),
        ("1-0 a.e.t. (1-0, 0-0)", ((1, 0), (0, 0), (1, 0), None)),
        ("10-2 (4-1)", ((10, 2), (4, 1), None, None)),
    ],
)
def test_score_notation(text, expected):
    assert parse_score(text) == expected


@pytest.mark.parametrize("text", ["2-1 (x)", "2-1 (1-0, 0-0, 0-0)", "pen.", "2:1", "(1-0"])
def test_unreadable_scores(text):
    assert parse_score(text) is None


def _only_match(text: str):
    doc = read_football_txt(text, "t.txt")
    assert doc.diagnostics == []
    [section] = doc.sections
    [rnd] = section.rounds
    return rnd.matches


def test_dotted_spanish_dates_take_the_year_from_the_title():
    matches = _only_match(
        "= Liga MX 2012/13, Clausura - Liguilla\n\nCuartos de Final\n"
        "[Mié. 8.5.]\n  21.00  Pumas UNAM               0-1 (0-1)  Club América\n"
    )
    [m] = matches
    assert (m.date, m.kickoff, m.home, m.away, m.full_time, m.half_time) == (
        "2013-05-08",
        "21:00",
        "Pumas UNAM",
        "Club América",
        (0, 1),
        (0, 1),
    )


def test_named_dates_july_onwards_are_the_first_year():
    text = (
        "= Liga MX 2018/19\n\n== Apertura\n\nMatchday 1\n[Fri Jul/20]\n  21.06  Club Tijuana  1-1  CF Monterrey\n"
        "\n== Clausura\n\nMatchday 1\n[Sun May/26]\n  20.00  CF Monterrey  1-0  Club León\n"
        "[Fri Jan/4 2013]\n  19.30  A  1-0  B\n"
    )
    doc = read_football_txt(text, "t.txt")
    assert doc.diagnostics == []
    assert [s.name for s in doc.sections] == ["Apertura", "Clausura"]
    dates = [m.date for s in doc.sections for r in s.rounds for m in r.matches]
    assert dates == ["2018-07-20", "2019-05-26", "2013-01-04"]  # an explicit year wins


def test_kickoff_carries_to_a_line_without_one_until_the_next_date():
    matches = _only_match(
        "= Liga MX 2012/13, Clausura\n\nJornada 1\n[Sáb. 5.1.]\n"
        "  19.00  Tigres UANL              3-0 (0-0)  Jaguares Chiapas\n"
        "         CF Pachuca               2-0 (0-0)  Atlante FC\n"
        "  20.06  Club León                2-2 (1-1)  Querétaro FC\n"
        "[Dom. 6.1.]\n"
        "  Pumas UNAM  -  Club Atlas  [cancelled]\n"
    )
    assert [m.kickoff for m in matches] == ["19:00", "19:00", "20:06", None]
    assert matches[-1].status == "cancelled" and matches[-1].full_time is None


def test_flags():
    matches = _only_match(
        "= Liga MX 2020/21\n\nMatchday 7\n[Sat Feb/20]\n"
        "  21.00  Atlas Guadalajara        3-0  CF América               [awarded]\n"
        "  21.00  A  1-1  B  [postponed]\n"
    )
    assert [(m.away, m.full_time, m.status) for m in matches] == [
        ("CF América", (3, 0), "awarded"),
        ("B", (1, 1), "postponed"),
    ]


def test_extra_time_goals_are_after_extra_time_minus_full_time():
    [m] = _only_match(
        "= Liga MX 2021/22\n\nFinal\n[Sun Dec/12]\n"
        "  20.15  Atlas Guadalajara        4-3 pen. 1-0 a.e.t. (1-0, 0-0)  Club León\n"
    )
    assert (m.full_time, m.after_extra_time, m.extra_time_goals, m.penalties) == ((1, 0), (1, 0), (0, 0), (4, 3))


def test_crlf_and_comments():
    doc = read_football_txt(
        "= Liga MX 2018/19\r\n# Teams 18\r\n\r\n== Apertura\r\n\r\nMatchday 1\r\n"
        "[Fri Jul/20]\r\n  21.06  Club Tijuana  1-1  CF Monterrey\r\n",
        "t.txt",
    )
    assert doc.diagnostics == []
    assert doc.sections[0].rounds[0].matches[0].away == "CF Monterrey"


def test_a_file_without_sections_is_one_section_named_by_its_title():
    doc = read_football_txt(
        "= Liga MX 2012/13, Clausura - Liguilla\n\nFinal\n[Jue. 23.5.]\n  21.00  Cruz Azul  1-0 (1-0)  Club América\n",
        "t.txt",
    )
    assert [(s.name, [r.name for r in s.rounds]) for s in doc.sections] == [
        ("Liga MX 2012/13, Clausura - Liguilla", ["Final"])
    ]


@pytest.mark.parametrize(
    ("line", "message", "column"),
    [
        ("  21.00  Cruz Azul 1-0 Club América", "cannot read this line as a match", 3),
        ("  21.00  Cruz Azul  1-0 (x)  Club América", "cannot read the score '1-0 (x)'", 21),
        ("[Someday]", "cannot read the date [Someday]", 1),
    ],
)
def test_unreadable_lines_are_errors_with_a_position(line, message, column):
    doc = read_football_txt(f"= Liga MX 2012/13\n\nFinal\n{line}\n", "t.txt")
    [d] = doc.diagnostics
    assert d.is_error and d.message.startswith(message)
    assert d.format("t.txt").startswith(f"t.txt:4:{column}: error: ")


def test_every_openfootball_file_reads_with_no_diagnostics(openfootball):
    files = sorted(openfootball.glob("*/*.txt"))
    assert len(files) == 34
    for path in files:
        doc = read_football_txt(path.read_text(encoding="utf-8"), str(path))
        assert doc.diagnostics == [], path
        assert sum(len(r.matches) for s in doc.sections for r in s.rounds) > 0
