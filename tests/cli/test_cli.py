"""The headless CLI, run as a user would: exit codes, diagnostics, the JSON contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from liguilla_tui.cli import main
from liguilla_tui.seasons import default_season

DATA = Path(__file__).resolve().parent.parent / "data"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "liguilla_tui", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def test_check_bundled_season_is_clean(capsys):
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "0 errors, 0 warnings" in out


def test_check_reports_seed_america_row_with_line_and_column(capsys):
    path = DATA / "2013-clausura-seed-america.yaml"
    line = next(
        i
        for i, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "team: América" in text and "gf: 41" in text
    )
    assert main(["check", str(path)]) == 0  # a warning, not an error
    out = capsys.readouterr().out
    assert f"{path}:{line}:5: warning: América: GD +15 but GF − GA = 41 − 9 = +32" in out


def test_check_exit_codes(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    text = default_season().read_text(encoding="utf-8").replace("score: [1, 0]", "score: [1, -1]", 1)
    bad.write_text(text, encoding="utf-8")
    assert main(["check", str(bad)]) == 1
    assert ": error: score of" in capsys.readouterr().out
    assert main(["check", str(tmp_path / "missing.yaml")]) == 1
    assert "error: no such file" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--bogus"])
    assert exit_info.value.code == 2


def test_usage_error_exits_2():
    result = run("show", "--format", "xml")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_show_json_contract():
    result = run("show", "--format", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["season"] == "2013 Liga MX Clausura Liguilla"
    assert [q["team"] for q in doc["qualified"]][-1] == "Monterrey"
    assert doc["qualified"][-1] == {"seed": 8, "team": "Monterrey", "position": 9}
    assert doc["excluded"] == [{"team": "Querétaro", "position": 8, "reason": "relegated to Ascenso MX"}]
    assert [r["key"] for r in doc["rounds"]] == ["quarterfinals", "semifinals", "final"]
    final = doc["rounds"][-1]["ties"][0]
    assert final["higher_seed"] == "América" and final["lower_seed"] == "Cruz Azul"
    assert final["aggregate"] == {"América": 2, "Cruz Azul": 2}
    assert final["penalties"] == {"América": 4, "Cruz Azul": 2}
    assert final["winner"] == "América" and final["decided_by"] == "penalties"
    assert final["legs"][1] == {
        "leg": 2,
        "date": "2013-05-26",
        "kickoff": "20:00",
        "venue": None,
        "state": "final",
        "minute": None,
        "home": "América",
        "away": "Cruz Azul",
        "home_goals": 2,
        "away_goals": 1,
        "extra_time": [0, 0],
        "penalties": [4, 2],
        "penalties_winner": None,
    }
    assert doc["champion"] == "América" and doc["runner_up"] == "Cruz Azul"
    assert doc["matches_played"] == 14 and doc["goals"] == 35
    assert doc["scorers"][0] == {
        "rank": 1,
        "player": "Christian Benítez",
        "team": "América",
        "goals": 5,
        "penalties": 0,
        "by_round": {"quarterfinals": 2, "semifinals": 3},
    }
    assert doc["diagnostics"] == []


def test_show_text_and_markdown():
    text = run("show").stdout
    assert "Final: (2) América v (5) Cruz Azul" in text
    assert "América win 4–2 on penalties after 2–2" in text
    assert "Champion: América" in text
    markdown = run("show", "--format", "markdown").stdout
    assert markdown.startswith("# 2013 Liga MX Clausura Liguilla")
    assert "| 9 | 8 | Monterrey |" in markdown


def test_show_unreadable_file_prints_diagnostic_not_traceback(tmp_path):
    bad = tmp_path / "broken.yaml"
    bad.write_text("teams: [unclosed\n", encoding="utf-8")
    result = run("show", str(bad))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{bad}:2:1: error: YAML syntax")
    assert "Traceback" not in result.stderr


def test_names_with_escape_sequences_never_reach_the_terminal_raw(tmp_path):
    season = tmp_path / "escape.yaml"
    text = default_season().read_text(encoding="utf-8").replace("name: UNAM", 'name: "UNAM\\e[31m"', 1)
    text = text.replace("team: UNAM,", 'team: "UNAM\\e[31m",')
    season.write_text(
        text.replace("home: UNAM", 'home: "UNAM\\e[31m"').replace("away: UNAM", 'away: "UNAM\\e[31m"'), encoding="utf-8"
    )
    result = run("show", str(season))
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout
    assert "UNAM\\x1b[31m" in result.stdout


def test_console_script_works_from_any_folder(tmp_path):
    # The README installs the package, so its script sits beside this interpreter.
    script = Path(sys.executable).parent / "liguilla"
    assert script.exists(), f"console script missing: {script}"
    result = subprocess.run(
        [str(script), "show", "--format", "json"], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["champion"] == "América"


def test_json_escapes_c1_controls(tmp_path):
    season = tmp_path / "c1.yaml"
    text = default_season().read_text(encoding="utf-8")
    season.write_text(
        text.replace("reason: relegated to Ascenso MX", 'reason: "relegated\\u009b31m"'), encoding="utf-8"
    )
    result = run("show", str(season), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "\x9b" not in result.stdout
    assert json.loads(result.stdout)["excluded"][0]["reason"] == "relegated\x9b31m"


def test_app_start_freezes_what_it_loaded_and_leaves_the_collector_on(monkeypatch):
    """`liguilla` keeps the cycle collector off while importing and loading, then freezes
    what it made (so the first frame is not held up by a full collection of it)."""
    import gc

    from liguilla_tui.app import LiguillaApp

    seen = {}

    def fake_run(self, *args, **kwargs):
        seen["enabled"] = gc.isenabled()
        seen["frozen"] = gc.get_freeze_count()
        seen["season"] = self.document.season.title
        seen["settles"] = self._settle_heap

    monkeypatch.setattr(LiguillaApp, "run", fake_run)
    try:
        assert main([]) == 0
    finally:
        gc.unfreeze()  # the test process goes on
    assert seen["enabled"] is True
    assert seen["frozen"] > 1000
    assert "2013" in seen["season"]
    assert seen["settles"] is True  # and the widget tree once built: tests/app/test_app_heap.py


def test_app_start_on_a_bad_file_freezes_nothing(tmp_path, capsys):
    import gc

    bad = tmp_path / "bad.yaml"
    bad.write_text("competition: [unclosed\n", encoding="utf-8")
    gc.unfreeze()
    assert main([str(bad)]) == 1
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert f"{bad}:" in capsys.readouterr().err
