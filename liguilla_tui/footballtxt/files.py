"""Reading an import's input files (football.txt, alias files): regular files only, and capped."""

from __future__ import annotations

import stat
from pathlib import Path

MAX_INPUT_BYTES = 4 * 1024 * 1024  # a whole year of Liga MX is about 40 KiB


def read_input(path: Path) -> bytes | str:
    """The file's bytes, or why not: only a regular file, and never more than the limit
    (`import /dev/zero` once read until memory ran out; a FIFO would block)."""
    too_big = f"larger than {MAX_INPUT_BYTES // 1024 // 1024} MiB: not a season of football.txt"
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            return "is a folder, not a file"
        if not stat.S_ISREG(info.st_mode):
            return "not a regular file (a device, pipe or socket?)"
        if info.st_size > MAX_INPUT_BYTES:
            return too_big
        with path.open("rb") as stream:
            raw = stream.read(MAX_INPUT_BYTES + 1)  # it may have grown since stat
    except FileNotFoundError:
        return "no such file"
    except (OSError, ValueError) as exc:
        return f"cannot read: {getattr(exc, 'strerror', None) or exc}"
    return too_big if len(raw) > MAX_INPUT_BYTES else raw
