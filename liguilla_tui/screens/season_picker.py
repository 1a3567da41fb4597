"""Pick a bundled season, listed by year and tournament (o, or the command palette)."""

from __future__ import annotations

import re
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from liguilla_tui.seasons import bundled_seasons, seasons_dir
from liguilla_tui.widgets.cells import plain

_NAME = re.compile(r"^(\d{4})-([a-z]+)$")


def season_label(path: Path) -> str:
    """seasons/2013-clausura.yaml -> '2013 Clausura'; a subfolder is named after it."""
    found = _NAME.match(path.stem)
    label = f"{found[1]} {found[2].capitalize()}" if found else path.stem
    folder = path.parent.relative_to(seasons_dir()) if path.parent != seasons_dir() else None
    return f"{label}  ({folder})" if folder else label


def _order(path: Path) -> tuple:
    found = _NAME.match(path.stem)
    # Within a year the Clausura (January to May) comes before the Apertura.
    return (int(found[1]), found[2] != "clausura", str(path)) if found else (9999, True, str(path))


class SeasonPicker(ModalScreen["Path | None"]):
    DEFAULT_CSS = """
    SeasonPicker { align: center middle; }
    SeasonPicker > Vertical { width: 50; max-width: 95%; height: 80%; border: thick $accent; background: $surface; }
    SeasonPicker OptionList { height: 1fr; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="picker.cancel")]

    def __init__(self, current: Path | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.paths = sorted(bundled_seasons(), key=_order)
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(" Open a bundled season (Enter opens, Escape closes)", markup=False)
            yield OptionList(*[Option(plain(season_label(p)), id=str(i)) for i, p in enumerate(self.paths)])

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        if self.current is not None and self.current.resolve() in [p.resolve() for p in self.paths]:
            options.highlighted = [p.resolve() for p in self.paths].index(self.current.resolve())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.paths[int(event.option.id)])  # type: ignore[arg-type]

    def action_cancel(self) -> None:
        self.dismiss(None)
