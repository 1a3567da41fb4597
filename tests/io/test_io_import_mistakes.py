"""Real data as it is: a football.txt line whose numbers cannot all be right never stops an
import. The season is written, the leg keeps what the line does say, the match gets a
warning at FILE:LINE:COL (and the season a note), and where a later round shows who went
through, that is recorded: a shoot-out's winner with its score not known."""

from __future__ import annotations

from pathlib import Path

from liguilla_tui.cli import main
from liguilla_tui.core import load_season, load_season_text, resolve
from liguilla_tui.core.model import Format, RoundSpec
from liguilla_tui.footballtxt.importer import import_season

# Four teams: América 1st, Cruz Azul 2nd, Atlas 3rd, Morelia 4th. Single-match semi-finals
# 1 v 4 and 2 v 3, then a final; a level match goes to penalties.
FOUR = Format(
    4,
    (
        RoundSpec("semifinals", "Semi-finals", "SF", 1, "seeds", ((1, 4), (2, 3)), ("penalties",)),
        RoundSpec("final", "Final", "F", 1, "reseed", (), ("penalties",)),
    ),
)

REGULAR = """= Liga MX 2012/13, Clausura

Jornada 1
[Vie. 4.1.]
  19.30  Club América             3-0  Monarcas Morelia
  21.00  Cruz Azul                2-0  Club Atlas
Jornada 2
[Vie. 11.1.]
  19.30  Club América             1-0  Cruz Azul
  21.00  Club Atlas               1-0  Monarcas Morelia
"""


def _liguilla(semi_1: str, final: str) -> str:
    return (
        "= Liga MX 2012/13, Clausura - Liguilla\n\nSemifinales\n[Mié. 8.5.]\n"
        f"  19.00  Club América             {semi_1}  Monarcas Morelia\n"
        "  21.00  Cruz Azul                2-0  Club Atlas\n\n"
        f"Final\n[Dom. 12.5.]\n  19.00  {final}\n"
    )


def _files(tmp_path: Path, semi_1: str, final: str) -> list[Path]:
    regular, liguilla = tmp_path / "1-clausura.txt", tmp_path / "1-clausura_liguilla.txt"
    regular.write_text(REGULAR, encoding="utf-8")
    liguilla.write_text(_liguilla(semi_1, final), encoding="utf-8")
    return [regular, liguilla]


def _semi(season):
    return next(leg for leg in season.legs if leg.round == "semifinals" and leg.home == "América")


def _read_back(imported):
    loaded = load_season_text(imported.text, "<imported>")
    assert loaded.season is not None and not any(d.is_error for d in loaded.diagnostics)
    return loaded.season


def test_a_level_shootout_is_kept_with_the_winner_the_final_shows(tmp_path):
    paths = _files(tmp_path, "4-4 pen. (1-1, 0-0)", "Monarcas Morelia    1-0  Cruz Azul")
    imported = import_season(paths, preset=FOUR)
    assert imported.errors == [] and imported.text is not None
    assert [d.format() for d in imported.diagnostics] == [
        f"{paths[1]}:5:3: warning: América v Morelia (Semi-finals): '4-4 pen. (1-1, 0-0)': a shoot-out cannot "
        "end level; the later rounds show Morelia went through: recorded as the shoot-out's winner, its score "
        "not known"
    ]
    semi = _semi(imported.season)
    assert (semi.score, semi.penalties, semi.penalties_winner) == ((1, 1), None, "Morelia")
    assert "    penalties_winner: Morelia\n" in imported.text
    season = _read_back(imported)
    assert _semi(season).penalties_winner == "Morelia"
    assert any("'4-4 pen. (1-1, 0-0)'" in note for note in season.notes)
    resolved = resolve(season)
    tie = resolved.rounds[0].ties[0]
    assert (tie.winner, tie.decided_by, tie.penalties) == ("Morelia", "penalties", None)
    assert resolved.champion == "Morelia" and resolved.kept_legs == () and resolved.errors == ()


def test_swapped_scores_are_read_swapped_when_the_later_round_agrees(tmp_path):
    paths = _files(tmp_path, "2-2 pen. (2-3, 1-0)", "Monarcas Morelia    1-0  Cruz Azul")
    imported = import_season(paths, preset=FOUR)
    assert imported.errors == []
    (d,) = imported.diagnostics
    assert d.format() == (
        f"{paths[1]}:5:3: warning: América v Morelia (Semi-finals): '2-2 pen. (2-3, 1-0)': a shoot-out cannot "
        "end level, and one follows only a level score: read as the full-time score and the shoot-out swapped: "
        "2-2 at full time, 2-3 on penalties; the later rounds show Morelia went through, as that reading says"
    )
    semi = _semi(_read_back(imported))
    assert (semi.score, semi.penalties, semi.penalties_winner) == ((2, 2), (2, 3), None)


def test_swapped_scores_the_later_round_contradicts_keep_the_winner_it_shows(tmp_path):
    paths = _files(tmp_path, "2-2 pen. (2-3)", "Club América        1-0  Cruz Azul")
    imported = import_season(paths, preset=FOUR)
    assert imported.errors == []
    (d,) = imported.diagnostics
    assert d.diagnostic.line == 5 and not d.is_error
    assert (
        "swapped, the scores would make Morelia the winner, but the later rounds show América went through" in d.message
    )
    semi = _semi(_read_back(imported))
    assert (semi.score, semi.penalties, semi.penalties_winner) == ((2, 2), None, "América")
    assert resolve(imported.season).champion == "América"


