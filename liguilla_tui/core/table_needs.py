"""What an open team needs, in words, with one or two matchdays left.

For each zone the team can still reach but has not made sure of (finishing in it or
above: "to reach the Liguilla", "to reach the Play-in"), one sentence. A need is a sufficient condition: every outcome it
allows ends with the team in the target, lots counted against it. Each is said in the
shortest form found first: its own result alone ("a win is enough"), then with one other
result, its match named ("a win, and Santos not beating Atlas by 3 or more"), then with two.

One matchday left (each team in at most one match): the other matches are independent once
the team's own score is fixed, so each is read on its own over the scores that give every
relation to the team (table_positions._critical_scores). Within "a win by k or more" the
worst case is k-0, within "a draw or a win" 0-0, and "any result" is a loss by a margin beyond
every other (for a table order led by points then goal difference).

Two matchdays left: table_needs_two.py searches the same kind of condition, its own results
named by opponent where the order matters and others' results in named matches. Where no
need is found, what the team cannot do without ("at least a win, and other results to go its way").
Other table orders get no needs (None).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple, TypeVar

import msgspec

from liguilla_tui.core.table_needs_chance import least_possible, own_results, whole
from liguilla_tui.core.table_needs_two import CutShort, routs, two_matchday_needs
from liguilla_tui.core.table_needs_two_words import and_words, least_words, match_words, need_words, own_results_words
from liguilla_tui.core.table_outlook import OPEN, TableOutlook, Zone, zone_name
from liguilla_tui.core.table_positions import (
    _CLASSES,
    Stats,
    _critical_scores,
    _single_parts,
    add_result,
    interval_ends,
    key,
    places,
)
from liguilla_tui.core.table_reach import Fixture
from liguilla_tui.core.table_rivals import ANY, DRAW, WIN, Searches, asks_a_rout, held_off_routs
from liguilla_tui.i18n import _

_HUGE = 10**6  # a margin beyond every other: stands for "by any margin"
MAX_TERMS = 3
T = TypeVar("T")


def add_needs(outlook: TableOutlook, stats: Mapping[str, Stats], eligible: list[str]) -> TableOutlook:
    if outlook.order[:2] not in (("points",), ("points", "goal_difference")):
        return outlook
    rows = []
    searches = Searches()  # shared: a huge file runs out of them, not of time
    for row in outlook.teams:
        text = None
        if not row.barred and _undecided(row.zones):
            said = [
                _needs(row.team, zone, stats, list(outlook.fixtures), eligible, outlook.order, searches)
                for zone in _targets(row.team, stats, list(outlook.fixtures), eligible, outlook.order, outlook.zones)
            ]
            text = ". ".join(said) or None
        rows.append(msgspec.structs.replace(row, needs=text) if text else row)
    return msgspec.structs.replace(outlook, teams=tuple(rows))


def _undecided(zones: Mapping[str, str]) -> bool:
    return any(status == OPEN for status in zones.values())


def _targets(
    team: str,
    stats: Mapping[str, Stats],
    fixtures: list[Fixture],
    eligible: list[str],
    order: tuple[str, ...],
    zones: tuple[Zone, ...],
) -> list[Zone]:
    """The zones the team can reach and has not made sure of (finishing in them or above)."""
    seeds = places(team, stats, fixtures, eligible, order)
    return [z for z in zones if z.last is not None and seeds.best <= z.last < seeds.worst]


def _needs(
    team: str,
    zone: Zone,
    stats: Mapping[str, Stats],
    fixtures: list[Fixture],
    eligible: list[str],
    order: tuple[str, ...],
    searches: Searches,
) -> str:
    goal = _("To reach the {zone}").format(zone=zone_name(zone))
    last = zone.last
    assert last is not None  # _targets gives only zones with a last seed
    own = [f for f in fixtures if team in f]
    rest = [f for f in fixtures if team not in f]
    if len(own) <= 1 and _single_parts(rest):
        needs = one_matchday_needs(team, own[0] if own else None, last, stats, rest, eligible, order)
        if needs:
            shown = _worth_saying(needs, [n.asks_a_rout for n in needs], [held_off_routs(n.helps) for n in needs])
            said = shown[0].text
            for need in shown[1:]:
                said = _("{said}; or {other}").format(said=said, other=need.text)
            # Not the whole condition: the words must not read as it.
            index = {f: i for i, f in enumerate(rest)}
            listed = [(_classes(n), True, tuple((index[f], lo, hi) for f, lo, hi in n.helps)) for n in needs]
            if len(shown) < len(needs) or not whole(listed, team, own, rest, last, stats, eligible):
                said = _("{said}; among other ways").format(said=said)
            return _("{goal}: {what}").format(goal=goal, what=said)
        least = least_possible(team, own, rest, last, stats, eligible)
        return _("{goal}: {what}").format(goal=goal, what=least_words(least, team, own))
    cut_short = False
    try:
        found = two_matchday_needs(team, own, rest, last, stats, eligible, order, MAX_TERMS, searches)
    except CutShort as stopped:  # a team in many matches, or a table too big to search
        found, cut_short = stopped.found, True
        if not found:  # its own results alone
            return _("{goal}: {what}").format(
                goal=goal, what=own_results_words(own_results(team, own, rest, last, stats, eligible))
            )
    if not found:
        least = least_possible(team, own, rest, last, stats, eligible)
        return _("{goal}: {what}").format(goal=goal, what=least_words(least, team, own))
    shown_two = _worth_saying(found, [routs(n) for n in found], [held_off_routs(n.helps) for n in found])
    said = need_words(shown_two[0], team, own, rest)
    for more in shown_two[1:]:
        said = _("{said}; or {other}").format(said=said, other=need_words(more, team, own, rest))
    listed = [(n.own, n.any_order, n.helps) for n in found]
    if len(shown_two) < len(found) or cut_short or not whole(listed, team, own, rest, last, stats, eligible):
        said = _("{said}; among other ways").format(said=said)
    return _("{goal}: {what}").format(goal=goal, what=said)


def _worth_saying(needs: list[T], routs: list[bool], held_off: list[frozenset[object] | None]) -> list[T]:
    """The needs to say, at most MAX_TERMS: those asking no other match for a rout, when
    there are any (the others are true, but no way a reader would count on); else those.
    Of needs that only hold the same matches off a rout, the first ("a win, and Tijuana
    not beating León by 12 or more"; not again "a win by 2 or more, and … by 13 or more")."""
    likely = [(need, off) for need, rout, off in zip(needs, routs, held_off) if not rout]
    shown: list[T] = []
    seen: set[frozenset[object]] = set()
    for need, off in likely or list(zip(needs, held_off)):
        if off is not None:
            if off in seen:
                continue
            seen.add(off)
        shown.append(need)
    return shown[:MAX_TERMS]


def _classes(need: Need) -> tuple[int, ...]:
    """A one-matchday need's own result as table_rivals' classes (a margin: past WIN)."""
    if need.phrase == "as it stands":
        return ()
    return ({None: ANY, 0: DRAW, 1: WIN}.get(need.own_margin, WIN + 1),)


# ---- one matchday ---------------------------------------------------------------------------


class Need(NamedTuple):
    """One sufficient condition: the team's own result and others' margins (home minus away)."""

    phrase: str  # its own result, in English: a key (said by _own_words)
    own_margin: int | None  # the least margin it needs (0: a draw); None: any result
    helps: tuple[tuple[Fixture, int | None, int | None], ...] = ()

    @property
    def asks_a_rout(self) -> bool:
        return any(asks_a_rout(lo, hi) for _fixture, lo, hi in self.helps)

    @property
    def text(self) -> str:
        if not self.helps:
            return _is_enough(self.phrase, self.own_margin)
        others = and_words([match_words(home, away, lo, hi) for (home, away), lo, hi in self.helps])
        if self.phrase == "as it stands":
            return others
        return _("{own}, and {others}").format(own=_own_words(self.phrase, self.own_margin), others=others)


def _own_words(phrase: str, margin: int | None) -> str:
    """A team's own result (a key of _own_classes) in the current language."""
    if phrase.startswith("a win by"):
        return _("a win by {n} or more").format(n=margin)
    return {"any result": _("any result"), "a draw": _("a draw"), "a win": _("a win")}[phrase]


def _own_classes(team: str, fixture: Fixture | None) -> list[tuple[str, int | None, tuple[int, int] | None]]:
    """(phrase, least margin, X's worst score within it as (scored, conceded)), least demanding first."""
    if fixture is None:
        return [("as it stands", None, None)]
    out: list[tuple[str, int | None, tuple[int, int] | None]] = [
        ("any result", None, (0, _HUGE)),
        ("a draw", 0, (0, 0)),
        ("a win", 1, (1, 0)),
    ]
    out += [(f"a win by {k} or more", k, (k, 0)) for k in range(2, 7)]
    return out


def one_matchday_needs(
    team: str,
    fixture: Fixture | None,
    last: int,
    stats: Mapping[str, Stats],
    rest: list[Fixture],
    eligible: list[str],
    order: tuple[str, ...],
) -> list[Need]:
    """Sufficient conditions for `team` to end in seeds 1..last, shortest first (those asking
    another match for a rout last).

    `fixture` is its own match left (or None), `rest` the others, at most one per team.
    """
    counted = set(eligible) - {team}
    terms: list[tuple[int, int, Need]] = []
    helped: set[tuple] = set()
    classes = []
    for rank, (phrase, least, score) in enumerate(_own_classes(team, fixture)):
        after = dict(stats)
        if fixture is not None and score is not None:
            home, away = fixture
            h, a = score if home == team else score[::-1]
            after[home] = add_result(stats[home], h, a, False)
            after[away] = add_result(stats[away], a, h, True)
        mine = key(after[team], order)
        playing = {t for f in rest for t in f}
        fixed = sum(1 for t in counted if t not in playing and key(after[t], order) >= mine)
        budget = last - 1 - fixed
        if budget < 0:
            continue
        sides = [(_side(after, h, counted), _side(after, a, counted)) for h, a in rest]
        worst = [_worst_in(*pair, mine, order) for pair in sides]
        if budget - sum(worst) >= 0:
            terms.append((0, rank, Need(phrase, least)))
            break  # anything more demanding is enough too, and longer to say
        classes.append((rank, phrase, least, mine, sides, worst, budget))
    # Then with one other result, and with two while those found fit in the words (with
    # one more, the words know some are left out: MAX_TERMS + 1 are enough to look for).
    for size in (1, 2):
        if sum(1 for *_, need in terms if not need.asks_a_rout) > MAX_TERMS:
            break
        for rank, phrase, least, mine, sides, worst, budget in classes:
            for chosen in itertools.combinations(range(len(rest)), size):
                # Each chosen match must give up what the others take beyond the budget.
                room = budget - sum(w for i, w in enumerate(worst) if i not in chosen)
                for caps in itertools.product(*(range(worst[i]) for i in chosen)):
                    if sum(caps) > room:
                        continue
                    found = [_restriction(*sides[i], mine, order, cap) for i, cap in zip(chosen, caps)]
                    ranges = [r for r in found if r is not None]
                    if len(ranges) < len(found):  # a match with no range said in one line
                        continue
                    helps = tuple((rest[i], lo, hi) for i, (lo, hi) in zip(chosen, ranges))
                    # A part already enough alone, with less of its own, says it shorter.
                    if helps in helped or any((h,) in helped for h in helps):
                        continue
                    helped.add(helps)
                    terms.append((size, rank, Need(phrase, least, helps)))
    terms.sort(key=lambda t: (t[2].asks_a_rout, t[0], t[1]))
    return [need for _, _, need in terms]


def _is_enough(phrase: str, margin: int | None) -> str:
    if phrase == "as it stands":
        return _("nothing more")
    if phrase == "any result":
        return _("any result")
    return _("{result} is enough").format(result=_own_words(phrase, margin))


# A match as these helpers see it: X's key, then for each side its name, stats and whether
# it counts (eligible for a seed); hashable, so repeated questions are answered once.
Side = tuple[str, Stats, bool]


def _side(after: Mapping[str, Stats], team: str, counted: set[str]) -> Side:
    return (team, after[team], team in counted)


def _w(home: Side, away: Side, mine: tuple[int, ...], order: tuple[str, ...], h: int, a: int) -> int:
    """How many of the match's counted sides end level with or ahead of X after h-a."""
    count = 0
    if home[2]:
        count += key(add_result(home[1], h, a, False), order) >= mine
    if away[2]:
        count += key(add_result(away[1], a, h, True), order) >= mine
    return count


def _off_points(home: Side, away: Side, mine: tuple[int, ...], result: int) -> bool:
    """Whether, with that result, no counted side ends level on points with X: then the score
    within the result changes nothing (points alone place both sides)."""
    h0, a0 = {1: (1, 0), 0: (0, 0), -1: (0, 1)}[result]
    return not (
        (home[2] and add_result(home[1], h0, a0, False)[0] == mine[0])
        or (away[2] and add_result(away[1], a0, h0, True)[0] == mine[0])
    )


@lru_cache(maxsize=4096)
def _worst_in(home: Side, away: Side, mine: tuple[int, ...], order: tuple[str, ...]) -> int:
    worst = 0
    for result, (h0, a0) in _CLASSES:
        scores = (
            [(h0, a0)]
            if _off_points(home, away, mine, result)
            else _critical_scores(result, mine, home[1], away[1], order)
        )
        worst = max(worst, *(_w(home, away, mine, order, h, a) for h, a in scores))
    return worst


@lru_cache(maxsize=4096)
def _restriction(
    home_side: Side, away_side: Side, mine: tuple[int, ...], order: tuple[str, ...], cap: int
) -> tuple[int | None, int | None] | None:
    """The margins of the match (home minus away, None: unbounded) keeping its count at most `cap`.

    None when no margin does, every margin does, or they are not one range (not one line).
    """
    scores = [s for result, _ in _CLASSES for s in _critical_scores(result, mine, home_side[1], away_side[1], order)]
    # Margins beyond every relation's threshold all read the same; thresholds of _HUGE stand
    # for X's own margin "beyond every other" and are out of any other match's reach.
    reach = max([0, *(v for h, a in scores for v in (abs(h - a), h, a) if v < _HUGE // 2)]) + 2
    ends = interval_ends(mine, home_side[1], away_side[1], order)
    settled = {result: _off_points(home_side, away_side, mine, result) for result in (1, 0, -1)}
    fixed = {
        result: _w(home_side, away_side, mine, order, h0, a0) <= cap for result, (h0, a0) in _CLASSES if settled[result]
    }
    allowed = []
    for m in range(-reach, reach + 1):
        result = (m > 0) - (m < 0)
        if settled[result]:
            if fixed[result]:
                allowed.append(m)
            continue
        # Every score with this margin, through the losing (or drawing) side's goals: a
        # relation turns only where h or a meets one of its ends, so those goals (and one
        # past the last) stand for all.
        lows = {0} | {x - max(m, 0) for x in ends["h"]} | {x - max(-m, 0) for x in ends["a"]}
        lows = {low for low in lows if 0 <= low < _HUGE // 2}
        lows.add(max(lows) + 1)
        if all(_w(home_side, away_side, mine, order, low + max(m, 0), low + max(-m, 0)) <= cap for low in lows):
            allowed.append(m)
    if not allowed or allowed[-1] - allowed[0] + 1 != len(allowed):
        return None  # nothing, or not one range of margins: not said in a line
    lo = None if allowed[0] == -reach else allowed[0]
    hi = None if allowed[-1] == reach else allowed[-1]
    return None if lo is None and hi is None else (lo, hi)
