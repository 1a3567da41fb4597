"""`liguilla import` and `liguilla export`: exit codes, where output goes, diagnostics."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from liguilla_tui.cli import main
from liguilla_tui.core import load_season, resolve
from liguilla_tui.seasons import default_season


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "liguilla_tui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


@pytest.fixture
def clausura_files(openfootball) -> list[str]:
    folder = openfootball / "2012-13"
    return [str(folder / "1-clausura.txt"), str(folder / "1-clausura_liguilla.txt")]


def test_import_to_a_file_then_check_it(tmp_path, clausura_files, capsys):
    out = tmp_path / "2013.yaml"
    assert main(["import", *clausura_files, "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"{clausura_files[0]}: warning: Querétaro (8th in the computed table")
    assert main(["check", "-q", str(out)]) == 0
    assert resolve(load_season(out).season).champion == "América"


def test_import_to_stdout():
    folder = Path(__file__).resolve().parents[1] / "data" / "openfootball" / "2023-24"
    result = run("import", str(folder / "1-ligamx.txt"), "--tournament", "Clausura")
    assert result.returncode == 0, result.stderr
    assert "\nyear: 2024\n" in result.stdout and "\nformat: liga-mx-2023-play-in\n" in result.stdout
    assert result.stderr == ""


def test_import_errors_exit_1_and_write_nothing(tmp_path, openfootball, capsys):
    out = tmp_path / "x.yaml"
    single = str(openfootball / "2021-22" / "1-ligamx.txt")
    assert main(["import", single, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "error: the files hold the Apertura and the Clausura: choose one with --tournament" in err
    assert "liguilla import: 1 error; nothing written" in err
    assert not out.exists()
    bad = tmp_path / "1-clausura.txt"
    bad.write_text(
        "= Liga MX 2012/13, Clausura\n\nJornada 1\n[Vie. 4.1.]\n  19.30  Nowhere FC  3-3  Cruz Azul\n", encoding="utf-8"
    )
    assert main(["import", str(bad), "-o", str(out)]) == 1
    assert f"{bad}:5:10: error: unknown team 'Nowhere FC'" in capsys.readouterr().err
    assert not out.exists()
    assert main(["import", str(tmp_path / "missing.txt")]) == 1
    assert f"{tmp_path / 'missing.txt'}: error: no such file" in capsys.readouterr().err


def test_import_with_aliases_and_format(tmp_path, clausura_files, capsys):
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("Tigres: [Tigres UANL]\n", encoding="utf-8")
    out = tmp_path / "2013.yaml"
    assert main(["import", *clausura_files, "--aliases", str(aliases), "--format", "liga-mx-2011", "-o", str(out)]) == 0
    season = load_season(out).season
    assert season.format.preset == "liga-mx-2011"
    assert "Tigres" in [t.name for t in season.teams]


@pytest.mark.parametrize(
    "args",
    [
        ["import"],  # no FILE
        ["import", "x.txt", "--tournament", "verano"],  # not apertura|clausura
        ["import", "x.txt", "--format", "liga-mx-1999"],  # not a preset
        ["export", "--format", "pdf"],
        ["export"],  # no --format and no -o to infer it from
    ],
)
def test_usage_errors_exit_2(args, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert "usage: liguilla" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [
        ("football.txt", "== Clausura - Liguilla\n"),
        ("markdown", "# 2013 Liga MX Clausura Liguilla\n"),
        ("wikitext", "! Clausura 2013 winners:\n"),
        ("csv", "final,Final,Final,2,2013-05-26,20:00,América,Cruz Azul,2,1,0,0,4,2,played\n"),
        ("json", '"champion": "América"'),
    ],
)
def test_export_formats_to_stdout(fmt, marker, capsys):
    assert main(["export", "--format", fmt]) == 0
    captured = capsys.readouterr()
    assert marker in captured.out
    assert captured.err == ""
    if fmt == "json":
        assert json.loads(captured.out)["matches_played"] == 14


def test_export_format_from_the_output_name(tmp_path, capsys):
    for name, marker in (
        ("out.csv", "round,round_name"),
        ("out.wiki", "==General table=="),
        ("out.md", "## General table"),
        ("out.json", '"schema_version"'),
        ("out.txt", "= Liga MX 2012/13"),
    ):
        assert main(["export", str(default_season()), "-o", str(tmp_path / name)]) == 0
        assert marker in (tmp_path / name).read_text(encoding="utf-8")
    assert capsys.readouterr().out == ""


def test_export_then_import_round_trip(tmp_path, capsys):
    season = Path(__file__).resolve().parents[2] / "seasons" / "2024-clausura.yaml"
    txt, again = tmp_path / "1-ligamx.txt", tmp_path / "again.yaml"
    assert main(["export", str(season), "--format", "football.txt", "-o", str(txt)]) == 0
    assert main(["import", str(txt), "-o", str(again)]) == 0
    a, b = load_season(season).season, load_season(again).season
    assert (a.results, a.legs) != () and [r.score for r in a.results] == [r.score for r in b.results]
    assert [(x.round, x.leg, x.home, x.away, x.score, x.penalties) for x in a.legs] == [
        (x.round, x.leg, x.home, x.away, x.score, x.penalties) for x in b.legs
    ]


def test_export_failures_exit_1(tmp_path, capsys):
    broken = tmp_path / "broken.yaml"
    broken.write_text("teams: [unclosed\n", encoding="utf-8")
    assert main(["export", str(broken), "--format", "csv"]) == 1
    assert f"{broken}:2:1: error: YAML syntax" in capsys.readouterr().err
    assert main(["export", "--format", "csv", "-o", str(tmp_path / "no" / "such" / "dir.csv")]) == 1
    assert "error: cannot write" in capsys.readouterr().err


def test_export_prints_diagnostics_to_stderr_and_still_exports(tmp_path, capsys):
    season = Path(__file__).resolve().parents[2] / "seasons" / "2010-apertura.yaml"
    assert main(["export", str(season), "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("round,round_name")
    assert "warning:" in captured.err and "no scorer listed" in captured.err


def test_import_names_never_reach_the_terminal_raw(tmp_path):
    bad = tmp_path / "1-clausura.txt"
    bad.write_text(
        "= Liga MX 2012/13, Clausura\n\nJornada 1\n[Vie. 4.1.]\n  19.30  Evil\x1b[31m  3-3  Cruz Azul\n",
        encoding="utf-8",
    )
    result = run("import", str(bad))
    assert result.returncode == 1
    assert "\x1b" not in result.stderr and "Evil\\x1b[31m" in result.stderr
