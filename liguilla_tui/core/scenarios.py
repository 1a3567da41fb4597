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
from liguilla_tui.core.tie_needs import TieNeeds, needs
from liguilla_tui.core.tie_outcomes import Cell, OpenTie, Outcome, grid, open_ties, outcomes
from liguilla_tui.core.tie_words import phrase, words
from liguilla_tui.i18n import language


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


def tie_scenarios(
    resolved: Resolved, live: dict[str, Score] | None = None, memo: ScenarioMemo | None = None
) -> tuple[TieScenario, ...]:
    """Each open tie with what each side needs (a fraction of a millisecond per tie);
    with a memo, only the ties that changed since its last call are worked out again."""
    if memo is not None:
        return memo.scenarios(open_ties(resolved, live))
    return tuple(_scenario(open_tie) for open_tie in open_ties(resolved, live))


def _scenario(open_tie: OpenTie) -> TieScenario:
    tie_needs = needs(open_tie)
    return TieScenario(open_tie, tie_needs, words(open_tie, tie_needs))


class ScenarioMemo:
    """The latest scenario of each tie slot (round, tie), for a caller that asks again
    after every edit (the Scenarios tab): an edit changes one tie, and the others' needs
    (most of a key's work on that tab) are the very ones worked out before.

    A tie's scenario is a function of its OpenTie alone (the round's spec and tiebreak,
    the tie's teams, seeds and legs, a live score) and of the language its words are in:
    one is reused only when both are equal to what it was worked out from; otherwise
    it is worked out again and replaces the slot's entry. Slots not asked for are dropped.
    """

    def __init__(self) -> None:
        self._latest: dict[tuple[str, int], tuple[OpenTie, str, TieScenario]] = {}

    def scenarios(self, ties: list[OpenTie]) -> tuple[TieScenario, ...]:
        said_in = language()
        kept = self._latest
        latest: dict[tuple[str, int], tuple[OpenTie, str, TieScenario]] = {}
        found = []
        for open_tie in ties:
            slot = (open_tie.spec.key, open_tie.tie.index)
            entry = kept.get(slot)
            if entry is None or entry[1] != said_in or entry[0] != open_tie:
                entry = (open_tie, said_in, _scenario(open_tie))
            latest[slot] = entry
            found.append(entry[2])
        self._latest = latest
        return tuple(found)


def scenarios(resolved: Resolved, live: dict[str, Score] | None = None) -> Scenarios:
    return Scenarios(tie_scenarios(resolved, live), tuple(paths(resolved)))
