"""Saving seasons: surgical edits keep the file's text; the canonical emit is lossless."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liguilla_tui.core import edits
from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.model import Goal, Season
from liguilla_tui.core.save import HEADER, emit_season, render_season, same_data, write_atomic

ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "seasons" / "2013-clausura.yaml").read_text(encoding="utf-8")
SEASON = load_season_text(TEXT).season
FINAL_2 = ("final", 2, "América", "Cruz Azul")
QF_1 = ("quarterfinals", 1, "Monterrey", "UANL")


def load(text: str) -> Season:
    season = load_season_text(text).season
    assert season is not None
    return season


def comments(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip().startswith("#")}


def changed_lines(a: str, b: str) -> list[tuple[str, str]]:
    assert len(a.splitlines()) == len(b.splitlines())
    return [(x, y) for x, y in zip(a.splitlines(), b.splitlines()) if x != y]


def saved(old_text: str, old: Season, new: Season) -> str:
    """Render surgically and check that the result reads back as the new season."""
    out = render_season(old_text, old, new)
    assert not out.startswith(HEADER), "fell back to the canonical emit"
    assert same_data(load(out), new)
    return out


def test_unchanged_season_is_byte_identical():
    assert render_season(TEXT, SEASON, SEASON) == TEXT


def test_changing_a_score_changes_only_that_value():
    new = edits.set_score(SEASON, *QF_1, (3, 1))
    out = saved(TEXT, SEASON, new)
    assert changed_lines(TEXT, out) == [("    score: [1, 0]", "    score: [3, 1]")]
    assert comments(out) == comments(TEXT)


def test_changing_a_reversed_score_in_the_final():
    new = edits.set_score(SEASON, "final", 2, "Cruz Azul", "América", (0, 3))  # given away-first
    out = saved(TEXT, SEASON, new)
    assert changed_lines(TEXT, out) == [("    score: [2, 1]", "    score: [3, 0]")]


def _without_shootout() -> tuple[str, Season]:
    cleared = edits.set_extra_time(SEASON, *FINAL_2, None)
    text = saved(TEXT, SEASON, cleared)
    assert "extra_time: [0, 0]" not in text and "penalties: [4, 2]" not in text
    assert len(text.splitlines()) == len(TEXT.splitlines()) - 2
    return text, load(text)


def test_clearing_extra_time_removes_its_lines_and_keeps_the_comment():
    text, _ = _without_shootout()
    assert comments(text) == comments(TEXT)


def test_adding_extra_time_and_penalties_inserts_lines():
    text, season = _without_shootout()
    new = edits.set_penalties(edits.set_extra_time(season, *FINAL_2, (1, 1)), *FINAL_2, (5, 3))
    out = saved(text, season, new)
    lines = out.splitlines()
    at = lines.index("    score: [2, 1]", len(lines) - 20)
    assert lines[at + 1 : at + 3] == ["    extra_time: [1, 1]", "    penalties: [5, 3]"]
    assert len(lines) == len(text.splitlines()) + 2
    assert comments(out) == comments(TEXT)


def test_clearing_a_score_removes_the_line():
    new = edits.set_score(SEASON, *QF_1, None)
    out = saved(TEXT, SEASON, new)
    assert len(out.splitlines()) == len(TEXT.splitlines()) - 1
    assert "    score: [1, 0]\n" not in out[: out.index("home: UNAM")]
    assert comments(out) == comments(TEXT)
    back = saved(out, load(out), edits.set_score(load(out), *QF_1, (1, 0)))
    assert back == TEXT  # typing the score back restores the file


def test_changing_goals_reemits_only_that_leg():
    leg = edits.find_leg(SEASON, "quarterfinals", 1, "Cruz Azul", "Morelia")
    goals = list(leg.goals)
    goals[1] = Goal("Cruz Azul", "Teófilo Gutiérrez", "90+2")
    del goals[4]
    goals.append(Goal("Morelia", "Player: with #hash", "45", penalty=True))
    new = edits.set_goals(SEASON, "quarterfinals", 1, "Cruz Azul", "Morelia", tuple(goals))
    out = saved(TEXT, SEASON, new)
    assert '- {team: Cruz Azul, player: Teófilo Gutiérrez, minute: "90+2"}    # seed: "T Gutiérrez"' in out
    assert "- {team: Morelia, player: 'Player: with #hash', minute: 45, penalty: true}" in out
    assert "Héctor Mancilla" not in out
    assert comments(out) == comments(TEXT)  # the deleted goal's note stays: never lose a source
    start, end = out.index("home: Cruz Azul"), out.index("home: América")
    assert out[:start] == TEXT[:start] and out[end:] == TEXT[TEXT.index("home: América") :]


def test_goals_added_to_a_leg_without_goals_and_removed():
    fixture = ("quarterfinals", 1, "Santos Laguna", "Atlas")
    added = saved(TEXT, SEASON, edits.set_goals(SEASON, *fixture, (Goal("Atlas", None, "90+1", own_goal=True),)))
    assert '    goals:\n      - {team: Atlas, minute: "90+1", own_goal: true}\n  - round' in added
    removed = saved(TEXT, SEASON, edits.set_goals(SEASON, *QF_1, ()))
    assert "Humberto Suazo, minute: 18" not in removed
    assert len(removed.splitlines()) == len(TEXT.splitlines()) - 2


def test_new_leg_is_appended_to_matches():
    new = edits.set_score(SEASON, "semifinals", 1, "UANL", "Atlas", (2, 0))
    assert new.legs[-1].mark.line == 0
    out = saved(TEXT, SEASON, new)
    assert out.startswith(TEXT)
    assert out[len(TEXT) :] == (
        "  - round: semifinals\n    leg: 1\n    home: UANL\n    away: Atlas\n    score: [2, 0]\n"
    )


SMALL = """\
# a small season
competition: Liga MX
tournament: Apertura
year: 2014
format: liga-mx-2012
teams:
- name: A
- name: B
table:
- {pos: 1, team: A, pld: 1, w: 1, d: 0, l: 0, gf: 1, ga: 0, gd: 1, pts: 3}
- {pos: 2, team: B, pld: 1, w: 0, d: 0, l: 1, gf: 0, ga: 1, gd: -1, pts: 0}
"""


@pytest.mark.parametrize(
    "tail",
    ["", "matches:\n", "matches: []   # none yet\n", "matches:\n- round: final\n  leg: 1\n  home: B\n  away: A\n"],
)
def test_new_leg_in_files_without_matches(tail):
    text = SMALL + tail
    old = load(text)
    new = edits.set_score(old, "final", 2, "A", "B", (1, 0))
    out = saved(text, old, new)
    assert out.startswith("# a small season\n")
    assert out.endswith("- round: final\n  leg: 2\n  home: A\n  away: B\n  score: [1, 0]\n")
    assert "# none yet" not in tail or "matches:   # none yet\n- round: final\n" in out
    assert comments(out) == comments(text)


def test_windows_line_endings_are_kept():
    text = (SMALL + "matches:\n  - round: final\n    leg: 1\n    home: B\n    away: A\n").replace("\n", "\r\n")
    old = load(text)
    new = edits.set_goals(
        edits.set_score(old, "final", 1, "B", "A", (1, 0)), "final", 1, "B", "A", (Goal("B", "X", "3"),)
    )
    out = saved(text, old, new)
    assert "\n" not in out.replace("\r\n", "")
    assert out.endswith("    score: [1, 0]\r\n    goals:\r\n      - {team: B, player: X, minute: 3}\r\n")


def test_unusual_text_falls_back_to_the_canonical_emit_without_losing_data():
    text = SMALL + "matches: [{round: final, leg: 1, home: B, away: A, score: [1, 0]}]\n"
    old = load(text)
    new = edits.set_score(edits.set_score(old, "final", 1, "B", "A", None), "final", 2, "A", "B", (0, 0))
    out = render_season(text, old, new)
    assert out.startswith(HEADER)
    assert same_data(load(out), new)


def test_canonical_emit_round_trips_2013_losslessly():
    out = render_season(None, None, SEASON)
    assert out.startswith(HEADER + "\n")
    assert out == emit_season(SEASON)
    assert same_data(load(out), SEASON)
    assert "format: liga-mx-2012" in out
    assert '    kickoff: "19:00"\n' in out and 'minute: "90+3"}' in out and "    date: 2013-05-08\n" in out
    assert emit_season(load(out)) == out


def test_canonical_emit_writes_a_custom_format_as_a_mapping():
    from msgspec.structs import replace

    rounds = SEASON.format.rounds
    fmt = replace(SEASON.format, rounds=(replace(rounds[0], tiebreak=("higher_seed",)),) + rounds[1:])
    custom = replace(SEASON, format=fmt, notes=("one: two", "#not a comment"), source="line one\nline two")
    out = emit_season(custom)
    assert "  preset: liga-mx-2012\n" in out and "      tiebreak: [higher_seed]\n" in out
    assert same_data(load(out), custom)


# --- random edits ------------------------------------------------------------------------

FIXTURES = [(leg.round, leg.leg, leg.home, leg.away) for leg in SEASON.legs]
NEW_FIXTURES = [("semifinals", 1, "UANL", "Atlas"), ("final", 1, "UNAM", "Morelia")]
_cleared = SEASON
for _f in FIXTURES:
    _cleared = edits.set_goals(edits.set_score(_cleared, *_f, None), *_f, ())
SPARSE = render_season(TEXT, SEASON, _cleared)  # no results at all: every edit inserts

# Odd but valid shapes: indentless lists, `goals: []`, empty values, block-style goal
# mappings, a goal entry the loader skips (so the whole list is re-emitted), comments.
ODD = (
    SMALL.replace("- name: B\n", "- name: B\n- name: C\n- name: D\n")
    + """\
