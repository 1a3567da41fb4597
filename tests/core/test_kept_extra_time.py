"""Issue 13: when a tie stops being level its extra time and shoot-out are kept aside
(hidden, not counted, saved) and come back when it is level again; they used to be deleted.

The bundled 2013 final: Cruz Azul 1-0 América, América 2-1 Cruz Azul, 0-0 after extra
time, América 4-2 on penalties.
"""

from __future__ import annotations

from liguilla_tui.core import edits
from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.resolve import resolve
from liguilla_tui.core.save import render_season
from liguilla_tui.core.score_entry import apply_key


def _final(season):
    resolved = resolve(season)
    spec = season.format.round("final")
    return spec, resolved.round("final").ties[0], resolved


def _key(season, row, side, op, value=0):
    spec, tie, _ = _final(season)
    outcome = apply_key(season, spec, tie, row, side, op, value)
    assert outcome.season is not None, outcome
    return outcome


def _leg2(season):
    return edits.find_leg(season, "final", 2, "América", "Cruz Azul")


def test_a_score_that_breaks_the_level_keeps_extra_time_and_penalties_aside(loaded_2013):
    season = loaded_2013.season
    outcome = _key(season, "leg2", 0, "set", 3)  # América 3-1: 3-2 on aggregate
    leg = _leg2(outcome.season)
    assert (leg.score, leg.extra_time, leg.penalties) == ((3, 1), None, None)
    assert (leg.kept_extra_time, leg.kept_penalties) == ((0, 0), (4, 2))
    assert "set aside" in outcome.note and "come back" in outcome.note
    _, tie, resolved = _final(outcome.season)
    assert (tie.winner, tie.decided_by, tie.extra_time, tie.penalties) == ("América", "aggregate", None, None)
    assert not resolved.errors, [d.message for d in resolved.errors]


def test_level_again_brings_them_back(loaded_2013):
    season = loaded_2013.season
    broken = _key(season, "leg2", 0, "set", 3).season
    outcome = _key(broken, "leg2", 0, "set", 2)
    leg = _leg2(outcome.season)
    assert (leg.extra_time, leg.penalties, leg.kept_extra_time, leg.kept_penalties) == ((0, 0), (4, 2), None, None)
    assert "back" in outcome.note
    _, tie, _ = _final(outcome.season)
    assert (tie.winner, tie.decided_by, tie.penalties) == ("América", "penalties", (4, 2))
    assert outcome.season == season  # exactly the season before the two edits


def test_extra_time_that_decides_sets_the_shootout_aside_and_a_level_one_brings_it_back(loaded_2013):
    season = loaded_2013.season
    decided = _key(season, "et", 0, "set", 1).season  # 1-0 in extra time
    leg = _leg2(decided)
    assert (leg.extra_time, leg.penalties, leg.kept_penalties) == ((1, 0), None, (4, 2))
    level = _key(decided, "et", 1, "set", 1).season  # 1-1 in extra time: the shoot-out again
    leg = _leg2(level)
    assert (leg.extra_time, leg.penalties, leg.kept_penalties) == ((1, 1), (4, 2), None)


def test_an_unplayed_last_leg_keeps_them_until_its_score_is_typed_again(loaded_2013):
    season = loaded_2013.season
    cleared = _key(season, "leg2", 0, "clear").season
    leg = _leg2(cleared)
    assert (leg.score, leg.kept_extra_time, leg.kept_penalties) == (None, (0, 0), (4, 2))
    half = edits.set_score(cleared, "final", 2, "América", "Cruz Azul", (2, 0))  # not level: still aside
    assert _leg2(half).penalties is None
    typed = _key(half, "leg2", 1, "set", 1).season  # 2-1: level again
    assert _leg2(typed).penalties == (4, 2) and _leg2(typed).extra_time == (0, 0)


def test_deleting_extra_time_on_purpose_keeps_nothing(loaded_2013):
    season = loaded_2013.season
    gone = _key(season, "et", 0, "clear").season
    leg = _leg2(gone)
    assert (leg.extra_time, leg.penalties, leg.kept_extra_time, leg.kept_penalties) == (None, None, None, None)


def test_the_save_keeps_what_is_set_aside_and_reading_it_back_is_clean(loaded_2013, text_2013):
    season = loaded_2013.season
    broken = _key(season, "leg2", 0, "set", 3).season
    text = render_season(text_2013, season, broken)
    assert "kept_extra_time: [0, 0]" in text and "kept_penalties: [4, 2]" in text
    assert text.count("#") == text_2013.count("#")  # written in place: the comments stay
    reread = load_season_text(text)
    assert reread.season is not None
    assert not [d for d in reread.diagnostics if d.is_error], [d.message for d in reread.diagnostics]
    leg = _leg2(reread.season)
    assert (leg.extra_time, leg.penalties, leg.kept_extra_time, leg.kept_penalties) == (None, None, (0, 0), (4, 2))
    restored = _key(reread.season, "leg2", 0, "set", 2).season
    assert _final(restored)[1].decided_by == "penalties"
    # And back: the kept keys go from the file, extra time and penalties return.
    again = render_season(text, reread.season, restored)
    assert "kept_" not in again
    assert "extra_time: [0, 0]" in again and "penalties: [4, 2]" in again


def test_a_goal_that_raises_the_score_settles_the_tie_like_a_typed_score(loaded_2013):
    # The goals dialog raised América's 2nd-leg score to list a goal: 3-2 on aggregate.
    from liguilla_tui.core.model import Goal
    from liguilla_tui.core.score_entry import apply_goals

    season = loaded_2013.season
    spec, tie, _ = _final(season)
    leg = _leg2(season)
    goals = leg.goals + (Goal("América", "Somebody", "60"),)
    outcome = apply_goals(season, spec, tie, 2, leg.home, leg.away, goals, (3, 1), leg.extra_time)
    now = _leg2(outcome.season)
    assert (now.score, now.goals, now.extra_time, now.kept_penalties) == ((3, 1), goals, None, (4, 2))
    assert "set aside" in outcome.note


def test_goals_of_extra_time_set_aside_leave_the_scorers_and_come_back_with_it(loaded_2013):
    from msgspec.structs import replace

    from liguilla_tui.core.model import Goal

    season = loaded_2013.season
    leg = _leg2(season)
    scored = replace(
        leg,
        extra_time=(1, 1),
        penalties=(4, 2),
        goals=leg.goals + (Goal("América", "Late Scorer", "105"), Goal("Cruz Azul", "Other", "118")),
    )
    season = edits.replace_leg(season, leg, scored)

    def goals_of(s, player):
        return next((x.goals for x in resolve(s).scorers if x.player == player), 0)

    assert goals_of(season, "Late Scorer") == 1
    broken = _key(season, "leg2", 0, "set", 3).season  # not level: extra time set aside
    assert _leg2(broken).kept_extra_time == (1, 1)
    assert goals_of(broken, "Late Scorer") == 0 and goals_of(broken, "Other") == 0
    assert resolve(broken).unattributed_goals == resolve(season).unattributed_goals + 1  # the 3rd goal typed
    level = _key(broken, "leg2", 0, "set", 2).season
    assert goals_of(level, "Late Scorer") == 1 and goals_of(level, "Other") == 1
