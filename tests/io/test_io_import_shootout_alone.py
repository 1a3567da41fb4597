"""A shoot-out written without its full-time score (`4-4 pen.` alone, issue 13): read, not
refused. The level pair cannot be a shoot-out's score and a shoot-out follows only a level
one, so it is read as the full-time score where the tie allows it; who went through comes
from a later round; the match is marked with a warning at FILE:LINE:COL."""

from __future__ import annotations

from liguilla_tui.cli import main
from liguilla_tui.core import load_season, resolve
from liguilla_tui.core.model import Format, RoundSpec
from liguilla_tui.footballtxt.importer import import_season
from liguilla_tui.footballtxt.reader import parse_score
from tests.io.test_io_import_mistakes import FOUR, _files, _read_back, _semi


def test_the_reader_takes_a_shootout_alone():
    assert parse_score("4-4 pen.") == (None, None, None, (4, 4))
    assert parse_score("5-4 pen.") == (None, None, None, (5, 4))
    assert parse_score("4-2 pen. 2-1 a.e.t.") is None  # still nothing to hang the a.e.t. score on


def test_a_level_shootout_alone_takes_the_winner_the_final_shows(tmp_path):
    paths = _files(tmp_path, "4-4 pen.", "Monarcas Morelia    1-0  Cruz Azul")
    imported = import_season(paths, preset=FOUR)
    assert imported.errors == [] and imported.text is not None
    assert [d.format() for d in imported.diagnostics] == [
        f"{paths[1]}:5:3: warning: América v Morelia (Semi-finals): '4-4 pen.': no full-time score is given, "
        "a shoot-out cannot end level and one follows only a level score: read as 4-4 at full time; the later "
        "rounds show Morelia went through: recorded as the shoot-out's winner, its score not known"
    ]
    season = _read_back(imported)
    semi = _semi(season)
    assert (semi.score, semi.penalties, semi.penalties_winner) == ((4, 4), None, "Morelia")
    assert any("'4-4 pen.'" in note for note in season.notes)
    resolved = resolve(season)
    tie = resolved.rounds[0].ties[0]
    assert (tie.winner, tie.decided_by) == ("Morelia", "penalties")
    assert resolved.champion == "Morelia" and resolved.kept_legs == () and resolved.errors == ()


def test_with_no_later_round_the_tie_stays_level(tmp_path):
    paths = _files(tmp_path, "1-0", "Club América        3-3 pen.  Cruz Azul")
    imported = import_season(paths, preset=FOUR)
    assert imported.errors == []
    (d,) = imported.diagnostics
    assert (d.path, d.diagnostic.line, d.diagnostic.column, d.is_error) == (str(paths[1]), 10, 3, False)
    assert d.message.endswith("read as 3-3 at full time; no later round shows who went through: the tie stays level")
    resolved = resolve(_read_back(imported))
    assert resolved.champion is None and resolved.rounds[-1].ties[0].awaiting == "penalties"


def test_a_reading_that_decides_the_tie_on_goals_is_not_taken(tmp_path):
    """Two legs: América won the first 2-0, so 4-4 in the second cannot have left it level."""
    two_legs = Format(4, (FOUR.rounds[0], RoundSpec("final", "Final", "F", 2, "reseed", (), ("penalties",))))
    regular, liguilla = _files(tmp_path, "1-0", "Club América        2-0  Cruz Azul")
    liguilla.write_text(
        liguilla.read_text(encoding="utf-8") + "[Dom. 19.5.]\n  19.00  Cruz Azul           4-4 pen.  Club América\n",
        encoding="utf-8",
    )
    imported = import_season([regular, liguilla], preset=two_legs)
    assert imported.errors == []
    (d,) = imported.diagnostics
    assert (
        d.diagnostic.line == 12
        and "that would decide the tie on goals: the match is imported as not played" in d.message
    )
    second = next(leg for leg in _read_back(imported).legs if leg.round == "final" and leg.leg == 2)
    assert (second.score, second.penalties, second.penalties_winner) == (None, None, None)


def test_a_decisive_shootout_alone_is_imported_as_not_played(tmp_path):
    paths = _files(tmp_path, "5-4 pen.", "Monarcas Morelia    1-0  Cruz Azul")
    imported = import_season(paths, preset=FOUR)
    assert imported.errors == [] and imported.text is not None
    messages = [d.format() for d in imported.diagnostics]
    assert messages[0] == (
        f"{paths[1]}:5:3: warning: América v Morelia (Semi-finals): '5-4 pen.': a shoot-out (5-4) and no "
        "full-time score: the match is imported as not played, its shoot-out left out"
    )
    assert _semi(_read_back(imported)).score is None


def test_a_shootout_alone_where_the_round_has_none_is_an_error(tmp_path):
    no_pens = Format(4, (RoundSpec("semifinals", "Semi-finals", "SF", 1, "seeds", ((1, 4), (2, 3)), ("higher_seed",)),))
    paths = _files(tmp_path, "4-4 pen.", "Monarcas Morelia    1-0  Cruz Azul")
    imported = import_season(paths, preset=no_pens)
    assert any(d.diagnostic.line == 5 and "have no shoot-out in this format" in d.message for d in imported.errors), [
        d.format() for d in imported.diagnostics
    ]


def test_a_shootout_alone_in_the_regular_season_does_not_count(tmp_path):
    regular, liguilla = _files(tmp_path, "1-0", "Club América        1-0  Cruz Azul")
    regular.write_text(
        regular.read_text(encoding="utf-8").replace("1-0  Monarcas Morelia", "2-2 pen.  Monarcas Morelia"),
        encoding="utf-8",
    )
    imported = import_season([regular, liguilla], preset=FOUR)
    assert imported.errors == []
    assert any(
        d.diagnostic.line == 10 and "a shoot-out and no full-time score: it does not count in the table" in d.message
        for d in imported.diagnostics
    ), [d.format() for d in imported.diagnostics]
    result = next(r for r in imported.season.results if r.home == "Atlas" and r.away == "Morelia")
    assert result.score is None


def test_cli_imports_the_2024_apertura_with_its_play_in_shootout_written_alone(tmp_path, capsys, openfootball):
    """The real file, its play-in line written `4-4 pen.`: the season is written, the
    warning names FILE:LINE:COL, and the later rounds give the tie to América."""
    text = (openfootball / "2024-25" / "1-ligamx.txt").read_text(encoding="utf-8")
    assert text.count("2-2 pen. (2-3, 1-0)") == 1
    source = tmp_path / "1-ligamx.txt"
    source.write_text(text.replace("2-2 pen. (2-3, 1-0)", "4-4 pen."), encoding="utf-8")
    out = tmp_path / "2024-apertura.yaml"
    assert main(["import", str(source), "-t", "apertura", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.startswith(
        f"{source}:267:3: warning: Tijuana v América (Play-in): '4-4 pen.': no full-time score is given"
    ), err
    assert "the later rounds show América went through" in err.splitlines()[0]
    assert main(["check", "-q", str(out)]) == 0
    season = load_season(out).season
    playin = next(leg for leg in season.legs if leg.round == "playin" and "Tijuana" in (leg.home, leg.away))
    assert (playin.score, playin.penalties, playin.penalties_winner) == ((4, 4), None, "América")
    assert resolve(season).champion == "América"
