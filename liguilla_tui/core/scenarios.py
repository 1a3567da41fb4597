"""What each team needs: every open tie's outcomes and needs, and each team's paths.

One value per resolved season, for the CLI, the reports and the app's Scenarios tab.
The general table's outlook (best and worst positions, zones, needs: core/table_outlook.py)
is a separate value; the reports put both side by side.
"""

from __future__ import annotations

from typing import NamedTuple

from liguilla_tui.core.model import Score
from liguilla_tui.core.paths import TeamPaths, paths
from liguilla_tui.core.results import Resolved
from liguilla_tui.core.tie_outcomes import Cell, OpenTie, Outcome, grid, open_ties, outcomes
from liguilla_tui.core.tie_words import TieNeeds, needs, phrase, words


class TieScenario(NamedTuple):
    open_tie: OpenTie
    needs: TieNeeds
    words: str  # the tie in a line: each side's need, then what a level result brings

    @property
    def label(self) -> str:
        return self.open_tie.tie.label

    def need_of(self, team: str) -> str | None:
        """What the team needs, as a phrase ("any win, or a draw of 2–2 or more")."""
        found = next((n for n in self.needs.needs if n.team == team), None)
        return phrase(found, self.open_tie.basis, self.open_tie.floor) if found else None

    def outcomes(self) -> list[Outcome]:
        return outcomes(self.open_tie)

    def grid(self) -> list[list[Cell]]:
        return grid(self.open_tie)


class Scenarios(NamedTuple):
    ties: tuple[TieScenario, ...]
    paths: tuple[TeamPaths, ...]


def tie_scenarios(resolved: Resolved, live: dict[str, Score] | None = None) -> tuple[TieScenario, ...]:
    """Each open tie with what each side needs (a fraction of a millisecond per tie)."""
    found = []
    for open_tie in open_ties(resolved, live):
        tie_needs = needs(open_tie)
        found.append(TieScenario(open_tie, tie_needs, words(open_tie, tie_needs)))
    return tuple(found)


def scenarios(resolved: Resolved, live: dict[str, Score] | None = None) -> Scenarios:
    return Scenarios(tie_scenarios(resolved, live), tuple(paths(resolved)))
