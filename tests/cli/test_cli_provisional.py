"""`liguilla show` on an unfinished regular season (issue 13): text, Markdown and JSON say
the table is provisional and the Liguilla is "if the season ended today"."""

from __future__ import annotations

import json
import re
from pathlib import Path

from liguilla_tui.cli import main

SEASONS = Path(__file__).resolve().parents[2] / "seasons"


def unfinished(tmp_path: Path, played: int = 12) -> Path:
    """The 2013 Apertura with every result after matchday `played` unplayed (no score)."""
    lines = []
    for line in (SEASONS / "2013-apertura.yaml").read_text(encoding="utf-8").splitlines():
        found = re.match(r"\s+- \{matchday: (\d+),", line)
        if found and int(found.group(1)) > played:
            line = re.sub(r", score: \[\d+, \d+\]", "", line)
        lines.append(line)
    path = tmp_path / "2013-apertura.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _show(capsys, path: Path, fmt: str) -> str:
    capsys.readouterr()
    assert main(["show", "--format", fmt, str(path)]) == 0
    return capsys.readouterr().out


def test_text_says_provisional_and_if_it_ended_today(tmp_path, capsys):
    out = _show(capsys, unfinished(tmp_path), "text").splitlines()
    assert out[3] == "Provisional: after matchday 12 of 17"
    banner = out.index("If the season ended today · after matchday 12 of 17")
    assert out.index("Quarter-finals") == banner + 2
    assert banner > out.index("Provisional: after matchday 12 of 17")


def test_markdown_says_it_too(tmp_path, capsys):
    out = _show(capsys, unfinished(tmp_path), "markdown")
    assert "## General table\n\n*Provisional: after matchday 12 of 17*\n" in out
    assert "> **If the season ended today · after matchday 12 of 17**\n\n## Quarter-finals" in out


def test_json_regular_season(tmp_path, capsys):
    doc = json.loads(_show(capsys, unfinished(tmp_path), "json"))
    assert doc["regular_season"] == {"matchdays_played": 12, "matchdays": 17, "complete": False}
    doc = json.loads(_show(capsys, unfinished(tmp_path, played=17), "json"))
    assert doc["regular_season"] == {"matchdays_played": 17, "matchdays": 17, "complete": True}


def test_a_finished_season_says_nothing_of_it(capsys):
    for fmt in ("text", "markdown"):
        out = _show(capsys, SEASONS / "2013-apertura.yaml", fmt)
        assert "Provisional" not in out and "ended today" not in out
    doc = json.loads(_show(capsys, SEASONS / "2013-clausura.yaml", "json"))  # a table typed, no results
    assert doc["regular_season"] == {"matchdays_played": 17, "matchdays": 17, "complete": True}
