"""When and where a leg is played: its date, local kickoff and venue (d on a score cell);
Escape cancels."""

from __future__ import annotations

from typing import NamedTuple

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from liguilla_tui.core.schedule import MAX_VENUE, date_problem, kickoff_problem, normalize_kickoff, venue_problem
from liguilla_tui.i18n import N_, _
from liguilla_tui.report.safe import printable
from liguilla_tui.screens.dialog import Dialog
from liguilla_tui.widgets.cells import plain


class Schedule(NamedTuple):
    date: str | None
    kickoff: str | None
    venue: str | None


class ScheduleScreen(Dialog["Schedule | None"]):
    """Dismisses with the leg's date, kickoff and venue (None where left empty), or None."""

    DEFAULT_CSS = """
    ScheduleScreen { align: center middle; }
    ScheduleScreen > Vertical { width: 64; max-width: 95%; height: auto; border: thick $accent; background: $surface; padding: 0 1; }
    ScheduleScreen Horizontal { height: auto; }
    ScheduleScreen .field { width: auto; height: 3; content-align: left middle; padding: 0 1 0 0; }
    ScheduleScreen Input#date { width: 18; }
    ScheduleScreen Input#kickoff { width: 12; }
    ScheduleScreen Input#venue { width: 1fr; }
    ScheduleScreen .status { height: auto; color: $warning; }
    ScheduleScreen .buttons { align-horizontal: right; }
    ScheduleScreen Button { margin-left: 1; min-width: 8; }
    """
    BINDINGS = [Binding("escape", "cancel", N_("Cancel"), id="schedule.cancel")]

    def __init__(self, heading: str, date: str | None, kickoff: str | None, venue: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.heading = heading
        self.date = date or ""
        self.kickoff = kickoff or ""
        self.venue = venue or ""
        # The file's venue, escapes made visible; left as shown, it is kept exactly as the
        # file holds it (checked and tidied only when the user changes it).
        self.venue_shown = printable(self.venue)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(self.heading))
            yield Static(_("Empty: not known yet. The kickoff is local time."), classes="hint")
            with Horizontal():
                yield Static(_("Date"), classes="field")
                yield Input(self.date, placeholder=_("YYYY-MM-DD"), id="date")
                yield Static(" " + _("Kickoff"), classes="field")
                yield Input(self.kickoff, placeholder=_("HH:MM"), id="kickoff")
            with Horizontal():
                yield Static(_("Venue"), classes="field")
                longest = MAX_VENUE if len(self.venue_shown) <= MAX_VENUE else 0  # 0: a longer one kept
                yield Input(self.venue_shown, placeholder=_("the stadium"), max_length=longest, id="venue")
            yield Static("", classes="status")
            with Horizontal(classes="buttons"):
                yield Button(_("Done"), id="done", variant="success")
                yield Button(_("Cancel"), id="cancel")

    def on_mount(self) -> None:
        # Now, not when the app's queue gets to it: the keys typed right after the key that
        # opened this dialog are routed once it is mounted (keys_in_order.py), to this field.
        self.set_focus(self.query_one("#date", Input))

    @on(Input.Submitted)
    @on(Button.Pressed, "#done")
    def action_done(self) -> None:
        date = self.query_one("#date", Input).value.strip()
        kickoff = normalize_kickoff(self.query_one("#kickoff", Input).value)
        typed = self.query_one("#venue", Input).value
        venue = self.venue if typed == self.venue_shown else " ".join(typed.split())  # one line, single spaces
        problems = (
            ("#date", date_problem(date)),
            ("#kickoff", kickoff_problem(kickoff)),
            ("#venue", None if typed == self.venue_shown else venue_problem(venue)),
        )
        for box, problem in problems:
            if problem:
                self.query_one(".status", Static).update(plain(problem))
                self.query_one(box, Input).focus()
                return
        self.dismiss(Schedule(date or None, kickoff or None, venue or None))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
