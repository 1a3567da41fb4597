"""Crash recovery: unsaved edits journaled as they are made, offered back on the next start.

One JSON-lines file per season file, under $XDG_STATE_HOME/liguilla-tui/journal/: a
header, then a snapshot of the season's legs and regular-season result scores after each
edit (a leg list is a few KB, so a snapshot costs far less than a frame). Each write is
flushed, so a killed process or a dropped SSH link loses nothing; fsync runs on a
background thread, so a power cut loses at most the last fraction of a second without
slowing the keystroke.

Results (a season can hold ~300) are journaled compactly: a snapshot carries only their
scores, in order ("results": [[1, 0], null, ...]), and "fx", a digest of the fixture list
(home, away, matchday of each result) those scores belong to. The fixture list itself is
written once, in the header, or in the first snapshot this process appends to a file whose
header it did not write (or after the fixtures changed). A reader keeps every fixture list
it has passed and pairs the last snapshot's scores with the one whose digest matches; with
none, the results are skipped and the legs still restored.

The fields are additive, so VERSION stays 1: lines without "results" (written before
results were journaled) restore their legs and leave the results alone, and an older
reader restores the legs of a newer file.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
from msgspec.structs import replace

from liguilla_tui.core.model import Goal, Leg, Result, Season

VERSION = 1
REWRITE_ABOVE = 256 * 1024


def state_dir() -> Path:
    """$LIGUILLA_STATE_DIR (tests), else $XDG_STATE_HOME/liguilla-tui/journal."""
    override = os.environ.get("LIGUILLA_STATE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_STATE_HOME")
    return (Path(base) if base else Path.home() / ".local" / "state") / "liguilla-tui" / "journal"


def journal_path(season_path: Path) -> Path:
    key = hashlib.sha256(str(season_path.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return state_dir() / f"{key}.jsonl"


def text_digest(text: str | None) -> str:
    return hashlib.sha256((text or "").encode("utf-8", "surrogateescape")).hexdigest()


def _leg_data(leg: Leg) -> dict[str, Any]:
    return {
        "round": leg.round, "leg": leg.leg, "home": leg.home, "away": leg.away, "date": leg.date,
        "kickoff": leg.kickoff, "score": leg.score, "extra_time": leg.extra_time, "penalties": leg.penalties,
        "goals": [[g.team, g.player, g.minute, g.penalty, g.own_goal] for g in leg.goals],
    }


def _pair(value: Any) -> tuple[int, int] | None:
    return (int(value[0]), int(value[1])) if value else None


def _leg(data: dict[str, Any], saved: dict[tuple, Leg]) -> Leg:
    key = (data["round"], data["leg"], frozenset((data["home"], data["away"])))
    mark = saved[key].mark if key in saved else Leg("", 0, "", "").mark
    goals = tuple(Goal(team, player, minute, bool(pen), bool(og)) for team, player, minute, pen, og in data["goals"])
    return Leg(data["round"], int(data["leg"]), data["home"], data["away"], data.get("date"), data.get("kickoff"),
               _pair(data.get("score")), _pair(data.get("extra_time")), _pair(data.get("penalties")), goals, mark)


Fixture = tuple[str, str, int | None]  # (home, away, matchday) of a regular-season result


_encode = msgspec.json.Encoder().encode


def _fixtures_digest(fixtures: Any) -> str:
    """Of a fixture list as tuples (when recording) or as JSON lists (when reading): same JSON, same digest."""
    return hashlib.sha256(_encode(fixtures)).hexdigest()[:16]


def _fixture(data: Any) -> Fixture:
    home, away, matchday = data
    if not isinstance(home, str) or not isinstance(away, str):
        raise TypeError("a fixture's teams are names")
    return (home, away, None if matchday is None else int(matchday))


def _learn_fixtures(item: dict[str, Any], fixtures: dict[str, tuple[Fixture, ...]]) -> None:
    listed = item.get("fixtures")
    if isinstance(listed, list):
        try:
            fixtures[_fixtures_digest(listed)] = tuple(_fixture(f) for f in listed)
        except (TypeError, ValueError):
            pass  # the snapshots that need this list lose their results, never their legs


def _journaled_results(snapshot: dict[str, Any], fixtures: dict[str, tuple[Fixture, ...]]) -> tuple[Result, ...] | None:
    """The snapshot's results, or None: not journaled (an older line) or not readable."""
    scores, fx = snapshot.get("results"), snapshot.get("fx")
    known = fixtures.get(fx) if isinstance(fx, str) else None
    if not isinstance(scores, list) or known is None or len(scores) != len(known):
        return None
    try:
        return tuple(Result(home, away, _pair(score), matchday) for (home, away, matchday), score in zip(known, scores))
    except (TypeError, ValueError, IndexError):
        return None


