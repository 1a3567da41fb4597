"""One tie: its legs, aggregate and the tiebreak chain that decides it."""

from __future__ import annotations

from liguilla_tui.core.diagnostics import Diagnostic, error
from liguilla_tui.core.model import Leg, RoundSpec
from liguilla_tui.core.results import (
    DECIDED, IN_PROGRESS, LEVEL, NOT_STARTED, LegSlot, Slot, Tie,
)

LegIndex = dict[tuple[str, int, frozenset], Leg]


def index_legs(legs: tuple[Leg, ...]) -> LegIndex:
    """The first entry for each (round, leg, teams); later duplicates are reported at load."""
    index: LegIndex = {}
    for leg in legs:
        index.setdefault((leg.round, leg.leg, frozenset((leg.home, leg.away))), leg)
    return index


def leg_slots(spec: RoundSpec, higher: str, lower: str, index: LegIndex) -> tuple[LegSlot, ...]:
    """The higher seed hosts the last leg (and a single match)."""
    teams = frozenset((higher, lower))
    hosts = [higher] if spec.legs == 1 else [lower, higher]
    slots = []
    for number, host in enumerate(hosts, start=1):
        guest = lower if host == higher else higher
        slots.append(LegSlot(number, host, guest, index.get((spec.key, number, teams))))
    return tuple(slots)


def decide(
    spec: RoundSpec, index_in_round: int, label: str, higher: Slot, lower: Slot,
    index: LegIndex, problems: list[Diagnostic] | None = None,
) -> Tie:
    """Resolve a tie between two known teams; `problems` collects rule violations."""
    h, l = higher.team, lower.team
    assert h is not None and l is not None
    slots = leg_slots(spec, h, l, index)
    base = Tie(spec.key, index_in_round, label, higher, lower, slots, NOT_STARTED)
    played = [s for s in slots if s.played]
    if not played:
        return base
    regular = [0, 0]
    total = [0, 0]
    away = [0, 0]
    for slot in played:
        leg = slot.leg
        assert leg is not None and leg.score is not None
        for side, team in enumerate((h, l)):
            own = leg.score[0] if team == leg.home else leg.score[1]
            got = leg.goals_of(team)
            regular[side] += own
            total[side] += got
            if team == leg.away:
                away[side] += got
    aggregate = (total[0], total[1])
    if len(played) < len(slots):
        return _replace(base, state=IN_PROGRESS, aggregate=aggregate)
    last = slots[-1].leg
    assert last is not None
    flip = last.home != h  # season scores are (home, away); ties speak (higher, lower)
    et = _oriented(last.extra_time, flip)
    pens = _oriented(last.penalties, flip)
    report = problems if problems is not None else []
    if et is not None and regular[0] != regular[1]:
        report.append(error(f"extra time entered in {h} v {l} but the aggregate was not level "
                            f"({regular[0]}-{regular[1]})", last.mark))
        et = None
        aggregate = (regular[0], regular[1])
    if pens is not None and aggregate[0] != aggregate[1]:
        report.append(error(f"penalties entered in {h} v {l} but the aggregate was not level "
                            f"({aggregate[0]}-{aggregate[1]})", last.mark))
        pens = None
    tie = _replace(base, aggregate=aggregate, away_goals=(away[0], away[1]), extra_time=et, penalties=pens)
    if regular[0] != regular[1]:
        return _won(tie, 0 if regular[0] > regular[1] else 1, "aggregate")
    for step in spec.tiebreak:
        if step == "away_goals" and away[0] != away[1]:
            return _won(tie, 0 if away[0] > away[1] else 1, "away_goals")
        if step == "higher_seed":
            return _won(tie, 0, "higher_seed")
        if step == "extra_time":
            if et is None:
                return _replace(tie, state=LEVEL, awaiting="extra_time")
            if et[0] != et[1]:
                return _won(tie, 0 if et[0] > et[1] else 1, "extra_time")
        if step == "penalties":
            if pens is None:
                return _replace(tie, state=LEVEL, awaiting="penalties")
            return _won(tie, 0 if pens[0] > pens[1] else 1, "penalties")
    return _replace(tie, state=LEVEL)  # a chain with no final step: nothing decides it


def _oriented(pair: tuple[int, int] | None, flip: bool) -> tuple[int, int] | None:
    if pair is None:
        return None
    return (pair[1], pair[0]) if flip else pair


def _won(tie: Tie, side: int, how: str) -> Tie:
    teams = (tie.higher.team, tie.lower.team)
    return _replace(tie, state=DECIDED, winner=teams[side], loser=teams[1 - side], decided_by=how)


def _replace(tie: Tie, **changes) -> Tie:
    # dataclasses.replace re-runs __init__ through a generic path; this is the hot loop.
    values = {name: getattr(tie, name) for name in Tie.__slots__}
    values.update(changes)
    return Tie(**values)
