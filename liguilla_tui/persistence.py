"""Saving the open season: render with the core, write atomically, report problems as text."""

from __future__ import annotations

from pathlib import Path

from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.save import render_season, write_atomic
from liguilla_tui.document import Document


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


CHANGED_ON_DISK = "changed on disk"


def save(document: Document, path: Path, overwrite: bool = False) -> str | None:
    """Write the document's season to `path`; None when done, else why not.

    Returns CHANGED_ON_DISK, writing nothing, when the file was changed by someone else
    since it was read, unless `overwrite` says the user has chosen to.
    """
    if not overwrite and path == document.path and document.changed_on_disk():
        return CHANGED_ON_DISK
    text = render_season(document.text, document.saved, document.season)
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
