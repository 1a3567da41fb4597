"""Which final places a team can reach, over every way the remaining matches can end.

The answer for one team X and a set of counted rivals is a `Places`: the positions X can
end in (1 = top of the counted teams plus X), as proven-reachable places plus, where the
engine cannot settle it, places left undecided. Ties on every criterion of the table order
that this module can decide (drawing of lots, and `head_to_head` with what follows it) count
both ways: X level with k teams can end anywhere in that block of k + 1 places.

Why the extremes are exact without a bound on goals (table order beginning
`points, goal_difference`, the default and every preset's):

* Best place. Take any outcome and change X's remaining matches to wins by a margin larger
  than any goal difference elsewhere in that outcome. X gains points, its opponents lose
  points or keep them, no one else changes, and X now has the best goal difference of every
  team level with it on points; so no team that was not ahead is ahead now. Hence the best
  place is 1 + the fewest teams that can end with more points than X's maximum, which is a
  question about results only (table_reach.py). Goal margins elsewhere never matter: X's
  margin is chosen after them, which is why no finite bound on goals is assumed.
* Worst place, symmetrically: X loses every match by a margin larger than any other, so a
  team level on points is ahead; 1 + the most teams that can reach X's minimum points.
* Places in between. With X's results fixed to a given pattern that has a win (or a loss),
  the same margin argument removes goals. Changing one other match's result (home win ↔ draw
  ↔ away win) moves one team up and one down in points, so the number of teams ahead of X
  changes by at most one: every count between the fewest and the most is reached. Each
  pattern of X's results therefore gives a whole interval of reachable places.
* X with no match left, and every other match in a part of its own (one match per team:
  the usual last matchday): each match is searched on its own over a finite set of scores
  proven to give every relation to X that any score gives (`_critical_scores`), and the
  parts are added up. Exact. With one match left for X too, its own scores are tried the
  same way to fill places between the extremes (witnesses only).

Anything else (another table order, draws with finite margins filling a gap between the
intervals, X finished while others have several matches) is reported soundly but not
exactly: the places not proven are "undecided", and a zone status that would depend on
them is left "open" and marked inexact rather than guessed.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Mapping
from functools import lru_cache

import msgspec

from liguilla_tui.core.table_reach import Fixture, TooHard, fewest_reaching, most_reaching

# The criteria whose values are sums of match statistics (head_to_head is not: it stops the chain).
LINEAR = ("points", "goal_difference", "goals_for", "goals_against", "wins", "away_goals")
Stats = tuple[int, int, int, int, int]  # points, wins, goals for, goals against, away goals for


class Places(msgspec.Struct, frozen=True):
    """The final places a team can reach among the counted teams and itself."""

    best: int  # proven: no outcome gives a better place
    worst: int  # proven: no outcome gives a worse place
    reachable: frozenset[int]  # proven reachable by some outcome
    exact: bool  # every place in best..worst is known reachable or not

    def can_end_in(self, first: int, last: int) -> bool | None:
        """Whether some outcome ends the team in first..last (None: not decided)."""
        if any(first <= p <= last for p in self.reachable):
            return True
        if last < self.best or first > self.worst or self.exact:
            return False
        return None


def linear_order(criteria: tuple[str, ...]) -> tuple[str, ...]:
    """The table order up to its first criterion this engine cannot sum (head_to_head)."""
    out = []
    for c in criteria:
        if c not in LINEAR:
            break
        out.append(c)
    return tuple(out)


def key(stats: Stats, order: tuple[str, ...]) -> tuple[int, ...]:
    """The team's values on the criteria of `order`, bigger better (goals against negated)."""
    pts, wins, gf, ga, away = stats
    values = (pts, gf - ga, gf, -ga, wins, away)
    return tuple([values[i] for i in _slots(order)])


