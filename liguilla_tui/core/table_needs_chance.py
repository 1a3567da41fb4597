"""What the needs say beyond the conditions found (table_needs_two.py, one matchday's too),
proven by points alone: what a team cannot do without (`least_possible`), whether the
needs said are the whole condition (`whole`, else "among other ways"), and, where the
search cannot run, the points its own results must bring (`own_results`).

Each answers "can the team still get there with these results?" soundly in one direction:
the fewest rivals that can end on more points than it (table_reach.fewest_reaching), teams
level on points counted behind it. A result called hopeless is hopeless; one called
possible may not be, which only makes the words more cautious.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from liguilla_tui.core.table_needs_two import TwoNeed
from liguilla_tui.core.table_positions import Stats
from liguilla_tui.core.table_reach import Fixture, TooHard, fewest_reaching, most_reaching
from liguilla_tui.core.table_rivals import ANY, DRAW, WIN, Help

# ---- its own results alone ---------------------------------------------------------------------


def own_results(
    team: str, own: list[Fixture], rest: list[Fixture], last: int, stats: Mapping[str, Stats], eligible: list[str]
) -> tuple[int, int] | None:
    """The fewest points from its own matches that are enough whatever else happens, as
    (wins, draws) in any order; None when none are."""
    counted = [t for t in eligible if t != team]
    n = len(own)
    for total in range(0, 3 * n + 1):
        for wins in range(n, -1, -1):
            draws = total - 3 * wins
            if draws < 0 or wins + draws > n:
                continue
            outcome = (3,) * wins + (1,) * draws + (0,) * (n - wins - draws)
            # Against it, over every order of those results: every rival level on points is ahead.
            if all(
                _enough(team, own, rest, last, stats, counted, perm) for perm in set(itertools.permutations(outcome))
            ):
                return wins, draws
    return None


def _enough(
    team: str,
    own: list[Fixture],
    rest: list[Fixture],
    last: int,
    stats: Mapping[str, Stats],
    counted: list[str],
    outcome: tuple[int, ...],
) -> bool:
    points = _points_after(team, own, stats, outcome)
    try:
        return most_reaching(points, rest, counted, points[team]) <= last - 1
    except TooHard:
        return False  # not shown to be enough: not said


# ---- what it cannot do without ------------------------------------------------------------------


def least_possible(
    team: str, own: list[Fixture], rest: list[Fixture], last: int, stats: Mapping[str, Stats], eligible: list[str]
) -> TwoNeed | None:
    """The least the team must take from its own matches to have any chance (classes of OWN:
    any, a draw, a win), when that is one thing to say; None when it is nothing or not one.

    Said only where proven: a result is ruled out when, with it, the fewest rivals that
    can end on more points than the team (its goal difference counted best, level teams
    behind it) already fill the places above the line.
    """
    reach = [
        r for r in itertools.product((0, 1, 3), repeat=len(own)) if _possible(team, own, rest, last, stats, eligible, r)
    ]
    least = [r for r in reach if not any(u != r and all(a <= b for a, b in zip(u, r)) for u in reach)]
    classes = {0: ANY, 1: DRAW, 3: WIN}
    if not least or not any(least[0]):
        return None  # nothing asked of it (or, not proven, no chance at all)
    v = tuple(classes[g] for g in least[0])
    if len(least) == 1:
        return TwoNeed(v, (), len(own) < 2 or v == v[::-1])
    # Else what every least result holds in some order: each is at least its points taken
    # best first, so at least their smallest ("a win over Cruz Azul, or a draw with it and a
    # win over Monterrey": at least a win, in either match).
    common = tuple(min(column) for column in zip(*(sorted(r, reverse=True) for r in least)))
    if not any(common):
        return None
    return TwoNeed(tuple(classes[g] for g in common), (), True)


def whole(
    said: list[tuple[tuple[int, ...], bool, tuple[Help, ...]]],
    team: str,
    own: list[Fixture],
    rest: list[Fixture],
    last: int,
    stats: Mapping[str, Stats],
    eligible: list[str],
) -> bool:
    """Whether the needs said (own classes, whether in either order, others' ranges on
    `rest` by index) are the whole condition: every outcome that can put the team there
    meets one. Else the words must say there are other ways.

    Over the results of its own matches and of the matches named (not their margins): a
    combination that meets no need whole (every margin of it in the need's ranges and
    classes) must be proven out of reach by points alone, rivals level on points behind.
    """
    named = sorted({i for _, _, helps in said for i, _, _ in helps})
    if len(own) + len(named) > _WHOLE_MATCHES:
        return False  # too many combinations to go through: not proven
    needs = [(o, helps) for v, either, helps in said for o in ({v, v[::-1]} if either else {v})]
    for combo in itertools.product((1, 0, -1), repeat=len(own) + len(named)):
        mine, theirs = combo[: len(own)], dict(zip(named, combo[len(own) :]))
        if any(
            all(_class_meets(c, r) for c, r in zip(v, mine))
            and all(_range_meets(lo, hi, theirs[i]) for i, lo, hi in hs)
            for v, hs in needs
        ):
            continue
        fixed = tuple((rest[i], theirs[i]) for i in named)
        left = [f for i, f in enumerate(rest) if i not in theirs]
        if _possible(team, own, left, last, stats, eligible, tuple(_POINTS[r] for r in mine), fixed):
            return False
    return True


_WHOLE_MATCHES = 7  # 3^7 combinations at most, each a search of points
_POINTS = {1: 3, 0: 1, -1: 0}  # the team's points for a win, a draw, a loss


def _class_meets(c: int, result: int) -> bool:
    """Whether every score of the team's result (1 win, 0 draw, -1 loss) is in class c."""
    return c == ANY or (c == DRAW and result >= 0) or (c == WIN and result == 1)


