"""Three-way merge of a season: my unsaved edits onto what someone else saved meanwhile.

base is the season the file held when this instance last read or wrote it, mine is what
this instance shows (base plus its edits), theirs is what the file holds now. Legs and
results are matched by fixture; a leg that only one side changed takes that side's value,
one that both changed differently is a conflict (the caller asks). Everything else in a
season (teams, table, format, notes) the app never edits, so it is taken from theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from msgspec.structs import replace

from liguilla_tui.core.diagnostics import NOWHERE
from liguilla_tui.core.model import Leg, Result, Season
from liguilla_tui.i18n import _, ngettext

T = TypeVar("T", Leg, Result)


def unmarked(item: Leg | Result) -> Leg | Result:
    """An item as data, without where it was read (a save elsewhere moves every line)."""
    if isinstance(item, Leg):
        return replace(item, mark=NOWHERE, goals=tuple(replace(g, mark=NOWHERE) for g in item.goals))
    return replace(item, mark=NOWHERE)


def leg_key(leg: Leg) -> tuple:
    return ("leg", leg.round, leg.leg, frozenset((leg.home, leg.away)))


def result_key(result: Result) -> tuple:
    return ("result", result.home, result.away, result.matchday)


@dataclass(frozen=True)
class Conflict:
    """One leg or result both sides changed, each its own way (None: that side removed it)."""

    key: tuple
    mine: Leg | Result | None
    theirs: Leg | Result | None


@dataclass(frozen=True)
class Merged:
    season: Season  # conflicts settled as `keep_mine` said (else theirs)
    conflicts: tuple[Conflict, ...]  # every conflict, however it was settled
    taken: int  # legs and results changed by them and taken in


def _same(a: Leg | Result | None, b: Leg | Result | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return unmarked(a) == unmarked(b)


def _by_key(items: tuple[T, ...], key: Callable[[T], tuple]) -> dict[tuple, T]:
    found: dict[tuple, T] = {}
    for item in items:
        found.setdefault(key(item), item)  # a fixture entered twice: the first counts, as loading
    return found


def _merge_items(
    base: tuple[T, ...],
    mine: tuple[T, ...],
    theirs: tuple[T, ...],
    key: Callable[[T], tuple],
    keep_mine: frozenset[tuple],
) -> tuple[list[T], list[Conflict], int]:
    b, m, t_of = _by_key(base, key), _by_key(mine, key), _by_key(theirs, key)
    out: list[T] = []
    conflicts: list[Conflict] = []
    taken = 0
    seen: set[tuple] = set()
    # Their order first (the file's), then the items only I have, in my order.
    for from_theirs, items in ((True, theirs), (False, mine)):
        for item in items:
            k = key(item)
            if k in seen:
                if from_theirs:
                    out.append(item)  # a fixture their file enters twice stays as it is
                continue
            seen.add(k)
            was, now, t = b.get(k), m.get(k), t_of.get(k)
            if _same(now, was):
                chosen = t  # only they changed it (or nobody did)
                taken += not _same(t, was)
            elif _same(t, was) or _same(t, now):
                chosen = now  # only I changed it, or we both made the same change
            else:
                conflicts.append(Conflict(k, now, t))
                chosen = now if k in keep_mine else t
            if chosen is not None:
                out.append(chosen)
    return out, conflicts, taken


def merge(base: Season, mine: Season, theirs: Season, keep_mine: frozenset[tuple] = frozenset()) -> Merged:
    """Their season with my edits on it; conflicts in `keep_mine` keep my value."""
    legs, leg_conflicts, legs_taken = _merge_items(base.legs, mine.legs, theirs.legs, leg_key, keep_mine)
    results, result_conflicts, results_taken = _merge_items(
        base.results, mine.results, theirs.results, result_key, keep_mine
    )
    season = replace(theirs, legs=tuple(legs), results=tuple(results))
    return Merged(season, tuple(leg_conflicts + result_conflicts), legs_taken + results_taken)


def describe(item: Leg | Result | None) -> str:
    """A leg or result as one line of text: teams, score, extra time, shoot-out, goals."""
    if item is None:
        return _("removed")
    if item.score is None:
        return _("{home} v {away}, not played").format(home=item.home, away=item.away)
    text = f"{item.home} {item.score[0]}-{item.score[1]} {item.away}"
    if isinstance(item, Leg):
        if item.live:  # else a conflict between "1-1 so far" and "1-1 final" reads as none
            text += (
                f", live ({item.minute}')"
                if item.minute and item.minute != "HT"
                else f", live ({item.minute or 'so far'})"
            )
        if item.extra_time is not None:
            text += _(", extra time {score}").format(score=f"{item.extra_time[0]}-{item.extra_time[1]}")
        if item.penalties is not None:
            text += _(", {score} on penalties").format(score=f"{item.penalties[0]}-{item.penalties[1]}")
        if item.goals:
            count = len(item.goals)
            text += ngettext(", {n} goal event", ", {n} goal events", count).format(n=count)
    return text


def where(conflict: Conflict, round_names: dict[str, str] | None = None) -> str:
    """Which leg or result a conflict is about, in words ("Quarter-finals leg 1")."""
    if conflict.key[0] == "leg":
        name = (round_names or {}).get(conflict.key[1], conflict.key[1])
        return _("{round} leg {n}").format(round=name, n=conflict.key[2])
    matchday = conflict.key[3]
    if matchday is None:
        return _("a regular-season result")
    return _("a regular-season result (matchday {n})").format(n=matchday)
