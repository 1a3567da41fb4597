"""The season as read from its file: immutable values, edited by making new ones.

Frozen msgspec Structs rather than frozen dataclasses: the same value semantics (==, hash,
repr, `msgspec.structs.replace`), but the classes are built in C. Twenty frozen dataclasses
cost ~13 ms at every start, and each instance ~1 µs more to make.
"""

from __future__ import annotations

import msgspec

from liguilla_tui.core.diagnostics import NOWHERE, Diagnostic, Mark

Score = tuple[int, int]  # (home, away)
TIEBREAK_STEPS: tuple[str, ...] = ("away_goals", "higher_seed", "extra_time", "penalties")
LIVE = "live"  # Leg.status of a leg being played: its score is the score so far


class Person(msgspec.Struct, frozen=True):
    name: str
    nationality: str | None = None


class Team(msgspec.Struct, frozen=True):
    name: str
    manager: Person | None = None
    captain: Person | None = None
    aliases: tuple[str, ...] = ()


class TableRow(msgspec.Struct, frozen=True):
    position: int
    team: str
    played: int
    won: int
    drawn: int
    lost: int
    goals_for: int
    goals_against: int
    goal_difference: int
    points: int
    mark: Mark = NOWHERE


class Barred(msgspec.Struct, frozen=True):
    team: str
    reason: str
    mark: Mark = NOWHERE


class Entrants(msgspec.Struct, frozen=True):
    """Where some of a round's teams come from.

    kind "seeds": the qualifiers seeded low..high; "winners" / "losers": of round
    `round` (all its ties, or only tie number `tie`, 1-based). `as_seed` gives the team
    that seed from then on (the play-in's winners become seeds 7 and 8).
    """

    kind: str
    low: int = 0
    high: int = 0
    round: str = ""
    tie: int | None = None
    as_seed: int | None = None


class RoundSpec(msgspec.Struct, frozen=True):
    """One round of the format, as data."""

    key: str
    name: str
    short: str
    legs: int
    # "seeds" with seed_pairs ((1, 8), (2, 7), ...) by rank among the entrants, or "reseed"
    pairing: str
    seed_pairs: tuple[tuple[int, int], ...] = ()
    tiebreak: tuple[str, ...] = ()
    # Empty: the first round takes every qualifier, a later one the winners of the one before.
    entrants: tuple[Entrants, ...] = ()


TABLE_CRITERIA: tuple[str, ...] = (
    "points",
    "goal_difference",
    "goals_for",
    "goals_against",
    "wins",
    "away_goals",
    "head_to_head",
)
DEFAULT_TABLE_ORDER: tuple[str, ...] = ("points", "goal_difference", "goals_for")


class Format(msgspec.Struct, frozen=True):
    qualifiers: int
    rounds: tuple[RoundSpec, ...]
    preset: str | None = None
    # How the general table is ordered when it is computed from results.
    table_order: tuple[str, ...] = DEFAULT_TABLE_ORDER

    def round(self, key: str) -> RoundSpec | None:
        return next((r for r in self.rounds if r.key == key), None)


class Goal(msgspec.Struct, frozen=True):
    team: str
    player: str | None = None
    minute: str | None = None  # "18", "90+3"
    penalty: bool = False
    own_goal: bool = False
    mark: Mark = NOWHERE


class Leg(msgspec.Struct, frozen=True):
    round: str
    leg: int
    home: str
    away: str
    date: str | None = None
    kickoff: str | None = None
    score: Score | None = None
    extra_time: Score | None = None
    penalties: Score | None = None
    goals: tuple[Goal, ...] = ()
    mark: Mark = NOWHERE
    # Who won the shoot-out when its score is not known (a source that says only who went
    # through); never set together with `penalties`.
    penalties_winner: str | None = None
    # Extra time and a shoot-out set aside by an edit that made the aggregate not level:
    # kept (and saved) but never counted, they come back if it is level again.
    kept_extra_time: Score | None = None
    kept_penalties: Score | None = None
    venue: str | None = None
    # LIVE while the leg is being played (its score is the score so far); None: a leg with
    # a score is final, one without is scheduled. Every file written before keeps its meaning.
    status: str | None = None
    minute: str | None = None  # of a live leg, when the user gives it: "63", "90+2", "HT"

    @property
    def live(self) -> bool:
        return self.status == LIVE and self.score is not None

    @property
    def played(self) -> bool:
        """Final: a score, and not being played any more."""
        return self.score is not None and self.status != LIVE

    @property
    def state(self) -> str:
        """ "scheduled", "live" or "final" (the JSON contract's words)."""
        return "scheduled" if self.score is None else "live" if self.status == LIVE else "final"

    def total(self) -> Score | None:
        """Goals including extra time (never the shoot-out)."""
        if self.score is None:
            return None
        et = self.extra_time or (0, 0)
        return (self.score[0] + et[0], self.score[1] + et[1])

    def goals_of(self, team: str) -> int:
        total = self.total()
        if total is None:
            return 0
        return total[0] if team == self.home else total[1] if team == self.away else 0

    def same_fixture(self, round_key: str, leg: int, teams: frozenset[str]) -> bool:
        return self.round == round_key and self.leg == leg and {self.home, self.away} == teams


class StrayLeg(msgspec.Struct, frozen=True):
    """A leg of a known round the loader could not place (it names a team the season does
    not know): not counted, but shown in its tie with why, so it never vanishes silently."""

    round: str
    leg: int | None
    home: str  # as the file writes them
    away: str
    score: Score | None  # as written, when it is a pair of whole numbers
    known: tuple[str, ...]  # the teams among home and away that the season knows
    problem: str  # the loader's error(s) for it
    mark: Mark = NOWHERE


class Result(msgspec.Struct, frozen=True):
    """A regular-season match, from which the general table can be computed."""

    home: str
    away: str
    score: Score | None
    matchday: int | None = None
    date: str | None = None
    kickoff: str | None = None
    mark: Mark = NOWHERE


class Stated(msgspec.Struct, frozen=True):
    """Facts the source states, kept to cross-check the resolved Liguilla."""

    matches: int | None = None
    goals: int | None = None
    champion: str | None = None
    runner_up: str | None = None
    top_scorer: str | None = None
    top_scorer_goals: int | None = None
    marks: tuple[tuple[str, Mark], ...] = ()

    def mark_of(self, key: str) -> Mark:
        return dict(self.marks).get(key, NOWHERE)


class Season(msgspec.Struct, frozen=True):
    competition: str
    tournament: str
    year: int
    title: str
    format: Format
    teams: tuple[Team, ...]
    table: tuple[TableRow, ...]
    barred: tuple[Barred, ...] = ()
    legs: tuple[Leg, ...] = ()
    results: tuple[Result, ...] = ()
    stated: Stated = msgspec.field(default_factory=Stated)
    country: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    source: str | None = None
    notes: tuple[str, ...] = ()
    # What reading the file found; resolution adds its own.
    diagnostics: tuple[Diagnostic, ...] = ()
    stray_legs: tuple[StrayLeg, ...] = ()

    def team(self, name: str) -> Team | None:
        return next((t for t in self.teams if t.name == name), None)