def merge_results(current: tuple[Result, ...], journaled: tuple[Result, ...]) -> tuple[Result, ...]:
    """`current` with the journaled scores put in. The same fixtures: by position. Otherwise
    each result takes the score journaled for its (home, away, matchday), the n-th such
    fixture the n-th score; failing that, for its (home, away) when that pairing is on both
    lists once. A fixture the journal does not know keeps its score."""
    if len(current) == len(journaled) and all(
            c.home == j.home and c.away == j.away and c.matchday == j.matchday for c, j in zip(current, journaled)):
        if all(c.score == j.score for c, j in zip(current, journaled)):
            return current
        return tuple(c if c.score == j.score else replace(c, score=j.score) for c, j in zip(current, journaled))
    by_fixture: dict[Fixture, list[Any]] = {}
    by_pair: dict[tuple[str, str], list[Any]] = {}
    for j in journaled:
        by_fixture.setdefault((j.home, j.away, j.matchday), []).append(j.score)
        by_pair.setdefault((j.home, j.away), []).append(j.score)
    pair_count: dict[tuple[str, str], int] = {}
    for c in current:
        pair_count[(c.home, c.away)] = pair_count.get((c.home, c.away), 0) + 1
    used: dict[Fixture, int] = {}
    merged = []
    for c in current:
        key = (c.home, c.away, c.matchday)
        scores = by_fixture.get(key, [])
        n = used.get(key, 0)
        if n < len(scores):
            used[key] = n + 1
            score = scores[n]
        elif len(by_pair.get((c.home, c.away), [])) == 1 and pair_count[(c.home, c.away)] == 1:
            score = by_pair[(c.home, c.away)][0]
        else:
            merged.append(c)
            continue
        merged.append(c if c.score == score else replace(c, score=score))
    return tuple(merged)


@dataclass(frozen=True)
class Recovered:
    legs: tuple[Leg, ...]
    edits: int
    file_changed: bool   # the season file is not the one the edits were made on
    written_at: float
    # The journaled results (home, away, matchday, score); None when the journal has none
    # (written before results were journaled, or unreadable): the season's stay as they are.
    results: tuple[Result, ...] | None = None

    def apply_to(self, season: Season) -> Season:
        if self.results is None:
            return replace(season, legs=self.legs)
        return replace(season, legs=self.legs, results=merge_results(season.results, self.results))


