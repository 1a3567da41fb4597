"""Add or remove a leg's goal events; the Scorers tab follows when the dialog is done."""

from __future__ import annotations

from typing import NamedTuple

from msgspec.structs import replace
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Button, Checkbox, DataTable, Input, Select, Static

from liguilla_tui.core.edits import goal_refused
from liguilla_tui.core.minutes import normalize_minute
from liguilla_tui.core.model import Goal, Leg, Score
from liguilla_tui.deferred import choice_screen
from liguilla_tui.i18n import N_, _, ngettext
from liguilla_tui.report.safe import printable
from liguilla_tui.screens.dialog import Dialog
from liguilla_tui.widgets.cells import plain


class GoalsDone(NamedTuple):
    """What the dialog hands back: the goal events, and the leg's score (and extra time)
    as raised to list them (the leg's own home, away order)."""

    goals: tuple[Goal, ...]
    score: Score | None
    extra_time: Score | None


def _minute_order(goal: Goal) -> tuple[int, int]:
    if not goal.minute:
        return (999, 0)
    base, _plus, extra = goal.minute.partition("+")
    return (int(base), int(extra or 0))


def _in_extra_time(minute: str | None) -> bool:
    """105 is in extra time; 90+3 is stoppage time of normal time."""
    if not minute:
        return False
    return "+" not in minute and int(minute) > 90


