"""Crash recovery's storage: each running instance journals its unsaved edits as it makes them.

One file per instance and season file, under $XDG_STATE_HOME/liguilla-tui/journal/:
KEY.INSTANCE.jsonl, KEY naming the season file. The instance holds an flock on its file
while it runs, so a file that nobody holds was left by an instance that died (a kill, a
lost SSH link) and is offered back; a live instance's never is, and a save removes only
the saver's own.

Line 1 is a header: {"version", "file", "base": the digest of the text the edits were made
on}. Every later line is the whole of the unsaved edits at that moment, as changes from
that text: {"legs": [[WAS, NOW], ...], "results": [[INDEX, HOME, AWAY, MATCHDAY, WAS, NOW], ...]},
a leg written with the season file's keys (null: no such leg), a result by its score. The last complete line
counts. Lines are read back with the season loader's YAML reader (JSON is YAML flow), so a
journal meets a file's limits, and recovery.py checks its values as a file's are checked.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import secrets
import stat
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from liguilla_tui.core.diagnostics import error
from liguilla_tui.core.load_matches import GOAL_KEYS, MATCH_KEYS
from liguilla_tui.core.loaded import MAX_BYTES
from liguilla_tui.core.model import Leg, Season
from liguilla_tui.core.yamlsource import YamlProblem, YMap, read_yaml

VERSION = 2
SYNC_AFTER, SYNC_WITHIN = 0.25, 2.0  # seconds: the fsync waits for a pause in the edits, this long at most
REWRITE_ABOVE = 256 * 1024
_encode = msgspec.json.Encoder().encode
# msgspec writes raw UTF-8: the few characters YAML refuses (DEL, C1, U+FFFE/F) or reads as
# something else (NEL, U+2028/9 as line breaks; a BOM) are written as escapes YAML reads back.
_YAML_UNSAFE = re.compile(rb"\x7f|\xc2[\x80-\x9f]|\xe2\x80[\xa8\xa9]|\xef\xbb\xbf|\xef\xbf[\xbe\xbf]")


def state_dir() -> Path:
    """$LIGUILLA_STATE_DIR (tests), else $XDG_STATE_HOME/liguilla-tui/journal."""
    override = os.environ.get("LIGUILLA_STATE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_STATE_HOME")
    return (Path(base) if base else Path.home() / ".local" / "state") / "liguilla-tui" / "journal"


def _key(season_path: Path) -> str:
    return hashlib.sha256(str(season_path.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:24]


def text_digest(text: str | None) -> str:
    return hashlib.sha256((text or "").encode("utf-8", "surrogateescape")).hexdigest()


def _line(value: Any) -> bytes:
    data = _encode(value)
    if _YAML_UNSAFE.search(data):
        data = _YAML_UNSAFE.sub(lambda m: b"\\u%04x" % ord(m[0].decode("utf-8")), data)
    return data + b"\n"


def leg_map(leg: Leg) -> dict[str, Any]:
    """A leg as a season file's `matches` item holds it (marks left out): the loader's own
    list of keys, so a field added to the format is journaled with no change here."""
    out = {k: getattr(leg, k) for k in MATCH_KEYS if k != "goals" and getattr(leg, k) is not None}
    if leg.goals:
        out["goals"] = [{k: v for k in GOAL_KEYS if (v := getattr(g, k)) is not None} for g in leg.goals]
    return out


def _fixture(leg: Leg) -> tuple:
    return (leg.round, leg.leg, frozenset((leg.home, leg.away)))


def changes(saved: Season, season: Season) -> dict[str, list]:
    """The unsaved edits: what differs between the file's season and the present one."""
    legs: list[list] = []
    if saved.legs is not season.legs:
        was: dict[tuple, list[Leg]] = {}
        for leg in saved.legs:
            was.setdefault(_fixture(leg), []).append(leg)
        for leg in season.legs:
            same = was.get(_fixture(leg))
            old = same.pop(0) if same else None
            if old is not leg and (old is None or leg_map(old) != leg_map(leg)):
                legs.append([None if old is None else leg_map(old), leg_map(leg)])
        legs += [[leg_map(old), None] for left in was.values() for old in left]
    # A season holds ~300 results and the app changes only their scores: one short list each.
    results = [
        [i, b.home, b.away, b.matchday, a.score, b.score]
        for i, (a, b) in enumerate(zip(saved.results, season.results))
        if a is not b and a != b
    ]
    return {"legs": legs, "results": results}


def _remove(path: Path) -> None:
    """Gone already, or not ours to remove: either way there is nothing more to do."""
    with contextlib.suppress(OSError):
        path.unlink()


