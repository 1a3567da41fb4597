"""The open season as a document: where it came from, its edits, whether it is saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from liguilla_tui.core.history import History
from liguilla_tui.core.loaded import Loaded
from liguilla_tui.core.model import Season


@dataclass
class Document:
    path: Path
    text: str | None          # the file's text as last loaded or saved
    saved: Season             # the season that text holds
    history: History[Season] = field(init=False)
    disk_stamp: tuple[int, int] | None = field(init=False)  # (mtime_ns, size) when read or written

    def __post_init__(self) -> None:
        self.history = History(self.saved)
        self.disk_stamp = stamp(self.path)

    @classmethod
    def from_loaded(cls, loaded: Loaded) -> "Document":
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
        self.disk_stamp = stamp(self.path)

    def changed_on_disk(self) -> bool:
        """Has someone else written the file since we read or saved it?"""
        return self.disk_stamp is not None and stamp(self.path) != self.disk_stamp


def stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)
