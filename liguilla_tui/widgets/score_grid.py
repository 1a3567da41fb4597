"""The keys of a grid of scores whose only cursor stops are the score cells.

Two widgets speak it: a tie's card (widgets/tie_card.py: the legs of one tie, drawn with
the line API) and a matchday's results (widgets/results_grid.py, a DataTable). Each says
where its cursor is (`cursor_row`, `cursor_column`, `row_count`, `current_row`) and moves
it (`place`); this class turns keys into requests posted to the app.

Keys run in the order typed, each on the cell the cursor is on when its turn comes: the
app runs a focused grid's keys as it takes them (`run_key`, from LiguillaApp.on_event),
and a move past the first or last row puts the focus on the next tie's grid at once
(Screen.set_focus). Keys forwarded to the grid's own queue, and a focus change through
focus(), which waits its turn in the queue, had let a key typed right after crossing into
the next tie land in the tie left behind (tests/app/test_app_key_burst.py).

Upstream (to be filed against Textualize/textual; none open as of textual 8.2.8): "A key
bubbles through every ancestor before bindings are looked up". Repro: a focused DataTable
eight containers deep; time from the Key event to the binding's action: ~1 ms, nearly all
of it dispatching the key to ancestors that do not handle keys. Proposed fix: look up the
focused widget's bindings first, as `App._check_bindings` already does for priority ones.
No public API serves meanwhile, so `run_key` below runs the grid's own bindings as the key
arrives, reading `App._keymap` and `Widget._bindings` (with `BindingsMap.apply_keymap`, as
Screen._binding_chain applies a keymap); pyproject.toml bounds
textual to the minors checked and tests/app/test_textual_internals.py fails if either changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import events
from textual.binding import Binding, BindingsMap
from textual.message import Message
from textual.widget import Widget

from liguilla_tui.i18n import N_

# Columns: label, date, home, home goals, dash, away goals, away.
HOME_GOALS, AWAY_GOALS = 3, 5
SCORE_COLUMNS = (HOME_GOALS, AWAY_GOALS)


def nearest_score_column(column: int) -> int:
    """The score cell a click on `column` lands on: its own, or the nearer side's."""
    return column if column in SCORE_COLUMNS else HOME_GOALS if column < AWAY_GOALS - 1 else AWAY_GOALS


