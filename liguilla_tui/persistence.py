"""Saving the open season: render with the core, write atomically, report problems as text.

A save that needs the user's word first (the file changed on disk, is read-only, or would
lose what the loader could not read) writes nothing and says so; the app asks, and saves
again with that answer in `allow`.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.save import emit_season, render_surgical, write_atomic
from liguilla_tui.core.save_guard import would_drop
from liguilla_tui.document import Document


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


CHANGED_ON_DISK = "changed on disk"
READ_ONLY = "read-only"
DROPS = "drops"


@dataclass(frozen=True)
class Ask:
    """Nothing was written: the user must choose. `kind` goes in `allow` to go ahead."""

    kind: str
    question: str
    answers: list[tuple[str, str]]  # ("save", ...) goes ahead, ("save_as", ...) asks for a name


def read_only(path: Path) -> str | None:
    """Why `path` is not ours to write (its mode, e.g. 0444), or None. The mode bits are
    looked at, not only access(): root may write anything, yet 0444 says "leave it"."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):  # ValueError: a NUL in the name, refused by the writer
        return None  # a new file
    mode = stat.S_IMODE(info.st_mode)
    if not mode & 0o222:
        return f"read-only (mode {mode:04o})"
    if not os.access(path, os.W_OK):
        return f"not writable by you (mode {mode:04o})"
    return None


def save(
    document: Document, path: Path, overwrite: bool = False, allow: frozenset[str] = frozenset()
) -> str | Ask | None:
    """Write the document's season to `path`; None when done, else why not.

    Returns CHANGED_ON_DISK, writing nothing, when the file was changed by someone else
    since it was read, unless `overwrite` says the user has chosen to. Returns an Ask,
    writing nothing, when the file is read-only or the text would drop what the file held.
    """
    same_file = path == document.path
    if not overwrite and same_file and document.changed_on_disk():
        return CHANGED_ON_DISK
    locked = None if READ_ONLY in allow else read_only(path)
    if locked:
        return Ask(
            READ_ONLY,
            f"{path.name} is {locked}. Save over it anyway?",
            [("save_as", "Save as…"), ("save", "Save over it"), ("cancel", "Cancel")],
        )
    surgical = render_surgical(document.text, document.saved, document.season)
    text = emit_season(document.season) if surgical is None else surgical
    # A surgical text keeps every byte outside the legs it edits (and reads back as the
    # season), so only a full rewrite can lose what the loader did not place.
    if surgical is None and same_file and DROPS not in allow:
        dropped = would_drop(document.text, document.saved, document.season, text)
        if dropped:
            why = next((d.format(str(path)) for d in document.saved.diagnostics if d.is_error), "")
            return Ask(
                DROPS,
                f"Saving would drop what {path.name} holds and this app could not read: "
                f"{dropped.summary()}. Nothing was saved." + (f" {why}" if why else ""),
                [("save_as", "Save as…"), ("save", "Drop them and save"), ("cancel", "Cancel")],
            )
    reloaded = load_season_text(text, str(path))
    if reloaded.season is None:  # never write what we could not read back
        return "the season could not be written faithfully; nothing was saved"
    try:
        write_atomic(path, text)
    except OSError as exc:
        return f"{path}: {_why(exc)}"
    document.mark_saved(text, reloaded.season, path)
    # The present season now carries the saved file's line numbers for the next save.
    document.history.present = reloaded.season
    return None


def write_text(path: Path, text: str) -> str | None:
    try:
        write_atomic(path, text)
    except OSError as exc:
        return f"{path}: {_why(exc)}"
    return None
