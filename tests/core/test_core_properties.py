"""Property tests: random results for a 2013-like season, checked against the rules."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from msgspec.structs import replace

from liguilla_tui.core import load_season_text, resolve
from liguilla_tui.core.model import Leg, Stated
from liguilla_tui.core.results import DECIDED, LEVEL, PENDING

GOALS = st.integers(0, 5)
SCORES = st.tuples(GOALS, GOALS)
EXTRA = st.tuples(st.integers(0, 2), st.integers(0, 2))
SHOOTOUT = st.tuples(st.integers(0, 10), st.integers(0, 10)).filter(lambda p: p[0] != p[1])
COMMON = settings(max_examples=150, deadline=None)


@pytest.fixture(scope="module")
def base(loaded_2013):
    """The 2013 season with no legs and no stated facts: qualifiers and rules only."""
    return replace(loaded_2013.season, legs=(), stated=Stated(), diagnostics=())


def draw_round(data, season, legs, spec):
    """Random legs for every tie of `spec` that the legs so far make known."""
    resolved = resolve(replace(season, legs=tuple(legs)))
    out = []
    for t in resolved.round(spec.key).ties:
        if t.teams is None:
            continue
        high, low = t.teams
        first, second = data.draw(SCORES), data.draw(SCORES)
        if data.draw(st.booleans()):  # make the aggregate level: tiebreaks are the point
            shift = first[0] - first[1] + second[1] - second[0]  # higher's deficit
            second = (second[0] + shift, second[1]) if shift >= 0 else (second[0], second[1] - shift)
        et = pens = None
        level = first[1] + second[0] == first[0] + second[1]
        ending = data.draw(st.sampled_from(["none", "extra_time", "penalties"]))
        if level and ending == "extra_time" and "extra_time" in spec.tiebreak:
            et = data.draw(EXTRA)
        if level and ending == "penalties" and "penalties" in spec.tiebreak:
            et = data.draw(st.sampled_from([(0, 0), (1, 1)]))
            pens = data.draw(SHOOTOUT)
        out.append(Leg(spec.key, 1, low, high, score=first))
        out.append(Leg(spec.key, 2, high, low, score=second, extra_time=et, penalties=pens))
    return out


def draw_bracket(data, season):
    legs: list[Leg] = []
    for spec in season.format.rounds:
        legs += draw_round(data, season, legs, spec)
    return legs


def expected_winner(spec, high, low, legs):
    """The 2012 rules written out on their own: leg 1 at the lower seed, leg 2 at the higher."""
    first = next(leg for leg in legs if leg.round == spec.key and leg.leg == 1 and leg.home == low)
    second = next(leg for leg in legs if leg.round == spec.key and leg.leg == 2 and leg.home == high)
    h, l = first.score[1] + second.score[0], first.score[0] + second.score[1]
    if h != l:
        return high if h > l else low
    if "away_goals" in spec.tiebreak and first.score[1] != second.score[1]:
        return high if first.score[1] > second.score[1] else low
    if "higher_seed" in spec.tiebreak:
        return high
    if second.extra_time is None:
        return None
    if second.extra_time[0] != second.extra_time[1]:
        return high if second.extra_time[0] > second.extra_time[1] else low
    if second.penalties is None:
        return None
    return high if second.penalties[0] > second.penalties[1] else low


def check_tie(t):
    if t.state != DECIDED:
        assert (t.winner, t.loser, t.decided_by) == (None, None, None)
        return
    assert t.teams is not None
    assert t.winner in t.teams and t.loser in t.teams and t.winner != t.loser
    assert t.higher.seed < t.lower.seed
    side = t.teams.index(t.winner)
    other = 1 - side
    agg = t.aggregate
    if t.decided_by == "aggregate":
        assert agg[side] > agg[other]
    elif t.decided_by == "away_goals":
        assert agg[0] == agg[1] and t.away_goals[side] > t.away_goals[other]
    elif t.decided_by == "higher_seed":
        assert agg[0] == agg[1] and side == 0
    elif t.decided_by == "extra_time":
        assert t.extra_time[side] > t.extra_time[other] and agg[side] > agg[other]
    else:
        assert t.decided_by == "penalties"
        assert agg[0] == agg[1] and t.penalties[side] > t.penalties[other]


def summary(resolved):
    ties = tuple(
        (
            t.label,
            t.state,
            t.higher,
            t.lower,
            t.winner,
            t.loser,
            t.aggregate,
            t.away_goals,
            t.extra_time,
            t.penalties,
            t.decided_by,
            t.awaiting,
            tuple(s.leg for s in t.legs),
        )
        for r in resolved.rounds
        for t in r.ties
    )
    kept = sorted((leg.round, leg.leg, leg.home, leg.away, leg.score) for leg in resolved.kept_legs)
    problems = sorted((d.severity.value, d.message) for d in resolved.diagnostics)
    return (
        resolved.champion,
        resolved.runner_up,
        resolved.matches_played,
        resolved.goals,
        resolved.unattributed_goals,
        ties,
        kept,
        problems,
    )


def bracket_legs(resolved):
    return [s.leg for r in resolved.rounds for t in r.ties for s in t.legs if s.leg is not None]


@COMMON
@given(data=st.data())
def test_complete_random_bracket(base, data):
    legs = draw_bracket(data, base)
    assert len(legs) == 14
    season = replace(base, legs=tuple(data.draw(st.permutations(legs))))
    resolved = resolve(season)
    assert resolved.errors == ()
    assert resolved.kept_legs == ()
    qualifiers = {q.team for q in resolved.qualified}
    seed = {q.team: q.seed for q in resolved.qualified}
    for result in resolved.rounds:
        for t in result.ties:
            check_tie(t)
            assert t.teams is not None
            assert (t.legs[0].home, t.legs[1].home) == (t.lower.team, t.higher.team)
            assert t.winner == expected_winner(result.spec, *t.teams, legs)
    for before, after in zip(resolved.rounds, resolved.rounds[1:]):
        winners = sorted((t.winner for t in before.ties), key=seed.get)
        half = len(winners) // 2
        assert [t.teams for t in after.ties] == [(winners[i], winners[-1 - i]) for i in range(half)]
    (final,) = resolved.round("final").ties
    assert final.state in (DECIDED, LEVEL)
    if final.state == DECIDED:
        assert resolved.champion == final.winner and resolved.champion in qualifiers
        assert resolved.runner_up == final.loser
    else:
        assert final.awaiting in ("extra_time", "penalties")
        assert resolved.champion is None and resolved.runner_up is None
    assert resolved.matches_played == len(legs)
    assert resolved.goals == sum(sum(leg.total()) for leg in legs)
    assert resolved.unattributed_goals == resolved.goals


@COMMON
@given(data=st.data())
def test_resolving_is_independent_of_leg_order(base, data):
    legs = draw_bracket(data, base)
    keep = data.draw(st.lists(st.booleans(), min_size=len(legs), max_size=len(legs)))
    if data.draw(st.booleans()):
        legs = [leg for leg, k in zip(legs, keep) if k]
    first = resolve(replace(base, legs=tuple(data.draw(st.permutations(legs)))))
    second = resolve(replace(base, legs=tuple(data.draw(st.permutations(legs)))))
    assert summary(first) == summary(second)


@COMMON
@given(data=st.data())
def test_partial_brackets_account_for_every_leg(base, data):
    legs = draw_bracket(data, base)
    keep = data.draw(st.lists(st.booleans(), min_size=len(legs), max_size=len(legs)))
    legs = [leg for leg, k in zip(legs, keep) if k]
    resolved = resolve(replace(base, legs=tuple(data.draw(st.permutations(legs)))))
    qualifiers = {q.team for q in resolved.qualified}
    placed = bracket_legs(resolved)
    # Every leg is either in the bracket or kept, never both, never lost.
    assert sorted(map(id, placed + list(resolved.kept_legs))) == sorted(map(id, legs))
    assert resolved.matches_played == len(placed)
    assert resolved.goals == sum(sum(leg.total()) for leg in placed)
    for result in resolved.rounds:
        for t in result.ties:
            check_tie(t)
            if t.state == PENDING:
                assert t.teams is None and t.legs == ()
                for slot in (t.higher, t.lower):
                    assert set(slot.candidates) <= qualifiers
    if resolved.champion is not None:
        assert resolved.champion in qualifiers
        assert resolved.champion == resolved.round("final").ties[0].winner
    assert all(not d.is_error or "not a pairing" not in d.message for d in resolved.diagnostics)


def leg_entry(kit, leg):
    fields = {k: list(v) for k, v in (("extra_time", leg.extra_time), ("penalties", leg.penalties)) if v}
    return kit.leg(leg.round, leg.leg, leg.home, leg.away, leg.score, **fields)


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_season_text_resolves_like_the_values(kit, data):
    start = kit.load_ok(kit.season_text()).season
    legs = draw_bracket(data, start)
    order = data.draw(st.permutations(legs))
    text = kit.season_text(legs=[leg_entry(kit, leg) for leg in order])
    loaded = load_season_text(text)
    assert kit.errors(loaded.diagnostics) == []
    from_text = resolve(loaded.season)
    from_values = resolve(replace(start, legs=tuple(legs)))
    strip = [
        (t.label, t.teams, t.state, t.winner, t.aggregate, t.decided_by, t.awaiting)
        for r in from_values.rounds
        for t in r.ties
    ]
    assert [
        (t.label, t.teams, t.state, t.winner, t.aggregate, t.decided_by, t.awaiting)
        for r in from_text.rounds
        for t in r.ties
    ] == strip
    assert (from_text.champion, from_text.matches_played, from_text.goals) == (
        from_values.champion,
        from_values.matches_played,
        from_values.goals,
    )


EDITS = st.lists(
    st.tuples(
        st.sampled_from(["score", "add goal", "drop goal", "unplay"]),
        st.integers(0, 10_000),
        SCORES,
        st.sampled_from(["A. Uno", "B. Dos", None]),
        st.booleans(),
    ),
    min_size=1,
    max_size=25,
)


@given(edits=EDITS)
@COMMON
def test_scorers_after_each_edit_are_those_counted_from_scratch(loaded_2013, edits):
    """rank_scorers reuses its last ranking while the legs' goals are the same objects:
    after any run of edits it must give what a fresh count gives."""
    from liguilla_tui.core import scorers as scorers_module
    from liguilla_tui.core.model import Goal

    legs = list(loaded_2013.season.legs)
    for kind, where, score, player, own in edits:
        i = where % len(legs)
        leg = legs[i]
        if kind == "score":
            legs[i] = replace(leg, score=score)  # the goals tuple is kept: the ranking is reused
        elif kind == "add goal":
            legs[i] = replace(leg, goals=(*leg.goals, Goal(leg.home, player, None, False, own)))
        elif kind == "drop goal" and leg.goals:
            legs[i] = replace(leg, goals=leg.goals[:-1])
        elif kind == "unplay":
            legs[i] = replace(leg, score=None)
        got = scorers_module.rank_scorers(legs)
        scorers_module._last = None
        assert got == scorers_module.rank_scorers(legs)
