"""How many rivals can end level with or ahead of a team, given what it and others do.

The question behind every need with two matchdays left (table_needs_two.py): with the team
X's own matches set to classes of result and some other matches held to ranges of margins,
what is the most rivals that can end level with or ahead of X (lots counted against it)?

X's own matches are set at their worst score within each class (k-0 for "a win by k", 0-0
for a draw, a loss by more than any other margin for "any"): a bigger score in the class
only helps X against everyone, its opponent included, whose relation to X it keeps. Then
the most rivals level or ahead, over every result of the other matches within the ranges,
is found exactly as to results by a search along the fixtures (each team plays at most
two: the fixtures form paths and cycles, so the search holds only a few teams' partial sums
at a time).

Goals are bounded from above, never assumed: a rival level with X on points counts as ahead
when its goal difference can reach X's, taking in each of its matches the margin best for
itself (any margin in a win no range caps). Two rivals that meet may each be given their
best margin of that one match; so a count can be more than any outcome gives, never less,
and a need found enough is enough. What that can cost is a shorter need left unsaid.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import NamedTuple

from liguilla_tui.core.table_positions import Stats, add_result, key
from liguilla_tui.core.table_reach import Fixture, narrow_order

HUGE = 10**6  # a losing margin beyond every other: X's worst case within "any result"
UNBOUNDED = 10**9  # a winning margin no range caps: a goal difference past every threshold
MAX_STATES = 20_000  # partial sums one search may hold at once (paths and cycles need ~30)

# X's own result in one match: (least margin or None for any result, X's worst score in it).
OWN = ((None, (0, HUGE)), (0, (0, 0)), (1, (1, 0))) + tuple((k, (k, 0)) for k in range(2, 7))
ANY, DRAW, WIN = 0, 1, 2

_WORSENED = ("goals_against", "away_goals")  # criteria a bigger score in a class can worsen for X
Help = tuple[int, int | None, int | None]  # (index of the match in `rest`, least margin, most)

# A need that asks another match for a win by this many or more (about 3 league matches in
# 100) is said after those that do not: true, but "Querétaro beating Morelia by 16 or more"
# listed first read as the way to go through (a new user's trial).
ROUT = 4


def asks_a_rout(least: int | None, most: int | None) -> bool:
    """Whether a margin range (home minus away) allows only wins by ROUT or more."""
    return (least is not None and least >= ROUT) or (most is not None and most <= -ROUT)


def stops_only_a_rout(least: int | None, most: int | None) -> bool:
    """Whether a margin range rules out nothing but a side's win by ROUT or more ("Tijuana
    not beating León by 12 or more"): near sure, so a need held by such ranges alone, said
    again with more of the team's own, says nothing new."""
    return (least is None and most is not None and most >= ROUT - 1) or (
        most is None and least is not None and least <= 1 - ROUT
    )


def held_off_routs(helps: Iterable[tuple[object, int | None, int | None]]) -> frozenset[object] | None:
    """The matches a need names, if it holds each of them off a rout only; else None."""
    helps = list(helps)
    if not helps or not all(stops_only_a_rout(lo, hi) for _match, lo, hi in helps):
        return None
    return frozenset(match for match, _lo, _hi in helps)


# Searches one table's needs may run (the bundled seasons need at most ~3,400; ~80 us each):
# a file with hundreds of teams gets its own results said instead, in bounded time.
MAX_SEARCHES = 30_000


class TooMany(Exception):
    """A search would hold more than MAX_STATES partial sums, or a table's needs would run
    more than their MAX_SEARCHES."""


