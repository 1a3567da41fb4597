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
  the usual last matchday): each match is searched on its own over its goals up to a bound
  proven sufficient (`_goal_bound`), and the parts are added up. Exact.

Anything else (another table order, draws with finite margins filling a gap between the
intervals, X finished while others have several matches) is reported soundly but not
exactly: the places not proven are "undecided", and a zone status that would depend on
them is left "open" and marked inexact rather than guessed.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Mapping

import msgspec

from liguilla_tui.core.table_reach import Fixture, fewest_reaching, most_reaching

# The criteria whose values are sums of match statistics (head_to_head is not: it stops the chain).
LINEAR = ("points", "goal_difference", "goals_for", "goals_against", "wins", "away_goals")
Stats = tuple[int, int, int, int, int]  # points, wins, goals for, goals against, away goals for


class Places(msgspec.Struct, frozen=True):
    """The final places a team can reach among the counted teams and itself."""

    best: int                   # proven: no outcome gives a better place
    worst: int                  # proven: no outcome gives a worse place
    reachable: frozenset[int]   # proven reachable by some outcome
    exact: bool                 # every place in best..worst is known reachable or not

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
    pts, wins, gf, ga, away = stats
    values = {"points": pts, "goal_difference": gf - ga, "goals_for": gf, "goals_against": -ga,
              "wins": wins, "away_goals": away}
    return tuple(values[c] for c in order)


def add_result(stats: Stats, scored: int, conceded: int, away: bool) -> Stats:
    pts, wins, gf, ga, agf = stats
    won = scored > conceded
    return (pts + (3 if won else 1 if scored == conceded else 0), wins + won, gf + scored, ga + conceded,
            agf + (scored if away else 0))


def places(team: str, stats: Mapping[str, Stats], fixtures: list[Fixture], counted: Collection[str],
           order: tuple[str, ...]) -> Places:
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
    if own and order[:2] in (("points",), ("points", "goal_difference")):
        return _with_margins(team, stats, own, rest, rivals, size)
    if not own and order[:2] in (("points",), ("points", "goal_difference")) and _single_parts(rest):
        return _finished(team, stats, rest, rivals, order)
    return _bounds_only(team, stats, own, rest, rivals)


def _fixed(team: str, stats: Mapping[str, Stats], rivals: list[str], order: tuple[str, ...]) -> Places:
    mine = key(stats[team], order)
    ahead = sum(key(stats[t], order) > mine for t in rivals)
    level = sum(key(stats[t], order) == mine for t in rivals)
    return Places(ahead + 1, ahead + level + 1, frozenset(range(ahead + 1, ahead + level + 2)), True)


def _points_after(stats: Mapping[str, Stats], own: list[Fixture], team: str,
                  outcome: tuple[int, ...]) -> tuple[dict[str, int], int]:
    """Points of every team once `team` takes `outcome` (3/1/0 each) from its own fixtures."""
    points = {t: s[0] for t, s in stats.items()}
    mine = points[team]
    for (home, away), got in zip(own, outcome):
        other = away if home == team else home
        mine += got
        points[other] = points.get(other, 0) + {3: 0, 1: 1, 0: 3}[got]
    points[team] = mine
    return points, mine


def _with_margins(team: str, stats: Mapping[str, Stats], own: list[Fixture], rest: list[Fixture],
                  rivals: list[str], size: int) -> Places:
    reachable: set[int] = set()
    best = worst = None
    for outcome in itertools.product((3, 1, 0), repeat=len(own)):
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
    assert best is not None and worst is not None
    return Places(best, worst, frozenset(reachable), len(reachable) == worst - best + 1)


def _bounds_only(team: str, stats: Mapping[str, Stats], own: list[Fixture], rest: list[Fixture],
                 rivals: list[str]) -> Places:
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


def _goal_bound(mine: tuple[int, ...], a: Stats, b: Stats, order: tuple[str, ...]) -> int:
    """Goals per side enough to reach every relation of the two teams to X's fixed key.

    Each comparison with X, for a fixed result, bounds one of h, a or h - a by a constant of
    size at most C + 3 (C: the largest gap between X's value and theirs on any criterion).
    A conjunction of such intervals that has a solution in non-negative integers has one
    with h = max(lower ends of h, of a plus of h - a, 0) <= 2C + 6 and
    a = max(lower end of a, h - upper end of h - a, 0) <= 3C + 9. So goals up to 3C + 9
    reach every combination a larger score reaches.
    """
    gap = 0
    for s in (a, b):
        theirs = key(s, order)
        gap = max([gap, *(abs(x - y) for x, y in zip(mine, theirs))])
    return 3 * gap + 9


def _finished(team: str, stats: Mapping[str, Stats], rest: list[Fixture], rivals: list[str],
              order: tuple[str, ...]) -> Places:
    """X has no match left and each other team at most one: each match on its own, exactly."""
    mine = key(stats[team], order)
    counted = set(rivals)
    playing = {t for f in rest for t in f}
    ahead = sum(1 for t in rivals if t not in playing and key(stats[t], order) > mine)
    level = sum(1 for t in rivals if t not in playing and key(stats[t], order) == mine)
    sums = {(ahead, ahead + level)}
    for home, away in rest:
        options: set[tuple[int, int]] = set()
        bound = _goal_bound(mine, stats[home], stats[away], order)
        for h in range(bound + 1):
            for a in range(bound + 1):
                s = w = 0
                for t, st in ((home, add_result(stats[home], h, a, False)), (away, add_result(stats[away], a, h, True))):
                    if t in counted:
                        k = key(st, order)
                        s += k > mine
                        w += k >= mine
                options.add((s, w))
        sums = {(s1 + s2, w1 + w2) for s1, w1 in sums for s2, w2 in options}
    reachable = {p for s, w in sums for p in range(s + 1, w + 2)}
    return Places(min(reachable), max(reachable), frozenset(reachable), True)