def test_a_level_shootout_no_later_round_settles_leaves_the_tie_level(tmp_path):
    paths = _files(tmp_path, "1-0", "Club América        3-3 pen. (1-1)  Cruz Azul")
    imported = import_season(paths, preset=FOUR)
    assert imported.errors == [] and imported.text is not None
    (d,) = imported.diagnostics
    assert (d.path, d.diagnostic.line, d.diagnostic.column) == (str(paths[1]), 10, 3)
    assert d.message.endswith(
        "a shoot-out cannot end level, and no later round shows who went through: "
        "its score is left out and the tie stays level"
    )
    resolved = resolve(_read_back(imported))
    assert resolved.champion is None and resolved.rounds[-1].ties[0].awaiting == "penalties"


def test_an_aet_score_below_full_time_keeps_the_full_time_score(tmp_path):
    fmt = Format(4, (FOUR.rounds[0], RoundSpec("final", "Final", "F", 1, "reseed", (), ("extra_time", "penalties"))))
    paths = _files(tmp_path, "1-0", "Club América        0-0 a.e.t. (1-1)  Cruz Azul")
    imported = import_season(paths, preset=fmt)
    assert imported.errors == []
    (d,) = imported.diagnostics
    assert "is lower than the full-time score 1-1: the full-time score is kept" in d.message
    final = next(leg for leg in imported.season.legs if leg.round == "final")
    assert (final.score, final.extra_time) == ((1, 1), None)


def test_cli_import_writes_the_2024_apertura_and_warns_at_the_line(tmp_path, capsys, openfootball):
    source = openfootball / "2024-25" / "1-ligamx.txt"
    out = tmp_path / "2024-apertura.yaml"
    assert main(["import", str(source), "-t", "apertura", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"{source}:267:3: warning: Tijuana v América (Play-in): '2-2 pen. (2-3, 1-0)'")
    assert main(["check", "-q", str(out)]) == 0
    assert resolve(load_season(out).season).champion == "América"


def test_a_level_match_with_no_shootout_given_takes_the_winner_the_final_shows(tmp_path):
    paths = _files(tmp_path, "1-1", "Monarcas Morelia    1-0  Cruz Azul")
    imported = import_season(paths, preset=FOUR)
    assert imported.errors == []
    assert [d.format() for d in imported.diagnostics] == [
        f"{paths[1]}:5:3: warning: América v Morelia (Semi-finals): level with no shoot-out given; the later "
        "rounds show Morelia went through: recorded as the shoot-out's winner, its score not known"
    ]
    assert _semi(_read_back(imported)).penalties_winner == "Morelia"


def test_export_then_import_keeps_a_shootout_known_only_by_its_winner(tmp_path):
    from liguilla_tui.footballtxt.writer import write_football_txt

    paths = _files(tmp_path, "4-4 pen. (1-1, 0-0)", "Monarcas Morelia    1-0  Cruz Azul")
    season = _read_back(import_season(paths, preset=FOUR))
    exported = tmp_path / "out" / "1-clausura.txt"
    exported.parent.mkdir()
    text = write_football_txt(season)
    assert "  # América v Morelia: Morelia won the shoot-out (its score is not known)\n" in text
    exported.write_text(text, encoding="utf-8")
    again = import_season([exported], preset=FOUR)
    assert again.errors == []
    assert _semi(again.season).penalties_winner == "Morelia"
    assert resolve(again.season).champion == "Morelia"


def test_a_shootout_after_a_decisive_score_is_left_out_not_fatal(tmp_path):
    paths = _files(tmp_path, "1-0", "Club América        4-3 pen. (2-1)  Cruz Azul")
    imported = import_season(paths, preset=FOUR)
    assert imported.errors == [] and imported.text is not None
    assert [d.format() for d in imported.diagnostics] == [
        f"{paths[1]}:10:3: warning: América v Cruz Azul (Final): a shoot-out is given, but the score was not "
        "level (2-1): it is left out"
    ]
    final = next(leg for leg in _read_back(imported).legs if leg.round == "final")
    assert (final.score, final.penalties) == ((2, 1), None)
    assert resolve(imported.season).champion == "América"


def test_extra_time_after_a_decisive_aggregate_is_left_out_not_fatal(tmp_path):
    two_legs = Format(
        4, (FOUR.rounds[0], RoundSpec("final", "Final", "F", 2, "reseed", (), ("extra_time", "penalties")))
    )
    regular, liguilla = _files(tmp_path, "1-0", "Cruz Azul           1-1  Club América")
    liguilla.write_text(
        liguilla.read_text(encoding="utf-8")
        + "[Dom. 19.5.]\n  19.00  Club América        5-4 pen. 2-1 a.e.t. (1-0)  Cruz Azul\n",
        encoding="utf-8",
    )
    imported = import_season([regular, liguilla], preset=two_legs)
    assert imported.errors == []
    assert [d.format() for d in imported.diagnostics] == [
        f"{liguilla}:12:3: warning: América v Cruz Azul (Final): extra time is given, but the score was not "
        "level (2-1 after 90 minutes on aggregate): it is left out"
    ]
    leg2 = next(leg for leg in _read_back(imported).legs if leg.round == "final" and leg.leg == 2)
    assert (leg2.score, leg2.extra_time, leg2.penalties) == ((1, 0), None, None)
    assert resolve(imported.season).champion == "América"
