"""Pick a bundled season, listed by year and tournament with its format (o, or the palette).

Typing filters the list (year, tournament or format); arrows move; Enter opens.
"""

from __future__ import annotations

import re
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from liguilla_tui.core.presets import preset_summary
from liguilla_tui.i18n import N_, _
from liguilla_tui.screens.dialog import Dialog
from liguilla_tui.seasons import bundled_seasons, seasons_dir
from liguilla_tui.widgets.cells import plain

_NAME = re.compile(r"^(\d{4})-([a-z]+)$")
_FORMAT = re.compile(rb"^format:[ \t]*([A-Za-z0-9_.-]+)[ \t]*(?:#.*)?$", re.M)


# The bundled subfolders, in words: a folder's name is a word of the listing, so translated.
_FOLDERS = {"imported": N_("imported")}


def season_label(path: Path) -> str:
    """seasons/2013-clausura.yaml -> '2013 Clausura'; a subfolder is named after it."""
    found = _NAME.match(path.stem)
    label = f"{found[1]} {found[2].capitalize()}" if found else path.stem
    folder = str(path.parent.relative_to(seasons_dir())) if path.parent != seasons_dir() else None
    if folder is None:
        return label
    return f"{label}  ({_(_FOLDERS[folder]) if folder in _FOLDERS else folder})"


def season_format(path: Path) -> str:
    """The format a season file names, in words, read from its top-level `format:` line
    (the picker must open at once: no YAML parse of 24 files)."""
    try:
        with open(path, "rb") as f:
            head = f.read(16_384)
    except OSError:
        return _("unreadable")
    found = _FORMAT.search(head)
    return preset_summary(found[1].decode()) if found else _("own format")


def _order(path: Path) -> tuple:
    found = _NAME.match(path.stem)
    # Within a year the Clausura (January to May) comes before the Apertura.
    return (int(found[1]), found[2] != "clausura", str(path)) if found else (9999, True, str(path))


class SeasonPicker(Dialog["Path | None"]):
    DEFAULT_CSS = """
    SeasonPicker { align: center middle; }
    SeasonPicker > Vertical { width: 64; max-width: 95%; height: 80%; border: thick $accent; background: $surface; }
    SeasonPicker Input { margin: 0 0 1 0; }
    SeasonPicker OptionList { height: 1fr; }
    """
    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel"), id="picker.cancel"),
        Binding("down", "move(1)", N_("Next"), show=False, id="picker.down"),
        Binding("up", "move(-1)", N_("Previous"), show=False, id="picker.up"),
    ]

    def __init__(self, current: Path | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.paths = sorted(bundled_seasons(), key=_order)
        self.current = current
        self.labels = [f"{season_label(p)}  ·  {season_format(p)}" for p in self.paths]
        self.shown: list[int] = list(range(len(self.paths)))  # indexes into paths, as listed

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(" " + _("Open a bundled season · type to filter · Enter opens · Esc closes"), markup=False)
            yield Input(placeholder=_("2019, apertura, play-in…"), id="filter")
            yield OptionList(*self._options())

    def _options(self) -> list[Option]:
        return [Option(plain(self.labels[i]), id=str(i)) for i in self.shown]

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        if self.current is not None:
            resolved = [p.resolve() for p in self.paths]
            if self.current.resolve() in resolved:
                self.query_one(OptionList).highlighted = resolved.index(self.current.resolve())

    @on(Input.Changed, "#filter")
    def _filter(self, event: Input.Changed) -> None:
        words = event.value.casefold().split()
        self.shown = [i for i, label in enumerate(self.labels) if all(w in label.casefold() for w in words)]
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(self._options())
        options.highlighted = 0 if self.shown else None

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if self.shown:
            now = options.highlighted if options.highlighted is not None else -step
            options.highlighted = max(0, min(len(self.shown) - 1, now + step))

    @on(Input.Submitted, "#filter")
    def _open_highlighted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None and self.shown:
            self.dismiss(self.paths[self.shown[options.highlighted]])

    @on(OptionList.OptionSelected)
    def _open_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:  # every option has its path's index as id (_options)
            self.dismiss(self.paths[int(event.option.id)])

    def action_cancel(self) -> None:
        self.dismiss(None)