class GoalsScreen(Dialog["GoalsDone | None"]):
    """Dismisses with the leg's new goal events (GoalsDone), or None when cancelled."""

    DEFAULT_CSS = """
    GoalsScreen { align: center middle; }
    GoalsScreen > Vertical { width: 78; max-width: 100%; height: auto; max-height: 100%; border: thick $accent; background: $surface; padding: 0 1; }
    GoalsScreen DataTable { height: auto; max-height: 8; }
    GoalsScreen .form { height: auto; }
    GoalsScreen .form Input#player { width: 1fr; }
    GoalsScreen .form Input#minute { width: 15; }  /* "min 90+3" and the cursor: 8 + 1 + padding and border */
    GoalsScreen .form .credited { width: auto; height: 3; content-align: left middle; padding: 0 1 0 0; }
    GoalsScreen .form Select { width: 20; }
    GoalsScreen .status { height: auto; color: $warning; }
    GoalsScreen .buttons { height: auto; align-horizontal: right; }
    GoalsScreen Button { margin-left: 1; min-width: 8; }
    """
    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel"), id="goals.cancel"),
        Binding("delete", "remove", N_("Remove goal"), id="goals.remove"),
        Binding("ctrl+s", "done", N_("Done"), id="goals.done"),
    ]

    def __init__(self, leg: Leg, known_players: dict[str, list[str]], team: str | None = None, **kwargs) -> None:
        """`team`: the side whose score cell had the focus, offered first."""
        super().__init__(**kwargs)
        self.original = leg
        self.leg = leg  # with the score as raised in this dialog
        self.goals = sorted(leg.goals, key=_minute_order)  # as listed in the dialog
        self.unchanged = list(self.goals)
        self.known_players = known_players
        self.team = team if team in (leg.home, leg.away) else leg.home

    def compose(self) -> ComposeResult:
        leg = self.leg
        with Vertical():
            yield Static(self._heading(), id="heading")
            yield DataTable(cursor_type="row", id="events")
            with Horizontal(classes="form"):
                yield Static(_("Goal for"), classes="credited")
                yield Select(
                    [(plain(t), t) for t in (leg.home, leg.away)],
                    value=self.team,
                    allow_blank=False,
                    id="team",
                    tooltip=_("The team the goal counts for (for an own goal: not the scorer's)"),
                )
                yield Input(placeholder=_("player"), id="player", suggester=self._suggester(self.team))
                yield Input(placeholder=_("min 90+3"), id="minute")
            with Horizontal(classes="form"):
                yield Checkbox(_("Penalty"), id="penalty")
                yield Checkbox(_("Own goal"), id="own_goal")
                yield Button(_("Add goal"), id="add", variant="primary")
            yield Static("", classes="status")
            with Horizontal(classes="buttons"):
                yield Button(_("Done"), id="done", variant="success")
                yield Button(_("Cancel"), id="cancel")

    def _suggester(self, team: str) -> SuggestFromList:
        # Suggestions are drawn in the input as typed text would be: shown printable.
        return SuggestFromList([printable(p) for p in self.known_players.get(team, [])], case_sensitive=False)

    def on_mount(self) -> None:
        table = self.query_one("#events", DataTable)
        for label, width in ((_("Min"), 6), (_("Team"), 16), (_("Player"), 26), ("", 8)):
            table.add_column(label, width=width)
        self._refresh()
        # Now, not when the app's queue gets to it: the keys typed right after the key that
        # opened this dialog are routed once it is mounted (keys_in_order.py), to this field.
        self.set_focus(self.query_one("#player", Input))

    def _refresh(self) -> None:
        table = self.query_one("#events", DataTable)
        table.clear()
        self.goals.sort(key=_minute_order)
        for goal in self.goals:
            flags = " ".join(f for f, on_ in ((_("pen."), goal.penalty), (_("o.g."), goal.own_goal)) if on_)
            table.add_row(
                plain((goal.minute and f"{goal.minute}'") or ""),
                plain(goal.team),
                plain(goal.player or _("(unknown)")),
                plain(flags, "dim"),
            )

    def _status(self, text: str) -> None:
        self.query_one(".status", Static).update(plain(text))

    @on(Select.Changed, "#team")
    def _team_changed(self, event: Select.Changed) -> None:
        self.query_one("#player", Input).suggester = self._suggester(str(event.value))

    @on(Button.Pressed, "#add")
    @on(Input.Submitted)
    @work(exclusive=True, group="add-goal")
    async def action_add(self) -> None:
        team = str(self.query_one("#team", Select).value)
        player = self.query_one("#player", Input).value.strip() or None
        minute_raw = self.query_one("#minute", Input).value.strip()
        minute = normalize_minute(minute_raw) if minute_raw else None
        if minute_raw and minute is None:
            self._status(
                _("'{minute}' is not a minute: use 1 to 120, or stoppage time as 90+3").format(minute=minute_raw)
            )
            return
        refused = goal_refused(self.leg, tuple(self.goals), team)
        if refused:
            raised = self._raised(team, minute)
            if raised is None:
                self._status(refused)
                return
            what, leg = raised
            answer = await self.app.push_screen_wait(
                choice_screen(
                    ngettext(
                        "{team}'s {n} goal in this leg is listed already. Raise {what} and add this one?",
                        "{team}'s {n} goals in this leg are all listed. Raise {what} and add this one?",
                        self.leg.goals_of(team),
                    ).format(team=team, n=self.leg.goals_of(team), what=what),
                    [("raise", _("Raise and add")), ("cancel", _("Cancel"))],
                )
            )
            if answer != "raise":
                self._status(refused)
                return
            self.leg = leg
            self.query_one("#heading", Static).update(self._heading())
        self.goals.append(
            Goal(
                team,
                player,
                minute,
                self.query_one("#penalty", Checkbox).value,
                self.query_one("#own_goal", Checkbox).value,
            )
        )
        # Ready for the next goal: each one's ticks are its own.
        for field in ("#player", "#minute"):
            self.query_one(field, Input).value = ""
        for tick in ("#penalty", "#own_goal"):
            self.query_one(tick, Checkbox).value = False
        self._status("")
        self._refresh()
        self.query_one("#player", Input).focus()

    def _heading(self) -> Text:
        leg = self.leg
        score = f"{leg.score[0]}–{leg.score[1]}" if leg.score else _("v")
        return plain(
            _("Goals: {home} {score} {away}  (Del removes the highlighted goal)").format(
                home=leg.home, score=score, away=leg.away
            )
        )

    def _raised(self, team: str, minute: str | None) -> tuple[str, Leg] | None:
        """(what is raised, the leg with one more goal for `team`): in extra time for a
        goal after 90' when the leg has extra time, else in normal time."""
        leg, side = self.leg, 0 if team == self.leg.home else 1
        if leg.score is None:
            return None
        if _in_extra_time(minute) and leg.extra_time is not None:
            et = list(leg.extra_time)
            et[side] += 1
            return _("the extra-time score to {score}").format(score=f"{et[0]}–{et[1]}"), replace(
                leg, extra_time=(et[0], et[1])
            )
        score = list(leg.score)
        score[side] += 1
        what = _("the score to {home} {score} {away}").format(
            home=leg.home, score=f"{score[0]}–{score[1]}", away=leg.away
        )
        return what, replace(leg, score=(score[0], score[1]))

    def action_remove(self) -> None:
        table = self.query_one("#events", DataTable)
        if self.goals and table.row_count:
            del self.goals[table.cursor_row]
            self._refresh()

    @on(Button.Pressed, "#done")
    def action_done(self) -> None:
        if not self._changed():
            self.dismiss(None)  # shown sorted by minute is no edit
            return
        self.dismiss(GoalsDone(tuple(self.goals), self.leg.score, self.leg.extra_time))

    def _changed(self) -> bool:
        return self.goals != self.unchanged or self.leg != self.original

    @on(Button.Pressed, "#cancel")
    @work(exclusive=True, group="cancel-goals")
    async def action_cancel(self) -> None:
        """Goals typed here are not thrown away without asking."""
        if self._changed():
            answer = await self.app.push_screen_wait(
                choice_screen(
                    _("Discard the goal events changed in this dialog?"),
                    [("discard", _("Discard them")), ("keep", _("Keep editing"))],
                )
            )
            if answer != "discard":
                return
        self.dismiss(None)
