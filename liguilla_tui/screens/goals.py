"""Add or remove a leg's goal events; the Scorers tab follows when the dialog is done."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Button, Checkbox, DataTable, Input, Select, Static

from liguilla_tui.core.edits import goal_refused
from liguilla_tui.core.load_matches import normalize_minute
from liguilla_tui.core.model import Goal, Leg
from liguilla_tui.report.safe import printable
from liguilla_tui.screens.dialog import Dialog
from liguilla_tui.widgets.cells import plain


def _minute_order(goal: Goal) -> tuple[int, int]:
    if not goal.minute:
        return (999, 0)
    base, _, extra = goal.minute.partition("+")
    return (int(base), int(extra or 0))


class GoalsScreen(Dialog["tuple[Goal, ...] | None"]):
    """Dismisses with the leg's new goal events, or None when cancelled."""

    DEFAULT_CSS = """
    GoalsScreen { align: center middle; }
    GoalsScreen > Vertical { width: 78; max-width: 100%; height: auto; max-height: 100%; border: thick $accent; background: $surface; padding: 0 1; }
    GoalsScreen DataTable { height: auto; max-height: 8; }
    GoalsScreen .form { height: auto; }
    GoalsScreen .form Input#player { width: 1fr; }
    GoalsScreen .form Input#minute { width: 9; }
    GoalsScreen .form Select { width: 20; }
    GoalsScreen .status { height: auto; color: $warning; }
    GoalsScreen .buttons { height: auto; align-horizontal: right; }
    GoalsScreen Button { margin-left: 1; min-width: 8; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="goals.cancel"),
        Binding("delete", "remove", "Remove goal", id="goals.remove"),
        Binding("ctrl+s", "done", "Done", id="goals.done"),
    ]

    def __init__(self, leg: Leg, known_players: dict[str, list[str]], **kwargs) -> None:
        super().__init__(**kwargs)
        self.leg = leg
        self.goals = list(leg.goals)
        self.known_players = known_players

    def compose(self) -> ComposeResult:
        leg = self.leg
        score = f"{leg.score[0]}–{leg.score[1]}" if leg.score else "v"
        with Vertical():
            yield Static(plain(f"Goals: {leg.home} {score} {leg.away}  (Del removes the highlighted goal)"))
            yield DataTable(cursor_type="row", id="events")
            with Horizontal(classes="form"):
                yield Select([(plain(t), t) for t in (leg.home, leg.away)], value=leg.home, allow_blank=False, id="team")
                yield Input(placeholder="player", id="player", suggester=self._suggester(leg.home))
                yield Input(placeholder="min 90+3", id="minute")
            with Horizontal(classes="form"):
                yield Checkbox("Penalty", id="penalty")
                yield Checkbox("Own goal", id="own_goal")
                yield Button("Add goal", id="add", variant="primary")
            yield Static("", classes="status")
            with Horizontal(classes="buttons"):
                yield Button("Done", id="done", variant="success")
                yield Button("Cancel", id="cancel")

    def _suggester(self, team: str) -> SuggestFromList:
        # Suggestions are drawn in the input as typed text would be: shown printable.
        return SuggestFromList([printable(p) for p in self.known_players.get(team, [])], case_sensitive=False)

    def on_mount(self) -> None:
        table = self.query_one("#events", DataTable)
        for label, width in (("Min", 6), ("Team", 16), ("Player", 26), ("", 8)):
            table.add_column(label, width=width)
        self._refresh()
        self.query_one("#player", Input).focus()

    def _refresh(self) -> None:
        table = self.query_one("#events", DataTable)
        table.clear()
        self.goals.sort(key=_minute_order)
        for goal in self.goals:
            flags = " ".join(f for f, on_ in (("pen.", goal.penalty), ("o.g.", goal.own_goal)) if on_)
            table.add_row(plain(goal.minute and f"{goal.minute}'" or ""), plain(goal.team),
                          plain(goal.player or "(unknown)"), plain(flags, "dim"))

    def _status(self, text: str) -> None:
        self.query_one(".status", Static).update(plain(text))

    @on(Select.Changed, "#team")
    def _team_changed(self, event: Select.Changed) -> None:
        self.query_one("#player", Input).suggester = self._suggester(str(event.value))

    @on(Button.Pressed, "#add")
    @on(Input.Submitted)
    def action_add(self) -> None:
        team = str(self.query_one("#team", Select).value)
        player = self.query_one("#player", Input).value.strip() or None
        minute_raw = self.query_one("#minute", Input).value.strip()
        minute = normalize_minute(minute_raw) if minute_raw else None
        if minute_raw and minute is None:
            self._status(f"'{minute_raw}' is not a minute: use 1 to 120, or stoppage time as 90+3")
            return
        refused = goal_refused(self.leg, tuple(self.goals), team)
        if refused:
            self._status(refused)
            return
        self.goals.append(Goal(team, player, minute, self.query_one("#penalty", Checkbox).value,
                               self.query_one("#own_goal", Checkbox).value))
        self.query_one("#player", Input).value = ""
        self.query_one("#minute", Input).value = ""
        self._status("")
        self._refresh()

    def action_remove(self) -> None:
        table = self.query_one("#events", DataTable)
        if self.goals and table.row_count:
            del self.goals[table.cursor_row]
            self._refresh()

    @on(Button.Pressed, "#done")
    def action_done(self) -> None:
        self.dismiss(tuple(self.goals))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
