"""Crash recovery: unsaved edits journaled as they are made, offered back on the next start.

One JSON-lines file per season file, under $XDG_STATE_HOME/liguilla-tui/journal/: a
header, then a snapshot of the season's legs after each edit (a leg list is a few KB,
so a snapshot costs far less than a frame). Each write is flushed, so a killed process
or a dropped SSH link loses nothing; fsync runs on a background thread, so a power cut
loses at most the last fraction of a second without slowing the keystroke.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msgspec.structs import replace

from liguilla_tui.core.model import Goal, Leg, Season

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


@dataclass(frozen=True)
class Recovered:
    legs: tuple[Leg, ...]
    edits: int
    file_changed: bool   # the season file is not the one the edits were made on
    written_at: float

    def apply_to(self, season: Season) -> Season:
        return replace(season, legs=self.legs)


class Journal:
    def __init__(self, season_path: Path, base_text: str | None) -> None:
        self.path = journal_path(season_path)
        self.season_path = season_path
        self.base = text_digest(base_text)
        self._lock = threading.Lock()
        self._dirty = threading.Event()   # set when a write awaits its fsync
        self._syncer: threading.Thread | None = None

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
        snapshots = []
        for line in lines[1:]:
            try:
                snapshots.append(json.loads(line))
            except ValueError:
                break  # a line cut short by the crash: everything before it counts
        if not snapshots:
            return None
        by_fixture = {(leg.round, leg.leg, frozenset((leg.home, leg.away))): leg for leg in saved.legs}
        try:
            legs = tuple(_leg(item, by_fixture) for item in snapshots[-1]["legs"])
        except (KeyError, TypeError, ValueError):
            return None
        if legs == saved.legs:
            return None
        return Recovered(legs, len(snapshots), header.get("base") != text_digest(current_text),
                         self.path.stat().st_mtime)

    def record(self, season: Season) -> None:
        line = json.dumps({"legs": [_leg_data(leg) for leg in season.legs]}, ensure_ascii=False)
        with self._lock:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fresh = not self.path.exists() or self.path.stat().st_size > REWRITE_ABOVE
                with open(self.path, "w" if fresh else "a", encoding="utf-8") as handle:
                    if fresh:
                        header = {"version": VERSION, "path": str(self.season_path.resolve()), "base": self.base}
                        handle.write(json.dumps(header, ensure_ascii=False) + "\n")
                    handle.write(line + "\n")
                    handle.flush()
            except OSError:
                return  # recovery is a safety net; an unwritable state folder must not stop editing
        self._sync_later()

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
            try:
                self.path.unlink()
            except OSError:
                pass

    def rebase(self, season_path: Path, text: str | None) -> None:
        """After a save (perhaps under a new name) the journal follows the new file."""
        self.clear()
        self.path = journal_path(season_path)
        self.season_path = season_path
        self.base = text_digest(text)
