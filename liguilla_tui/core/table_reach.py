"""How few, or how many, teams can end on a points mark or above: exact, over every result.

The table outlook (table_outlook.py) reduces its extreme cases to these two questions
(table_positions.py says why): with 3 points a win and 1 a draw, over every way the
remaining matches can end, how few / how many of the counted teams reach `mark` points?

Only the "contenders" need searching: a counted team that can still end on either side of
the mark. Every other team is indifferent to its own points (it is past the mark already,
cannot reach it, or is not counted), so a match between a contender and such a team goes
the contender's way for free (a loss when keeping teams below, a win when pushing them up).
What is left is a search over the contenders' matches among themselves, split into
connected parts (independent, so their counts add) and memoised on each team's points
still to give, capped at what it can still win so equivalent states meet.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache

Fixture = tuple[str, str]  # (home, away)
_RESULTS = ((3, 0), (1, 1), (0, 3))
# States one search may visit. The bundled seasons need at most ~1,200 with three
# matchdays left and ~11,300 with four; a file with many more matches left could need more
# than a lifetime, so past this the search gives up (and remembers it did) and the caller
# falls back to limits it can prove without it.
MAX_STATES = 50_000
_TOO_HARD: set[tuple[bool, tuple[tuple[int, int], ...], tuple[int, ...]]] = set()


class TooHard(Exception):
    """A search would visit more than MAX_STATES states."""


def fewest_reaching(points: Mapping[str, int], fixtures: Iterable[Fixture], counted: Collection[str], mark: int) -> int:
    """The fewest counted teams that end on `mark` points or more, over every result."""
    fixtures = list(fixtures)
    games = _games(fixtures)
    fixed = 0
    room: dict[str, int] = {}  # contenders: points they can still take and stay below the mark
    for team in counted:
        now = points.get(team, 0)
        if now >= mark:
            fixed += 1
        elif now + 3 * games.get(team, 0) >= mark:
            room[team] = mark - 1 - now
    return fixed + _search(room, [f for f in fixtures if f[0] in room and f[1] in room], keep_below=True)


def most_reaching(points: Mapping[str, int], fixtures: Iterable[Fixture], counted: Collection[str], mark: int) -> int:
    """The most counted teams that end on `mark` points or more, over every result."""
    fixtures = list(fixtures)
    games = _games(fixtures)
    short: dict[str, int] = {}  # contenders: points still missing
    fixed = 0
    for team in counted:
        now = points.get(team, 0)
        if now >= mark:
            fixed += 1
        elif now + 3 * games.get(team, 0) >= mark:
            short[team] = mark - now
    # A contender beats every team that is not one (or no longer is: it reached the mark
    # on such wins): 3 points each, for nothing. Repeat until no one else reaches it.
    done = 0
    inner = fixtures
    while True:
        outer = [f for f in inner if (f[0] in short) != (f[1] in short)]
        inner = [f for f in inner if f[0] in short and f[1] in short]
        for home, away in outer:
            short[home if home in short else away] -= 3
        made = [team for team, missing in short.items() if missing <= 0]
        if not made:
            break
        done += len(made)
        for team in made:
            del short[team]
    return fixed + done + _search(short, inner, keep_below=False)


def clear_caches() -> None:
    """Forget every search answered (for benchmarks that time cold runs)."""
    _fewest_over.cache_clear()
    _most_reaching.cache_clear()
    _TOO_HARD.clear()


def _games(fixtures: Iterable[Fixture]) -> dict[str, int]:
    out: dict[str, int] = {}
    for home, away in fixtures:
        out[home] = out.get(home, 0) + 1
        out[away] = out.get(away, 0) + 1
    return out


def _search(budget: dict[str, int], fixtures: list[Fixture], keep_below: bool) -> int:
    """Sum over connected parts of the best count (fewest over the mark, or most reaching it)."""
    total = 0
    for part in _parts(fixtures):
        teams = sorted({t for f in part for t in f})
        index = {t: i for i, t in enumerate(teams)}
        pairs = tuple((index[h], index[a]) for h, a in narrow_order(part))
        start = tuple(budget[t] for t in teams)
        if (keep_below, pairs, start) in _TOO_HARD:
            raise TooHard
        try:
            total += (_fewest_over if keep_below else _most_reaching)(pairs, start)
        except TooHard:
            if len(_TOO_HARD) >= 1024:  # bounded, like the caches: a long session forgets
                _TOO_HARD.clear()
            _TOO_HARD.add((keep_below, pairs, start))
            raise
    return total


def _parts(fixtures: list[Fixture]) -> list[list[Fixture]]:
    """The fixtures grouped by connected set of teams, each in its original order."""
    parent: dict[str, str] = {}

    def root(t: str) -> str:
        while parent.setdefault(t, t) != t:
            parent[t] = parent[parent[t]]
            t = parent[t]
        return t

    for home, away in fixtures:
        parent[root(home)] = root(away)
    groups: dict[str, list[Fixture]] = {}
    for f in fixtures:
        groups.setdefault(root(f[0]), []).append(f)
    return list(groups.values())


def narrow_order(fixtures: list[Fixture]) -> list[Fixture]:
    """The fixtures in an order that keeps few teams half-way through their matches.

    The search state holds one number per such team, so this is what keeps it small:
    greedily take the fixture that opens the fewest teams and finishes the most.
    """
    games = _games(fixtures)
    todo = list(fixtures)
    active: set[str] = set()
    out: list[Fixture] = []
    while todo:

        def cost(f: Fixture) -> tuple[int, int]:
            opened = sum(t not in active for t in set(f))
            closed = sum(games[t] == f.count(t) for t in set(f))
            return (opened - closed, -closed)

        f = min(todo, key=cost)
        todo.remove(f)
        out.append(f)
        for t in f:
            games[t] -= 1
            active.add(t)
            if games[t] == 0:
                active.discard(t)
    return out


def _left(pairs: tuple[tuple[int, int], ...], size: int) -> list[tuple[int, ...]]:
    """left[k][t]: the games team t plays from the k-th fixture on."""
    out = [tuple([0] * size)]
    counts = [0] * size
    for i, j in reversed(pairs):
        counts[i] += 1
        counts[j] += 1
        out.append(tuple(counts))
    return out[::-1]


@lru_cache(maxsize=4096)
def _fewest_over(pairs: tuple[tuple[int, int], ...], start: tuple[int, ...]) -> int:
    """Fewest teams pushed past their room; a team past it is spent (-1) and wins the rest.

    Asked as "can it be done with at most k spent?" for k = 0, 1, ...: the answer is
    usually 0-3, and a small allowance prunes almost every branch.
    """
    left = _left(pairs, len(start))
    failed: set[tuple[int, tuple[int, ...], int]] = set()
    visits = [0]

    def can(k: int, room: tuple[int, ...], allowed: int) -> bool:
        if k == len(pairs):
            return True
        visits[0] += 1
        if visits[0] > MAX_STATES:
            raise TooHard
        # Room beyond what a team can still win makes no difference: cap it so states meet.
        room = tuple(r if r < 0 else min(r, 3 * n) for r, n in zip(room, left[k]))
        key = (k, room, allowed)
        if key in failed:
            return False
        i, j = pairs[k]
        if room[i] < 0 or room[j] < 0:
            if can(k + 1, room, allowed):  # the spent team takes the win; the other gets nothing
                return True
        else:
            for gi, gj in _RESULTS:
                new = list(room)
                over = 0
                for t, g in ((i, gi), (j, gj)):
                    if g:
                        new[t] -= g
                        if new[t] < 0:
                            new[t] = -1
                            over += 1
                if over <= allowed and can(k + 1, tuple(new), allowed - over):
                    return True
        failed.add(key)
        return False

    for allowed in range(len(start) + 1):
        if can(0, start, allowed):
            return allowed
    return len(start)


@lru_cache(maxsize=4096)
def _most_reaching(pairs: tuple[tuple[int, int], ...], start: tuple[int, ...]) -> int:
    """Most teams brought to their mark; a team there is done (0) and loses the rest.

    Asked as "can k of them get there?" for k from all of them down: a team that can no
    longer make up its shortfall leaves the count, which prunes a branch as soon as too
    few are left.
    """
    left = _left(pairs, len(start))
    failed: set[tuple[int, tuple[int, ...], int]] = set()
    hopeless = 10**6

    visits = [0]

    def can(k: int, short: tuple[int, ...], wanted: int) -> bool:
        if wanted <= 0:
            return True
        if k == len(pairs):
            return False
        visits[0] += 1
        if visits[0] > MAX_STATES:
            raise TooHard
        short = tuple(s if s <= 3 * n else hopeless for s, n in zip(short, left[k]))
        if sum(0 < s < hopeless for s in short) < wanted:
            return False
        key = (k, short, wanted)
        if key in failed:
            return False
        i, j = pairs[k]
        for gi, gj in _RESULTS:
            new = list(short)
            made = 0
            for t, g in ((i, gi), (j, gj)):
                if 0 < new[t] < hopeless and g:
                    new[t] -= g
                    if new[t] <= 0:
                        new[t] = 0
                        made += 1
            if can(k + 1, tuple(new), wanted - made):
                return True
        failed.add(key)
        return False

    for wanted in range(len(start), 0, -1):
        if can(0, start, wanted):
            return wanted
    return 0
