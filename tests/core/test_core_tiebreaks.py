"""Each way a tie can be decided (or left level), on small hand-made seasons."""

from __future__ import annotations

import pytest

from liguilla_tui.core.results import DECIDED, IN_PROGRESS, LEVEL, NOT_STARTED

# Seeds in the 8-team mini season: 1 Leones ... 8 Lobos. QF 1 v 8 is Leones v Lobos:
# leg 1 at Lobos (score = Lobos, Leones), leg 2 at Leones (score = Leones, Lobos).


def qf1(kit, first, second, fmt="liga-mx-2012"):
    resolved = kit.resolve_text(kit.season_text(format=fmt, legs=kit.qf_legs({(1, 8): (first, second)})))
    assert kit.errors(resolved.diagnostics) == []
    return kit.find_tie(resolved, "QF 1 v 8")


def final(kit, first, second, fmt=None, **leg2):
    """A two-team, final-only season: leg 1 Tigres v Leones, leg 2 Leones v Tigres."""
    legs = [kit.leg("final", 1, "Tigres", "Leones", first), kit.leg("final", 2, "Leones", "Tigres", second, **leg2)]
    resolved = kit.resolve_text(kit.season_text(table=kit.TEAMS[:2], format=fmt or kit.FINAL_ONLY, legs=legs))
    assert kit.errors(resolved.diagnostics) == []
    return resolved, kit.find_tie(resolved, "Final")


def test_aggregate_decides_and_orients_scores_higher_seed_first(kit):
    t = qf1(kit, (1, 0), (3, 1))  # Lobos 1-0 Leones, Leones 3-1 Lobos
    assert (t.higher.team, t.lower.team) == ("Leones", "Lobos")
    assert (t.higher.seed, t.lower.seed) == (1, 8)
    assert t.state == DECIDED
    assert t.aggregate == (3, 2)
    assert (t.winner, t.loser, t.decided_by) == ("Leones", "Lobos", "aggregate")


def test_aggregate_win_for_the_lower_seed(kit):
    t = qf1(kit, (2, 0), (1, 1))
    assert t.aggregate == (1, 3)
    assert (t.winner, t.loser, t.decided_by) == ("Lobos", "Leones", "aggregate")


def test_away_goals_decide_a_level_aggregate(kit):
    t = qf1(kit, (1, 1), (2, 2))  # 3-3; Leones scored 1 away, Lobos 2
    assert t.aggregate == (3, 3)
    assert t.away_goals == (1, 2)
    assert (t.winner, t.loser, t.decided_by) == ("Lobos", "Leones", "away_goals")


def test_away_goals_can_favour_the_higher_seed(kit):
    t = qf1(kit, (1, 2), (0, 1))  # Lobos 1-2 Leones, Leones 0-1 Lobos: 2-2, away 2-1
    assert t.aggregate == (2, 2)
    assert t.away_goals == (2, 1)
    assert (t.winner, t.decided_by) == ("Leones", "away_goals")


def test_higher_seed_when_away_goals_are_level_too(kit):
    t = qf1(kit, (1, 1), (1, 1))
    assert t.aggregate == (2, 2)
    assert t.away_goals == (1, 1)
    assert (t.winner, t.loser, t.decided_by) == ("Leones", "Lobos", "higher_seed")


def test_goalless_tie_goes_to_the_higher_seed(kit):
    t = qf1(kit, (0, 0), (0, 0))
    assert (t.aggregate, t.winner, t.decided_by) == ((0, 0), "Leones", "higher_seed")


@pytest.mark.parametrize(
    ("preset", "winner", "decided_by"),
    [("liga-mx-2012", "Lobos", "away_goals"), ("liga-mx-2011", "Leones", "higher_seed")],
)
def test_preset_2011_has_no_away_goals(kit, preset, winner, decided_by):
    t = qf1(kit, (1, 1), (2, 2), fmt=preset)  # away goals would favour Lobos
    assert t.aggregate == (3, 3)
    assert (t.winner, t.decided_by) == (winner, decided_by)


def test_tiebreak_order_comes_from_a_format_mapping(kit):
    fmt = {
        "preset": "liga-mx-2012",
        "rounds": [{"key": "quarterfinals", "tiebreak": ["higher_seed"]}, {"key": "semifinals"}, {"key": "final"}],
    }
    t = qf1(kit, (1, 1), (2, 2), fmt=fmt)
    assert (t.winner, t.decided_by) == ("Leones", "higher_seed")


def test_one_leg_played_is_in_progress_with_a_running_aggregate(kit):
    resolved = kit.resolve_text(kit.season_text(legs=kit.qf_legs({(1, 8): ((2, 1), None)})))
    t = kit.find_tie(resolved, "QF 1 v 8")
    assert t.state == IN_PROGRESS
    assert t.aggregate == (1, 2)
    assert t.legs_played == 1
    assert (t.winner, t.decided_by) == (None, None)
    assert kit.find_tie(resolved, "QF 2 v 7").state == NOT_STARTED


def test_extra_time_decides_the_final(kit):
    resolved, t = final(kit, (1, 0), (1, 0), extra_time=[1, 0])
    assert t.extra_time == (1, 0)
    assert t.aggregate == (2, 1)  # the aggregate includes extra time
    assert (t.winner, t.loser, t.decided_by) == ("Leones", "Tigres", "extra_time")
    assert (resolved.champion, resolved.runner_up) == ("Leones", "Tigres")
    assert resolved.goals == 3


