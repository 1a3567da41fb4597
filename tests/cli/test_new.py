"""`liguilla new`: a season file from a list of teams or a football.txt regular season so far."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from liguilla_tui.cli import main
from liguilla_tui.core import load_season, resolve
from liguilla_tui.core.presets import PRESETS
from liguilla_tui.seasons import seasons_dir

TEAMS = [
    "América",
    "Cruz Azul",
    "UANL",
    "Monterrey",
    "Santos Laguna",
    "Toluca",
    "León",
    "Tijuana",
    "Pachuca",
    "Atlas",
    "Guadalajara",
    "Puebla",
]

# Matchday 1 played, matchday 2 still to play (kickoffs and dates known); the app's test of
# `new --from` (tests/app/test_app_new_season.py) starts from it too.
SO_FAR = (Path(__file__).resolve().parents[1] / "data" / "2026-clausura-so-far.txt").read_text(encoding="utf-8")


def teams_file(tmp_path: Path, data: bytes | str, name: str = "teams.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def checks_clean(path: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    assert "0 errors, 0 warnings" in capsys.readouterr().out


# --- from a list of teams -------------------------------------------------------------


@pytest.mark.parametrize("preset", list(PRESETS))
def test_teams_in_each_preset_make_a_season_check_passes(tmp_path, capsys, preset):
    teams = teams_file(tmp_path, "\n".join(TEAMS) + "\n")
    out = tmp_path / "new.yaml"
    assert main(["new", str(out), "--teams", str(teams), "--format", preset, "-t", "apertura", "-y", "2026"]) == 0
    season = load_season(out).season
    assert season is not None
    assert season.format.preset == preset and f"\nformat: {preset}\n" in out.read_text(encoding="utf-8")
    assert (season.tournament, season.year) == ("Apertura", 2026)
    assert [t.name for t in season.teams] == TEAMS
    assert [(r.position, r.team, r.played, r.points) for r in season.table] == [
        (i, t, 0, 0) for i, t in enumerate(TEAMS, start=1)
    ]
    assert season.legs == () and season.results == ()
    # Seeds follow the listed order until the table is typed; nothing is decided.
    resolved = resolve(season)
    assert [q.team for q in resolved.qualified] == TEAMS[: PRESETS[preset]["qualifiers"]]
    assert resolved.champion is None
    checks_clean(out, capsys)


def test_default_format_is_the_newest_for_a_season_played_now(tmp_path):
    teams = teams_file(tmp_path, "\n".join(TEAMS))
    out = tmp_path / "new.yaml"
    assert main(["new", str(out), "--teams", str(teams)]) == 0
    assert load_season(out).season.format.preset == list(PRESETS)[-1]


def test_default_format_follows_the_year_given(tmp_path):
    teams = teams_file(tmp_path, "\n".join(TEAMS))
    out = tmp_path / "new.yaml"
    assert main(["new", str(out), "--teams", str(teams), "-y", "2013", "-t", "clausura"]) == 0
    assert load_season(out).season.format.preset == "liga-mx-2012"


def test_bom_crlf_blank_lines_and_spaces_are_not_part_of_names(tmp_path, capsys):
    data = ("\ufeff" + "\r\n".join(["  América ", "", "Cruz Azul", *TEAMS[2:], "", ""])).encode("utf-8")
    teams = teams_file(tmp_path, data)
    out = tmp_path / "new.yaml"
    assert main(["new", str(out), "--teams", str(teams)]) == 0
    assert [t.name for t in load_season(out).season.teams] == TEAMS
    checks_clean(out, capsys)


@pytest.mark.parametrize(
    "lines,where,message",
    [
        (["América", "Cruz Azul", "américa"], "3:1", "américa is listed twice (first on line 1)"),
        (["América", "Cruz\x07Azul"], "2:5", "a control or invisible character (U+0007)"),
        (["América", "Cruz\u202eAzul"], "2:5", "a control or invisible character (U+202E)"),
        (["América", "Cruz\rAzul"], "2:5", "a control or invisible character (U+000D)"),
        (["América", "  " + "x" * 60], "2:43", "a team's name of 60 characters (at most 40)"),
        (["América", "Cruz Azul \ufeff"], "2:11", "a control or invisible character (U+FEFF)"),
    ],
)
def test_hostile_teams_file_says_file_line_col_and_writes_nothing(tmp_path, capsys, lines, where, message):
    teams = teams_file(tmp_path, "\n".join([*lines, *TEAMS[3:]]) + "\n")
    out = tmp_path / "new.yaml"
    assert main(["new", str(out), "--teams", str(teams)]) == 1
    err = capsys.readouterr().err
    assert f"{teams}:{where}: error: {message}" in err
    assert "nothing written" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_teams_file_not_utf8_says_where(tmp_path, capsys):
    teams = teams_file(tmp_path, b"Am\xe9rica\nCruz Azul\n")
    out = tmp_path / "new.yaml"
    assert main(["new", str(out), "--teams", str(teams)]) == 1
    assert f"{teams}:1:3: error: not UTF-8 text (byte 0xe9)" in capsys.readouterr().err
    assert not out.exists()


def test_too_few_teams_for_the_format(tmp_path, capsys):
    teams = teams_file(tmp_path, "\n".join(TEAMS[:9]))
    out = tmp_path / "new.yaml"
    assert main(["new", str(out), "--teams", str(teams), "-f", "liga-mx-2023-play-in"]) == 1
    err = capsys.readouterr().err
    assert "takes 10 teams to the Liguilla: list at least 10 (now 9)" in err
    assert not out.exists()


def test_huge_teams_file_is_refused_without_reading_it_all(tmp_path, capsys):
    teams = teams_file(tmp_path, b"x\n" * 1_000_000)
    assert main(["new", str(tmp_path / "new.yaml"), "--teams", str(teams)]) == 1
    assert "too large for a list of teams" in capsys.readouterr().err


def test_markup_in_a_team_name_is_kept_as_text(tmp_path, capsys):
    names = ["[bold]América[/]", "Cruz Azul: [red]", *TEAMS[2:]]
    teams = teams_file(tmp_path, "\n".join(names))
    out = tmp_path / "new.yaml"
    assert main(["new", str(out), "--teams", str(teams)]) == 0
    assert [t.name for t in load_season(out).season.teams] == names
    checks_clean(out, capsys)


# --- where it writes ------------------------------------------------------------------


def test_never_overwrites_without_force(tmp_path, capsys):
    teams = teams_file(tmp_path, "\n".join(TEAMS))
    out = tmp_path / "new.yaml"
    out.write_text("mine\n", encoding="utf-8")
    assert main(["new", str(out), "--teams", str(teams)]) == 1
    assert "the file exists; give --force to replace it" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "mine\n"
    assert main(["new", str(out), "--teams", str(teams), "--force"]) == 0
    assert load_season(out).season is not None
    assert (tmp_path / "new.yaml.bak").read_text(encoding="utf-8") == "mine\n"  # atomic write keeps it


def test_a_dangling_symlink_is_not_written_through(tmp_path, capsys):
    teams = teams_file(tmp_path, "\n".join(TEAMS))
    out = tmp_path / "link.yaml"
    out.symlink_to(tmp_path / "elsewhere.yaml")
    assert main(["new", str(out), "--teams", str(teams)]) == 1
    assert not (tmp_path / "elsewhere.yaml").exists()


def test_never_inside_the_package(tmp_path, capsys):
    teams = teams_file(tmp_path, "\n".join(TEAMS))
    target = seasons_dir() / "zz-new-season-test.yaml"
    assert main(["new", str(target), "--teams", str(teams)]) == 1
    assert "inside the installed package" in capsys.readouterr().err
    assert not target.exists()


def test_relative_output_goes_in_the_current_folder(tmp_path):
    teams = teams_file(tmp_path, "\n".join(TEAMS))
    result = subprocess.run(
        [sys.executable, "-m", "liguilla_tui", "new", "mine.yaml", "--teams", str(teams)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stderr
    assert load_season(tmp_path / "mine.yaml").season is not None


def test_neither_source_says_which_to_give(tmp_path, capsys):
    out = tmp_path / "new.yaml"
    assert main(["new", str(out)]) == 1
    err = capsys.readouterr().err
    assert "give the teams, one a line (--teams FILE), or a football.txt file" in err and "(--from FILE)" in err
    assert not out.exists()


def test_both_sources_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["new", str(tmp_path / "x.yaml"), "--teams", "a", "--from", "b"])
    assert exit.value.code == 2


def test_new_is_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "new (start a season file)" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["new", "--help"])
    out = capsys.readouterr().out
    assert all(name in out for name in PRESETS) and "--teams" in out and "--from" in out


# --- from a football.txt regular season so far ----------------------------------------


def test_from_football_txt_played_become_results_unplayed_fixtures(tmp_path, capsys):
    source = tmp_path / "1-ligamx.txt"
    source.write_text(SO_FAR, encoding="utf-8")
    out = tmp_path / "2026-clausura.yaml"
    assert main(["new", str(out), "--from", str(source)]) == 0
    season = load_season(out).season
    assert (season.tournament, season.year, season.format.preset) == ("Clausura", 2026, "liga-mx-2023-play-in")
    played = [r for r in season.results if r.score is not None]
    fixtures = [r for r in season.results if r.score is None]
    assert len(played) == 6 and len(fixtures) == 6
    assert (fixtures[0].home, fixtures[0].away, fixtures[0].date, fixtures[0].kickoff, fixtures[0].matchday) == (
        "América",
        "Tijuana",
        "2026-01-16",
        "19:00",
        2,
    )
    # The table is computed from the results typed in the app (the results grid edits them).
    table = {r.team: r for r in resolve(season).table}
    assert table["Querétaro"].points == 3 and table["América"].points == 0 and table["Toluca"].played == 1
    capsys.readouterr()
    assert main(["check", "-q", str(out)]) == 0


def test_from_football_txt_with_another_year_is_refused(tmp_path, capsys):
    source = tmp_path / "1-ligamx.txt"
    source.write_text(SO_FAR, encoding="utf-8")
    out = tmp_path / "x.yaml"
    assert main(["new", str(out), "--from", str(source), "--year", "2025"]) == 1
    assert "holds the 2026 Clausura, not the 2025 one" in capsys.readouterr().err
    assert not out.exists()


def test_from_football_txt_with_a_format(tmp_path):
    source = tmp_path / "1-ligamx.txt"
    source.write_text(SO_FAR, encoding="utf-8")
    out = tmp_path / "x.yaml"
    assert main(["new", str(out), "--from", str(source), "-f", "liga-mx-2012"]) == 0
    assert load_season(out).season.format.preset == "liga-mx-2012"


def test_from_a_bad_football_txt_writes_nothing(tmp_path, capsys):
    source = tmp_path / "1-ligamx.txt"
    source.write_text("= Liga MX 2025/26\n\n== Clausura\n\nJornada 1\n  19.00  Nobody  2-1\n", encoding="utf-8")
    out = tmp_path / "x.yaml"
    assert main(["new", str(out), "--from", str(source)]) == 1
    err = capsys.readouterr().err
    assert f"{source}:" in err and "nothing written" in err
    assert not out.exists()


def test_from_football_txt_with_an_alias_file(tmp_path, capsys):
    source = tmp_path / "1-ligamx.txt"
    source.write_text(SO_FAR.replace("Atlético San Luis", "Atletico SL"), encoding="utf-8")
    out = tmp_path / "x.yaml"
    assert main(["new", str(out), "--from", str(source)]) == 1
    assert "unknown team 'Atletico SL'" in capsys.readouterr().err
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("Atlético San Luis: [Atletico SL]\n", encoding="utf-8")
    assert main(["new", str(out), "--from", str(source), "--aliases", str(aliases)]) == 0
    assert "Atlético San Luis" in [t.name for t in load_season(out).season.teams]
