"""Crash recovery's reading: a dead instance's journal, checked as a season file is, set
against the file as it is now, change by change (journal.py stores them).

A journaled leg or result is read by the season loader's own readers (core/load_matches.py,
core/load_results.py) against the open file's format and teams: a value the loader would
refuse never reaches the document, and why is said as the loader says it, at the journal's
FILE:LINE:COL. Each change then keeps the mark of the file's leg it replaces, so a save
edits the file in place and keeps its comments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from msgspec.structs import replace

from liguilla_tui.core.diagnostics import NOWHERE, Mark
from liguilla_tui.core.fields import Reader
from liguilla_tui.core.load import team_lookup
from liguilla_tui.core.load_matches import MAX_MATCHES, read_matches
from liguilla_tui.core.load_results import MAX_RESULTS, read_results
from liguilla_tui.core.model import Leg, Result, Season
from liguilla_tui.core.yamlsource import YList, YMap, shorten
from liguilla_tui.i18n import _, ngettext
from liguilla_tui.journal import Leftover, Unreadable, leg_map


@dataclass(frozen=True)
class Change:
    """One journaled leg or result beside the file's."""

    what: str  # "Quarter-finals leg 1: Monterrey v UANL"
    journal: str  # the journal's version, or why it cannot be restored
    file: str  # the file's version now
    usable: bool  # the journal's version passes the file's checks
    clean: bool  # the file's version is still the one the edit started from
    kind: str  # "leg" or "result"
    at: int | None  # index of the file's leg or result; None: the journal adds a leg
    new: Leg | Result | None  # None: the journal removed the leg


def _check(kind: str, value: Any, mark: Mark, season: Season, path: str) -> tuple[Any, str | None]:
    """Read one journaled leg or result as the loader reads a file's; (item, None) or (None, why)."""
    if value is None:
        return None, None
    reader = Reader()
    items = YList(mark)
    items.append(value)
    items.marks.append(mark)
    team = team_lookup(reader, season.teams)
    read = (
        read_matches(reader, items, mark, season.format, team)
        if kind == "leg"
        else read_results(reader, items, mark, team)
    )
    errors = [d.format(path) for d in reader.diagnostics if d.is_error]
    if errors or not read:
        return None, "; ".join(errors) or f"{path}:{mark.line}:{mark.column}: error: not a {kind}"
    return read[0], None


def _pair(items: Any, index: int, size: int, path: str) -> tuple[YList, Mark]:
    pair = items[index]
    if not isinstance(pair, YList) or len(pair) != size:
        mark = items.mark_of(index)
        raise Unreadable(f"{path}:{mark.line}:{mark.column}: error: a journaled change must be a list of {size}")
    return pair, pair.mark_of(size - 1)


def plan(found: Leftover, season: Season) -> list[Change]:
    """The journal's changes that are not in `season` already, each set against it."""
    path, snapshot = str(found.path), found.snapshot
    out: list[Change] = []
    for key in ("legs", "results"):
        if not isinstance(snapshot.get(key, YList(NOWHERE)), YList):
            mark = snapshot.mark_of(key)
            raise Unreadable(f"{path}:{mark.line}:{mark.column}: error: '{key}' in a journal line must be a list")
    legs, results = snapshot.get("legs") or YList(NOWHERE), snapshot.get("results") or YList(NOWHERE)
    if len(legs) > MAX_MATCHES or len(results) > MAX_RESULTS:  # the loader's own bounds on a season
        raise Unreadable(f"{path}: error: the journal holds more changes than a season has legs and results")
    seen: set[tuple] = set()
    for index in range(len(legs)):
        pair, mark = _pair(legs, index, 2, path)
        was, _why_not = _check("leg", pair[0], pair.mark_of(0), season, path)
        new, why = _check("leg", pair[1], mark, season, path)
        anchor = new or was
        if anchor is not None and _fixture(anchor) in seen:
            new, why = None, f"{path}:{mark.line}:{mark.column}: error: this leg is changed twice in one journal line"
        seen.add(_fixture(anchor) if anchor else ())
        at = next(
            (i for i, leg in enumerate(season.legs) if anchor is not None and _fixture(leg) == _fixture(anchor)), None
        )
        current = season.legs[at] if at is not None else None
        if why is None and _same(current, new):
            continue  # the file (or an earlier restore) already has it
        raw = pair[1] if pair[1] is not None else pair[0]
        label = (
            _leg_label(season, anchor)
            if anchor
            else _("{round} leg {leg}: {home} v {away}").format(
                round=_raw(raw, "round"), leg=_raw(raw, "leg"), home=_raw(raw, "home"), away=_raw(raw, "away")
            )
        )
        text = why or (_leg_text(new) if new else _("removed"))
        out.append(Change(label, text, _leg_text(current), why is None, _same(current, was), "leg", at, new))
    for index in range(len(results)):
        entry, mark = _pair(results, index, 6, path)
        item = _result_item(entry, 5)
        was, _why_not = _check("result", _result_item(entry, 4), entry.mark_of(4), season, path)
        new, why = _check("result", item, mark, season, path)
        at = _result_at(season, entry[0], new)
        if at is None and why is None:
            why = f"{path}:{mark.line}:{mark.column}: error: the file has no such match any more"
        in_file = season.results[at] if at is not None else None
        if why is None and in_file is not None and in_file.score == new.score:
            continue
        what = new or was
        label = (
            _("Matchday {matchday}: {home} v {away}").format(matchday=what.matchday, home=what.home, away=what.away)
            if what
            else _("A result: {home} v {away}").format(home=_raw(item, "home"), away=_raw(item, "away"))
        )
        clean = in_file is not None and was is not None and in_file.score == was.score
        out.append(
            Change(
                label,
                why or _score(new.score),
                _score(in_file.score) if in_file else _("no such match"),
                why is None,
                clean,
                "result",
                at,
                new,
            )
        )
    return out


