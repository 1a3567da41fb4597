"""What an open team needs with two matchdays left: its own results and others', with margins.

A need is a sufficient condition, as with one matchday (table_needs.py): every outcome it
allows ends with the team X in seeds 1..last, lots counted against it. Its parts: a class
of result for each of X's own matches ("any", "a draw", "a win", "a win by k or more") and
up to two other matches held to a range of margins ("Santos not beating Toluca by 3 or
more"). Said shortest first: X's own results alone, then with one other result, then two.
Whether one is enough is table_rivals.py's count; the words are table_needs_two_words.py's.

Which ranges to try: a need must rule out every outcome with too many rivals ahead, so
each range tried rules out the outcome the count gives, on a match of a rival that outcome
puts ahead (`_candidates`); a second range, the outcome the count gives with the first.
The search is not the whole condition: a need may take three other results, or one the
ranges tried miss. What the words say beyond it (what the team cannot do without, whether
the needs are the whole condition, its points alone where no search runs) is
table_needs_chance.py's.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from typing import NamedTuple

from liguilla_tui.core.table_positions import Stats
from liguilla_tui.core.table_reach import Fixture
from liguilla_tui.core.table_rivals import (
    ANY,
    DRAW,
    HUGE,
    OWN,
    UNBOUNDED,
    WIN,
    Board,
    Found,
    Help,
    Searches,
    TooMany,
    Value,
    asks_a_rout,
)

_HELPED = (ANY, DRAW, WIN)  # own classes paired with others' results (margins would be too long)


class TwoNeed(NamedTuple):
    """One sufficient condition: a class (index in OWN) per own match, and others' margins."""

    own: tuple[int, ...]  # aligned with the team's own matches
    helps: tuple[Help, ...]  # margins are home minus away; None: unbounded that way
    any_order: bool  # the same classes in either order of its matches are enough too


class CutShort(Exception):
    """The search stopped (a team in more than two matches, or the table's searches ran
    out); `found` holds the needs found by then."""

    def __init__(self, found: list[TwoNeed]) -> None:
        super().__init__()
        self.found = found


def two_matchday_needs(
    team: str,
    own: list[Fixture],
    rest: list[Fixture],
    last: int,
    stats: Mapping[str, Stats],
    eligible: list[str],
    order: tuple[str, ...],
    enough_found: int = 8,
    searches: Searches | None = None,
) -> list[TwoNeed]:
    """Sufficient conditions for `team` to end in seeds 1..last, shortest first (those asking
    another match for a rout last).

    Stops looking once `enough_found` are found (the words say at most a few; one more tells
    them some are left out). Raises CutShort for a team in more than two matches, or when
    `searches` run out (with the needs found by then).
    """
    games: dict[str, int] = {}
    for f in [*own, *rest]:
        for side in set(f):
            games[side] = games.get(side, 0) + 1
    if max(games.values(), default=0) > 2:
        raise CutShort([])  # not two matchdays: a search could hold too much
    searches = searches or Searches()
    board = searches.boards.get(team)
    if board is None or (board.own, board.rest, board.stats, board.order) != (own, rest, stats, order):
        board = searches.boards[team] = Board(team, stats, own, rest, eligible, order, searches)
    budget = last - 1
    helped: list[tuple[tuple[int, ...], tuple[Help, ...]]] = []
    alone: list[tuple[int, ...]] = []
    try:
        alone = _least_enough(board, len(own), budget)
        return _search_helps(board, alone, helped, budget, enough_found)
    except TooMany as stopped:
        raise CutShort(_merged([(u, ()) for u in alone] + helped, len(own))) from stopped


def _search_helps(
    board: Board,
    alone: list[tuple[int, ...]],
    helped: list[tuple[tuple[int, ...], tuple[Help, ...]]],
    budget: int,
    enough_found: int,
) -> list[TwoNeed]:
    """The needs with others' results, after those with the team's own alone (`helped`
    fills as they are found)."""
    own = board.own
    paired = sorted(
        (v for v in itertools.product(_HELPED, repeat=len(own)) if not any(_covers(v, u) for u in alone)),
        key=_demand,
    )
    for size in (1, 2):
        # Whatever is enough with v is enough with more asked of the team: so where the most
        # demanding classes find nothing, none below them will. Those are tried first.
        top = [v for v in paired if not any(u != v and _covers(u, v) for u in paired)]
        fruitless = [v for v in top if next(_with_helps(board, v, size, budget, helped), None) is None]
        for v in paired:
            if any(_covers(u, v) for u in fruitless):
                continue
            for need in _with_helps(board, v, size, budget, helped):
                helped.append(need)
                said = _merged([(u, ()) for u in alone] + helped, len(own))
                if sum(1 for need in said if not _routs(need.helps)) >= enough_found:  # merged and pruned
                    return said
    return _merged([(v, ()) for v in alone] + helped, len(own))


def _with_helps(
    board: Board,
    v: tuple[int, ...],
    size: int,
    budget: int,
    helped: list[tuple[tuple[int, ...], tuple[Help, ...]]],
) -> Iterator[tuple[tuple[int, ...], tuple[Help, ...]]]:
    """Needs with the team's own classes v and `size` other matches held to a range, not
    saying more than one in `helped` (which the caller grows with each one given): each
    must rule out the outcome the search gives."""
    found = board.search(v)
    over = found.most - budget
    if over > 2 * size:
        return  # each range moves the count by at most its match's two sides
    for first in _candidates(board, found, set(), both=over == 2 * size):
        if _said(v, (first,), helped):
            continue
        one = board.search(v, (first,))
        if size == 1:
            if one.most <= budget:
                yield (v, (first,))
        elif budget < one.most <= budget + 2:
            for second in _candidates(board, one, {first[0]}, both=one.most == budget + 2):
                pair = tuple(sorted((first, second), key=lambda h: h[0]))
                if not _said(v, pair, helped) and board.most_ahead(v, pair) <= budget:
                    yield (v, pair)