class Searches:
    """What is left of one table's MAX_SEARCHES, shared by its teams; and each team's
    Board, shared by its zones (a count does not depend on the zone's line)."""

    def __init__(self, left: int = MAX_SEARCHES) -> None:
        self.left = left
        self.boards: dict[str, Board] = {}

    def spend(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise TooMany


class Value(NamedTuple):
    result: int  # 1 home win, 0 draw, -1 away win
    home: tuple[int, int]  # (points, the goal difference best for the home side)
    away: tuple[int, int]


@lru_cache(maxsize=256)
def _values(lo: int | None, hi: int | None) -> tuple[Value, ...]:
    """A match's results within margins lo..hi, each with what either side can get from it."""
    low = -UNBOUNDED if lo is None else lo
    high = UNBOUNDED if hi is None else hi
    out = []
    if max(low, 1) <= high:
        out.append(Value(1, (3, high), (0, -max(low, 1))))
    if low <= 0 <= high:
        out.append(Value(0, (1, 0), (1, 0)))
    if low <= min(high, -1):
        out.append(Value(-1, (0, min(high, -1)), (3, -low)))
    return tuple(out)


class Found(NamedTuple):
    """A search's answer: the most rivals level or ahead, and an outcome giving it."""

    most: int
    outcome: dict[int, Value]  # match index -> its result (matches with a rival in play)
    level: dict[str, tuple[int, int | None]]  # rivals in play: (points to draw level, gd then)
    sums: dict[str, tuple[int, int]]  # what each rival in play takes from the outcome

    def ahead(self, team: str) -> bool:
        return team in self.sums and _counts(self.sums[team], self.level[team])


class Board:
    """One team's question: how many rivals can end level with or ahead of it, given a need."""

    def __init__(
        self,
        team: str,
        stats: Mapping[str, Stats],
        own: list[Fixture],
        rest: list[Fixture],
        eligible: list[str],
        order: tuple[str, ...],
        searches: Searches | None = None,
    ) -> None:
        self.team, self.stats, self.own, self.rest, self.order = team, stats, own, rest, order
        self.searches = searches or Searches()
        self.counted = [t for t in eligible if t != team]
        self.games: dict[str, int] = {}
        for home, away in rest:
            self.games[home] = self.games.get(home, 0) + 1
            self.games[away] = self.games.get(away, 0) + 1
        self._memo: dict[tuple, Found] = {}
        self._plans: dict[tuple[int, ...], tuple[int, dict[str, tuple[int, int | None]], list[_Step]]] = {}

    def most_ahead(self, classes: tuple[int, ...], helps: tuple[Help, ...] = ()) -> int:
        return self.search(classes, helps).most

    def search(self, classes: tuple[int, ...], helps: tuple[Help, ...] = ()) -> Found:
        memo_key = (classes, tuple(sorted(helps, key=lambda h: h[0])))
        if memo_key not in self._memo:
            self.searches.spend()
            self._memo[memo_key] = self._count(classes, helps)
        return self._memo[memo_key]

    def _count(self, classes: tuple[int, ...], helps: tuple[Help, ...]) -> Found:
        if classes not in self._plans:
            self._plans[classes] = self._plan(classes)
        fixed, level, plan = self._plans[classes]
        ranges = {i: (lo, hi) for i, lo, hi in helps}
        count, outcome = _best(plan, ranges)
        sums: dict[str, tuple[int, int]] = {}
        for i, value in outcome.items():
            for side, (pts, gd) in zip(self.rest[i], (value.home, value.away)):
                if side in level:
                    p0, g0 = sums.get(side, (0, 0))
                    sums[side] = (p0 + pts, g0 + gd)
        return Found(fixed + count, outcome, level, sums)

    def _plan(self, classes: tuple[int, ...]) -> tuple[int, dict[str, tuple[int, int | None]], list[_Step]]:
        """With X's own matches at their worst in `classes` (one per own match): the rivals
        surely level or ahead, those in play (what they need to get there), and the search's
        steps."""
        after = dict(self.stats)
        for (home, away), cls in zip(self.own, classes):
            scored, conceded = OWN[cls][1]
            h, a = (scored, conceded) if home == self.team else (conceded, scored)
            after[home] = add_result(after[home], h, a, False)
            after[away] = add_result(after[away], a, h, True)
        # A bigger score within a class can cost X on goals against (1-1 is worse than 0-0
        # there) or away goals (its opponent's): from those on, level counts as ahead.
        order = self.order[: next((i for i, c in enumerate(self.order) if c in _WORSENED), len(self.order))]
        mine = key(after[self.team], order)
        points = mine[0]
        by_gd = len(order) > 1 and order[1] == "goal_difference"
        fixed = 0
        level: dict[str, tuple[int, int | None]] = {}
        for rival in self.counted:
            games = self.games.get(rival, 0)
            pts, _wins, gf, ga, _away = after[rival]
            if not games:
                fixed += key(after[rival], order) >= mine
            elif pts > points:
                fixed += 1
            elif pts + 3 * games >= points:
                level[rival] = (points - pts, mine[1] - (gf - ga) if by_gd else None)
        edges = [i for i, (h, a) in enumerate(self.rest) if h in level or a in level]
        # narrow_order orders fixtures, not indices: map each back (a pair listed twice, to both).
        index: dict[Fixture, list[int]] = {}
        for i in edges:
            index.setdefault(self.rest[i], []).append(i)
        steps = [index[f].pop(0) for f in narrow_order([self.rest[i] for i in edges])]
        return fixed, level, _steps(steps, self.rest, level)


class _Step(NamedTuple):
    """One match of the search: how each of its sides in play meets the state."""

    match: int
    sides: tuple[tuple[int, int, int, tuple[int, int | None]], ...]  # (0 home/1 away, slot or -1, closes, need)
    carry: tuple[tuple[int, int], ...]  # the next state's slots: (0, old slot) or (1, side's place in sides)


def _steps(steps: list[int], rest: list[Fixture], level: dict[str, tuple[int, int | None]]) -> list[_Step]:
    """The search laid out: a state holds (points, goal difference) of each team half-way."""
    remaining = {t: 0 for t in level}
    for i in steps:
        for side in rest[i]:
            if side in level:
                remaining[side] += 1
    layout: list[str] = []
    out = []
    for i in steps:
        sides = []
        kept: list[tuple[str, tuple[int, int]]] = []
        closing = set()
        for place, side in enumerate(rest[i]):
            if side not in level:
                continue
            remaining[side] -= 1
            closes = remaining[side] == 0
            if closes:
                closing.add(side)
            slot = layout.index(side) if side in layout else -1
            sides.append((place, slot, int(closes), level[side]))
        here = {rest[i][place]: n for n, (place, *_) in enumerate(sides)}
        for slot, team in enumerate(layout):
            if team not in closing:  # half-way still: its new sum if it played here
                kept.append((team, (1, here[team]) if team in here else (0, slot)))
        for n, (place, slot, done, _need) in enumerate(sides):
            team = rest[i][place]
            if not done and slot == -1:
                kept.append((team, (1, n)))
        layout = [team for team, _ in kept]
        out.append(_Step(i, tuple(sides), tuple(src for _, src in kept)))
    return out


def _counts(gained: tuple[int, int], need: tuple[int, int | None]) -> bool:
    points, gd = need
    return gained[0] > points or (gained[0] == points and (gd is None or gained[1] >= gd))


def _best(plan: list[_Step], ranges: dict[int, tuple[int | None, int | None]]) -> tuple[int, dict[int, Value]]:
    """The most rivals in play brought level or ahead, over their matches' results: a search
    along the plan keeping, per set of partial sums of the teams half-way, the best count
    (and where it came from, to give back an outcome with it)."""
    cap = UNBOUNDED // 2
    states: dict[tuple, int] = {(): 0}
    back: list[dict[tuple, tuple[tuple, Value]]] = []
    for step in plan:
        values = _values(*ranges.get(step.match, (None, None)))
        grown: dict[tuple, int] = {}
        came: dict[tuple, tuple[tuple, Value]] = {}
        for state, count in states.items():
            for value in values:
                got = count
                totals = []
                for place, slot, closes, need in step.sides:
                    pts, gd = value.away if place else value.home
                    if slot >= 0:
                        pts += state[slot][0]
                        gd += state[slot][1]
                    if closes:
                        if pts > need[0] or (pts == need[0] and (need[1] is None or gd >= need[1])):
                            got += 1
                        totals.append((0, 0))  # a side done: never carried
                    else:
                        # Points past level are alike (they only grow), and so are margins no
                        # range caps: capped there, their states meet.
                        totals.append((pts if pts <= need[0] else need[0] + 1, gd if gd < cap else cap))
                new = tuple(state[i] if kind == 0 else totals[i] for kind, i in step.carry)
                if grown.get(new, -1) < got:
                    grown[new] = got
                    came[new] = (state, value)
        if len(grown) > MAX_STATES:
            raise TooMany
        states = grown
        back.append(came)
    state = max(states, key=states.__getitem__)
    count = states[state]
    outcome = {}
    for step, came in zip(reversed(plan), reversed(back)):
        state, outcome[step.match] = came[state]
    return count, outcome
