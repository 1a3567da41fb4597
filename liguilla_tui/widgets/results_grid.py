"""A matchday's regular-season results as a grid whose cursor stops on the score cells."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.message import Message

from liguilla_tui.i18n import N_
from liguilla_tui.widgets.score_grid import ScoreGrid


class ResultsGrid(ScoreGrid):
    """Same keys as a tie's grid; `,` and `.` step through the matchdays."""

    LINES, CELLS = 64, 512  # a matchday: up to ten rows
    LEG_STATES = False  # regular-season results are entered when final

    BINDINGS = [
        Binding("comma,pageup", "matchday(-1)", N_("Prev matchday"), key_display=",", id="results.prev"),
        Binding("full_stop,pagedown", "matchday(1)", N_("Next matchday"), key_display=".", id="results.next"),
        Binding("g,enter", "goals", N_("Goals"), show=False, id="results.goals"),
    ]

    @dataclass
    class MatchdayStep(Message):
        grid: ResultsGrid
        step: int

    def action_matchday(self, step: int) -> None:
        self.post_message(self.MatchdayStep(self, step))

    def action_goals(self) -> None:
        """Regular-season results carry no goal events."""
