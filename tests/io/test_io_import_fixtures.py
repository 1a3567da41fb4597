"""A regular season not yet played imports: its matches are written as fixtures (results
without a score), ready for results to be entered."""

from __future__ import annotations

from liguilla_tui.cli import main
from liguilla_tui.core import load_season, resolve
from liguilla_tui.footballtxt.importer import import_season

UNPLAYED = """= Liga MX 2024/25

== Clausura

Jornada 1
[Fri Jan/10]
  19.00  Gallos Blancos           -  CF América
  21.00  Club Tijuana             -  Deportivo Toluca
[Sat Jan/11]
  17.00  Atlético San Luis        -  UANL Tigres
  19.00  CF Monterrey             -  Puebla FC
  19.05  Deportivo Guadalajara    -  Santos Laguna
  21.00  Cruz Azul                -  Atlas Guadalajara
"""


def test_a_season_with_no_scores_yet_is_written_as_fixtures(tmp_path):
    path = tmp_path / "1-ligamx.txt"
    path.write_text(UNPLAYED, encoding="utf-8")
    imported = import_season([path], tournament="clausura")
    assert imported.errors == [] and imported.text is not None
    messages = [d.format() for d in imported.diagnostics]
    assert (
        f"{path}:3:1: warning: no regular-season match has a score yet: the 6 fixtures are written without "
        "one, and the table is all level until results are entered" in messages
    )
    assert not any("have no score yet" in m for m in messages)  # said once, not twice
    assert '  - {matchday: 1, date: 2025-01-10, kickoff: "19:00", home: Querétaro, away: América}\n' in imported.text
    season = imported.season
    assert [(r.home, r.away, r.score, r.date) for r in season.results][:3] == [
        ("Querétaro", "América", None, "2025-01-10"),
        ("Tijuana", "Toluca", None, "2025-01-10"),
        ("Atlético San Luis", "UANL", None, "2025-01-11"),
    ]
    assert len(season.results) == 6 and all(r.score is None and r.matchday == 1 for r in season.results)
    assert all(row.played == 0 and row.points == 0 for row in resolve(season).table)


def test_cli_writes_it_and_check_reads_it(tmp_path, capsys):
    path = tmp_path / "1-ligamx.txt"
    path.write_text(UNPLAYED, encoding="utf-8")
    out = tmp_path / "2025-clausura.yaml"
    assert main(["import", str(path), "-t", "clausura", "-o", str(out)]) == 0
    assert "no regular-season match has a score yet" in capsys.readouterr().err
    assert main(["check", "-q", str(out)]) == 0
    assert len(load_season(out).season.results) == 6
