"""The open season as a document: where it came from, its edits, whether it is saved."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from liguilla_tui.core.history import History
from liguilla_tui.core.loaded import Loaded, read_season_file
from liguilla_tui.core.model import Season


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Document:
    path: Path
    text: str | None  # the file's text as last loaded or saved
    saved: Season  # the season that text holds
    history: History[Season] = field(init=False)
    # The hash of the file's content as last read or written: the file watch compares
    # contents, not mtime and size (an edit of the same size with `cp -p` keeps both).
    disk_digest: str | None = field(init=False)
    # The content a save found changed on disk and asked about: the file watch leaves that
    # to the question's answer (save as, overwrite, reload, or ask again at the next save).
    asked_digest: str | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.history = History(self.saved)
        self.disk_digest = None if self.text is None else digest(self.text.encode("utf-8"))

    @classmethod
    def from_loaded(cls, loaded: Loaded) -> Document:
        assert loaded.season is not None
        return cls(Path(loaded.path), loaded.text, loaded.season)

    @property
    def season(self) -> Season:
        return self.history.present

    @property
    def dirty(self) -> bool:
        return self.history.present is not self.saved and self.history.present != self.saved

    def mark_saved(self, text: str, season: Season, path: Path | None = None) -> None:
        self.text, self.saved = text, season
        if path is not None:
            self.path = path
        self.disk_digest = digest(text.encode("utf-8"))  # the very bytes write_atomic wrote
        self.asked_digest = None

    def changed_on_disk(self) -> bool:
        """Has someone else written the file since we read or saved it? Its text is
        compared, not its time stamp: an edit that keeps mtime and size is still seen."""
        if self.text is None:
            return False  # nothing to compare with
        read = read_season_file(self.path)
        if isinstance(read, Loaded):
            return True
        if read[1] == self.text:
            return False
        self.asked_digest = digest(read[0])
        return True
