"""Each need said for the last matchday is enough: checked by brute force on small leagues."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liguilla_tui.core.table_needs import one_matchday_needs
from liguilla_tui.core.table_positions import add_result, key, places

ORDERS = [("points", "goal_difference", "goals_for"), ("points", "goal_difference"), ("points",)]


@st.composite
def last_matchdays(draw):
    """Four or six teams, all but maybe one playing once: one matchday left."""
    n = draw(st.sampled_from([4, 5, 6]))
    teams = [f"T{i}" for i in range(n)]
    stats = {}
    for t in teams:
        wins = draw(st.integers(0, 3))
        stats[t] = (3 * wins + draw(st.integers(0, 2)), wins, draw(st.integers(0, 3)), draw(st.integers(0, 3)), 0)
    order = draw(st.permutations(teams))
    fixtures = [(order[i], order[i + 1]) for i in range(0, n - 1, 2)]
    return teams, stats, fixtures, draw(st.sampled_from(ORDERS))


def _scores(margin: int, loser_goals: int):
    return [(low + max(d, 0), low + max(-d, 0)) for d in range(-margin, margin + 1) for low in range(loser_goals + 1)]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(last_matchdays())
def test_every_need_is_enough_in_every_outcome_it_allows(league):
    teams, stats, fixtures, order = league
    bound = 8 if len(fixtures) <= 2 else 4
    scores = _scores(bound, 2)
    # Every outcome is played out once, not again for each need checked, and each side's key
    # once per score (a team plays at most once on the last matchday): the same outcomes and
    # the same assertions, at a fraction of the cost (this was the suite's second slowest).
    assert len({t for f in fixtures for t in f}) == 2 * len(fixtures)
    after = {
        fixture: {
            (h, a): (
                key(add_result(stats[fixture[0]], h, a, False), order),
                key(add_result(stats[fixture[1]], a, h, True), order),
            )
            for h, a in scores
        }
        for fixture in fixtures
    }
    idle = {t: key(stats[t], order) for t in teams if not any(t in f for f in fixtures)}
    played_out = []  # (scores by fixture, how many others end level with or ahead of each team)
    for outcome in itertools.product(scores, repeat=len(fixtures)):
        played = dict(zip(fixtures, outcome))
        keys = dict(idle)
        for (home, away), score in played.items():
            keys[home], keys[away] = after[(home, away)][score]
        level_or_ahead = {team: sum(keys[t] >= keys[team] for t in teams if t != team) for team in teams}
        played_out.append((played, level_or_ahead))
    for team in teams:
        seeds = places(team, stats, fixtures, teams, order)
        own = next((f for f in fixtures if team in f), None)
        rest = [f for f in fixtures if f != own]
        for last in range(seeds.best, seeds.worst):  # each target it can reach and has not made sure of
            for need in one_matchday_needs(team, own, last, stats, rest, teams, order):
                checked = 0
                for played, level_or_ahead in played_out:
                    if own is not None and need.own_margin is not None:
                        h, a = played[own]
                        if (h - a if own[0] == team else a - h) < need.own_margin:
                            continue
                    if any(
                        not ((lo is None or h - a >= lo) and (hi is None or h - a <= hi))
                        for fixture, lo, hi in need.helps
                        for h, a in [played[fixture]]
                    ):
                        continue
                    assert level_or_ahead[team] + 1 <= last, (team, last, need, played)
                    checked += 1
                in_reach = (need.own_margin is None or need.own_margin <= bound) and all(
                    (lo is None or lo <= bound) and (hi is None or hi >= -bound) for _, lo, hi in need.helps
                )
                if in_reach:  # a need no outcome meets would say nothing
                    assert checked, (team, last, need)


def test_a_draw_is_judged_at_its_worst_the_goalless_one():
    # X draws to 5 points and goal difference 0; W (finished) has 5, 0 and as many goals.
    # A 0-0 leaves them level (lots: not surely first), so a draw is not enough; 1-1 would be.
    stats = {"X": (4, 1, 2, 2, 0), "W": (5, 1, 2, 2, 0), "O": (0, 0, 0, 5, 0)}
    needs = one_matchday_needs("X", ("X", "O"), 1, stats, [], list(stats), ORDERS[0])
    assert [need.text for need in needs] == ["a win is enough"]


def test_another_result_is_said_with_its_opponent_as_with_two_matchdays_left():
    """ "S not beating B", not "S not winning": the match is named, as the two-matchday needs
    name it, whichever side the range is about and however it is bounded."""
    from liguilla_tui.core.table_needs import Need

    def said(lo, hi):
        return Need("a draw", 0, ((("S", "B"), lo, hi),)).text

    assert said(None, 0) == "a draw, and S not beating B"
    assert said(None, 2) == "a draw, and S not beating B by 3 or more"
    assert said(None, -1) == "a draw, and B beating S"
    assert said(1, None) == "a draw, and S beating B"
    assert said(-1, None) == "a draw, and B not beating S by 2 or more"
    assert said(0, 0) == "a draw, and S v B drawn"
    assert said(2, 2) == "a draw, and S beating B by exactly 2 goals"
    assert said(-1, -1) == "a draw, and B beating S by exactly 1 goal"
    assert said(1, 3) == "a draw, and S beating B by 1 to 3"
    assert said(-3, -2) == "a draw, and B beating S by 2 to 3"


def test_a_last_matchday_need_names_the_match_it_waits_on(tmp_path):
    """The 2024 Clausura a matchday from its end: Cruz Azul are through with any result if
    UANL, who play Tijuana, do not win; said with Tijuana named, in English and Spanish."""
    from liguilla_tui import i18n
    from liguilla_tui.core.load import load_season
    from liguilla_tui.core.table_outlook import table_outlook
    from tests.open_seasons import last_matchday_open

    season = load_season(last_matchday_open(tmp_path)).season
    assert season is not None
    outlook = table_outlook(season)
    assert outlook.matchdays_left == 1 and ("UANL", "Tijuana") in outlook.fixtures
    cruz = outlook.team("Cruz Azul")
    assert cruz is not None and cruz.needs is not None
    assert "any result, and UANL not beating Tijuana" in cruz.needs
    assert not any(" winning" in (t.needs or "") for t in outlook.teams)
    try:
        i18n.set_language("es_MX")
        cruz = table_outlook(season).team("Cruz Azul")
        assert cruz is not None and "cualquier resultado y que UANL no le gane a Tijuana" in (cruz.needs or "")
    finally:
        i18n.set_language(None)
