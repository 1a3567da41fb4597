"""Three-way merge: their saved changes and my unsaved ones meet leg by leg."""

from __future__ import annotations

from pathlib import Path

from msgspec.structs import replace

from liguilla_tui.core import edits
from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.merge import describe, leg_key, merge, result_key, where
from liguilla_tui.core.model import Result
from liguilla_tui.core.save import render_season, same_data

ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "seasons" / "2013-clausura.yaml").read_text(encoding="utf-8")
BASE = load_season_text(TEXT).season
QF_1 = ("quarterfinals", 1, "Monterrey", "UANL")
QF_2 = ("quarterfinals", 2, "UANL", "Monterrey")
SF_NEW = ("semifinals", 1, "UANL", "Atlas")


def saved_by_them(season):
    """Their season as this instance reads it back from the file they wrote (new marks)."""
    return load_season_text(render_season(TEXT, BASE, season)).season


def leg(season, fixture):
    return edits.find_leg(season, *fixture)


def test_changes_to_different_legs_merge_without_a_conflict():
    mine = edits.set_score(BASE, *QF_1, (5, 0))
    theirs = saved_by_them(edits.set_score(BASE, *QF_2, (0, 0)))
    merged = merge(BASE, mine, theirs)
    assert merged.conflicts == () and merged.taken == 1
    assert leg(merged.season, QF_1).score == (5, 0) and leg(merged.season, QF_2).score == (0, 0)
    assert len(merged.season.legs) == len(BASE.legs)


def test_legs_added_on_each_side_are_both_kept():
    mine = edits.set_score(BASE, *SF_NEW, (1, 1))
    theirs = saved_by_them(edits.set_score(BASE, "final", 1, "UNAM", "Morelia", (2, 2)))
    merged = merge(BASE, mine, theirs)
    assert not merged.conflicts and len(merged.season.legs) == len(BASE.legs) + 2


def test_one_leg_changed_on_both_sides_is_a_conflict_settled_as_asked():
    mine = edits.set_score(BASE, *QF_1, (5, 0))
    theirs = saved_by_them(edits.set_score(BASE, *QF_1, (2, 2)))
    merged = merge(BASE, mine, theirs)
    assert [c.key for c in merged.conflicts] == [leg_key(leg(BASE, QF_1))]
    assert leg(merged.season, QF_1).score == (2, 2)  # theirs unless told
    kept = merge(BASE, mine, theirs, frozenset({merged.conflicts[0].key}))
    assert leg(kept.season, QF_1).score == (5, 0)
    assert describe(merged.conflicts[0].mine).startswith("Monterrey 5-0 UANL")
    assert where(merged.conflicts[0], {"quarterfinals": "Quarter-finals"}) == "Quarter-finals leg 1"


def test_the_same_change_on_both_sides_is_no_conflict():
    mine = edits.set_score(BASE, *QF_1, (5, 0))
    theirs = saved_by_them(mine)
    merged = merge(BASE, mine, theirs)
    assert not merged.conflicts and same_data(merged.season, theirs)


def test_nothing_of_mine_changed_means_theirs_whole():
    theirs = saved_by_them(edits.set_score(BASE, *QF_1, (9, 9)))
    merged = merge(BASE, BASE, theirs)
    assert merged.season == theirs and not merged.conflicts


def test_results_merge_like_legs():
    base = replace(BASE, results=(Result("UANL", "Atlas", (1, 0), 1), Result("Atlas", "UANL", None, 2)))
    mine = edits.set_result(base, "UANL", "Atlas", (3, 3))
    theirs = edits.set_result(base, "Atlas", "UANL", (0, 1))
    merged = merge(base, mine, theirs)
    assert [r.score for r in merged.season.results] == [(3, 3), (0, 1)] and not merged.conflicts
    clash = merge(base, mine, edits.set_result(base, "UANL", "Atlas", (4, 4)))
    assert [c.key for c in clash.conflicts] == [result_key(base.results[0])]
