"""One team's row of the general table, typed (e on the General table); Escape cancels.

Six numbers; points follow from them (3 a win, 1 a draw) and show as they are typed.
The core says whether the row can stand (W + D + L = Pld); the dialog stays open, with
what was typed, until it can.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from liguilla_tui.core.table_edit import FIELDS, RowValues, points
from liguilla_tui.i18n import _, pgettext
from liguilla_tui.screens.dialog import Dialog
from liguilla_tui.widgets.cells import plain

_LABELS = {"played": "Pld", "won": "W", "drawn": "D", "lost": "L", "goals_for": "GF", "goals_against": "GA"}


class TableRowScreen(Dialog["RowValues | None"]):
    """Dismisses with the row's numbers once `problem` finds none, or None."""

    DEFAULT_CSS = """
    TableRowScreen { align: center middle; }
    TableRowScreen > Vertical { width: 70; max-width: 95%; height: auto; border: thick $accent; background: $surface; padding: 0 1; }
    TableRowScreen Horizontal { height: auto; }
    TableRowScreen Horizontal.numbers { margin: 1 0; }
    TableRowScreen .field { width: auto; height: 1; padding: 0 1 0 2; }
    TableRowScreen Input { width: 6; }
    TableRowScreen .points { height: 1; padding: 0 1; }
    TableRowScreen .status { height: auto; color: $warning; }
    TableRowScreen .buttons { align-horizontal: right; }
    TableRowScreen Button { margin-left: 1; min-width: 8; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="table_row.cancel")]

    def __init__(self, team: str, values: RowValues, problem: Callable[[RowValues], str | None], **kwargs) -> None:
        super().__init__(**kwargs)
        self.team = team
        self.values = values
        self.problem = problem

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(_("{team}: its row of the general table").format(team=self.team)))
            with Horizontal(classes="numbers"):
                for name, value in zip(FIELDS, self.values, strict=True):
                    yield Static(pgettext("table column", _LABELS[name]), classes="field")  # PJ G E P in Spanish
                    yield Input(str(value), type="integer", max_length=3, compact=True, id=name)
            yield Static("", classes="points")
            yield Static("", classes="status")
            with Horizontal(classes="buttons"):
                yield Button(_("Done"), id="done", variant="success")
                yield Button(_("Cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#played", Input).focus()
        self._show_points()

    def _typed(self) -> RowValues | None:
        numbers = []
        for name in FIELDS:
            text = self.query_one(f"#{name}", Input).value.strip()
            if not (text.isascii() and text.isdigit()):
                return None
            numbers.append(int(text))
        return RowValues(*numbers)

    @on(Input.Changed)
    def _show_points(self) -> None:
        typed = self._typed()
        shown = _("Pts {points} (3 a win, 1 a draw)").format(points=points(typed)) if typed else ""
        self.query_one(".points", Static).update(plain(shown))

    @on(Input.Submitted)
    def _next_or_done(self, event: Input.Submitted) -> None:
        """Enter moves to the next number, and on the last one (GA) is Done."""
        event.stop()
        index = FIELDS.index(event.input.id or "played")
        if index + 1 < len(FIELDS):
            self.query_one(f"#{FIELDS[index + 1]}", Input).focus()
        else:
            self.action_done()

    @on(Button.Pressed, "#done")
    def action_done(self) -> None:
        typed = self._typed()
        problem = _("Type a whole number in each box.") if typed is None else self.problem(typed)
        if problem or typed is None:
            self.query_one(".status", Static).update(plain(problem or ""))
            return
        self.dismiss(typed)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