def _least_enough(board: Board, n: int, budget: int) -> list[tuple[int, ...]]:
    """The least demanding classes of the team's own results enough by themselves.

    Asking more of a match only helps, so with two matches the answer is a staircase: as the
    first asks more, the second needs no more than before; walked in one pass each way.
    """
    if n != 2:
        return [v for v in itertools.product(range(len(OWN)), repeat=n) if board.most_ahead(v) <= budget][:1]
    out: list[tuple[int, ...]] = []
    second = len(OWN) - 1
    for first in range(len(OWN)):
        if board.most_ahead((first, second)) > budget:
            continue
        while second > 0 and board.most_ahead((first, second - 1)) <= budget:
            second -= 1
        if not out or second < out[-1][1]:  # else it asks more than the one before
            out.append((first, second))
        if second == 0:
            break
    return sorted(out, key=_demand)


def _demand(v: tuple[int, ...]) -> tuple[int, int]:
    return (sum(v), max(v, default=0))


def _covers(v: tuple[int, ...], u: tuple[int, ...]) -> bool:
    """Whether own classes v ask at least what u does in each match (so u's need covers v's)."""
    return all(a >= b for a, b in zip(v, u))


def _said(v: tuple[int, ...], helps: tuple[Help, ...], found: list[tuple[tuple[int, ...], tuple[Help, ...]]]) -> bool:
    """Whether a need found already asks no more than this one: this would say it longer."""
    return any(_covers(v, u) and all(any(_within(h, g) for h in helps) for g in hs) for u, hs in found)


def _within(h: Help, g: Help) -> bool:
    """Whether range h of a match allows no margin that g does not (so h implies g)."""
    if h[0] != g[0]:
        return False
    low = -UNBOUNDED if h[1] is None else h[1]
    high = UNBOUNDED if h[2] is None else h[2]
    return (g[1] is None or low >= g[1]) and (g[2] is None or high <= g[2])


def _merged(found: list[tuple[tuple[int, ...], tuple[Help, ...]]], n: int) -> list[TwoNeed]:
    """The needs, one for a pair found in both orders of the team's two matches, shortest first."""
    # A need that asks more than another (here or in the other order) says less: drop it.
    found = [
        (v, helps)
        for v, helps in found
        if not any((u, hs) != (v, helps) and _said(v, helps, [(u, hs)]) for u, hs in found)
    ]
    out = []
    seen = set()
    for v, helps in found:
        if (v, helps) in seen:
            continue
        swapped = v[::-1]
        either = n < 2 or v == swapped or (swapped, helps) in found
        seen.update({(v, helps), (swapped, helps)} if either else {(v, helps)})
        out.append(TwoNeed(tuple(sorted(v, reverse=True)) if either else v, helps, either))
    return sorted(out, key=lambda need: (_routs(need.helps), len(need.helps), _demand(need.own), not need.any_order))


def _routs(helps: tuple[Help, ...]) -> bool:
    """Whether a need asks one of the matches it names for a rout (said last)."""
    return any(asks_a_rout(lo, hi) for _i, lo, hi in helps)


def routs(need: TwoNeed) -> bool:
    return _routs(need.helps)


def _candidates(board: Board, found: Found, used: set[int], both: bool = False) -> list[Help]:
    """Ranges of one match that rule out `found`'s outcome, on a match of a rival it counts
    (of two, with `both`: a range that must take two off the count): a need must rule out
    every outcome with too many rivals ahead, so these are all to try."""
    out: list[Help] = []
    for i, value in found.outcome.items():
        home, away = board.rest[i]
        if i in used or not (found.ahead(home) or found.ahead(away)):
            continue
        if both and not (found.ahead(home) and found.ahead(away)):
            continue
        if value.result == 1:
            ranges: list[tuple[int | None, int | None]] = [(None, 0), (0, 0), (None, -1)]
        elif value.result == 0:
            ranges = [(1, None), (None, -1)]
        else:
            ranges = [(0, None), (0, 0), (1, None)]
        ranges += _margin_ranges(found, home, away, value)
        out += [(i, lo, hi) for lo, hi in ranges]
    return list(dict.fromkeys(out))


def _margin_ranges(found: Found, home: str, away: str, value: Value) -> list[tuple[int | None, int | None]]:
    """Margins of a won match that leave a side level on points with X short of X's goal
    difference, the result kept: a cap on the winner's margin, or a floor under it."""
    out: list[tuple[int | None, int | None]] = []
    if value.result == 0:
        return out
    for side, got, sign in ((home, value.home, 1), (away, value.away, -1)):
        need_points, need_gd = found.level.get(side, (0, None))
        if need_gd is None or not found.ahead(side) or found.sums[side][0] != need_points:
            continue
        other = found.sums[side][1] - got[1]  # its goal difference from its other matches
        if other >= UNBOUNDED // 2:
            continue  # a win elsewhere by any margin: no range here stops it
        won = (value.result == 1) == (sign == 1)
        if won:
            cap = need_gd - other - 1  # the most it may win by and stay short
            if 1 <= cap < HUGE // 2:
                out.append((None, cap) if sign == 1 else (-cap, None))
        else:
            least = other - need_gd + 1  # the least it must lose by to fall short
            if 2 <= least < HUGE // 2:
                out.append((least, None) if sign == -1 else (None, -least))
    return out