class Journal:
    """This instance's journal of one season file; the file exists while edits are unsaved."""

    def __init__(self, season_path: Path, base_text: str | None) -> None:
        self.instance = f"{os.getpid()}-{secrets.token_hex(4)}"  # two apps in one process are two
        self.season_path = season_path
        self.path = state_dir() / f"{_key(season_path)}.{self.instance}.jsonl"
        self.base = text_digest(base_text)
        self._fd: int | None = None
        self._size = 0
        self._told = False  # the user was told the journal cannot be written
        self._dirty = threading.Event()  # set when a write awaits its fsync
        self._syncer: threading.Thread | None = None

    def record(self, saved: Season, season: Season) -> str | None:
        """Journal the edits from `saved` to `season`. Returns why it cannot, the first time only."""
        try:
            line = _line(changes(saved, season))
            if self._fd is None or self._size > REWRITE_ABOVE:
                self._start(line)
            else:
                self._size += os.write(self._fd, line)
        except (OSError, ValueError) as exc:  # ValueError: a name msgspec cannot write as UTF-8
            if self._told:
                return None
            self._told = True
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            return f"Unsaved edits are not kept for crash recovery: {self.path.parent}: {why}"
        self._sync_later()
        return None

    def _start(self, line: bytes) -> None:
        """A new file, header and edits, locked, then put in place whole: a kill half-way loses nothing."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        where = os.fsencode(self.season_path.resolve()).decode("utf-8", "backslashreplace")
        data = _line({"version": VERSION, "file": where, "base": self.base}) + line
        new = self.path.with_name(self.path.name + ".new")
        fd = os.open(new, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.write(fd, data)
            os.replace(new, self.path)
        except BaseException:
            os.close(fd)
            raise
        if self._fd is not None:
            os.close(self._fd)  # the replaced file's lock goes with it
        self._fd, self._size = fd, len(data)

    def _sync_later(self) -> None:
        """One thread fsyncs behind the edits (a power cut); a slow disk never delays a key."""
        self._dirty.set()
        if self._syncer is None or not self._syncer.is_alive():
            self._syncer = threading.Thread(target=self._sync_loop, name="journal-fsync", daemon=True)
            self._syncer.start()

    def _sync_loop(self) -> None:
        while self._dirty.wait(timeout=30):
            first = time.monotonic()
            self._dirty.clear()
            # After a pause in the edits (SYNC_AFTER), or SYNC_WITHIN into a long burst: a
            # burst of keys is synced once, and the disk's work stays out of the frames of
            # the keys being typed (an fsync right behind each key had put ~1 ms on the
            # next frames in tmux: benchmarks/README.md). Each edit is already written to
            # the file (os.write in record): a killed app or a lost SSH session keeps it;
            # the fsync is for a power cut.
            while self._dirty.wait(timeout=SYNC_AFTER) and time.monotonic() - first < SYNC_WITHIN:
                self._dirty.clear()
            try:  # a descriptor of its own: a dup of the locked one would hold the lock past release()
                fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
            except OSError:
                continue
            try:
                os.fsync(fd)
            except OSError:
                pass
            finally:
                os.close(fd)

    def clear(self) -> None:
        """The edits are saved or dropped: remove this instance's journal, and only it."""
        if self._fd is not None:
            _remove(self.path)
            self.release()

    def release(self) -> None:
        """The instance ends with edits unsaved (a crash, a test): the file stays, its lock goes."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def rebase(self, season_path: Path, text: str | None) -> None:
        """After a save (perhaps under a new name) the journal follows the new file."""
        self.clear()
        self.season_path, self.base = season_path, text_digest(text)
        self.path = state_dir() / f"{_key(season_path)}.{self.instance}.jsonl"


@dataclass
class Leftover:
    """A dead instance's journal, locked by us while we offer it."""

    path: Path
    fd: int
    base: str
    snapshot: YMap
    written_at: float

    def discard(self) -> None:
        _remove(self.path)
        self.release()

    def release(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def set_aside(self, why: str) -> str:
        self.release()
        return set_aside(self.path, why)


class Unreadable(Exception):
    """A journal that cannot be read; the message says why, FILE:LINE:COL where it can."""


def set_aside(path: Path, why: str) -> str:
    """Move an unreadable journal out of the way, next to itself; say where it went."""
    target = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
    try:
        os.replace(path, target)
    except OSError as exc:
        return f"{why}. It could not be set aside ({exc.strerror}) and stays at {path}"
    return f"{why}. It was set aside as {target}"


def leftovers(season_path: Path, own: Path) -> list[Leftover | str]:
    """Every dead instance's journal of this file (a live one's is locked and passed over);
    a str for each journal that could not be read and was set aside (what it says)."""
    try:
        paths = sorted(state_dir().glob(f"{_key(season_path)}*.jsonl"))
    except OSError:
        return []
    found: list[Leftover | str] = []
    for path in paths:
        if path == own:
            continue
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
        except FileNotFoundError:
            continue
        except OSError as exc:
            found.append(set_aside(path, f"The crash journal {path} cannot be opened ({exc.strerror})"))
            continue
        try:
            item = _claim(path, fd)
        except Unreadable as why:
            os.close(fd)
            found.append(set_aside(path, str(why)))
            continue
        if item is None:
            os.close(fd)
        else:
            found.append(item)
    return found


def _claim(path: Path, fd: int) -> Leftover | None:
    """Lock and read a journal; None when a live instance holds it."""
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        raise Unreadable(f"The crash journal {path} is not a regular file")
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return None  # its instance is running
    try:
        if os.stat(path).st_ino != info.st_ino:
            return None  # its live writer has just put a rewritten one in its place
    except FileNotFoundError:
        return None
    data = os.read(fd, MAX_BYTES + 1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Unreadable(f"{path}: error: the crash journal is not UTF-8 text (byte {exc.start})") from None
    lines = text.split("\n")[:-1]  # what follows the last line break was cut short by a crash
    if len(data) > MAX_BYTES or len(lines) < 2:
        raise Unreadable(f"{path}: error: the crash journal is cut short or too large to be one")
    header, snapshot = _read_line(path, lines, 1), _read_line(path, lines, len(lines))
    if not isinstance(header, YMap) or header.get("version") != VERSION or not isinstance(header.get("base"), str):
        raise Unreadable(f"{path}:1:1: error: not a crash journal of this version of liguilla")
    if not isinstance(snapshot, YMap):
        raise Unreadable(f"{path}:{len(lines)}:1: error: a journal line must be a mapping")
    return Leftover(path, fd, header["base"], snapshot, info.st_mtime)


def _read_line(path: Path, lines: list[str], number: int) -> Any:
    try:
        return read_yaml("\n" * (number - 1) + lines[number - 1])[0]  # the breaks keep line numbers right
    except YamlProblem as problem:
        raise Unreadable(error(problem.message, problem.mark).format(str(path))) from None
