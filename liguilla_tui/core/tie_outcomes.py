"""Every way an undecided tie can still end: each result of what is left to play, who goes
through with it, and how.

Nothing here knows a tiebreak rule. Each hypothetical result is written into a leg and
handed to the tie-decider itself (core/ties.decide), under the round's own chain, so the
answers cannot drift from what the app shows once the score is entered.

What is left to play, and what a result is:
- one leg left (after leg 1, or a single-match round): the score of that leg, home–away
  as the leg is played;
- a live leg (one leg left, being played): its final score, from the current score up;
- both legs left: the two legs together, as the aggregate and the away goals of each side
  ("basis" aggregate), since nothing else about them matters to any chain. With the first
  leg live, only the results that hold its score so far (totals and splits from it up).

A leg marked live in the season (Leg.status) is a leg left to play whose score so far is
the floor of every result; `open_ties(live=...)` can also supply one by hand (the CLI's --live).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from liguilla_tui.core.model import Leg, RoundSpec, Score
from liguilla_tui.core.results import DECIDED, IN_PROGRESS, LEVEL, NOT_STARTED, LegSlot, Resolved, Tie
from liguilla_tui.core.ties import LegIndex, decide

GRID = 5  # scores 0..GRID of each side are listed one by one; beyond is "more"
LEG = "leg"  # basis: results are the score of the one leg left
AGGREGATE = "aggregate"  # basis: results are both legs together


class Outcome(NamedTuple):
    home_goals: int
    away_goals: int
    through: str | None  # None: level after it, waiting for what decided_by names
    decided_by: str | None  # aggregate, away_goals, higher_seed; or extra_time / penalties awaited
    # Both legs left: how many of each side's goals were scored away (None with one leg left).
    home_away_goals: int | None = None
    away_away_goals: int | None = None


class OpenTie(NamedTuple):
    """An undecided tie whose teams are known, and what is left of it."""

    spec: RoundSpec
    tie: Tie
    remaining: tuple[LegSlot, ...]  # legs still to play, in order
    live: Score | None = None  # current score (home, away of that leg) of the live leg left
    final: bool = False  # the last round's only tie: whoever goes through is champion

    @property
    def basis(self) -> str:
        return AGGREGATE if len(self.remaining) == 2 else LEG

    @property
    def home(self) -> str:
        """Home side of the last leg (the higher seed); scores here are (home, away) of it."""
        return self.remaining[-1].home if self.remaining else self.tie.legs[-1].home

    @property
    def away(self) -> str:
        return self.remaining[-1].away if self.remaining else self.tie.legs[-1].away

    @property
    def floor(self) -> Score:
        """The least each side can end the remaining play with (the live score, or 0–0),
        as (home, away) of the last leg: a live first leg of two is hosted by the away side."""
        if self.live is None:
            return (0, 0)
        return self.live if self.basis == LEG else (self.live[1], self.live[0])

    def split_ok(self, home_away: int, away_goals: int, away_away: int) -> bool:
        """Both legs left: can this split of away goals follow from a live first leg's score?
        (Its home side is the last leg's away side: its goals there are not scored away.)"""
        if self.live is None or self.basis == LEG:
            return True
        first_home, first_away = self.live
        return home_away >= first_away and away_goals - away_away >= first_home

    @property
    def least_split(self) -> tuple[int, int]:
        """The fewest away goals (home side's, away side's) a result can have."""
        return (self.live[1], 0) if self.live is not None and self.basis != LEG else (0, 0)

    @property
    def prior_goals(self) -> int:
        """Goals already in the tie, live ones included: they bound every threshold."""
        totals = (s.leg.total() for s in self.tie.legs if s.leg is not None and s.leg.played)  # final legs only
        played = sum(sum(total) for total in totals if total is not None)
        return played + sum(self.floor)


def open_ties(resolved: Resolved, live: dict[str, Score] | None = None) -> list[OpenTie]:
    """Every undecided tie with both teams known, in round order.

    `live` maps a tie's label to the current score (home–away) of the one leg it has left;
    the season format has no live legs, so the caller supplies them.
    """
    found: list[OpenTie] = []
    for rnd in resolved.rounds:
        for tie in rnd.ties:
            if tie.state not in (NOT_STARTED, IN_PROGRESS, LEVEL):
                continue
            remaining = tuple(s for s in tie.legs if not s.played)
            current = (live or {}).get(tie.label)
            if current is not None and len(remaining) != 1:
                raise ValueError(f"{tie.label}: a live score needs exactly one leg left, not {len(remaining)}")
            if current is None:
                current = next((_as_slot(s) for s in remaining if s.live), None)
            final = rnd is resolved.rounds[-1] and len(rnd.ties) == 1
            found.append(OpenTie(rnd.spec, tie, remaining, current, final))
    return found


def _as_slot(slot: LegSlot) -> Score | None:
    """A live leg's score so far as (home, away) of its slot (the stored leg may be the other way)."""
    leg = slot.leg
    if leg is None or leg.score is None:
        return None
    return leg.score if leg.home == slot.home else (leg.score[1], leg.score[0])


def decider(open_tie: OpenTie) -> Callable[..., Tie]:
    """The tie as it ends with a given result of what is left, through the tie-decider.

    One leg left: f(home_goals, away_goals) for that leg's final score. Both legs left:
    f(home_goals, away_goals, home_away_goals, away_away_goals), aggregate over the two
    legs with each side's goals scored away (the last leg's home side plays leg 1 away).
    """
    spec, tie = open_tie.spec, open_tie.tie
    teams = frozenset(tie.teams or ())
    base: LegIndex = {
        (spec.key, s.number, teams): s.leg for s in tie.legs if s.leg is not None and s.played
    }  # the final legs

    index = dict(base)  # decide() only reads it: one dict, its open entries replaced per call
    if len(open_tie.remaining) == 1:
        slot = open_tie.remaining[0]
        key = (spec.key, slot.number, teams)

        def one(home_goals: int, away_goals: int) -> Tie:
            index[key] = Leg(spec.key, slot.number, slot.home, slot.away, score=(home_goals, away_goals))
            return decide(spec, tie.index, tie.label, tie.higher, tie.lower, index)

        return one
    first, last = open_tie.remaining
    k1, k2 = (spec.key, first.number, teams), (spec.key, last.number, teams)

    def both(home_goals: int, away_goals: int, home_away: int, away_away: int) -> Tie:
        # last.home is first.away: its away goals come in leg 1, the other side's in leg 2.
        index[k1] = Leg(spec.key, first.number, first.home, first.away, score=(away_goals - away_away, home_away))
        index[k2] = Leg(spec.key, last.number, last.home, last.away, score=(home_goals - home_away, away_away))
        return decide(spec, tie.index, tie.label, tie.higher, tie.lower, index)

    return both


def outcome_from(tie: Tie, score: tuple[int, ...]) -> Outcome:
    """The decider's tie as an Outcome of this result (see decider() for its terms)."""
    if len(score) == 4:
        return _split_outcome(tie, *score)
    return _split_outcome(tie, score[0], score[1], None, None)


def _split_outcome(tie: Tie, h: int, a: int, ha: int | None, aa: int | None) -> Outcome:
    state = tie.state
    if state == DECIDED:
        return Outcome(h, a, tie.winner, tie.decided_by, ha, aa)
    if state == LEVEL:
        return Outcome(h, a, None, tie.awaiting, ha, aa)
    raise AssertionError(f"a full result left {tie.label} {state}")  # every leg was given a score


def outcome_of(
    open_tie: OpenTie, home_goals: int, away_goals: int, home_away: int | None = None, away_away: int | None = None
) -> Outcome:
    """Who goes through with this result of what is left (see decider() for its terms)."""
    if open_tie.basis == LEG:
        return outcome_from(decider(open_tie)(home_goals, away_goals), (home_goals, away_goals))
    # Goals a side did not score away it scored at home: a non-level aggregate ignores the split.
    least = open_tie.least_split
    split = (home_away if home_away is not None else least[0], away_away if away_away is not None else least[1])
    args = (home_goals, away_goals, *split)
    return outcome_from(decider(open_tie)(*args), args)


def aggregate_results(open_tie: OpenTie, home_range: range, away_range: range) -> list[Outcome]:
    """Both legs left: each aggregate, and each split of away goals where it can matter.

    A result the decider settles on the aggregate is asked once (its split of away goals
    cannot change the aggregate); any other is asked for every split.
    """
    f = decider(open_tie)
    listed: list[Outcome] = []
    least = open_tie.least_split
    ok = open_tie.split_ok
    for h in home_range:
        for a in away_range:
            if h < least[0] or not ok(least[0], a, least[1]):
                continue  # below a live first leg's score
            first = _split_outcome(f(h, a, *least), h, a, *least)
            listed.append(first)
            if first.decided_by != "aggregate":
                listed += [
                    _split_outcome(f(h, a, ha, aa), h, a, ha, aa)
                    for ha in range(h + 1)
                    for aa in range(a + 1)
                    if (ha, aa) != least and ok(ha, a, aa)
                ]
    return listed


def outcomes(open_tie: OpenTie) -> list[Outcome]:
    """Every result of what is left, each side 0..GRID goals (from the live score up).

    Both legs left: each aggregate, and for a level one every split of away goals whose
    outcome differs from the others (so a chain without away goals gives one entry).
    """
    if not open_tie.remaining:
        return []
    low_h, low_a = open_tie.floor
    homes, aways = range(low_h, low_h + GRID + 1), range(low_a, low_a + GRID + 1)
    if open_tie.basis == LEG:
        f = decider(open_tie)
        return [outcome_from(f(h, a), (h, a)) for h in homes for a in aways]
    listed: list[Outcome] = []
    by_aggregate: dict[tuple[int, int], list[Outcome]] = {}
    for o in aggregate_results(open_tie, homes, aways):
        by_aggregate.setdefault((o.home_goals, o.away_goals), []).append(o)
    for splits in by_aggregate.values():
        if len({(o.through, o.decided_by) for o in splits}) == 1:
            listed.append(splits[0]._replace(home_away_goals=None, away_away_goals=None))
        else:
            listed += sorted(splits, key=lambda o: (o.home_away_goals, o.away_away_goals))
    return listed


class Cell(NamedTuple):
    """A grid cell: who goes through with every result it stands for, or what that depends on."""

    through: str | None
    decided_by: str | None  # how, when every result it stands for is decided the same way; else None
    depends_on: str | None = None  # "margin" (a "more" cell) or "away_goals" (a level aggregate)


def _one_cell(found: list[Cell], depends_on: str) -> Cell:
    """The cell for these results: one team through with all (however each is decided), or a
    level result awaiting the same step in all; else it depends. A "more" cell of 5–6 and 5–7
    is one team's on away goals and on the aggregate alike: its mark is that team's, not "?"."""
    who = {(c.through, c.decided_by if c.through is None else None, c.depends_on) for c in found}
    if len(who) != 1 or found[0].depends_on:
        return Cell(None, None, depends_on if len(who) != 1 else found[0].depends_on)
    how = {c.decided_by for c in found}
    return Cell(found[0].through, how.pop() if len(how) == 1 else None)


def grid(open_tie: OpenTie) -> list[list[Cell]]:
    """Home goals (rows) × away goals (columns), 0..GRID then "more", from the live score up."""
    f = decider(open_tie)
    low_h, low_a = open_tie.floor
    far = GRID + 1 + 2 * open_tie.prior_goals + 10  # past every threshold the goals so far can set

    def at(h: int, a: int) -> Cell:
        if open_tie.basis == LEG:
            o = outcome_from(f(h, a), (h, a))
            return Cell(o.through, o.decided_by)
        least_ha = open_tie.least_split[0]
        most_aa = a - (open_tie.live[0] if open_tie.live is not None else 0)  # a live leg 1's home goals
        splits = [outcome_from(f(h, a, ha, aa), (h, a, ha, aa)) for ha in (least_ha, h) for aa in (0, max(0, most_aa))]
        return _one_cell([Cell(o.through, o.decided_by) for o in splits], "away_goals")

    def values(low: int, i: int) -> tuple[int, ...]:
        # More goals only ever help the side that scores them, so a "more" cell holds one
        # team through exactly when its corners (nearest and farthest results) agree.
        return (low + i,) if i <= GRID else (low + GRID + 1, low + far)

    rows: list[list[Cell]] = []
    for i in range(GRID + 2):
        row = []
        for j in range(GRID + 2):
            cells = [at(h, a) for h in values(low_h, i) for a in values(low_a, j)]
            row.append(cells[0] if len(cells) == 1 else _one_cell(cells, "margin"))
        rows.append(row)
    return rows
