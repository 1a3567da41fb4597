"""A season file's bytes and text, and what loading it gave; no YAML here.

Kept apart from load.py so that code which only reads a file, or only holds a Loaded,
need not import PyYAML and the loader.
"""

from __future__ import annotations

import codecs
import stat
from dataclasses import dataclass
from pathlib import Path

from liguilla_tui.core.diagnostics import Diagnostic, Mark, error
from liguilla_tui.core.model import Season
from liguilla_tui.i18n import _

MAX_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Loaded:
    """What reading a file gave: a season when one could be built, and every diagnostic."""

    path: str
    season: Season | None
    diagnostics: tuple[Diagnostic, ...]
    text: str | None = None

    @property
    def ok(self) -> bool:
        return self.season is not None


def read_season_file(path: str | Path) -> tuple[bytes, str] | Loaded:
    """The file's bytes and text, or a Loaded that says why they cannot be had."""
    raw = read_bytes(Path(path))
    if isinstance(raw, Diagnostic):
        return Loaded(str(path), None, (raw,))
    text = decode(raw)
    if isinstance(text, Diagnostic):
        return Loaded(str(path), None, (text,))
    return raw, text


def read_bytes(p: Path) -> bytes | Diagnostic:
    """The file's bytes, or why they cannot be had; never blocks on a pipe or device."""
    try:
        info = p.stat()
        if stat.S_ISDIR(info.st_mode):
            return error(_("is a folder, not a season file"))
        if not stat.S_ISREG(info.st_mode):
            return error(_("not a regular file (a device, pipe or socket?)"))
        if info.st_size > MAX_BYTES:
            return error(_("file is larger than the {value} KiB limit").format(value=MAX_BYTES // 1024))
        with p.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)  # it may have grown since stat
    except FileNotFoundError:
        return error(_("no such file"))
    except PermissionError:
        return error(_("permission denied"))
    except OSError as exc:
        return error(_("cannot read: {value}").format(value=exc.strerror or exc))
    except ValueError:  # a NUL or an unencodable character in the path
        return error(_("cannot read: the path is not a valid file name"))
    if len(raw) > MAX_BYTES:
        return error(_("file is larger than the {value} KiB limit").format(value=MAX_BYTES // 1024))
    return raw


def decode(raw: bytes) -> str | Diagnostic:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return error(_("UTF-16 text: save the season file as UTF-8"), Mark(1, 1))
    body = raw[len(codecs.BOM_UTF8) :] if raw.startswith(codecs.BOM_UTF8) else raw
    if b"\x00" in body:
        return error(_("binary file, not a YAML season"))
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        # The position of the bad byte in characters, as an editor shows it (BOM skipped).
        start = body.rfind(b"\n", 0, exc.start) + 1
        column = len(body[start : exc.start].decode("utf-8", "replace")) + 1
        return error(_("not valid UTF-8 text"), Mark(body.count(b"\n", 0, exc.start) + 1, column))