# Bound by each grid (BINDINGS = SCORE_BINDINGS): Textual merges the bindings, CSS and
# component classes of its own widget classes only, and this one is a mixin.
SCORE_BINDINGS: list[Binding] = [
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


if TYPE_CHECKING:
    _WidgetBase = Widget
else:
    _WidgetBase = object


class ScoreGrid(_WidgetBase):
    """Keys become edit requests; the grid itself decides nothing about the rules.

    A mixin ahead of the widget class (TieCard(ScoreGrid, Widget), ResultsGrid(ScoreGrid,
    Table)): as a Widget subclass it would hide a DataTable's CSS and component classes,
    which Textual inherits along each class's first widget base only."""

    LEG_STATES = True  # L / M / F mark a leg live or final (a regular-season grid has none)
    BINDINGS = [*SCORE_BINDINGS]  # for the help screen; each grid binds them itself
    _keymap_seen: object = None  # the app's keymap _keymap_bindings was made for
    _keymap_bindings: BindingsMap | None = None

    if TYPE_CHECKING:  # each grid's own: where its cursor is, and how it moves

        @property
        def cursor_row(self) -> int: ...
        @property
        def cursor_column(self) -> int: ...
        @property
        def row_count(self) -> int: ...
        @property
        def current_row(self) -> str | None: ...
        def place(self, row: int, column: int) -> None: ...

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

    async def run_key(self, event: events.Key) -> bool:
        """Run the grid's own binding for `event` now; True if one ran.

        Textual lets a key bubble through every ancestor (eight of them here) before the
        app looks up bindings, from the focused widget outwards; a score key waited ~1 ms
        for that. No ancestor handles keys, and a focused grid's bindings come first in
        that lookup (no priority binding shares a grid key: tests/app/test_app_navigation.py),
        so running them here gives the same result, sooner. Only while the grid has the
        focus, and not while loading. With a user's keymap (settings.toml) its bindings are
        looked up as Textual does, the keymap applied to them; a key that the keymap makes
        clash, or gives a priority binding of the screen or the app, is left to Textual.
        """
        if self.app.focused is not self or self.loading:
            return False
        bindings = self._bindings if not self.app._keymap else self._keymapped()
        if bindings is None:
            return False
        for binding in bindings.key_to_bindings.get(event.key, ()):
            if not binding.priority and await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()
                return True
        return False

    def _keymapped(self) -> BindingsMap | None:
        """The grid's bindings with the app's keymap applied (made again when the keymap
        is set anew); None while the keymap makes them clash, or gives one of their keys
        to a priority binding of the screen or the app (Textual looks those up first)."""
        keymap = self.app._keymap
        if self._keymap_seen is not keymap:
            mapped: BindingsMap | None = self._bindings.copy()
            assert mapped is not None
            if mapped.apply_keymap(keymap).clashed_bindings:
                mapped = None
            else:
                for node in (self.screen, self.app):
                    theirs = node._bindings.copy()
                    theirs.apply_keymap(keymap)
                    priority = {key for key, found in theirs.key_to_bindings.items() if any(b.priority for b in found)}
                    if priority & set(mapped.key_to_bindings):
                        mapped = None
                        break
            self._keymap_seen, self._keymap_bindings = keymap, mapped
        return self._keymap_bindings

    async def _on_key(self, event: events.Key) -> None:
        """A key that reached the grid itself (not run by the app as it arrived): the same.
        Keys not handled here bubble on as usual (Widget._on_key still runs after this:
        dispatch walks the MRO); a key that reaches it after the focus moved goes up, to
        be looked up from the focused widget."""
        await self.run_key(event)

    @property
    def side(self) -> int:
        return 0 if self.cursor_column == HOME_GOALS else 1

    def action_move(self, rows: int, columns: int) -> None:
        if columns:
            self.place(self.cursor_row, HOME_GOALS if columns < 0 else AWAY_GOALS)
            return
        target = self.cursor_row + rows
        if 0 <= target < self.row_count:
            self.place(target, self.cursor_column)
        else:
            self._cross(rows)

    def _cross(self, direction: int) -> None:
        """Up from the first row into the grid above (its last row), down from the last
        into the grid below: the next grid of this kind in the screen's focus order (the
        ties of the tab shown, in order). The focus moves now, not when the queue gets to
        it, so the next key typed is routed to the grid it was typed for."""
        grids = [w for w in self.screen.focus_chain if type(w) is type(self)]
        index = grids.index(self) + direction if self in grids else -1
        if 0 <= index < len(grids):
            target = grids[index]
            self.screen.set_focus(target, scroll_visible=False)  # its card shows itself whole
            target.place(0 if direction > 0 else target.row_count - 1, self.cursor_column)

    def _post(self, request: Callable[[str], Message], opens_dialog: bool = False) -> None:
        """A request on the cursor's row, to the app, which alone handles them: bubbling
        up through the seven containers between (round view, tab pane, switcher, tabs,
        screen) took ~0.6 ms of a score key's ~2.5 ms before its frame, with nothing on
        the way listening. All of them the same way, so they stay in the order typed.
        One that opens a dialog has the app hold the keys typed after it until the dialog
        is open (keys_in_order.py): they are the dialog's, not scores for this grid."""
        row = self.current_row
        if row is not None:
            message = request(row)
            hold = getattr(self.app, "hold_keys", None) if opens_dialog else None
            if hold is not None:  # (LiguillaApp's; a grid in another app posts only)
                hold(message)
            self.app.post_message(message)

    def _request(self, op: str, value: int = 0) -> None:
        self._post(lambda row: self.Edit(self, row, self.side, op, value))

    def action_digit(self, digit: int) -> None:
        self._request("set", digit)

    def action_adjust(self, step: int) -> None:
        self._request("add", step)

    def action_clear(self) -> None:
        self._request("clear")

    def action_goals(self) -> None:
        self._post(lambda row: self.GoalsWanted(self, row, self.side), opens_dialog=True)

    def action_schedule(self) -> None:
        self._post(lambda row: self.ScheduleWanted(self, row), opens_dialog=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.LEG_STATES if action == "leg_state" else True

    def action_leg_state(self, op: str) -> None:
        if self.LEG_STATES:
            # M opens its dialog; L and F are edits at once.
            self._post(lambda row: self.StateWanted(self, row, op), opens_dialog=op == "minute")

    def action_leave(self) -> None:
        self.app.action_focus_tabs()  # type: ignore[attr-defined]  # LiguillaApp's (importing it: a cycle)
