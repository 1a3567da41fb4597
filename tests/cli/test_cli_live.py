"""A live leg through the CLI: `show` (text and JSON), every `export`, and `scenarios`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from liguilla_tui.cli import main
from liguilla_tui.core.load import load_season
from liguilla_tui.core.resolve import resolve
from liguilla_tui.core.tie_outcomes import open_ties, outcome_of

OPEN = Path(__file__).resolve().parent.parent / "data" / "2013-clausura-open.yaml"
QF1_LEG2 = "    home: UANL\n    away: Monterrey\n"


@pytest.fixture
def live_file(tmp_path: Path) -> Path:
    """QF 1 v 8 (UANL v Monterrey, Monterrey 1-0 up from leg 1): leg 2 live at 1-1, 63'."""
    text = OPEN.read_text(encoding="utf-8")
    assert text.count(QF1_LEG2) == 1
    text = text.replace(
        QF1_LEG2, QF1_LEG2 + "    score: [1, 1]\n    status: live\n    minute: 63\n    venue: Estadio Universitario\n"
    )
    path = tmp_path / "live.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def out(capsys, *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_show_json_says_the_leg_is_live_and_the_tie_undecided(capsys, live_file):
    doc = json.loads(out(capsys, "show", str(live_file), "--format", "json"))
    qf = next(r for r in doc["rounds"] if r["key"] == "quarterfinals")
    tie = next(t for t in qf["ties"] if t["label"] == "QF 1 v 8")
    assert (tie["state"], tie["live"], tie["minute"], tie["winner"]) == ("in_progress", True, "63", None)
    leg2 = tie["legs"][1]
    assert (leg2["state"], leg2["minute"], leg2["venue"], leg2["home_goals"], leg2["away_goals"]) == (
        "live",
        "63",
        "Estadio Universitario",
        1,
        1,
    )
    assert tie["summary"] == "Monterrey lead 2–1 on aggregate · 63'"
    assert doc["matches_played"] == 5  # four first legs and QF 4 v 5's second: the live leg is not yet one


def test_show_text_says_who_leads_not_who_goes_through(capsys, live_file):
    text = out(capsys, "show", str(live_file))
    assert "Monterrey lead 2–1 on aggregate · 63'" in text
    assert "UANL 1-1 Monterrey (63', so far)" in text


def test_exports_carry_the_live_leg(capsys, live_file):
    markdown = out(capsys, "export", str(live_file), "--format", "markdown")
    assert "| 1–1 (63') |" in markdown
    rows = list(csv.DictReader(io.StringIO(out(capsys, "export", str(live_file), "--format", "csv"))))
    [row] = [r for r in rows if r["tie"] == "QF 1 v 8" and r["leg"] == "2"]
    assert (row["status"], row["home_goals"], row["away_goals"]) == ("live", "1", "1")
    football = out(capsys, "export", str(live_file), "--format", "football.txt")
    lines = football.splitlines()
    [at] = [
        i
        for i, line in enumerate(lines)
        if "UANL" in line and "Monterrey" in line and "#" not in line and "-  Monterrey" in line
    ]
    assert "  -  " in lines[at]  # not yet played: the format has no live match
    assert lines[at + 1].strip() == "# UANL v Monterrey: live, 1-1 so far, 63'"
    wiki = out(capsys, "export", str(live_file), "--format", "wikitext")
    assert "1–1" not in wiki.split("team1 = UANL", 1)[1].split("}}", 1)[0]  # the box says v, not a score


def test_scenarios_json_counts_from_the_live_score(capsys, live_file):
    doc = json.loads(out(capsys, "scenarios", str(live_file), "--format", "json"))
    qf1 = next(t for t in doc["ties"] if t["label"] == "QF 1 v 8")
    assert qf1["remaining"] == 1 and qf1["basis"] == "leg" and qf1["live"] == [1, 1]
    assert qf1["remaining_legs"] == [
        {
            "leg": 2,
            "home": "UANL",
            "away": "Monterrey",
            "state": "live",
            "home_goals": 1,
            "away_goals": 1,
            "minute": "63",
        }
    ]
    assert qf1["summary"] == "Monterrey go through if it ends so; UANL need to outscore Monterrey by 2 goals from here"
    scores = [(o["home_goals"], o["away_goals"]) for o in qf1["outcomes"]]
    assert scores == [(h, a) for h in range(1, 7) for a in range(1, 7)]
    [core] = [o for o in open_ties(resolve(load_season(live_file).season)) if o.tie.label == "QF 1 v 8"]
    for o in qf1["outcomes"]:
        expected = outcome_of(core, o["home_goals"], o["away_goals"])
        assert (o["through"], o["decided_by"]) == (expected.through, expected.decided_by)
    other = next(t for t in doc["ties"] if t["label"] == "QF 2 v 7")
    assert other["live"] is None and other["remaining_legs"][0]["state"] == "scheduled"
