"""New season… (command palette): the tournament, its year, its format and its teams.

The teams are typed one a line (or the open season's taken as a start); the core reads
them as it reads `liguilla new --teams FILE`, and the dialog stays open, with everything
typed, until they can make a season. Dismisses with the season to save, or None.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Select, Static, TextArea

from liguilla_tui.core.model import Season
from liguilla_tui.core.new_season import (
    TOURNAMENTS,
    blank_season,
    current_tournament,
    read_team_list,
    too_few_teams,
    year_problem,
)
from liguilla_tui.core.presets import PRESETS, preset_for, preset_summary
from liguilla_tui.i18n import N_, _
from liguilla_tui.screens.dialog import Dialog
from liguilla_tui.widgets.cells import plain

MAX_SHOWN_PROBLEMS = 4


class NewSeasonScreen(Dialog["Season | None"]):
    DEFAULT_CSS = """
    NewSeasonScreen { align: center middle; }
    NewSeasonScreen > Vertical { width: 76; max-width: 98%; height: auto; max-height: 100%; border: thick $accent; background: $surface; padding: 0 1; }
    NewSeasonScreen Horizontal { height: auto; }
    NewSeasonScreen .field { width: auto; height: 1; padding: 0 1 0 0; }
    NewSeasonScreen #tournament { width: 16; }
    NewSeasonScreen #year { width: 10; }
    NewSeasonScreen #preset { width: 1fr; }
    NewSeasonScreen TextArea { height: 8; }
    NewSeasonScreen .status { height: auto; max-height: 5; color: $warning; }
    NewSeasonScreen .buttons { align-horizontal: right; }
    NewSeasonScreen Button { margin-left: 1; min-width: 8; }
    """
    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel"), id="new_season.cancel"),
        Binding("ctrl+s", "create", N_("Create"), id="new_season.create"),
    ]

    def __init__(self, open_teams: list[str], **kwargs) -> None:
        """open_teams: the teams of the season open now, offered as a start."""
        super().__init__(**kwargs)
        self.open_teams = open_teams
        self.tournament, self.year = current_tournament()
        self._era_preset = preset_for(self.year, self.tournament)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(_("A new season: its teams, then its table and legs as they are played."))
            with Horizontal():
                yield Static(_("Tournament"), classes="field")
                yield Select(
                    [(t, t) for t in TOURNAMENTS],
                    value=self.tournament,
                    allow_blank=False,
                    compact=True,
                    id="tournament",
                )
                yield Static(_(" Year"), classes="field")
                yield Input(str(self.year), type="integer", max_length=4, compact=True, id="year")
            with Horizontal():
                yield Static(_("Format"), classes="field")
                yield Select(
                    [(f"{name} ({preset_summary(name)})", name) for name in PRESETS],
                    value=self._era_preset,
                    allow_blank=False,
                    compact=True,
                    id="preset",
                )
            yield Static(_("Teams, one a line (the table is typed next, e on a team):"))
            yield TextArea(id="teams", soft_wrap=False, show_line_numbers=True)
            yield Static("", classes="status")
            with Horizontal(classes="buttons"):
                if self.open_teams:
                    yield Button(_("Teams of the open season"), id="take")
                yield Button(_("Create"), id="create", variant="success")
                yield Button(_("Cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#teams", TextArea).focus()

    @on(Button.Pressed, "#take")
    def _take_open_teams(self) -> None:
        area = self.query_one("#teams", TextArea)
        area.load_text("\n".join(self.open_teams) + "\n")  # undo (ctrl+z) in the area brings back what was there
        area.focus()

    @on(Input.Changed, "#year")
    @on(Select.Changed, "#tournament")
    def _follow_era(self) -> None:
        """The format follows the year and tournament, until one is chosen by hand."""
        preset = self.query_one("#preset", Select)
        text = self.query_one("#year", Input).value.strip()
        if not (text.isascii() and text.isdigit() and len(text) == 4):
            return
        tournament = str(self.query_one("#tournament", Select).value)
        if preset.value == self._era_preset:
            self._era_preset = preset_for(int(text), tournament)
            preset.value = self._era_preset
        else:
            self._era_preset = preset_for(int(text), tournament)

    def _say(self, problems: list[str]) -> None:
        shown = problems[:MAX_SHOWN_PROBLEMS]
        if len(problems) > len(shown):
            shown.append(_("… and {count} more").format(count=len(problems) - len(shown)))
        self.query_one(".status", Static).update(plain("\n".join(shown)))

    def built(self) -> tuple[Season | None, list[str]]:
        """The season the dialog describes now, or why it cannot be made."""
        year_text = self.query_one("#year", Input).value.strip()
        if not (year_text.isascii() and year_text.isdigit()):
            return None, [_("Year: type the tournament's year, e.g. {year}.").format(year=self.year)]
        year = int(year_text)
        wrong = year_problem(year)
        if wrong:
            return None, [_("Year: {problem}.").format(problem=wrong)]
        teams, diagnostics = read_team_list(self.query_one("#teams", TextArea).text)
        problems = [
            _("Teams, line {line}, column {column}: {message}").format(line=d.line, column=d.column, message=d.message)
            if d.line
            else _("Teams: {message}").format(message=d.message)
            for d in diagnostics
        ]
        preset = str(self.query_one("#preset", Select).value)
        few = None if problems else too_few_teams(preset, teams)
        if few:
            problems.append(_("Teams: {message}").format(message=few))
        if problems:
            return None, problems
        tournament = str(self.query_one("#tournament", Select).value)
        return blank_season(tournament, year, teams, preset), []

    @on(Button.Pressed, "#create")
    def action_create(self) -> None:
        season, problems = self.built()
        if season is None:
            self._say(problems)
            return
        self.dismiss(season)

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    @work(exclusive=True, group="new-season-cancel")
    async def action_cancel(self) -> None:
        """Escape: teams typed are not thrown away without asking."""
        from liguilla_tui.deferred import choice_screen

        if self.query_one("#teams", TextArea).text.strip():
            answer = await self.app.push_screen_wait(
                choice_screen(
                    _("Discard the new season and the teams typed?"),
                    [("keep", _("Keep typing")), ("discard", _("Discard"))],
                )
            )
            if answer != "discard":
                return
        self.dismiss(None)
