"""`liguilla scenarios`: text, the JSON contract (docs/json-output.md) and the Markdown piece."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

from liguilla_tui.cli import main
from liguilla_tui.core.load import load_season
from liguilla_tui.core.resolve import resolve
from liguilla_tui.core.tie_outcomes import open_ties, outcome_of
from tests.open_seasons import last_matchday_open

DATA = Path(__file__).resolve().parent.parent / "data"
OPEN = DATA / "2013-clausura-open.yaml"  # after the quarter-finals' first legs; QF 4 v 5 finished


def test_json_lists_every_open_tie_with_every_score_of_its_remaining_leg(capsys):
    assert main(["scenarios", str(OPEN), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema_version"] == 1
    assert [t["label"] for t in doc["ties"]] == ["QF 1 v 8", "QF 2 v 7", "QF 3 v 6"]
    core = {o.tie.label: o for o in open_ties(resolve(load_season(OPEN).season))}
    for tie in doc["ties"]:
        assert tie["round"] == "quarterfinals" and tie["remaining"] == 1 and tie["basis"] == "leg"
        assert tie["teams"] == [tie["remaining_legs"][0]["home"], tie["remaining_legs"][0]["away"]]
        scores = [(o["home_goals"], o["away_goals"]) for o in tie["outcomes"]]
        assert scores == [(h, a) for h in range(6) for a in range(6)]
        for o in tie["outcomes"]:
            expected = outcome_of(core[tie["label"]], o["home_goals"], o["away_goals"])
            assert (o["through"], o["decided_by"]) == (expected.through, expected.decided_by)
            assert o["through"] in tie["teams"]  # away goals, then the higher seed: never level
        assert set(tie["needs"]) == set(tie["teams"]) and all(tie["needs"].values())
    qf1 = doc["ties"][0]
    assert qf1["teams"] == ["UANL", "Monterrey"] and qf1["aggregate"] == {"UANL": 0, "Monterrey": 1}
    assert qf1["needs"]["UANL"] == "a win by 2, or 1–0"
    one_nil = next(o for o in qf1["outcomes"] if (o["home_goals"], o["away_goals"]) == (1, 0))
    assert one_nil == {"home_goals": 1, "away_goals": 0, "through": "UANL", "decided_by": "higher_seed"}
    # Cruz Azul are through already: their path lists the winners they can meet.
    cruz = next(p for p in doc["paths"] if p["team"] == "Cruz Azul")
    assert cruz["complete"] and {m["if"] for m in cruz["meetings"]} == {None}
    assert {m["opponent"] for m in cruz["meetings"]} <= {
        "UANL",
        "Monterrey",
        "América",
        "UNAM",
        "Atlas",
        "Santos Laguna",
    }


def test_text_and_markdown_say_what_each_side_needs(capsys):
    assert main(["scenarios", str(OPEN)]) == 0
    text = capsys.readouterr().out
    assert "UANL need a win by 2, or 1–0 (the higher seed)" in text
    assert "    6+   H   H   H   H   H   ?   ?" in text  # the grid's "more" row
    assert main(["scenarios", str(OPEN), "-f", "markdown"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# What they need: 2013 Liga MX Clausura Liguilla\n")
    assert "### QF 1 v 8: UANL v Monterrey" in md and "- **UANL**: a win by 2, or 1–0" in md
    assert "| **6+** | H | H | H | H | H | ? | ? |" in md


def test_a_finished_season_has_no_open_tie(capsys):
    assert main(["scenarios"]) == 0
    assert "No open tie" in capsys.readouterr().out


HOSTILE = """competition: Test
tournament: Clausura
year: 2013
format: {qualifiers: 2, rounds: [{key: final, name: Final, short: F, legs: 2, pairing: reseed,
          tiebreak: [extra_time, penalties]}]}
teams:
  - name: "Rojo\\e[31m|*x*"
  - name: "Azul\\u009b2J"
table:
  - {pos: 1, team: "Rojo\\e[31m|*x*", pld: 1, w: 1, d: 0, l: 0, gf: 1, ga: 0, gd: 1, pts: 3}
  - {pos: 2, team: "Azul\\u009b2J", pld: 1, w: 0, d: 0, l: 1, gf: 0, ga: 1, gd: -1, pts: 0}
