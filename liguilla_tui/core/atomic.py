"""Atomic writes: the file on disk is always the old version or the new one, whole.

A temporary file in the same folder, flushed and fsynced, renamed over the target, then
the folder fsynced; the previous version kept as NAME.bak; permissions kept; symlinks
followed to their target; temporary files left by a killed save swept up later.

Only a regular file (or nothing) is ever replaced. A named pipe, device, socket or folder
at the path is refused before anything opens it: opening a pipe blocks until someone
writes to it, and reading a device may never end. `write_output` (the CLI's `-o`) writes
into a pipe or a character device instead (`-o /dev/stdout`), never waiting for a reader.

Temporary names keep only the first NAME_KEPT characters of the target's name, so that a
file whose name is near the file system's limit (255 bytes) can still be saved.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import secrets
import shutil
import stat
import tempfile
import time
from pathlib import Path

NAME_KEPT = 32  # 32 characters are at most 128 bytes: with ".", ".XXXXXXXX.tmp", within 255


class NotRegularFile(OSError):
    """The path holds something that is not a regular file, which is never replaced."""


def kind_of(mode: int) -> str:
    """What a file is, in words, for a message."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a regular file" if stat.S_ISREG(mode) else "not a regular file"


def _refuse(path: Path, mode: int) -> NotRegularFile:
    return NotRegularFile(errno.EINVAL, f"{kind_of(mode)}, not a regular file (left as it is)", str(path))


def _prefix(dest: Path) -> str:
    return f".{dest.name[:NAME_KEPT]}."


def _replace_with(dest: Path, data: bytes, mode: int) -> None:
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=_prefix(dest), suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _keep_previous(target: Path, mode: int) -> None:
    """NAME.bak: the file as it is now. A hard link to it where the file system allows (the
    old version's own inode: nothing read), else a copy. Any failure names NAME.bak."""
    backup = target.with_name(target.name + ".bak")
    try:
        with contextlib.suppress(FileNotFoundError):
            there = os.lstat(backup).st_mode
            if not (stat.S_ISREG(there) or stat.S_ISLNK(there)):  # a link itself is replaced, not followed
                raise _refuse(backup, there)
        tmp = backup.with_name(f"{_prefix(backup)}{secrets.token_hex(4)}.tmp")
        try:
            os.link(target, tmp)
        except OSError:  # no hard links on this file system, or not allowed: copy
            _copy(target, tmp, mode)
        try:
            os.replace(tmp, backup)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise OSError(
            exc.errno, f"cannot keep the previous version as {backup}: {exc.strerror or exc}", str(backup)
        ) from exc


def _copy(source: Path, tmp: Path, mode: int) -> None:
    # O_NONBLOCK: should a pipe have taken the file's place, opening it does not wait.
    with os.fdopen(os.open(source, os.O_RDONLY | os.O_NONBLOCK), "rb") as src:
        if not stat.S_ISREG(os.fstat(src.fileno()).st_mode):
            raise _refuse(source, os.fstat(src.fileno()).st_mode)
        dst = os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
        try:
            with dst:
                shutil.copyfileobj(src, dst)
                dst.flush()
                os.fsync(dst.fileno())
            os.chmod(tmp, mode)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _sweep_leftovers(target: Path, older_than: float = 60.0) -> None:
    """Remove temp files an earlier save left when it was killed mid-write. A second link to
    a file is never one: it may be a running save's NAME.bak, linked to the file it keeps."""
    now = time.time()
    for leftover in target.parent.glob(f"{glob.escape(_prefix(target))}*.tmp"):
        with contextlib.suppress(OSError):
            info = leftover.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_nlink == 1 and now - info.st_mtime > older_than:
                leftover.unlink()


def _umask() -> int:
    current = os.umask(0o022)  # the only portable way to read it is to set it
    os.umask(current)
    return current


def _check_name(path: Path) -> None:
    """A NUL in a name (pasted into Save as) is refused as the OSError every caller reports;
    the os functions would raise ValueError, which no caller expects."""
    if "\x00" in os.fspath(path):
        raise OSError(errno.EINVAL, "a file name cannot hold a NUL byte", os.fspath(path).replace("\x00", "\\x00"))


def write_atomic(path: Path, text: str) -> None:
    """Write text so that the file is always either the old or the new version.

    Follows a symlink to its target; keeps the previous contents as NAME.bak beside it
    and the previous permission bits (a new file gets 0666 less the umask, as open() would).
    Raises NotRegularFile, opening nothing, when the path holds a pipe, device or folder."""
    _check_name(path)
    target = Path(os.path.realpath(path))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise _refuse(Path(path), mode)
    _sweep_leftovers(target)
    if mode is None:
        bits = 0o666 & ~_umask()
    else:
        bits = stat.S_IMODE(mode)
        _keep_previous(target, bits)
    _replace_with(target, text.encode("utf-8"), bits)
    with contextlib.suppress(OSError):  # not every platform can fsync a folder
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_output(path: Path, text: str) -> None:
    """Write an output file: a regular (or new) file as write_atomic does; a named pipe or a
    character device (`/dev/stdout`, a terminal) written into, without waiting for a reader
    of the pipe; a block device, socket or folder refused."""
    _check_name(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    if mode is None or stat.S_ISREG(mode):
        write_atomic(path, text)
    elif stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        _write_into(path, text.encode("utf-8"))
    else:
        raise _refuse(Path(path), mode)


def _write_into(path: Path, data: bytes) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a pipe nobody reads: opening it to write would wait forever
            raise OSError(exc.errno, "a named pipe with no program reading it: nothing was written", str(path)) from exc
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):  # swapped since it was looked at
            raise _refuse(Path(path), mode)
        os.set_blocking(fd, True)  # the reader is there: let it take the text at its pace
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)