class Journal:
    def __init__(self, season_path: Path, base_text: str | None) -> None:
        self.path = journal_path(season_path)
        self.season_path = season_path
        self.base = text_digest(base_text)
        self._lock = threading.Lock()
        self._dirty = threading.Event()   # set when a write awaits its fsync
        self._syncer: threading.Thread | None = None
        self._fixtures: tuple[Fixture, ...] | None = None   # of the last season recorded
        self._fx = ""                                      # and their digest
        self._fx_written: str | None = None   # the digest whose fixture list this journal put in the file
        # Each leg's JSON, kept while the season holds that very (immutable) leg: an edit
        # replaces one leg, so a snapshot re-encodes one, not all 126 of a 64-team bracket.
        self._encoded: dict[int, tuple[Leg, msgspec.Raw]] = {}

    def find(self, saved: Season, current_text: str | None) -> Recovered | None:
        """Edits left by an earlier session on this file, if any can be read."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return None
        try:
            header = json.loads(lines[0])
            if header.get("version") != VERSION:
                return None
        except (IndexError, ValueError):
            return None
        fixtures: dict[str, tuple[Fixture, ...]] = {}   # every fixture list met so far, by digest
        _learn_fixtures(header, fixtures)
        snapshots = []
        for line in lines[1:]:
            try:
                snapshot = json.loads(line)
            except ValueError:
                break  # a line cut short by the crash: everything before it counts
            if not isinstance(snapshot, dict):
                break
            snapshots.append(snapshot)
            _learn_fixtures(snapshot, fixtures)
        if not snapshots:
            return None
        by_fixture = {(leg.round, leg.leg, frozenset((leg.home, leg.away))): leg for leg in saved.legs}
        try:
            legs = tuple(_leg(item, by_fixture) for item in snapshots[-1]["legs"])
        except (KeyError, TypeError, ValueError):
            return None
        results = _journaled_results(snapshots[-1], fixtures)
        if legs == saved.legs and (results is None or merge_results(saved.results, results) == saved.results):
            return None
        return Recovered(legs, len(snapshots), header.get("base") != text_digest(current_text),
                         self.path.stat().st_mtime, results)

    def record(self, season: Season) -> None:
        results = season.results
        fixtures = tuple([(r.home, r.away, r.matchday) for r in results])
        if fixtures != self._fixtures:  # only when another season is recorded: edits change scores
            self._fixtures, self._fx = fixtures, _fixtures_digest(fixtures)
        snapshot: dict[str, Any] = {"legs": self._legs_json(season.legs),
                                    "results": [r.score for r in results], "fx": self._fx}
        with self._lock:
            try:
                try:
                    fresh = replacing = self.path.stat().st_size > REWRITE_ABOVE
                except FileNotFoundError:
                    fresh, replacing = True, False
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                if not fresh and self._fx_written != self._fx:
                    snapshot["fixtures"] = fixtures  # a file this journal did not start, or new fixtures
                # msgspec: a tenth of json.dumps's time on ~300 score pairs; the same JSON (UTF-8, compact).
                data = _encode(snapshot) + b"\n"
                if fresh:
                    # The path only informs a reader; a name that is not UTF-8 must not stop the journal.
                    where = os.fsencode(self.season_path.resolve()).decode("utf-8", "backslashreplace")
                    header = {"version": VERSION, "path": where, "base": self.base, "fixtures": fixtures}
                    data = _encode(header) + b"\n" + data
                # A rewrite goes to a new file put in place whole: a kill half-way loses nothing.
                target = self.path.with_name(self.path.name + ".new") if replacing else self.path
                with open(target, "wb" if fresh else "ab") as handle:
                    handle.write(data)
                    handle.flush()
                if replacing:
                    os.replace(target, self.path)
                self._fx_written = self._fx
            except (OSError, ValueError):  # ValueError: a name msgspec cannot write as UTF-8
                return  # recovery is a safety net; an unwritable state folder must not stop editing
        self._sync_later()

    def _legs_json(self, legs: tuple[Leg, ...]) -> list[msgspec.Raw]:
        """The legs as JSON, the same bytes as encoding _leg_data's dicts in the snapshot."""
        known = self._encoded
        out = []
        for leg in legs:
            kept = known.get(id(leg))
            if kept is None or kept[0] is not leg:
                kept = known[id(leg)] = (leg, msgspec.Raw(_encode(_leg_data(leg))))
            out.append(kept[1])
        if len(known) > 2 * len(legs) + 64:  # legs replaced by edits: keep only the current ones
            self._encoded = {id(leg): known[id(leg)] for leg in legs}
        return out

    def _sync_later(self) -> None:
        """One long-lived thread fsyncs behind the edits; a slow disk never delays a key."""
        self._dirty.set()
        if self._syncer is None or not self._syncer.is_alive():
            self._syncer = threading.Thread(target=self._sync_loop, name="journal-fsync", daemon=True)
            self._syncer.start()

    def _sync_loop(self) -> None:
        while self._dirty.wait(timeout=30):
            self._dirty.clear()
            try:
                fd = os.open(self.path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.fsync(fd)  # outside the lock: record() keeps appending meanwhile
            except OSError:
                pass
            finally:
                os.close(fd)

    def clear(self) -> None:
        with self._lock:
            self._fx_written = None
            for path in (self.path, self.path.with_name(self.path.name + ".new")):
                try:
                    path.unlink()
                except OSError:
                    pass

    def rebase(self, season_path: Path, text: str | None) -> None:
        """After a save (perhaps under a new name) the journal follows the new file."""
        self.clear()
        self.path = journal_path(season_path)
        self.season_path = season_path
        self.base = text_digest(text)