def _range_meets(lo: int | None, hi: int | None, result: int) -> bool:
    """Whether every margin of the result (1 home win, 0 draw, -1 away win) is in lo..hi."""
    if result == 1:
        return (lo is None or lo <= 1) and hi is None
    if result == 0:
        return (lo is None or lo <= 0) and (hi is None or hi >= 0)
    return lo is None and (hi is None or hi >= -1)


def _possible(
    team: str,
    own: list[Fixture],
    rest: list[Fixture],
    last: int,
    stats: Mapping[str, Stats],
    eligible: list[str],
    results: tuple[int, ...],
    fixed: tuple[tuple[Fixture, int], ...] = (),
) -> bool:
    """Whether the team, with these points from its own matches (3, 1 or 0 each) and the
    `fixed` results of others (1 home win, 0 draw, -1 away win; `rest` without them), may
    still end in 1..last: not proven otherwise by points alone, teams level on points behind."""
    points = _points_after(team, own, stats, results, fixed)
    counted = [t for t in eligible if t != team]
    try:
        return fewest_reaching(points, rest, counted, points[team] + 1) <= last - 1
    except TooHard:
        return True  # not proven out of reach


def _points_after(
    team: str,
    own: list[Fixture],
    stats: Mapping[str, Stats],
    results: tuple[int, ...],
    fixed: tuple[tuple[Fixture, int], ...] = (),
) -> dict[str, int]:
    """Everyone's points once the team takes `results` from its own matches (3, 1 or 0 each)
    and the `fixed` matches end as given (1 home win, 0 draw, -1 away win)."""
    points = {t: s[0] for t, s in stats.items()}
    for (home, away), got in zip(own, results):
        points[team] += got
        points[away if home == team else home] += {3: 0, 1: 1, 0: 3}[got]
    for (home, away), result in fixed:
        points[home] += {1: 3, 0: 1, -1: 0}[result]
        points[away] += {1: 0, 0: 1, -1: 3}[result]
    return points
