"""Opening a season file the app has opened before skips YAML: the season, cached.

Reading a season file means importing PyYAML (~10 ms) and building and checking the
season from its events (~4 ms for 2013, ~25 ms for a 64-team bracket): most of what
`liguilla` adds to a bare Textual app's start-up. What loading gives depends only on the
file's bytes and on the loader's code, so a good load is kept (the Season as msgpack,
decoded by msgspec in ~25 µs) under a name made from both, as Python keeps .pyc files.
A changed file or a changed loader is a new name; a cache that cannot be read or
written is ignored, and the file is loaded as usual.

Where: $LIGUILLA_CACHE_DIR, else $XDG_CACHE_HOME/liguilla-tui/seasons (~/.cache/...).
Only the app uses it; `liguilla check` and `show` always read the file through the loader.
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import cache
from pathlib import Path

import msgspec

from liguilla_tui import __version__
from liguilla_tui.core.loaded import Loaded, read_season_file
from liguilla_tui.core.model import Season

KEEP = 64  # cached seasons kept; the oldest go first (each save of a file makes a new one)
_CORE = Path(__file__).resolve().parent / "core"


def cache_dir() -> Path:
    override = os.environ.get("LIGUILLA_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "liguilla-tui" / "seasons"


def load_cached(path: str | Path) -> Loaded:
    """The same Loaded as core.load.load_season(path), from the cache when it has it."""
    read = read_season_file(path)
    if isinstance(read, Loaded):
        return read  # unreadable: why, as a diagnostic
    name, (raw, text) = str(path), read
    entry = cache_dir() / f"{hashlib.sha256(_code_stamp() + raw).hexdigest()}.msgpack"
    try:
        season = _decoder().decode(entry.read_bytes())
    except (OSError, msgspec.MsgspecError):
        season = None  # not cached yet, or unreadable: load it
    if season is not None:
        return Loaded(name, season, season.diagnostics, text)
    from liguilla_tui.core.load import load_season_text

    loaded = load_season_text(text, name)
    if loaded.season is not None:
        _store(entry, msgspec.msgpack.encode(loaded.season))
    return loaded


def _store(entry: Path, data: bytes) -> None:
    partial = entry.with_name(f".{entry.name}.{os.getpid()}")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        os.replace(partial, entry)  # whole or not at all: a reader never sees half a file
        kept = sorted(entry.parent.glob("*.msgpack"), key=lambda p: p.stat().st_mtime_ns)
        for old in kept[:-KEEP]:
            old.unlink(missing_ok=True)
    except OSError:  # a cache that cannot be written is no cache
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass


@cache
def _decoder() -> msgspec.msgpack.Decoder:
    return msgspec.msgpack.Decoder(Season)


@cache
def _code_stamp() -> bytes:
    """What a cached season depends on besides the file: the loader's code and formats."""
    parts = [__version__, msgspec.__version__, sys.version]
    try:
        for source in sorted(_CORE.glob("*.py")):
            info = source.stat()
            parts.append(f"{source.name}:{info.st_size}:{info.st_mtime_ns}")
    except OSError:
        parts.append("unreadable")
    return "\n".join(parts).encode("utf-8", "surrogateescape") + b"\n\n"
