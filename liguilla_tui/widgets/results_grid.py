"""A matchday's regular-season results as a grid whose cursor stops on the score cells."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from liguilla_tui.i18n import N_
from liguilla_tui.widgets.score_grid import (
    HOME_GOALS,
    SCORE_BINDINGS,
    SCORE_COLUMNS,
    ScoreGrid,
    nearest_score_column,
)
from liguilla_tui.widgets.table import Table

STEP_WAIT = 1.0  # seconds keys wait for a matchday step no view handled
_NOT_HERE = ("grid.goals", "grid.schedule", "grid.live", "grid.minute", "grid.final")


class ResultsGrid(ScoreGrid, Table):
    """Same keys as a tie's grid; `,` and `.` step through the matchdays."""

    LINES, CELLS = 64, 512  # a matchday: up to ten rows
    LEG_STATES = False  # regular-season results are entered when final

    DEFAULT_CSS = """
    ResultsGrid { height: auto; scrollbar-size: 0 0; background: transparent; }
    ResultsGrid > .datatable--cursor { background: transparent; color: $text; text-style: none; }
    ResultsGrid:focus > .datatable--cursor { background: $accent; color: $text; text-style: bold; }
    """
    BINDINGS = [
        # Regular-season results carry no goal events, dates or live states: no g, d (a
        # tie's leg's dialogs, which said "…ties whose teams are known" here), L, M, F, so
        # that the help lists only what works.
        *(b for b in SCORE_BINDINGS if b.id not in _NOT_HERE),
        Binding("comma,pageup", "matchday(-1)", N_("Prev matchday"), key_display=",", id="results.prev"),
        Binding("full_stop,pagedown", "matchday(1)", N_("Next matchday"), key_display=".", id="results.next"),
    ]

    @dataclass
    class MatchdayStep(Message):
        grid: ResultsGrid
        step: int

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="cell", show_header=False, zebra_stripes=False, **kwargs)

    @property
    def current_row(self) -> str | None:
        if not self.row_count:
            return None
        return self.ordered_rows[self.cursor_row].key.value

    def place(self, row: int, column: int) -> None:
        column = column if column in SCORE_COLUMNS else HOME_GOALS
        self.move_cursor(row=max(0, min(row, self.row_count - 1)), column=column, animate=False)

    @on(DataTable.CellHighlighted)
    def _stay_on_scores(self, event: DataTable.CellHighlighted) -> None:
        # A mouse click on a name lands on the nearest score cell instead.
        column = event.coordinate.column
        if column not in SCORE_COLUMNS:
            self.place(event.coordinate.row, nearest_score_column(column))

    def action_matchday(self, step: int) -> None:
        """Ask the view for the next matchday's rows; the keys typed after it wait until
        they are in (keys_in_order.py): "." then "5" at once put the 5 in the matchday
        left behind, a match no longer on screen."""
        message = self.MatchdayStep(self, step)
        hold = getattr(self.app, "hold_keys", None)  # (LiguillaApp's; another app posts only)
        release = getattr(self.app, "release_keys", None)
        if hold is not None and release is not None:
            hold(message)
            # Released by the view once it has shown the rows; this only if nothing did.
            self.set_timer(STEP_WAIT, lambda: self.app.call_later(release, message))
        self.post_message(message)