def test_extra_time_won_by_the_visitors(kit):
    resolved, t = final(kit, (1, 0), (1, 0), extra_time=[0, 2])
    assert t.aggregate == (1, 3)
    assert (t.winner, t.decided_by) == ("Tigres", "extra_time")
    assert resolved.champion == "Tigres"


def test_final_has_no_away_goals_and_no_higher_seed(kit):
    # 2-2 with Tigres scoring 2 away would be away goals in a QF; the final waits for extra time.
    resolved, t = final(kit, (0, 0), (2, 2))
    assert t.aggregate == (2, 2)
    assert (t.state, t.awaiting, t.winner) == (LEVEL, "extra_time", None)
    assert resolved.champion is None and resolved.runner_up is None


def test_penalties_decide_a_final_level_after_extra_time(kit):
    resolved, t = final(kit, (1, 0), (1, 0), extra_time=[0, 0], penalties=[3, 5])
    assert t.aggregate == (1, 1)
    assert t.penalties == (3, 5)
    assert (t.winner, t.loser, t.decided_by) == ("Tigres", "Leones", "penalties")
    assert (resolved.champion, resolved.runner_up) == ("Tigres", "Leones")
    assert resolved.goals == 2  # shoot-outs are not goals


def test_penalties_after_a_level_extra_time_with_goals(kit):
    resolved, t = final(kit, (1, 0), (1, 0), extra_time=[1, 1], penalties=[4, 2])
    assert t.aggregate == (2, 2)
    assert (t.winner, t.decided_by) == ("Leones", "penalties")
    assert resolved.goals == 4


def test_shootout_entered_with_the_lower_seed_at_home_is_oriented(kit):
    # Leg 2 entered with Tigres (seed 2) as home: scores are (home, away) in the file,
    # (higher, lower) in the tie.
    legs = [
        kit.leg("final", 1, "Leones", "Tigres", (0, 1)),
        kit.leg("final", 2, "Tigres", "Leones", (0, 1), extra_time=[0, 0], penalties=[5, 3]),
    ]
    resolved = kit.resolve_text(kit.season_text(table=kit.TEAMS[:2], format=kit.FINAL_ONLY, legs=legs))
    t = kit.find_tie(resolved, "Final")
    assert t.aggregate == (1, 1)
    assert t.penalties == (3, 5)
    assert (t.winner, t.decided_by) == ("Tigres", "penalties")


def test_level_final_awaiting_extra_time(kit):
    resolved, t = final(kit, (1, 0), (1, 0))
    assert t.state == LEVEL
    assert t.awaiting == "extra_time"
    assert t.aggregate == (1, 1)
    assert (t.winner, t.loser, t.decided_by) == (None, None, None)
    assert resolved.champion is None
    assert resolved.matches_played == 2


def test_level_final_awaiting_penalties(kit):
    resolved, t = final(kit, (1, 0), (1, 0), extra_time=[1, 1])
    assert t.state == LEVEL
    assert t.awaiting == "penalties"
    assert t.aggregate == (2, 2)
    assert t.extra_time == (1, 1)
    assert resolved.champion is None


def test_final_round_taken_from_the_preset_by_key(kit):
    fmt = {"preset": "liga-mx-2012", "qualifiers": 2, "rounds": [{"key": "final"}]}
    resolved, t = final(kit, (1, 0), (1, 0), fmt=fmt, extra_time=[0, 0], penalties=[2, 4])
    assert resolved.season.format.rounds[0].tiebreak == ("extra_time", "penalties")
    assert resolved.season.format.rounds[0].name == "Final"
    assert (t.winner, t.decided_by) == ("Tigres", "penalties")


def test_single_match_round_is_hosted_by_the_higher_seed(kit):
    fmt = {
        "qualifiers": 2,
        "rounds": [
            {
                "key": "final",
                "name": "Final",
                "short": "F",
                "legs": 1,
                "pairing": "reseed",
                "tiebreak": ["extra_time", "penalties"],
            }
        ],
    }
    text = kit.season_text(
        table=kit.TEAMS[:2], format=fmt, legs=[kit.leg("final", 1, "Leones", "Tigres", (0, 0), extra_time=[0, 1])]
    )
    resolved = kit.resolve_text(text)
    assert kit.errors(resolved.diagnostics) == []
    t = kit.find_tie(resolved, "Final")
    assert len(t.legs) == 1
    assert (t.legs[0].home, t.legs[0].away) == ("Leones", "Tigres")
    assert (t.winner, t.decided_by, t.aggregate) == ("Tigres", "extra_time", (0, 1))


def test_tiebreak_chain_without_a_final_step_stays_level(kit):
    fmt = {"qualifiers": 2, "rounds": [{"key": "final", "legs": 2, "pairing": "reseed", "tiebreak": ["away_goals"]}]}
    resolved, t = final(kit, (1, 1), (1, 1), fmt=fmt)
    assert (t.state, t.winner, t.awaiting) == (LEVEL, None, None)
    assert resolved.champion is None
