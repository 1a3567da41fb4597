"""One tie: its legs, aggregate and the tiebreak chain that decides it."""

from __future__ import annotations

from liguilla_tui.core.diagnostics import Diagnostic, error
from liguilla_tui.core.model import Leg, RoundSpec
from liguilla_tui.core.results import (
    DECIDED,
    IN_PROGRESS,
    LEVEL,
    NOT_STARTED,
    LegSlot,
    Slot,
    Tie,
)
from liguilla_tui.i18n import _

LegIndex = dict[tuple[str, int, frozenset[str]], Leg]


def index_legs(legs: tuple[Leg, ...]) -> LegIndex:
    """The first entry for each (round, leg, teams); later duplicates are reported at load."""
    index: LegIndex = {}
    for leg in legs:
        index.setdefault((leg.round, leg.leg, frozenset((leg.home, leg.away))), leg)
    return index


def leg_slots(spec: RoundSpec, higher: str, lower: str, index: LegIndex) -> tuple[LegSlot, ...]:
    """The higher seed hosts the last leg (and a single match)."""
    teams = frozenset((higher, lower))
    key = spec.key
    if spec.legs == 1:
        return (LegSlot(1, higher, lower, index.get((key, 1, teams))),)
    return (
        LegSlot(1, lower, higher, index.get((key, 1, teams))),
        LegSlot(2, higher, lower, index.get((key, 2, teams))),
    )


def decide(
    spec: RoundSpec,
    index_in_round: int,
    label: str,
    higher: Slot,
    lower: Slot,
    index: LegIndex,
    problems: list[Diagnostic] | None = None,
) -> Tie:
    """Resolve a tie between two known teams; `problems` collects rule violations.

    This runs for every tie on every keystroke, so it builds its Tie exactly once.
    """
    h, low = higher.team, lower.team
    assert h is not None and low is not None
    slots = leg_slots(spec, h, low, index)
    played = [(s.leg, s.leg.score) for s in slots if s.leg is not None and s.leg.score is not None]
    if not played:
        return Tie(spec.key, index_in_round, label, higher, lower, slots, NOT_STARTED)
    regular_h = regular_l = total_h = total_l = away_h = away_l = 0
    for leg, score in played:
        extra = leg.extra_time or (0, 0)
        # Turn (home, away) into (higher, lower); the side not at home scored away.
        (sh, sl), (eh, el) = (score, extra) if leg.home == h else ((score[1], score[0]), (extra[1], extra[0]))
        regular_h += sh
        regular_l += sl
        total_h += sh + eh
        total_l += sl + el
        if leg.home == h:
            away_l += sl + el
        else:
            away_h += sh + eh
    aggregate = (total_h, total_l)
    live = next((s.leg for s in slots if s.leg is not None and s.leg.live), None)
    if live is not None:
        # Counted for the score so far, never decided: the rounds after it stay open.
        away = (away_h, away_l)
        return Tie(
            spec.key,
            index_in_round,
            label,
            higher,
            lower,
            slots,
            IN_PROGRESS,
            aggregate,
            away,
            live=True,
            minute=live.minute,
        )
    if len(played) < len(slots):
        return Tie(spec.key, index_in_round, label, higher, lower, slots, IN_PROGRESS, aggregate)
    last = slots[-1].leg
    assert last is not None
    flip = last.home != h  # season scores are (home, away); ties speak (higher, lower)
    et = _oriented(last.extra_time, flip)
    pens = _oriented(last.penalties, flip)
    # A shoot-out whose score is not known, only its winner: 0 the higher seed, 1 the lower.
    pens_side = None if last.penalties_winner is None else (0 if last.penalties_winner == h else 1)
    report = problems if problems is not None else []
    if et is not None and regular_h != regular_l:
        report.append(
            error(
                _("extra time entered in {h} v {low} but the aggregate was not level ({regular_h}-{regular_l})").format(
                    h=h, low=low, regular_h=regular_h, regular_l=regular_l
                ),
                last.mark,
            )
        )
        et = None
        aggregate = (regular_h, regular_l)
    if pens is not None and aggregate[0] != aggregate[1]:
        report.append(
            error(
                _("penalties entered in {h} v {low} but the aggregate was not level ({aggregate}-{aggregate2})").format(
                    h=h, low=low, aggregate=aggregate[0], aggregate2=aggregate[1]
                ),
                last.mark,
            )
        )
        pens = None
    if pens_side is not None and aggregate[0] != aggregate[1]:
        report.append(
            error(
                _(
                    "a shoot-out winner entered in {h} v {low} but the aggregate was not level ({aggregate}-{aggregate2})"
                ).format(h=h, low=low, aggregate=aggregate[0], aggregate2=aggregate[1]),
                last.mark,
            )
        )
        pens_side = None
    away = (away_h, away_l)
    side, how, awaiting = _verdict(spec.tiebreak, (regular_h, regular_l), away, et, pens, pens_side)
    if side is None:
        return Tie(
            spec.key, index_in_round, label, higher, lower, slots, LEVEL, aggregate, away, et, pens, awaiting=awaiting
        )
    winner, loser = (h, low) if side == 0 else (low, h)
    return Tie(
        spec.key, index_in_round, label, higher, lower, slots, DECIDED, aggregate, away, et, pens, winner, loser, how
    )


def _verdict(tiebreak, regular, away, et, pens, pens_side=None) -> tuple[int | None, str | None, str | None]:
    """(winning side 0=higher 1=lower, how) — or (None, None, what it waits for)."""
    if regular[0] != regular[1]:
        return (0 if regular[0] > regular[1] else 1), "aggregate", None
    for step in tiebreak:
        if step == "away_goals" and away[0] != away[1]:
            return (0 if away[0] > away[1] else 1), "away_goals", None
        if step == "higher_seed":
            return 0, "higher_seed", None
        if step == "extra_time":
            if et is None:
                return None, None, "extra_time"
            if et[0] != et[1]:
                return (0 if et[0] > et[1] else 1), "extra_time", None
        if step == "penalties":
            if pens is None:
                return (pens_side, "penalties", None) if pens_side is not None else (None, None, "penalties")
            return (0 if pens[0] > pens[1] else 1), "penalties", None
    return None, None, None  # a chain with no final step: nothing decides it


def _oriented(pair: tuple[int, int] | None, flip: bool) -> tuple[int, int] | None:
    if pair is None:
        return None
    return (pair[1], pair[0]) if flip else pair
