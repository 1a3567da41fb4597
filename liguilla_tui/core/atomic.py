"""Atomic writes: the file on disk is always the old version or the new one, whole.

A temporary file in the same folder, flushed and fsynced, renamed over the target, then
the folder fsynced; the previous version kept as NAME.bak; permissions kept; symlinks
followed to their target; temporary files left by a killed save swept up later.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
import time
from pathlib import Path


def _replace_with(dest: Path, data: bytes, mode: int | None) -> None:
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _sweep_leftovers(target: Path, older_than: float = 60.0) -> None:
    """Remove temp files an earlier save left when it was killed mid-write."""
    now = time.time()
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > older_than:
                leftover.unlink()


def _umask() -> int:
    current = os.umask(0o022)  # the only portable way to read it is to set it
    os.umask(current)
    return current


def write_atomic(path: Path, text: str) -> None:
    """Write text so that the file is always either the old or the new version.

    Follows a symlink to its target; keeps the previous contents as NAME.bak beside it
    and the previous permission bits (a new file gets 0666 less the umask, as open() would)."""
    target = Path(os.path.realpath(path))
    _sweep_leftovers(target)
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
        previous = target.read_bytes()
    except FileNotFoundError:
        previous = None
        mode = 0o666 & ~_umask()
    if previous is not None:
        _replace_with(target.with_name(target.name + ".bak"), previous, mode)
    _replace_with(target, text.encode("utf-8"), mode)
    with contextlib.suppress(OSError):  # not every platform can fsync a folder
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