matches:
- round: final
  leg: 1
  home: A
  away: B
  goals: []
- round: final
  leg: 2
  home: B
  away: A
  score:
  goals:
- round: quarterfinals
  leg: 1
  home: C
  away: D
  score: [0, 2]  # trailing
  goals:
    # a note on the list
    - team: D
      player: "Block Style"
      minute: 3
    - {team: Nobody, player: X}
    - {team: D}
  # a note after the item
"""
)
ODD_FIXTURES = [("final", 1, "A", "B"), ("final", 2, "B", "A"), ("quarterfinals", 1, "C", "D")]

pairs = st.tuples(st.integers(0, 99), st.integers(0, 99))
text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
players = st.none() | text.map(str.strip).filter(bool)  # the loader strips names
stoppage = st.builds("{}+{}".format, st.sampled_from([45, 90, 120]), st.integers(1, 9))
minutes = st.none() | st.integers(1, 120).map(str) | stoppage
goal_specs = st.lists(st.tuples(st.booleans(), players, minutes, st.booleans(), st.booleans()), max_size=5)


def steps_for(fixtures, final_second_leg):
    """Edits the loader keeps: extra time and shoot-outs only on the final's second leg."""
    shootouts = st.tuples(st.integers(0, 20), st.integers(0, 20)).filter(lambda p: p[0] != p[1])
    return st.one_of(
        st.tuples(st.just("score"), st.sampled_from(fixtures), st.none() | pairs),
        st.tuples(st.just("extra_time"), st.just(final_second_leg), st.none() | pairs),
        st.tuples(st.just("penalties"), st.just(final_second_leg), st.none() | shootouts),
        st.tuples(st.just("goals"), st.sampled_from(fixtures), goal_specs),
    )


