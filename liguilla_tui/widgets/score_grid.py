"""A tie's legs as a grid whose only cursor stops are the score cells.

Upstream (to be filed against Textualize/textual; none open as of textual 8.2.8): "A key
bubbles through every ancestor before bindings are looked up". Repro: a focused DataTable
eight containers deep; time from the Key event to the binding's action: ~1 ms, nearly all
of it dispatching the key to ancestors that do not handle keys. Proposed fix: look up the
focused widget's bindings first, as `App._check_bindings` already does for priority ones.
No public API serves meanwhile, so `_on_key` below runs the grid's own bindings as the key
arrives, reading `App._keymap` and `Widget._bindings.key_to_bindings`; pyproject.toml bounds
textual to the minors checked and tests/app/test_textual_internals.py fails if either changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events, on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from liguilla_tui.i18n import N_
from liguilla_tui.widgets.table import Table

# Columns: label, date, home, home goals, dash, away goals, away.
HOME_GOALS, AWAY_GOALS = 3, 5
SCORE_COLUMNS = (HOME_GOALS, AWAY_GOALS)


class ScoreGrid(Table):
    """Keys become edit requests; the grid itself decides nothing about the rules."""

    LINES, CELLS = 32, 256  # at most five rows of seven cells (a matchday: ten rows)
    LEG_STATES = True  # L / M / F mark a leg live or final (a regular-season grid has none)

    DEFAULT_CSS = """
    ScoreGrid { height: auto; scrollbar-size: 0 0; background: transparent; }
    ScoreGrid > .datatable--cursor { background: transparent; color: $text; text-style: none; }
    ScoreGrid:focus > .datatable--cursor { background: $accent; color: $text; text-style: bold; }
    """
    BINDINGS = [
        Binding("left,h", "move(0, -1)", N_("Home"), show=False, id="grid.left"),
        Binding("right,l", "move(0, 1)", N_("Away"), show=False, id="grid.right"),
        Binding("up,k", "move(-1, 0)", N_("Up"), show=False, id="grid.up"),
        Binding("down,j", "move(1, 0)", N_("Down"), show=False, id="grid.down"),
        Binding("0", "digit(0)", N_("Score"), key_display="0-9", id="grid.digit0"),
        *[Binding(str(d), f"digit({d})", show=False, id=f"grid.digit{d}") for d in range(1, 10)],
        Binding("plus,equals_sign", "adjust(1)", "+1", key_display="+", show=False, id="grid.plus"),
        Binding("minus,underscore", "adjust(-1)", "-1", key_display="-", show=False, id="grid.minus"),
        Binding("delete,backspace", "clear", N_("Unplayed"), key_display="Del", id="grid.clear"),
        Binding("g,enter", "goals", N_("Goals"), key_display="g", id="grid.goals"),
        Binding("d", "schedule", N_("Date"), show=False, id="grid.schedule"),
        # A leg's state: live (score so far), its minute, final: capitals, so no slip of a
        # digit or a move key ends a match by accident. In the help (one row), not the
        # footer: at 80 columns it has no room left beside the tab keys.
        Binding("L", "leg_state('live')", N_("Live"), show=False, id="grid.live"),
        Binding("M", "leg_state('minute')", N_("Live minute"), show=False, id="grid.minute"),
        Binding("F", "leg_state('final')", N_("Final"), show=False, id="grid.final"),
        Binding("escape", "leave", N_("Tabs"), show=False, id="grid.leave"),
    ]

    @dataclass
    class Edit(Message):
        grid: ScoreGrid
        row: str
        side: int  # 0 home, 1 away, as shown
        op: str  # set, add, clear
        value: int = 0

    @dataclass
    class GoalsWanted(Message):
        grid: ScoreGrid
        row: str
        side: int = 0  # the cell's side, as shown: its team is offered first

    @dataclass
    class ScheduleWanted(Message):
        """The date and kickoff of the row's leg are to be edited."""

        grid: ScoreGrid
        row: str

    @dataclass
    class StateWanted(Message):
        """The row's leg is to be marked live or final, or given its minute (op)."""

        grid: ScoreGrid
        row: str
        op: str  # live, minute, final (core/live_entry.py)

    @dataclass
    class Edge(Message):
        """The cursor tried to leave the grid upwards (-1) or downwards (+1)."""

        grid: ScoreGrid
        direction: int
        column: int

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="cell", show_header=False, zebra_stripes=False, **kwargs)

    async def _on_key(self, event: events.Key) -> None:
        """The grid's own bindings run as the key arrives.

        Textual lets a key bubble through every ancestor (eight of them here) before the
        app looks up bindings, from the focused widget outwards; a score key waited ~1 ms
        for that. No ancestor handles keys, and a focused grid's bindings come first in
        that lookup, so running them here gives the same result, sooner. Only while the
        grid has the focus: a key that reaches it after the focus moved goes up, to be
        looked up from the focused widget. Loading, or with a keymap set (this app sets
        none), Textual's own path is kept. Keys not handled here bubble on as usual
        (Widget._on_key still runs after this: dispatch walks the MRO).
        """
        if self.app.focused is not self or self.loading or self.app._keymap:
            return
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if not binding.priority and await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()
                return

    @property
    def current_row(self) -> str | None:
        if not self.row_count:
            return None
        return self.ordered_rows[self.cursor_row].key.value

    @property
    def side(self) -> int:
        return 0 if self.cursor_column == HOME_GOALS else 1

    def place(self, row: int, column: int) -> None:
        column = column if column in SCORE_COLUMNS else HOME_GOALS
        self.move_cursor(row=max(0, min(row, self.row_count - 1)), column=column, animate=False)

    @on(DataTable.CellHighlighted)
    def _stay_on_scores(self, event: DataTable.CellHighlighted) -> None:
        # A mouse click on a name lands on the nearest score cell instead.
        column = event.coordinate.column
        if column not in SCORE_COLUMNS:
            self.place(event.coordinate.row, HOME_GOALS if column < 4 else AWAY_GOALS)

    def action_move(self, rows: int, columns: int) -> None:
        if columns:
            self.place(self.cursor_row, HOME_GOALS if columns < 0 else AWAY_GOALS)
            return
        target = self.cursor_row + rows
        if 0 <= target < self.row_count:
            self.place(target, self.cursor_column)
        else:
            self.post_message(self.Edge(self, rows, self.cursor_column))

    def _request(self, op: str, value: int = 0) -> None:
        row = self.current_row
        if row is not None:
            self.post_message(self.Edit(self, row, self.side, op, value))

    def action_digit(self, digit: int) -> None:
        self._request("set", digit)

    def action_adjust(self, step: int) -> None:
        self._request("add", step)

    def action_clear(self) -> None:
        self._request("clear")

    def action_goals(self) -> None:
        row = self.current_row
        if row is not None:
            self.post_message(self.GoalsWanted(self, row, self.side))

    def action_schedule(self) -> None:
        row = self.current_row
        if row is not None:
            self.post_message(self.ScheduleWanted(self, row))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.LEG_STATES if action == "leg_state" else True

    def action_leg_state(self, op: str) -> None:
        row = self.current_row
        if row is not None and self.LEG_STATES:
            self.post_message(self.StateWanted(self, row, op))

    def action_leave(self) -> None:
        self.app.action_focus_tabs()  # type: ignore[attr-defined]  # LiguillaApp's (importing it: a cycle)
