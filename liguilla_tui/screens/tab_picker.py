"""Go to a tab (t, then its number): a key that never edits data, wherever the focus was.

Digits alone set scores in a score grid; here, opened by `t`, they name tabs. Plain keys
only (no alt or function keys), so it works the same over tmux and SSH.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from liguilla_tui.i18n import N_, _
from liguilla_tui.screens.dialog import Dialog
from liguilla_tui.widgets.cells import plain


class TabPicker(Dialog[str | None]):
    """Dismisses with the pane id chosen, or None (Escape, or a key that names no tab)."""

    DEFAULT_CSS = """
    TabPicker { align: center middle; }
    TabPicker > Vertical { width: 44; max-width: 95%; height: auto; border: thick $accent; background: $surface; padding: 0 1; }
    TabPicker OptionList { height: auto; max-height: 16; border: none; padding: 0; }
    TabPicker .hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape,t", "cancel", N_("Cancel"), id="tabs.cancel"),
        *[Binding(str(n), f"pick({n})", show=False, id=f"tabs.pick{n}") for n in range(1, 10)],
    ]

    def __init__(self, tabs: list[tuple[str, str]], current: str | None = None, **kwargs) -> None:
        """tabs: (pane id, title as shown on the tab bar), in tab-bar order."""
        super().__init__(**kwargs)
        self.tabs = tabs
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(_("Go to tab: its number, or ↑ ↓ Enter"), markup=False)
            yield Static(_("([ ] from anywhere: previous / next tab)"), markup=False, classes="hint")
            yield OptionList(*(Option(plain(title), id=pane) for pane, title in self.tabs))

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        ids = [pane for pane, _ in self.tabs]
        if self.current in ids:
            options.highlighted = ids.index(self.current)
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_pick(self, number: int) -> None:
        if 1 <= number <= len(self.tabs):
            self.dismiss(self.tabs[number - 1][0])
        else:
            self.app.bell()

    def action_cancel(self) -> None:
        self.dismiss(None)
