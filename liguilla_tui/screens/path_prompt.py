"""Ask for a file path (open, save as); Escape cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from liguilla_tui.i18n import N_, _
from liguilla_tui.report.safe import printable
from liguilla_tui.screens.dialog import Dialog


class PathPrompt(Dialog[str | None]):
    DEFAULT_CSS = """
    PathPrompt { align: center middle; }
    PathPrompt > Vertical { width: 70; max-width: 95%; height: auto; border: thick $accent; background: $surface; padding: 1 2; }
    """
    BINDINGS = [Binding("escape", "cancel", N_("Cancel"), id="path.cancel")]

    def __init__(self, title: str, value: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self.title_text = title
        # A path from a file name: its escapes shown (and, if kept, written as typed).
        self.value = printable(value)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, markup=False)
            yield Input(self.value, placeholder=_("path/to/season.yaml"), id="path")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
