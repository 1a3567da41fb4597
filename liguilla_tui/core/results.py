"""The resolved Liguilla: what the rules make of a season. Immutable; rebuilt per edit."""

from __future__ import annotations

from typing import NamedTuple

import msgspec

from liguilla_tui.core.diagnostics import Diagnostic
from liguilla_tui.core.model import Leg, RoundSpec, Score, Season, TableRow
from liguilla_tui.core.presets import label_shown
from liguilla_tui.i18n import _

# Tie states
PENDING = "pending"  # its teams are not known yet
NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"  # some legs played, or one being played (Tie.live)
LEVEL = "level"  # all legs played, level, waiting for extra time or penalties
DECIDED = "decided"


# Slot, LegSlot, Tie and Scorer are NamedTuples, the rest frozen msgspec Structs: resolve()
# builds dozens per keystroke, and both are made in C (a frozen dataclass pays
# object.__setattr__ per field).


class Slot(NamedTuple):
    """One side of a tie: a known team, or the teams that could still fill it."""

    team: str | None
    seed: int | None
    candidates: tuple[str, ...] = ()
    waiting_for: tuple[str, ...] = ()  # labels of the undecided ties it depends on

    @property
    def known(self) -> bool:
        return self.team is not None

    @property
    def label(self) -> str:
        if self.team is not None:
            return self.team
        # Words in the language current when shown (the JSON contract asks in English).
        if len(self.candidates) == 2:
            return _("{team} or {other}").format(team=self.candidates[0], other=self.candidates[1])
        if len(self.candidates) == 1:
            return self.candidates[0]
        if 0 < len(self.waiting_for) <= 4:
            return _("winner of {ties}").format(ties=" / ".join(label_shown(t) for t in self.waiting_for))
        return _("to be decided")


class LegSlot(NamedTuple):
    """A leg of a tie: who hosts it by the rules, and the season's entry for it, if any."""

    number: int
    home: str
    away: str
    leg: Leg | None

    @property
    def played(self) -> bool:
        """Final (a live leg is not played yet: it is still to finish)."""
        return self.leg is not None and self.leg.played

    @property
    def live(self) -> bool:
        return self.leg is not None and self.leg.live

    @property
    def state(self) -> str:
        """ "scheduled", "live" or "final"."""
        return self.leg.state if self.leg is not None else "scheduled"

    @property
    def score(self) -> Score | None:
        """The leg's (home, away) score, so far while it is live; None while it is not played."""
        return self.leg.score if self.leg is not None else None

    def goals(self, team: str) -> int:
        return self.leg.goals_of(team) if self.leg is not None else 0


class Tie(NamedTuple):
    round_key: str
    index: int  # type: ignore[assignment]  # 0-based within its round; a field may shadow tuple.index
    label: str  # "QF 1 v 8", "SF 1", "Final"
    higher: Slot
    lower: Slot
    legs: tuple[LegSlot, ...] = ()
    state: str = PENDING
    # Scores below are (higher seed, lower seed).
    aggregate: Score | None = None  # including extra time
    away_goals: Score | None = None
    extra_time: Score | None = None
    penalties: Score | None = None
    winner: str | None = None
    loser: str | None = None
    decided_by: str | None = None
    awaiting: str | None = None  # "extra_time" or "penalties" while LEVEL
    # A leg is being played: the tie is IN_PROGRESS whatever its scores say so far, and
    # `aggregate` counts the score so far. `minute`: the live leg's, when known.
    live: bool = False
    minute: str | None = None

    @property
    def teams(self) -> tuple[str, str] | None:
        if self.higher.team is None or self.lower.team is None:
            return None
        return (self.higher.team, self.lower.team)

    @property
    def legs_played(self) -> int:
        return sum(1 for slot in self.legs if slot.played)


class RoundResult(msgspec.Struct, frozen=True):
    spec: RoundSpec
    ties: tuple[Tie, ...]

    @property
    def complete(self) -> bool:
        return all(t.state == DECIDED for t in self.ties)


class Qualifier(msgspec.Struct, frozen=True):
    seed: int
    team: str
    position: int


class Excluded(msgspec.Struct, frozen=True):
    team: str
    position: int | None
    reason: str


class Scorer(NamedTuple):
    rank: int
    player: str
    team: str
    goals: int
    penalties: int
    by_round: tuple[tuple[str, int], ...]  # (round key, goals), in round order


class Resolved(msgspec.Struct, frozen=True):
    season: Season
    table: tuple[TableRow, ...]  # computed from results when the season has them, else as stated
    qualified: tuple[Qualifier, ...]
    excluded: tuple[Excluded, ...]
    rounds: tuple[RoundResult, ...]
    champion: str | None
    runner_up: str | None
    matches_played: int
    goals: int
    scorers: tuple[Scorer, ...]
    unattributed_goals: int
    own_goals: int
    # Legs not counted: pairings the bracket does not (now) hold, and second entries of a leg.
    kept_legs: tuple[Leg, ...]
    diagnostics: tuple[Diagnostic, ...]

    def seed_of(self, team: str) -> int | None:
        return next((q.seed for q in self.qualified if q.team == team), None)

    def round(self, key: str) -> RoundResult | None:
        return next((r for r in self.rounds if r.spec.key == key), None)

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.is_error)