def apply(season: Season, step) -> Season:
    kind, fixture, value = step
    if kind == "goals":
        goals = tuple(
            Goal(fixture[2] if home else fixture[3], player, minute, pen, og) for home, player, minute, pen, og in value
        )
        return edits.set_goals(season, *fixture, goals)
    return getattr(edits, f"set_{kind}")(season, *fixture, value)


@pytest.mark.parametrize(
    "base, steps",
    [
        (TEXT, steps_for(FIXTURES + NEW_FIXTURES, FINAL_2)),
        (SPARSE, steps_for(FIXTURES + NEW_FIXTURES, FINAL_2)),
        (ODD, steps_for(ODD_FIXTURES + [("semifinals", 1, "A", "C")], ("final", 2, "B", "A"))),
    ],
    ids=["2013", "sparse", "odd"],
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_edits_render_to_text_that_reloads_equal(base, steps, data):
    old = load(base)
    new = old
    for step in data.draw(st.lists(steps, min_size=1, max_size=8)):
        new = apply(new, step)
    out = saved(base, old, new)  # surgical, and reads back as the edited season
    assert out.splitlines()[:5] == base.splitlines()[:5]
    assert comments(out) == comments(base)  # deleted data leaves its notes behind


def test_sparse_base_keeps_every_comment():
    assert comments(SPARSE) == comments(TEXT)


def test_goal_list_the_loader_only_partly_read_is_rewritten_whole_keeping_notes():
    old = load(ODD)
    new = edits.set_goals(old, "quarterfinals", 1, "C", "D", (Goal("D", "Z", "7"),))
    out = saved(ODD, old, new)
    assert out.endswith(
        "  score: [0, 2]  # trailing\n  goals:\n    # a note on the list\n"
        "    - {team: D, player: Z, minute: 7}\n  # a note after the item\n"
    )


# --- writing -------------------------------------------------------------------------------


def test_write_atomic_keeps_permissions_backup_and_no_temp_files(tmp_path):
    target = tmp_path / "season.yaml"
    target.write_text("old: 1\n", encoding="utf-8")
    os.chmod(target, 0o640)
    write_atomic(target, "new: é\n")
    assert target.read_text(encoding="utf-8") == "new: é\n"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640
    backup = tmp_path / "season.yaml.bak"
    assert backup.read_text(encoding="utf-8") == "old: 1\n"
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["season.yaml", "season.yaml.bak"]


def test_write_atomic_writes_through_a_symlink(tmp_path):
    real = tmp_path / "data" / "real.yaml"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    write_atomic(link, "new\n")
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_text(encoding="utf-8") == "new\n"
    assert (real.parent / "real.yaml.bak").read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.yaml", "real.yaml.bak"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "link.yaml"]


def test_write_atomic_new_file_and_cleanup_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "fresh.yaml"
    write_atomic(target, "x: 1\n")
    assert target.read_text(encoding="utf-8") == "x: 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.yaml"]

    def broken(src, dst):
        raise OSError("disk on fire")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk on fire"):
        write_atomic(target, "x: 2\n")
    assert target.read_text(encoding="utf-8") == "x: 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.yaml"]