@lru_cache(maxsize=64)
def _slots(order: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(LINEAR.index(c) for c in order)


def add_result(stats: Stats, scored: int, conceded: int, away: bool) -> Stats:
    pts, wins, gf, ga, agf = stats
    won = scored > conceded
    return (
        pts + (3 if won else 1 if scored == conceded else 0),
        wins + won,
        gf + scored,
        ga + conceded,
        agf + (scored if away else 0),
    )


def places(
    team: str, stats: Mapping[str, Stats], fixtures: list[Fixture], counted: Collection[str], order: tuple[str, ...]
) -> Places:
    """The places `team` can end in among itself and `counted` (which must not hold it)."""
    rivals = [t for t in counted if t != team]
    size = len(rivals) + 1
    if not order:
        return Places(1, size, frozenset(range(1, size + 1)), True)  # all level: lots decide
    own = [f for f in fixtures if team in f]
    rest = [f for f in fixtures if team not in f]
    if not fixtures:
        return _fixed(team, stats, rivals, order)
    if order[0] != "points":
        return Places(1, size, frozenset(), False)
    try:
        if own and order[:2] in (("points",), ("points", "goal_difference")):
            return _with_margins(team, stats, own, rest, rivals, order)
        if not own and order[:2] in (("points",), ("points", "goal_difference")) and _single_parts(rest):
            return _finished(team, stats, rest, rivals, order)
        return _bounds_only(team, stats, own, rest, rivals)
    except TooHard:
        return _rough(team, stats, fixtures, rivals)


def _rough(team: str, stats: Mapping[str, Stats], fixtures: list[Fixture], rivals: list[str]) -> Places:
    """Limits from each team's own reach alone, for a search too big to finish (never a hang):
    ahead surely if its points now beat X's most; perhaps if its most reach X's points now."""
    games: dict[str, int] = {}
    for home, away in fixtures:
        games[home] = games.get(home, 0) + 1
        games[away] = games.get(away, 0) + 1
    most = stats[team][0] + 3 * games.get(team, 0)
    least = stats[team][0]
    best = 1 + sum(stats[t][0] > most for t in rivals)
    worst = 1 + sum(stats[t][0] + 3 * games.get(t, 0) >= least for t in rivals)
    return Places(best, worst, frozenset((best,)) if best == worst else frozenset(), best == worst)


def _fixed(team: str, stats: Mapping[str, Stats], rivals: list[str], order: tuple[str, ...]) -> Places:
    mine = key(stats[team], order)
    ahead = sum(key(stats[t], order) > mine for t in rivals)
    level = sum(key(stats[t], order) == mine for t in rivals)
    return Places(ahead + 1, ahead + level + 1, frozenset(range(ahead + 1, ahead + level + 2)), True)


def _points_after(
    stats: Mapping[str, Stats], own: list[Fixture], team: str, outcome: tuple[int, ...]
) -> tuple[dict[str, int], int]:
    """Points of every team once `team` takes `outcome` (3/1/0 each) from its own fixtures."""
    points = {t: s[0] for t, s in stats.items()}
    mine = points[team]
    for (home, away), got in zip(own, outcome):
        other = away if home == team else home
        mine += got
        points[other] = points.get(other, 0) + {3: 0, 1: 1, 0: 3}[got]
    points[team] = mine
    return points, mine


MAX_PATTERNS = 81  # X's own result patterns tried for in-between places (3^4: four matches left)


def _with_margins(
    team: str,
    stats: Mapping[str, Stats],
    own: list[Fixture],
    rest: list[Fixture],
    rivals: list[str],
    order: tuple[str, ...],
) -> Places:
    reachable: set[int] = set()
    n = len(own)
    # The extremes first (all wins: best; all losses: worst), then the other patterns of
    # X's results while places between are unknown and the patterns are few.
    patterns = [(3,) * n, (0,) * n]
    if 3**n <= MAX_PATTERNS:
        patterns += [p for p in itertools.product((3, 1, 0), repeat=n) if p not in patterns]
    best = worst = 0
    for outcome in patterns:
        if best and len(reachable) == worst - best + 1:
            break
        points, mine = _points_after(stats, own, team, outcome)
        if 3 in outcome:  # a win by a margin beyond every other: level on points means behind
            low = fewest_reaching(points, rest, rivals, mine + 1)
            high = most_reaching(points, rest, rivals, mine + 1)
            reachable.update(range(low + 1, high + 2))
            if all(g == 3 for g in outcome):
                best = low + 1
        if 0 in outcome:  # a loss by a margin beyond every other: level on points means ahead
            low = fewest_reaching(points, rest, rivals, mine)
            high = most_reaching(points, rest, rivals, mine)
            reachable.update(range(low + 1, high + 2))
            if all(g == 0 for g in outcome):
                worst = high + 1
    if len(reachable) < worst - best + 1 and len(own) == 1 and _single_parts(rest):
        _fill_with_scores(team, stats, own[0], rest, rivals, order, reachable, best, worst)
    return Places(best, worst, frozenset(reachable), len(reachable) == worst - best + 1)


# X's own scores tried, in turn, to reach the places between the extremes: draws (goals for
# matter after goal difference) and narrow wins and losses (X level on goal difference with
# a rival). Only witnesses: a place they reach is reachable; the bounds are proven apart.
_WITNESS_SCORES = (
    (0, 0),
    (1, 1),
    (2, 2),
    (4, 4),
    (1, 0),
    (2, 1),
    (2, 0),
    (3, 1),
    (3, 0),
    (4, 0),
    (0, 1),
    (1, 2),
    (0, 2),
    (1, 3),
    (0, 3),
    (0, 4),
)


def _fill_with_scores(
    team: str,
    stats: Mapping[str, Stats],
    fixture: Fixture,
    rest: list[Fixture],
    rivals: list[str],
    order: tuple[str, ...],
    reachable: set[int],
    best: int,
    worst: int,
) -> None:
    home, away = fixture
    for scored, conceded in _WITNESS_SCORES:
        if len(reachable) == worst - best + 1:
            return
        h, a = (scored, conceded) if home == team else (conceded, scored)
        after = dict(stats)
        after[home] = add_result(stats[home], h, a, False)
        after[away] = add_result(stats[away], a, h, True)
        reachable.update(_finished(team, after, rest, rivals, order).reachable)


def _bounds_only(
    team: str, stats: Mapping[str, Stats], own: list[Fixture], rest: list[Fixture], rivals: list[str]
) -> Places:
    """Sound limits from points alone: more points than X's most are ahead, fewer than its least behind."""
    points, most = _points_after(stats, own, team, (3,) * len(own))
    best = fewest_reaching(points, rest, rivals, most + 1) + 1
    points, least = _points_after(stats, own, team, (0,) * len(own))
    worst = most_reaching(points, rest, rivals, least) + 1
    if best == worst:  # some outcome happens, and every one ends here
        return Places(best, worst, frozenset((best,)), True)
    return Places(best, worst, frozenset(), False)


def _single_parts(fixtures: list[Fixture]) -> bool:
    seen: set[str] = set()
    for home, away in fixtures:
        if home in seen or away in seen:
            return False
        seen.update((home, away))
    return True


# How each goal criterion of a side moves with the score, as a variable: "h" home goals,
# "a" away goals, "d" = h - a, with a sign (goals against count negated: fewer is better).
_FORMS = {
    (False, "goal_difference"): ("d", 1),
    (False, "goals_for"): ("h", 1),
    (False, "goals_against"): ("a", -1),
    (True, "goal_difference"): ("d", -1),
    (True, "goals_for"): ("a", 1),
    (True, "goals_against"): ("h", -1),
    (True, "away_goals"): ("a", 1),
}


_CLASSES = ((1, (1, 0)), (0, (0, 0)), (-1, (0, 1)))  # home win, draw, away win; a score of each


def interval_ends(mine: tuple[int, ...], home: Stats, away: Stats, order: tuple[str, ...]) -> dict[str, set[int]]:
    """For h, a and d = h - a: the values where a side's relation to X on a criterion can turn."""
    ends: dict[str, set[int]] = {"h": {0}, "a": {0}, "d": set()}
    for is_away, stats in ((False, home), (True, away)):
        theirs = key(stats, order)
        for criterion, x, y in zip(order, mine, theirs):
            form = _FORMS.get((is_away, criterion))
            if form is not None:
                var, sign = form
                c = sign * (x - y)  # the side is level with X on it when var == c
                ends[var].update((c - 1, c, c + 1))
    return ends


def _critical_scores(
    result: int, mine: tuple[int, ...], home: Stats, away: Stats, order: tuple[str, ...]
) -> list[tuple[int, int]]:
    """Scores with that result that between them give every relation to X any score gives.

    Within a result, each comparison of a side with X on a goal criterion bounds one of
    h, a or d = h - a by a constant c (v > c, v = c or v < c), so a relation is a union of
    conjunctions of intervals on h, a and d whose ends are such c, c + 1 or c - 1 (and the
    result's own d >= 1, d = 0 or d <= -1). A conjunction with a solution in non-negative
    integers has the solution h = max(lower h, lower a + lower d, 0), a = max(lower a,
    h - upper d, 0): the feasible h are exactly max(lower h, lower a + lower d) ..
    min(upper h, upper a + upper d), and for such an h the feasible a start there. So
    trying those combinations of interval ends misses no relation, whatever the margins.
    """
    ends = interval_ends(mine, home, away, order)
    low_d, high_d = {1: (1, None), 0: (0, 0), -1: (None, -1)}[result]
    lows_d = {d for d in ends["d"] if low_d is None or d >= low_d} | ({low_d} if low_d is not None else set())
    highs_d = {d for d in ends["d"] if high_d is None or d <= high_d} | ({high_d} if high_d is not None else set())
    hs = {h for h in ends["h"] if h >= 0} | {a + d for a in ends["a"] if a >= 0 for d in lows_d if a + d >= 0}
    out = set()
    for h in hs:
        for a in {a for a in ends["a"] if a >= 0} | {h - d for d in highs_d if h - d >= 0}:
            if (h > a) - (h < a) == result:
                out.add((h, a))
    return sorted(out)


@lru_cache(maxsize=65536)
def _match_options(
    mine: tuple[int, ...], home: Stats, away: Stats, home_counts: bool, away_counts: bool, order: tuple[str, ...]
) -> frozenset[tuple[int, int]]:
    """Every (ahead of X, ahead of or level with X) count one match can give, over its scores."""
    options: set[tuple[int, int]] = set()
    for result, (h0, a0) in _CLASSES:
        level = (home_counts and add_result(home, h0, a0, False)[0] == mine[0]) or (
            away_counts and add_result(away, a0, h0, True)[0] == mine[0]
        )
        # Off X's points, the score within a result changes nothing: one stands for all.
        for h, a in _critical_scores(result, mine, home, away, order) if level else ((h0, a0),):
            s = w = 0
            for counts, st in (
                (home_counts, add_result(home, h, a, False)),
                (away_counts, add_result(away, a, h, True)),
            ):
                if counts:
                    k = key(st, order)
                    s += k > mine
                    w += k >= mine
            options.add((s, w))
    return frozenset(options)


def _finished(
    team: str, stats: Mapping[str, Stats], rest: list[Fixture], rivals: list[str], order: tuple[str, ...]
) -> Places:
    """X has no match left and each other team at most one: each match on its own, exactly."""
    mine = key(stats[team], order)
    counted = set(rivals)
    playing = {t for f in rest for t in f}
    ahead = sum(1 for t in rivals if t not in playing and key(stats[t], order) > mine)
    level = sum(1 for t in rivals if t not in playing and key(stats[t], order) == mine)
    sums = {(ahead, ahead + level)}
    for home, away in rest:
        options = _match_options(mine, stats[home], stats[away], home in counted, away in counted, order)
        sums = {(s1 + s2, w1 + w2) for s1, w1 in sums for s2, w2 in options}
    reachable = {p for s, w in sums for p in range(s + 1, w + 2)}
    return Places(min(reachable), max(reachable), frozenset(reachable), True)
