"""The open season as a document: where it came from, its edits, whether it is saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from liguilla_tui.core.history import History
from liguilla_tui.core.load import Loaded
from liguilla_tui.core.model import Season


@dataclass
class Document:
    path: Path
    text: str | None          # the file's text as last loaded or saved
    saved: Season             # the season that text holds
    history: History[Season] = field(init=False)

    def __post_init__(self) -> None:
        self.history = History(self.saved)

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