def test_write_atomic_sweeps_temp_files_left_by_a_killed_save(tmp_path):
    import os
    import time as _time

    from liguilla_tui.core.save import write_atomic as _write

    target = tmp_path / "season.yaml"
    target.write_text("a: 1\n", encoding="utf-8")
    stale = tmp_path / ".season.yaml.abc123.tmp"
    fresh = tmp_path / ".season.yaml.def456.tmp"
    stale.write_text("half a season", encoding="utf-8")
    fresh.write_text("another save in progress", encoding="utf-8")
    old = _time.time() - 3600
    os.utime(stale, (old, old))
    _write(target, "a: 2\n")
    assert not stale.exists()  # left by a save killed an hour ago
    assert fresh.exists()  # could belong to a save running right now
    assert target.read_text(encoding="utf-8") == "a: 2\n"


RESULTS_LEAGUE = """\
competition: Test
tournament: Apertura
year: 2099
format: {qualifiers: 2, rounds: [{key: final, name: Final, short: F, legs: 2, pairing: reseed, tiebreak: [extra_time, penalties]}]}
teams: [{name: A}, {name: B}, {name: C}, {name: D}]
"""

RESULTS_FLOW = (
    "# The 2099 league: results typed as the matches end.\n"
    + RESULTS_LEAGUE
    + """\
results:
  - {matchday: 1, home: A, away: B, score: [1, 0]}  # a comment on a result
  # a comment between results
  - {matchday: 1, home: C, away: D, score: [2, 2]}
  - {matchday: 2, home: A, away: C}
  - {matchday: 2, home: B, away: D}
"""
)

RESULTS_BLOCK = (
    "# Block style, as another tool writes it.\n"
    + RESULTS_LEAGUE
    + """\
results:
- matchday: 1
  home: A
  away: B
  score:
  - 1
  - 0
- matchday: 2
  home: A
  away: C
"""
)


def _with_scores(season: Season, scores: dict[tuple[str, str], tuple[int, int] | None]) -> Season:
    from msgspec.structs import replace

    return replace(
        season,
        results=tuple(replace(r, score=scores.get((r.home, r.away), r.score)) for r in season.results),
    )


@pytest.mark.parametrize("text", [RESULTS_FLOW, RESULTS_BLOCK])
def test_scores_typed_in_the_results_grid_are_saved_in_place(text):
    """A result's score set, changed or cleared changes only that score's text: every
    comment stays (they had made the save ask to drop them, every time)."""
    old = load(text)
    new = _with_scores(old, {("A", "B"): None, ("A", "C"): (3, 1)})
    saved = render_season(text, old, new)
    assert same_data(load(saved), new)

    def comments(t: str) -> list[str]:
        return [line[line.index("#") :] for line in t.splitlines() if "#" in line]

    assert comments(saved) == comments(text)
    changed = _with_scores(old, {("A", "B"): (4, 4)})
    saved = render_season(text, old, changed)
    assert same_data(load(saved), changed) and "#" in saved and not saved.startswith(HEADER)
    if "{" in text.split("results:")[1]:
        assert "  - {matchday: 1, home: A, away: B, score: [4, 4]}  # a comment on a result" in saved.splitlines()