def _result_item(entry: YList, score_at: int) -> YMap:
    """A journaled result as the file's `results` item it stands for, marks and all."""
    item = YMap(entry.mark)
    for key, at in (("home", 1), ("away", 2), ("matchday", 3), ("score", score_at)):
        if entry[at] is not None or key != "matchday":
            item[key] = entry[at]
            item.key_marks[key] = item.value_marks[key] = entry.mark_of(at)
    return item


def apply_changes(season: Season, changes: list[Change], keep: list[bool]) -> Season:
    """`season` with the journal's version of each change kept; each keeps the file's mark."""
    legs, results = list(season.legs), list(season.results)
    gone: set[int] = set()
    for change, wanted in zip(changes, keep):
        if not (wanted and change.usable):
            continue
        if change.kind == "result":
            assert change.at is not None and isinstance(change.new, Result)
            results[change.at] = replace(results[change.at], score=change.new.score)
        elif change.new is None:
            if change.at is not None:
                gone.add(change.at)
        else:
            assert isinstance(change.new, Leg)
            mark = legs[change.at].mark if change.at is not None else NOWHERE
            leg = replace(change.new, mark=mark, goals=tuple(replace(g, mark=NOWHERE) for g in change.new.goals))
            if change.at is None:
                legs.append(leg)
            else:
                legs[change.at] = leg
    return replace(season, legs=tuple(leg for i, leg in enumerate(legs) if i not in gone), results=tuple(results))


def _result_at(season: Season, index: Any, new: Result | None) -> int | None:
    """Where the journaled result is in the file: at its index, else the one match of its fixture."""
    if new is None:
        return None
    fixture = (new.home, new.away, new.matchday)
    if isinstance(index, int) and not isinstance(index, bool) and 0 <= index < len(season.results):
        r = season.results[index]
        if (r.home, r.away, r.matchday) == fixture:
            return index
    found = [i for i, r in enumerate(season.results) if (r.home, r.away, r.matchday) == fixture]
    return found[0] if len(found) == 1 else None


def _fixture(leg: Leg) -> tuple:
    return (leg.round, leg.leg, frozenset((leg.home, leg.away)))


def _same(a: Leg | None, b: Leg | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and leg_map(a) == leg_map(b))


def _score(score: tuple[int, int] | None) -> str:
    return _("not played") if score is None else f"{score[0]}–{score[1]}"


def _leg_label(season: Season, leg: Leg) -> str:
    spec = season.format.round(leg.round)
    from liguilla_tui.core.presets import round_name

    name = round_name(spec) if spec else leg.round
    return _("{round} leg {leg}: {home} v {away}").format(round=name, leg=leg.leg, home=leg.home, away=leg.away)


def _raw(value: Any, key: str) -> str:
    """A field of a journaled item that failed its checks, as text for its label."""
    return shorten(str(value.get(key, "?")), 30) if isinstance(value, dict) else "?"


def _leg_text(leg: Leg | None) -> str:
    if leg is None:
        return _("no such leg")
    parts = [_score(leg.score)]
    if leg.extra_time:
        parts.append(_("after extra time {score}").format(score=_score(leg.extra_time)))
    if leg.penalties:
        parts.append(_("penalties {score}").format(score=_score(leg.penalties)))
    if leg.goals:
        parts.append(ngettext("{n} goal listed", "{n} goals listed", len(leg.goals)).format(n=len(leg.goals)))
    if leg.date:
        parts.append(leg.date)
    return ", ".join(parts)


def fits(found: Leftover, text_digest: str, changes: list[Change]) -> bool:
    """Can the journal go back as it is: made on this very text, every change clean and checked?"""
    return found.base == text_digest and all(c.usable and c.clean for c in changes)