"""


def test_names_from_the_file_reach_no_terminal_raw(tmp_path, capsys):
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE, encoding="utf-8")
    for fmt in ("text", "markdown", "json"):
        assert main(["scenarios", str(path), "-f", fmt]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x9b" not in out, fmt
        if fmt == "json":
            doc = json.loads(out)
            assert doc["ties"][0]["teams"] == ["Rojo\x1b[31m|*x*", "Azul\x9b2J"]  # exact, once decoded
        elif fmt == "text":
            assert "Rojo\\x1b[31m" in out and "Azul\\x9b2J" in out
    assert main(["scenarios", str(path), "-f", "markdown"]) == 0
    # No table cell, emphasis or link from a name; its escapes shown as text.
    assert "Rojo\\x1b\\[31m\\|\\*x\\*" in capsys.readouterr().out


def test_a_bad_file_gets_file_line_col_and_exit_1(capsys):
    bad = DATA / "bad" / "01-yaml-unclosed-bracket.yaml"
    assert main(["scenarios", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{bad}:") and ": error: " in err and "Traceback" not in err


def test_a_live_leg_counts_from_its_current_score(capsys):
    assert main(["scenarios", str(OPEN), "-f", "json", "--live", "QF 1 v 8=1-1"]) == 0
    qf1 = json.loads(capsys.readouterr().out)["ties"][0]
    assert qf1["label"] == "QF 1 v 8" and qf1["live"] == [1, 1]
    scores = [(o["home_goals"], o["away_goals"]) for o in qf1["outcomes"]]
    assert scores == [(h, a) for h in range(1, 7) for a in range(1, 7)]
    # Monterrey's away goal is in: 2-1 now levels the aggregate with Monterrey ahead on away goals.
    two_one = next(o for o in qf1["outcomes"] if (o["home_goals"], o["away_goals"]) == (2, 1))
    assert (two_one["through"], two_one["decided_by"]) == ("Monterrey", "away_goals")
    assert qf1["needs"]["UANL"] == "a win by 2"


def test_live_given_on_the_command_line_reads_as_a_leg_marked_live_in_the_file(tmp_path, capsys):
    """--live and a file marking the leg live give the same JSON (a tester found the flag
    left the leg 'scheduled', the aggregate without its goals, and the header on the file's)."""
    assert main(["scenarios", str(OPEN), "-f", "json", "--live", "QF 1 v 8=1-1"]) == 0
    flagged = json.loads(capsys.readouterr().out)["ties"][0]
    marked = tmp_path / "live.yaml"
    leg = "    home: UANL\n    away: Monterrey\n"
    text = OPEN.read_text(encoding="utf-8")
    assert text.count(leg) == 1
    marked.write_text(text.replace(leg, leg + "    score: [1, 1]\n    status: live\n"), encoding="utf-8")
    assert main(["scenarios", str(marked), "-f", "json"]) == 0
    in_file = json.loads(capsys.readouterr().out)["ties"][0]
    assert flagged == in_file
    assert flagged["remaining_legs"][0]["state"] == "live" and flagged["aggregate"] == {"UANL": 1, "Monterrey": 2}
    # On a leg the file has live already, the flag's score is the one said everywhere.
    assert main(["scenarios", str(marked), "--live", "QF 1 v 8=3-1"]) == 0
    out = capsys.readouterr().out
    assert "UANL lead 3–2 on aggregate" in out and "3–1 now" in out


def test_live_usage_errors_exit_2(capsys):
    assert main(["scenarios", str(OPEN), "--live", "QF 9=1-1"]) == 2
    err = capsys.readouterr().err
    assert "no open tie by that label with a leg left to play" in err and "QF 1 v 8" in err
    assert main(["scenarios", str(OPEN), "--live", "QF 1 v 8=1-1", "--live", "QF 1 v 8=2-1"]) == 2
    assert "'QF 1 v 8': that tie is given more than once" in capsys.readouterr().err
    finished = Path(__file__).resolve().parents[2] / "seasons" / "2013-clausura.yaml"
    assert main(["scenarios", str(finished), "--live", "Final=1-1"]) == 2
    assert "no tie has a leg left to play" in capsys.readouterr().err
    try:
        main(["scenarios", str(OPEN), "--live", "QF 1 v 8=one-nil"])
    except SystemExit as exit_:
        assert exit_.code == 2
    else:
        raise AssertionError("a malformed --live was accepted")
    assert "not LABEL=HOME-AWAY" in capsys.readouterr().err


def test_json_gives_every_teams_places_zones_and_needs_with_matches_left(tmp_path, capsys):
    from liguilla_tui.core.table_outlook import table_outlook

    path = last_matchday_open(tmp_path)
    assert main(["scenarios", str(path), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    outlook = table_outlook(load_season(path).season)
    assert doc["matchdays_left"] == 1 and [z["zone"] for z in doc["zones"]] == ["liguilla", "playin", "out"]
    assert len(doc["teams"]) == 18
    for team, core in zip(doc["teams"], outlook.teams, strict=True):
        assert set(team) == {"team", "position", "best", "worst", "zones", "needs"}
        assert (team["team"], team["best"], team["worst"], team["zones"]) == (
            core.team,
            core.best,
            core.worst,
            dict(core.zones),
        )
        assert team["best"] <= team["position"] <= team["worst"]
        assert set(team["zones"].values()) <= {"clinched", "eliminated", "open"}
    first = doc["teams"][0]
    assert first["zones"]["liguilla"] == "clinched" and first["needs"] is None
    assert any(t["needs"] for t in doc["teams"])  # an open team says what it needs


def test_text_and_markdown_show_the_table_with_matches_left(tmp_path, capsys):
    path = last_matchday_open(tmp_path)
    assert main(["scenarios", str(path)]) == 0
    text = capsys.readouterr().out
    assert "The table, 1 matchday left" in text and "Team by team:" in text
    assert main(["scenarios", str(path), "--format", "markdown"]) == 0
    markdown = capsys.readouterr().out
    assert "## The table, 1 matchday left" in markdown and "| Pos | Team | Places | Liguilla | Play-in |" in markdown


def test_a_finished_table_gives_final_places_and_no_table_section(capsys):
    assert main(["scenarios", str(OPEN), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["matchdays_left"] == 0
    assert all(t["best"] == t["worst"] == t["position"] and t["needs"] is None for t in doc["teams"])
    assert main(["scenarios", str(OPEN)]) == 0
    assert "The table," not in capsys.readouterr().out


def test_text_and_markdown_say_when_the_ties_are_the_table_as_it_stands(tmp_path, capsys):
    """The regular season unfinished: its ties are provisional, as the app's banner says."""
    path = last_matchday_open(tmp_path)
    for fmt, mark in (("text", "⚑ If the season ended today"), ("markdown", "> ⚑ If the season ended today")):
        assert main(["scenarios", str(path), "--format", fmt]) == 0
        out = capsys.readouterr().out
        line = next(line for line in out.splitlines() if "If the season ended today" in line)
        assert line.startswith(mark) and "after matchday 16 of 17" in line
    assert main(["scenarios", str(OPEN), "--format", "text"]) == 0  # a final table: no such line
    assert "If the season ended today" not in capsys.readouterr().out


def test_a_typed_table_with_matches_left_is_not_said_final(tmp_path, capsys):
    teams = tmp_path / "teams.txt"
    teams.write_text("\n".join(f"Team {i}" for i in range(12)) + "\n", encoding="utf-8")
    season = tmp_path / "t.yaml"
    assert main(["new", str(season), "--teams", str(teams), "--tournament", "apertura", "--year", "2026"]) == 0
    capsys.readouterr()
    assert main(["scenarios", str(season), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["matchdays_left"] == 11
    assert all(t["zones"]["liguilla"] == "open" and (t["best"], t["worst"]) == (1, 12) for t in doc["teams"])
    assert main(["scenarios", str(season)]) == 0
    out = capsys.readouterr().out
    assert "The matches left are not in the file" in out and "before matchday 1 of 11" in out


def _in_spanish(args: list[str]) -> int:
    from liguilla_tui import i18n

    try:
        return main(["--lang", "es_MX", *args])
    finally:
        i18n.set_language(None)


def test_text_and_markdown_name_each_tie_as_the_app_does_in_spanish(capsys):
    """The round's words in the user's language ("CF 1 vs. 8", as the app's cards say); the
    JSON's label is an identifier and stays "QF 1 v 8". Spanish says "vs." between seeds as
    between teams, never "v" ("CF 1 v 8: UANL vs. Monterrey" mixed them)."""
    assert _in_spanish(["scenarios", str(OPEN)]) == 0
    text = capsys.readouterr().out
    assert "CF 1 vs. 8 (Cuartos de final): UANL vs. Monterrey" in text
    assert "QF" not in text and " v " not in text
    assert _in_spanish(["scenarios", str(OPEN), "-f", "markdown"]) == 0
    md = capsys.readouterr().out
    assert "### CF 1 vs. 8: UANL vs. Monterrey" in md and "(CF 1 vs. 8, CF 2 vs. 7, CF 3 vs. 6)" in md
    assert "QF" not in md and " v " not in md
    assert _in_spanish(["scenarios", str(OPEN), "-f", "json"]) == 0
    assert [t["label"] for t in json.loads(capsys.readouterr().out)["ties"]] == ["QF 1 v 8", "QF 2 v 7", "QF 3 v 6"]


def test_english_headings_keep_the_label(capsys):
    assert main(["scenarios", str(OPEN)]) == 0
    assert "QF 1 v 8 (Quarter-finals): UANL v Monterrey" in capsys.readouterr().out


def test_live_takes_the_label_or_the_tie_as_shown_in_the_language_of_the_run(capsys):
    for name in ("CF 1 vs. 8", "QF 1 v 8"):
        assert _in_spanish(["scenarios", str(OPEN), "--live", f"{name}=1-1"]) == 0
        out = capsys.readouterr().out
        assert "CF 1 vs. 8 (Cuartos de final): UANL vs. Monterrey\n" in out, name
        assert "(vuelta en casa de UANL, 1–1 en este momento)" in out, name
    assert _in_spanish(["scenarios", str(OPEN), "--live", "CF 9=1-1"]) == 2
    err = capsys.readouterr().err
    assert "(estas sí: CF 1 vs. 8 (QF 1 v 8), CF 2 vs. 7 (QF 2 v 7), CF 3 vs. 6 (QF 3 v 6))" in err, err
    # In English the tie is shown as its label: "CF" names none.
    assert main(["scenarios", str(OPEN), "--live", "CF 1 v 8=1-1"]) == 2
    assert "(these have: QF 1 v 8, QF 2 v 7, QF 3 v 6)" in capsys.readouterr().err
    # A JSON run is read and said in English whatever the language (cli.py): the label works.
    assert _in_spanish(["scenarios", str(OPEN), "-f", "json", "--live", "QF 1 v 8=1-1"]) == 0
    qf1 = json.loads(capsys.readouterr().out)["ties"][0]
    assert (qf1["label"], qf1["live"]) == ("QF 1 v 8", [1, 1])


def test_teams_sure_of_the_play_in_at_least_are_named(tmp_path, capsys):
    path = last_matchday_open(tmp_path)
    assert main(["scenarios", str(path)]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if "Sure of the top 10" in line)
    assert line.startswith("✓ Sure of the top 10 (at least the Play-in), no zone yet: Cruz Azul, ")
    assert main(["scenarios", str(path), "-f", "markdown"]) == 0
    assert "✓ Sure of the top 10 (at least the Play-in), no zone yet: Cruz Azul" in capsys.readouterr().out


def test_a_finals_grid_says_champions_not_through(tmp_path, capsys):
    """The final's words say "are champions with"; its grid's caption says so too."""
    import yaml

    from liguilla_tui.seasons import seasons_dir

    data = yaml.safe_load((seasons_dir() / "2013-clausura.yaml").read_text(encoding="utf-8"))
    data["matches"] = [m for m in data["matches"] if not (m["round"] == "final" and m["leg"] == 2)]
    path = tmp_path / "final-open.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert main(["scenarios", str(path)]) == 0
    text = capsys.readouterr().out
    assert "Cruz Azul are champions with a draw or any win" in text
    assert "H América champions, A Cruz Azul champions" in text and "through" not in text.split("Final")[-1]
    assert _in_spanish(["scenarios", str(path)]) == 0
    assert "L campeón América, V campeón Cruz Azul" in capsys.readouterr().out
    assert main(["scenarios", str(OPEN)]) == 0  # the other rounds' grids still say through
    assert "H UANL through, A Monterrey through" in capsys.readouterr().out


def test_live_marks_the_first_of_two_legs_left_as_a_leg_marked_live_in_the_file(tmp_path, capsys):
    """--live on a tie with both legs to play counts its first leg as being played, as
    `status: live` on that leg in the file does (the README says "exactly")."""
    import yaml

    data = yaml.safe_load(OPEN.read_text(encoding="utf-8"))
    data["matches"] = [
        m for m in data["matches"] if not (m["round"] == "quarterfinals" and "UANL" in (m["home"], m["away"]))
    ]
    both_left = tmp_path / "both-left.yaml"
    both_left.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert main(["scenarios", str(both_left), "-f", "json", "--live", "QF 1 v 8=1-0"]) == 0
    flagged = next(t for t in json.loads(capsys.readouterr().out)["ties"] if t["label"] == "QF 1 v 8")
    leg1 = {"round": "quarterfinals", "leg": 1, "home": "Monterrey", "away": "UANL", "score": [1, 0], "status": "live"}
    data["matches"].append(leg1)
    in_file = tmp_path / "leg1-live.yaml"
    in_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert main(["scenarios", str(in_file), "-f", "json"]) == 0
    marked = next(t for t in json.loads(capsys.readouterr().out)["ties"] if t["label"] == "QF 1 v 8")
    assert flagged == marked
    assert marked["remaining_legs"][0]["state"] == "live" and marked["remaining"] == 2
    assert main(["scenarios", str(in_file), "--live", "QF 1 v 8=2-0"]) == 0  # the file's live leg, moved on
    assert "2–0 now" in capsys.readouterr().out


def test_markdown_bullets_say_what_a_level_result_brings(tmp_path, capsys):
    """A final after leg 1: one side needs "a win by 2"; its bullets must say that by one
    goes to extra time, as the line under them does. A quarter-final level on aggregate is
    decided by the higher seed: no such bullet there."""
    import yaml

    from liguilla_tui.seasons import seasons_dir

    data = yaml.safe_load((seasons_dir() / "2024-apertura.yaml").read_text(encoding="utf-8"))
    final_leg_2 = [m for m in data["matches"] if m["round"] == "final"][-1]
    final_leg_2.pop("score")
    path = tmp_path / "final-open.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert main(["scenarios", str(path), "--format", "markdown"]) == 0
    bullets = [line for line in capsys.readouterr().out.splitlines() if line.startswith("- ")]
    assert bullets == [
        "- **América**: a draw or any win",
        "- **Monterrey**: a win by 2",
        "- Level after 90: extra time, then penalties",
    ]
    assert main(["scenarios", str(OPEN), "--format", "markdown"]) == 0
    assert "- Level" not in capsys.readouterr().out


def _headings(markdown: str) -> list[tuple[int, str]]:
    return [(len(line) - len(line.lstrip("#")), line.lstrip("# ")) for line in markdown.splitlines() if line[:1] == "#"]


def test_markdown_reads_as_a_piece_its_title_said_once_and_no_level_skipped(tmp_path, capsys):
    """A Markdown piece ready to publish: one title, which no heading repeats ("What they
    need" was also the heading of the needs, right under it); each heading one level below
    at most the one before; the needs part of the table's section. So in Spanish, and in
    the text output's labels."""
    path = last_matchday_open(tmp_path)
    for run, title in ((main, "What they need"), (_in_spanish, "Qué necesitan")):
        assert run(["scenarios", str(path), "-f", "markdown"]) == 0
        markdown = capsys.readouterr().out
        headings = _headings(markdown)
        assert headings[0][0] == 1 and [level for level, _ in headings].count(1) == 1
        assert markdown.count(title) == 1, [h for h in headings if title in h[1]]
        for (before, _), (level, text) in pairwise(headings):
            assert level <= before + 1, text
        first_need = markdown.index("- **Cruz Azul**: ")
        heading_over_needs = [text for level, text in _headings(markdown[:first_need]) if level > 1]
        assert heading_over_needs[-1].startswith(("The table, 1 matchday left", "La tabla, falta 1 jornada"))
        assert run(["scenarios", str(path)]) == 0
        assert capsys.readouterr().out.count(title) == 1
