"""Needs with two matchdays left, checked against brute force on small leagues.

The engine's count of rivals level or ahead (`Board.most_ahead`) is exact as to results,
and an upper bound as to goals; so on a table ordered by points alone it must equal the
brute-force count, and on a table with goal difference it must never be below any outcome
played out. Every need it says must hold in every outcome it allows.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liguilla_tui import i18n
from liguilla_tui.core.table_needs import _needs
from liguilla_tui.core.table_needs_chance import least_possible, whole
from liguilla_tui.core.table_needs_two import CutShort, TwoNeed, two_matchday_needs
from liguilla_tui.core.table_needs_two_words import least_words, match_words, need_words
from liguilla_tui.core.table_outlook import Zone
from liguilla_tui.core.table_positions import add_result, key, places
from liguilla_tui.core.table_rivals import ANY, DRAW, OWN, WIN, Board, Searches

POINTS = ("points",)
GOALS = ("points", "goal_difference")
ALL_GOALS = ("points", "goal_difference", "goals_for")


@st.composite
def two_matchdays(draw, sizes=(4, 5, 6)):
    """A small league with two matchdays left: each team in at most one match a matchday."""
    n = draw(st.sampled_from(sizes))
    teams = [f"T{i}" for i in range(n)]
    stats = {}
    for t in teams:
        wins, draws = draw(st.integers(0, 3)), draw(st.integers(0, 2))
        stats[t] = (3 * wins + draws, wins, draw(st.integers(0, 3)), draw(st.integers(0, 3)), 0)
    fixtures = []
    for _ in range(2):
        order = draw(st.permutations(teams))
        fixtures += [(order[i], order[i + 1]) for i in range(0, n - 1, 2)]
    return teams, stats, fixtures


def _scores(margin: int, loser_goals: int) -> list[tuple[int, int]]:
    return [(low + max(d, 0), low + max(-d, 0)) for d in range(-margin, margin + 1) for low in range(loser_goals + 1)]


def _allows(cls: int, scored: int, conceded: int) -> bool:
    least = OWN[cls][0]
    return least is None or scored - conceded >= least


def _in_range(h: int, a: int, lo: int | None, hi: int | None) -> bool:
    return (lo is None or h - a >= lo) and (hi is None or h - a <= hi)


def played_out(stats, fixtures, order, scores):
    """Every outcome in bounds, played once: (the score of each fixture, each team's key)."""
    moves = [
        [((h, a), add_result((0,) * 5, h, a, False), add_result((0,) * 5, a, h, True)) for h, a in scores]
        for _ in fixtures
    ]
    out = []
    for outcome in itertools.product(*moves):
        final = dict(stats)
        for (home, away), (_score, dh, da) in zip(fixtures, outcome):
            final[home] = tuple(x + y for x, y in zip(final[home], dh))
            final[away] = tuple(x + y for x, y in zip(final[away], da))
        out.append((tuple(score for score, _, _ in outcome), {t: key(s, order) for t, s in final.items()}))
    return out


def oracle_most_ahead(team, played, fixtures, v, helps):
    """The most other teams level with or ahead of `team` over the outcomes played out that
    its own classes `v` (aligned with `own`) and the ranges `helps` (on `rest`) allow."""
    # own and rest are the fixtures with and without the team, each in the order of `fixtures`.
    own_index = [i for i, f in enumerate(fixtures) if team in f]
    rest_index = [i for i, f in enumerate(fixtures) if team not in f]
    own_at = [(i, fixtures[i][0] == team, cls) for i, cls in zip(own_index, v)]
    help_at = [(rest_index[i], lo, hi) for i, lo, hi in helps]
    most = None
    for scores, keys in played:
        if not all(_allows(cls, *(scores[i] if home else scores[i][::-1])) for i, home, cls in own_at):
            continue
        if not all(_in_range(*scores[i], lo, hi) for i, lo, hi in help_at):
            continue
        mine = keys[team]
        ahead = sum(k >= mine for t, k in keys.items() if t != team)
        most = ahead if most is None else max(most, ahead)
    return most


def _four_matches(teams, stats, fixtures):
    """The league cut to its first four matches' teams, and those matches (10^4 outcomes
    when goals for count, not 10^6)."""
    fixtures = fixtures[:4]
    playing = sorted({t for f in fixtures for t in f})
    return playing, {t: stats[t] for t in playing}, fixtures


def _random_helps(data, rest):
    forms = [(None, 0), (0, 0), (None, -1), (1, None), (0, None), (None, 1), (-1, None), (2, None), (None, -2)]
    chosen = data.draw(st.lists(st.integers(0, len(rest) - 1), max_size=2, unique=True)) if rest else []
    return tuple((i, *data.draw(st.sampled_from(forms))) for i in sorted(chosen))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(two_matchdays(sizes=(4, 5, 6)), st.data())
def test_the_count_is_exact_when_points_alone_order_the_table(league, data):
    teams, stats, fixtures = league
    team = data.draw(st.sampled_from(teams))
    own = [f for f in fixtures if team in f]
    rest = [f for f in fixtures if team not in f]
    v = tuple(data.draw(st.sampled_from([ANY, DRAW, WIN])) for _ in own)
    helps = _random_helps(data, rest)
    board = Board(team, stats, own, rest, teams, POINTS)
    # Margins of 1 and 2 each way: what any range of the helps tells apart, points alone counting.
    played = played_out(stats, fixtures, POINTS, _scores(2, 0))
    expected = oracle_most_ahead(team, played, fixtures, v, helps)
    if expected is not None:
        assert board.most_ahead(v, helps) == expected, (team, v, helps)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(two_matchdays(sizes=(4, 5)), st.sampled_from([GOALS, ALL_GOALS]), st.data())
def test_the_count_is_never_below_an_outcome_with_goals(league, order, data):
    teams, stats, fixtures = league
    team = data.draw(st.sampled_from(teams))
    own = [f for f in fixtures if team in f]
    rest = [f for f in fixtures if team not in f]
    v = tuple(data.draw(st.sampled_from(range(len(OWN))[:4])) for _ in own)
    helps = _random_helps(data, rest)
    board = Board(team, stats, own, rest, teams, order)
    scores = _scores(3, 0) if order == GOALS else _scores(2, 1)
    most = oracle_most_ahead(team, played_out(stats, fixtures, order, scores), fixtures, v, helps)
    if most is not None:
        assert board.most_ahead(v, helps) >= most, (team, v, helps)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(two_matchdays(sizes=(4, 5, 6)), st.sampled_from([POINTS, GOALS, ALL_GOALS]))
def test_every_need_is_enough_in_every_outcome_it_allows(league, order):
    teams, stats, fixtures = league
    if order == ALL_GOALS:
        teams, stats, fixtures = _four_matches(teams, stats, fixtures)
    # Margins to 3 each way (1 with six teams: 3^6 outcomes, not 7^6); goals for: 2, and
    # the loser scoring 0 or 1.
    scores = {POINTS: _scores(1, 0), GOALS: _scores(3 if len(teams) < 6 else 1, 0), ALL_GOALS: _scores(2, 1)}[order]
    played = played_out(stats, fixtures, order, scores)
    for team in teams:
        own = [f for f in fixtures if team in f]
        rest = [f for f in fixtures if team not in f]
        seeds = places(team, stats, fixtures, teams, order)
        for last in range(seeds.best, seeds.worst):
            for need in two_matchday_needs(team, own, rest, last, stats, teams, order):
                orders = [need.own, need.own[::-1]] if need.any_order else [need.own]
                for v in orders:
                    most = oracle_most_ahead(team, played, fixtures, v, need.helps)
                    assert most is None or most <= last - 1, (team, last, need)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(two_matchdays(sizes=(4, 5, 6, 7)))
def test_own_results_alone_are_found_exactly_when_points_alone_count(league):
    """With points alone the count is exact, so the own results said to be enough by
    themselves are exactly the least demanding ones the brute force finds enough."""
    teams, stats, fixtures = league
    played = played_out(stats, fixtures, POINTS, [(1, 0), (0, 0), (0, 1)])
    for team in teams:
        own = [f for f in fixtures if team in f]
        rest = [f for f in fixtures if team not in f]
        seeds = places(team, stats, fixtures, teams, POINTS)
        for last in range(seeds.best, seeds.worst):
            vectors = list(itertools.product([ANY, DRAW, WIN], repeat=len(own)))
            enough = {v for v in vectors if oracle_most_ahead(team, played, fixtures, v, ()) <= last - 1}
            least = {v for v in enough if not any(u != v and all(a >= b for a, b in zip(v, u)) for u in enough)}
            said = set()
            for need in two_matchday_needs(team, own, rest, last, stats, teams, POINTS, enough_found=100):
                if not need.helps and max(need.own, default=0) <= WIN:
                    said.update({need.own, need.own[::-1]} if need.any_order else {need.own})
            assert said == least | {v[::-1] for v in least if v[::-1] in least}, (team, last)


def _league():
    # X (24) plays A and B; S (26) and T (25) chase X for the last place, 2 of 3 above the line.
    stats = {
        "X": (24, 7, 20, 14, 0),
        "S": (26, 8, 18, 16, 0),
        "T": (25, 7, 17, 15, 0),
        "A": (10, 3, 9, 20, 0),
        "B": (11, 3, 10, 20, 0),
        "C": (12, 3, 10, 19, 0),
    }
    fixtures = [("X", "A"), ("S", "B"), ("T", "C"), ("B", "X"), ("C", "S"), ("A", "T")]
    return stats, fixtures


def test_a_need_names_the_match_and_its_margin():
    stats, fixtures = _league()
    own = [f for f in fixtures if "X" in f]
    rest = [f for f in fixtures if "X" not in f]
    needs = two_matchday_needs("X", own, rest, 2, stats, list(stats), ALL_GOALS)
    words = [need_words(n, "X", own, rest) for n in needs]
    # S can reach 30 too, and pass X on goal difference with any win: it must lose to B.
    assert "two wins, and B beating S" in words
    assert "two wins, and S not beating B" not in words
    assert "two wins, and T not beating C" in words
    assert all(w.startswith("two wins, and ") for w in words[:3])  # X's least, with one other
    # With a draw for X, T held to a 5-goal win over A stays below on goal difference.
    needs = two_matchday_needs("X", own, rest, 2, stats, list(stats), ALL_GOALS, enough_found=20)
    words = [need_words(n, "X", own, rest) for n in needs]
    assert "a win and a draw, and C beating T and T not beating A by 6 or more" in words


def test_one_order_of_its_results_is_said_with_its_opponents():
    stats, _ = _league()
    own = [("X", "A"), ("B", "X")]
    need = two_matchday_needs("X", own, [], 1, stats, ["X", "A", "B"], ALL_GOALS)
    assert need  # X is well above A and B
    assert need_words(TwoNeed((WIN, DRAW), (), False), "X", own, []) == "a win over A and a draw with B are enough"
    assert need_words(TwoNeed((WIN, ANY), (), False), "X", own, []) == "a win over A is enough"
    assert need_words(TwoNeed((WIN, WIN), (), True), "X", own, []) == "two wins are enough"
    assert need_words(TwoNeed((DRAW, ANY), (), True), "X", own, []) == "a draw is enough"
    assert need_words(TwoNeed((WIN + 2, WIN), (), True), "X", own, []) == "two wins (one by 3 or more) are enough"
    helped = TwoNeed((ANY, ANY), ((0, None, 0),), True)
    assert need_words(helped, "X", own, [("S", "B")]) == "whatever its results, S not beating B"


def test_a_match_range_in_words():
    assert match_words("S", "B", None, 0) == "S not beating B"
    assert match_words("S", "B", None, 2) == "S not beating B by 3 or more"
    assert match_words("S", "B", None, -1) == "B beating S"
    assert match_words("S", "B", None, -3) == "B beating S by 3 or more"
    assert match_words("S", "B", 1, None) == "S beating B"
    assert match_words("S", "B", 0, None) == "B not beating S"
    assert match_words("S", "B", -1, None) == "B not beating S by 2 or more"
    assert match_words("S", "B", 0, 0) == "S v B drawn"
    assert match_words("S", "B", -1, 2) == "S v B ending with S between -1 and +2 goals"  # never searched


def test_the_words_in_spanish():
    _, fixtures = _league()
    own = [f for f in fixtures if "X" in f]
    rest = [f for f in fixtures if "X" not in f]
    need = TwoNeed((WIN, WIN), ((0, None, -1),), True)  # two wins, and B beating S
    i18n.set_language("es_MX")
    try:
        said = need_words(need, "X", own, rest)
        margin = match_words("S", "B", None, 2)
        own_words = need_words(TwoNeed((WIN, DRAW), (), False), "X", own, rest)
    finally:
        i18n.set_language(None)
    assert said == "dos victorias y que B le gane a S"
    assert margin == "que S no le gane a B por 3 goles o más"
    assert own_words == "le bastan una victoria ante A y un empate con B"


def test_a_draw_is_judged_at_its_worst_the_goalless_one():
    # X draws both to 5 points, goal difference 0; W (finished) has 5, 0 and 3 goals for.
    # Two 0-0 draws leave X on 2 goals, below W; two 1-1 draws would put it above.
    stats = {"X": (3, 1, 2, 2, 0), "W": (5, 1, 3, 3, 0), "O": (0, 0, 0, 5, 0), "P": (0, 0, 0, 5, 0)}
    own = [("X", "O"), ("P", "X")]
    needs = two_matchday_needs("X", own, [], 1, stats, list(stats), ALL_GOALS)
    assert [need_words(n, "X", own, []) for n in needs] == ["a win is enough"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(two_matchdays(sizes=(4, 5, 6)), st.sampled_from([POINTS, GOALS]))
def test_what_it_cannot_do_without_holds_in_every_outcome(league, order):
    """Where least_possible says the team must take v, no outcome with less puts it in the
    places even with every tie on the table order broken its way."""
    teams, stats, fixtures = league
    played = played_out(stats, fixtures, order, _scores(2 if len(teams) < 6 else 1, 0))
    for team in teams:
        own = [f for f in fixtures if team in f]
        rest = [f for f in fixtures if team not in f]
        own_index = [i for i, f in enumerate(fixtures) if team in f]
        seeds = places(team, stats, fixtures, teams, order)
        for last in range(seeds.best, seeds.worst):
            need = least_possible(team, own, rest, last, stats, teams)
            if need is None:
                continue
            orders = [need.own, need.own[::-1]] if need.any_order else [need.own]
            for scores, keys in played:
                got = [scores[i] if fixtures[i][0] == team else scores[i][::-1] for i in own_index]
                if any(all(_allows(c, *g) for c, g in zip(v, got)) for v in orders):
                    continue
                above = sum(keys[t] > keys[team] for t in teams if t != team)
                assert above >= last, (team, last, need, scores)


def test_what_it_cannot_do_without_in_words():
    # X (20) needs two wins to reach S's 26: S (26) and T (27) finished, one place above the line.
    stats = {"X": (20, 6, 20, 14, 0), "S": (25, 8, 18, 16, 0), "T": (27, 8, 17, 15, 0), "A": (0,) * 5, "B": (0,) * 5}
    own = [("X", "A"), ("B", "X")]
    need = least_possible("X", own, [], 2, stats, list(stats))
    assert need == TwoNeed((WIN, WIN), (), True)
    assert least_words(need, "X", own) == "at least two wins, and other results to go its way"
    one = least_possible("X", [("X", "A")], [("S", "B")], 2, {**stats, "X": (23, 7, 20, 14, 0)}, list(stats))
    assert least_words(one, "X", [("X", "A")]) == "at least a win, and other results to go its way"
    assert least_words(None, "X", own) == "other results to go its way"
    i18n.set_language("es_MX")
    try:
        spanish = least_words(need, "X", own)
    finally:
        i18n.set_language(None)
    assert spanish == "al menos dos victorias y que otros resultados le favorezcan"


def test_a_team_in_three_matches_is_not_searched_and_its_own_results_are_said():
    stats, fixtures = _league()
    fixtures = [*fixtures, ("X", "C")]  # three for X: not two matchdays
    with pytest.raises(CutShort) as stopped:
        two_matchday_needs("X", [f for f in fixtures if "X" in f], [], 2, stats, list(stats), ALL_GOALS)
    assert stopped.value.found == []
    zone = Zone("liguilla", "Liguilla", 1, 2)
    said = _needs("X", zone, stats, fixtures, list(stats), ALL_GOALS, Searches())
    assert said == "To reach the Liguilla: 3 wins are enough"  # its points alone, rivals level ahead


def test_a_table_out_of_searches_says_what_it_found_and_that_there_is_more():
    stats, fixtures = _league()
    zone = Zone("liguilla", "Liguilla", 1, 2)
    full = _needs("X", zone, stats, fixtures, list(stats), ALL_GOALS, Searches())
    assert full.startswith("To reach the Liguilla: two wins, and ")
    # Out of searches before any need: X's own results alone, counted as before.
    assert _needs("X", zone, stats, fixtures, list(stats), ALL_GOALS, Searches(0)) == (
        "To reach the Liguilla: its own wins and help from other results"
    )
    # Out of them part-way: what was found, and word that there may be more.
    spent = Searches()
    two_matchday_needs(
        "X",
        [f for f in fixtures if "X" in f],
        [f for f in fixtures if "X" not in f],
        2,
        stats,
        list(stats),
        ALL_GOALS,
        4,
        spent,
    )
    used = 30_000 - spent.left
    for left in range(1, used):
        said = _needs("X", zone, stats, fixtures, list(stats), ALL_GOALS, Searches(left))
        if said != _needs("X", zone, stats, fixtures, list(stats), ALL_GOALS, Searches(0)):
            assert said.endswith("; among other ways"), (left, said)
            break
    else:
        raise AssertionError("no search budget gave a need before running out")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(two_matchdays(sizes=(4, 5, 6)), st.sampled_from([POINTS, GOALS]))
def test_needs_said_whole_cover_every_outcome_with_a_chance(league, order):
    """Where `whole` says the needs are the whole condition (no "among other ways"), every
    outcome played out that may put the team there (ties broken its way) meets one."""
    teams, stats, fixtures = league
    played = played_out(stats, fixtures, order, _scores(2 if len(teams) < 6 else 1, 0))
    checked = 0
    for team in teams:
        own = [f for f in fixtures if team in f]
        rest = [f for f in fixtures if team not in f]
        own_index = [i for i, f in enumerate(fixtures) if team in f]
        rest_index = [i for i, f in enumerate(fixtures) if team not in f]
        seeds = places(team, stats, fixtures, teams, order)
        for last in range(seeds.best, seeds.worst):
            needs = two_matchday_needs(team, own, rest, last, stats, teams, order, enough_found=100)
            if not needs or not whole(
                [(n.own, n.any_order, n.helps) for n in needs], team, own, rest, last, stats, teams
            ):
                continue
            checked += 1
            for scores, keys in played:
                if sum(keys[t] > keys[team] for t in teams if t != team) > last - 1:
                    continue  # no chance in this outcome
                got = [scores[i] if fixtures[i][0] == team else scores[i][::-1] for i in own_index]
                assert any(
                    any(
                        all(_allows(c, *g) for c, g in zip(v, got))
                        for v in ([n.own, n.own[::-1]] if n.any_order else [n.own])
                    )
                    and all(_in_range(*scores[rest_index[i]], lo, hi) for i, lo, hi in n.helps)
                    for n in needs
                ), (team, last, needs, scores)
