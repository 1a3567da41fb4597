"""What each side of an open tie needs, read off its outcomes (said in words by tie_words.py).

The rules reach any tie in one shape: a side goes through when it wins what is left by
some margin, and at the one margin below (the level aggregate) only for some results
(away goals) or all (the higher seed). Need holds that shape; needs() finds it by asking
the tie-decider (through tie_outcomes) about every result that can matter, then checks
it: a tie that does not fit gets no Need, never a wrong one.
"""

from __future__ import annotations

from typing import NamedTuple

from liguilla_tui.core.tie_outcomes import LEG, OpenTie, Outcome, aggregate_results, decider, outcome_from

MORE, SAME, FEWER = "more", "same", "fewer"  # away goals against the other side's


class Need(NamedTuple):
    team: str
    margin: int  # through whenever it wins what is left by this many or more (≤ 0: a draw, a defeat)
    # One leg left: at margin - 1, the team's own goals that also take it through:
    # lo..hi (hi None: no upper bound). None: no result at that margin does.
    edge: tuple[int, int | None] | None = None
    # Both legs left: at margin - 1, the away-goal comparisons that also take it through.
    edge_away: tuple[str, ...] = ()
    by: tuple[str, ...] = ()  # what decides the results it goes through with, other than the aggregate
    home: bool = True  # hosts the (last) leg left: scores are said from its side

    def admits(self, goals: int, against: int, away: int = 0, away_against: int = 0) -> bool:
        """Does this result (the team's goals, the other side's) take the team through?"""
        margin = goals - against
        if margin >= self.margin:
            return True
        if margin != self.margin - 1:
            return False
        if self.edge is not None:
            lo, hi = self.edge
            return lo <= goals and (hi is None or goals <= hi)
        if self.edge_away:
            return (MORE if away > away_against else SAME if away == away_against else FEWER) in self.edge_away
        return False


class TieNeeds(NamedTuple):
    needs: tuple[Need, ...]  # easier first; empty if the tie has no such shape (never expected)
    level: str | None  # what follows a result that leaves it level: "extra_time" / "penalties"
    after_level: tuple[str, ...]  # the chain's steps from there on


def needs(open_tie: OpenTie) -> TieNeeds:
    if not open_tie.remaining:
        return TieNeeds((), open_tie.tie.awaiting, _after(open_tie, open_tie.tie.awaiting))
    f = decider(open_tie)
    bound = open_tie.prior_goals + 2  # every threshold the goals so far can set lies within
    low_h, low_a = open_tie.floor
    results: list[tuple[tuple[int, ...], Outcome]] = []
    if open_tie.basis == LEG:
        results = _leg_results(open_tie, f, bound, low_h, low_a)
    else:
        goals = range(bound + 2)
        results += [
            ((o.home_goals, o.away_goals, _given(o.home_away_goals), _given(o.away_away_goals)), o)
            for o in aggregate_results(open_tie, goals, goals)
        ]
    level = next((o.decided_by for _, o in results if o.through is None), None)
    found = []
    for team, home in ((open_tie.home, True), (open_tie.away, False)):
        need = _fit(team, home, open_tie.basis, results)
        if need is None:
            return TieNeeds((), level, _after(open_tie, level))
        found.append(need)
    found.sort(key=lambda n: (n.margin, n.edge is None and not n.edge_away))
    return TieNeeds(tuple(found), level, _after(open_tie, level))


def _leg_results(open_tie: OpenTie, f, bound: int, low_h: int, low_a: int) -> list[tuple[tuple[int, ...], Outcome]]:
    """One leg left: the results that say its Need. Past the margins (home minus away)
    where the aggregate leaves the tie level, a bigger win never hurts: from some margin
    up the home side goes through on aggregate, from some margin down the away side. Those
    two margins are found by bisection (margin ±bound lies past both), and the results
    asked for are one per margin from the one to the other, and at each margin between
    them, where the decider says the aggregate did not settle it, every score up to past
    any away-goal threshold. About 2 × log2(bound) + bound questions, not bound²: a file
    may hold 99 goals a leg. _fit() checks the Need against every result asked for; the
    tests check the words against the decider on every small score and far margins."""
    home, away = open_tie.home, open_tie.away
    first: dict[int, tuple[tuple[int, ...], Outcome]] = {}

    def at(margin: int) -> Outcome:
        if margin not in first:
            start = max(low_h, low_a + margin)
            first[margin] = ((start, start - margin), outcome_from(f(start, start - margin), (start, start - margin)))
        return first[margin][1]

    def by_aggregate(margin: int, team: str) -> bool:
        o = at(margin)
        return o.through == team and o.decided_by == "aggregate"

    up = _first(-bound, bound, lambda m: by_aggregate(m, home))  # home through on aggregate from here
    down = _first(-bound, bound, lambda m: not by_aggregate(m, away)) - 1  # away through from here down
    results: list[tuple[tuple[int, ...], Outcome]] = []
    for margin in range(down, up + 1):
        at(margin)
        score, probe = first[margin]
        results.append((score, probe))
        if probe.decided_by != "aggregate":
            start = score[0]
            results += [
                ((h, h - margin), outcome_from(f(h, h - margin), (h, h - margin)))
                for h in range(start + 1, start + bound + 1)
            ]
    return results


def _first(lo: int, hi: int, holds) -> int:
    """The least margin in lo..hi from which `holds` is true (it is at hi, and stays true
    once true)."""
    while lo < hi:
        mid = (lo + hi) // 2
        if holds(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def _given(away_goals: int | None) -> int:
    """A split's away goals, which aggregate_results always gives."""
    assert away_goals is not None
    return away_goals


def _after(open_tie: OpenTie, step: str | None) -> tuple[str, ...]:
    chain = open_tie.spec.tiebreak
    return tuple(chain[chain.index(step) :]) if step in chain else ()


def _fit(team: str, home: bool, basis: str, results: list[tuple[tuple[int, ...], Outcome]]) -> Need | None:
    """The Need that says exactly which of these results take the team through, or None."""

    def side(score: tuple[int, ...]) -> tuple[int, int, int, int]:
        own, other = (score[0], score[1]) if home else (score[1], score[0])
        if len(score) == 2:
            return own, other, 0, 0
        return (own, other, score[2], score[3]) if home else (own, other, score[3], score[2])

    rows = [(side(score), o.through == team, o.decided_by) for score, o in results]
    by_margin: dict[int, list] = {}
    for row in rows:
        by_margin.setdefault(row[0][0] - row[0][1], []).append(row)
    every = {m: all(through for _, through, _ in group) for m, group in by_margin.items()}
    margin = max(by_margin)
    if not every[margin]:
        return None
    while every.get(margin - 1):
        margin -= 1
    # A result that takes the team through was decided by something (never None).
    by = tuple(sorted({how for _, through, how in rows if through and how is not None and how != "aggregate"}))
    need = Need(team, margin, by=by, home=home)
    edge_rows = by_margin.get(margin - 1, [])
    if any(r[1] for r in edge_rows):
        if basis == LEG:
            goals = sorted(r[0][0] for r in edge_rows if r[1])
            top = max(r[0][0] for r in edge_rows)
            need = need._replace(edge=(goals[0], None if goals[-1] == top else goals[-1]))
        else:
            comparisons = {MORE if a > b else SAME if a == b else FEWER for (_, _, a, b), ok, _ in edge_rows if ok}
            need = need._replace(edge_away=tuple(c for c in (MORE, SAME, FEWER) if c in comparisons))
    # The shape must say every result exactly, or it is not said at all.
    if all(need.admits(*r[0]) == r[1] for r in rows):
        return need
    return None
