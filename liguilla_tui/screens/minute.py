"""The minute of a live leg (M on a score cell): 63, 90+2 or HT; empty clears it; Escape cancels."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from liguilla_tui.core.minutes import live_minute
from liguilla_tui.i18n import N_, _
from liguilla_tui.screens.dialog import Dialog
from liguilla_tui.widgets.cells import plain

CLEARED = ""  # dismissed with this: the minute is no longer given


class MinuteScreen(Dialog["str | None"]):
    """Dismisses with the minute ("63", "90+2", "HT"), CLEARED, or None (cancelled)."""

    DEFAULT_CSS = """
    MinuteScreen { align: center middle; }
    MinuteScreen > Vertical { width: 48; max-width: 95%; height: auto; border: thick $accent; background: $surface; padding: 0 1; }
    MinuteScreen Horizontal { height: auto; }
    MinuteScreen .field { width: auto; height: 3; content-align: left middle; padding: 0 1 0 0; }
    MinuteScreen Input#minute { width: 12; }
    MinuteScreen .status { height: auto; color: $warning; }
    MinuteScreen .buttons { align-horizontal: right; }
    MinuteScreen Button { margin-left: 1; min-width: 8; }
    """
    BINDINGS = [Binding("escape", "cancel", N_("Cancel"), id="minute.cancel")]

    def __init__(self, heading: str, minute: str | None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.heading = heading
        self.minute = minute or ""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(self.heading))
            yield Static(_("63, 90+2 or HT. Empty: no minute given."), classes="hint")
            with Horizontal():
                yield Static(_("Live minute"), classes="field")
                yield Input(self.minute, placeholder="63", id="minute")
            yield Static("", classes="status")
            with Horizontal(classes="buttons"):
                yield Button(_("Done"), id="done", variant="success")
                yield Button(_("Cancel"), id="cancel")

    def on_mount(self) -> None:
        # Now, not when the app's queue gets to it: the keys typed right after the key that
        # opened this dialog are routed once it is mounted (keys_in_order.py), to this field.
        self.set_focus(self.query_one("#minute", Input))

    @on(Input.Submitted)
    @on(Button.Pressed, "#done")
    def action_done(self) -> None:
        text = self.query_one("#minute", Input).value.strip()
        if not text:
            self.dismiss(CLEARED)
            return
        minute = live_minute(text)
        if minute is None:
            self.query_one(".status", Static).update(plain(_("Not a minute: write 63, 90+2 or HT")))
            return
        self.dismiss(minute)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
