"""Season in, resolved Liguilla out: one pure function, recomputed from scratch each call."""

from __future__ import annotations

from itertools import product

from liguilla_tui.core.checks import check_stated, check_table
from liguilla_tui.core.diagnostics import NOWHERE, Diagnostic, error
from liguilla_tui.core.model import Leg, RoundSpec, Season
from liguilla_tui.core.results import (
    DECIDED, PENDING, Excluded, Qualifier, Resolved, RoundResult, Slot, Tie,
)
from liguilla_tui.core.scorers import rank_scorers
from liguilla_tui.core.ties import LegIndex, decide, index_legs

# Above this many possible entrant sets, unknown slots say whom they wait for, not who.
MAX_POSSIBLE_SETS = 512


def qualifiers(season: Season) -> tuple[tuple[Qualifier, ...], tuple[Excluded, ...]]:
    barred = {b.team: b.reason for b in season.barred}
    rows = sorted(season.table, key=lambda r: r.position)
    qualified: list[Qualifier] = []
    for row in rows:
        if len(qualified) == season.format.qualifiers:
            break
        if row.team not in barred:
            qualified.append(Qualifier(len(qualified) + 1, row.team, row.position))
    position = {r.team: r.position for r in rows}
    excluded = tuple(Excluded(b.team, position.get(b.team), b.reason) for b in season.barred)
    return tuple(qualified), excluded


def pairs_for(spec: RoundSpec, entrants: list[str], seed: dict[str, int]) -> list[tuple[str, str]] | None:
    """The round's pairings (higher seed first), or None if the entrants cannot fill it."""
    ranked = sorted(entrants, key=lambda t: seed[t])
    if spec.pairing == "seeds":
        by_rank = {i + 1: team for i, team in enumerate(ranked)}
        if any(a not in by_rank or b not in by_rank for a, b in spec.seed_pairs):
            return None
        return [(by_rank[a], by_rank[b]) for a, b in spec.seed_pairs]
    if len(ranked) % 2:
        return None
    half = len(ranked) // 2
    return [(ranked[i], ranked[-1 - i]) for i in range(half)]


def _label(spec: RoundSpec, index: int, count: int, pair: tuple[int, int] | None) -> str:
    if spec.pairing == "seeds" and pair is not None:
        return f"{spec.short} {pair[0]} v {pair[1]}"
    return spec.name if count == 1 else f"{spec.short} {index + 1}"


def resolve(season: Season) -> Resolved:
    problems: list[Diagnostic] = list(season.diagnostics)
    qualified, excluded = qualifiers(season)
    if len(qualified) < season.format.qualifiers:
        problems.append(error(
            f"the table has {len(qualified)} eligible teams; the format needs {season.format.qualifiers}",
            season.table[-1].mark if season.table else NOWHERE))
    seed = {q.team: q.seed for q in qualified}
    index = index_legs(season.legs)
    used: set[int] = set()
    rounds: list[RoundResult] = []
    # Each possible set of entrants for the current round; one set once all is decided.
    possible: list[frozenset[str]] | None = [frozenset(seed)] if len(qualified) == season.format.qualifiers else []
    waiting: tuple[str, ...] = ()
    entrants = season.format.qualifiers
    for spec in season.format.rounds:
        ties, possible, waiting = _round(spec, possible, waiting, entrants, seed, index, problems, used)
        entrants = len(ties)
        rounds.append(RoundResult(spec, tuple(ties)))
        _unplaced_legs(spec, ties, season.legs, used, problems)

    final = rounds[-1].ties if rounds else ()
    champion = runner_up = None
    if len(final) == 1 and final[0].state == DECIDED:
        champion, runner_up = final[0].winner, final[0].loser
    played_legs = [s.leg for r in rounds for t in r.ties for s in t.legs if s.played]
    goals = sum(sum(leg.total()) for leg in played_legs)  # type: ignore[arg-type]
    scorers, unattributed, own_goals = rank_scorers(played_legs, [r.key for r in season.format.rounds])
    resolved = Resolved(
        season=season, qualified=qualified, excluded=excluded, rounds=tuple(rounds),
        champion=champion, runner_up=runner_up, matches_played=len(played_legs), goals=goals,
        scorers=scorers, unattributed_goals=unattributed, own_goals=own_goals,
        kept_legs=tuple(leg for leg in season.legs if id(leg) not in used), diagnostics=(),
    )
    problems.extend(check_table(season))
    problems.extend(check_stated(resolved))
    ordered = tuple(sorted(problems, key=lambda d: (d.line, d.column)))
    return Resolved(**{**{n: getattr(resolved, n) for n in Resolved.__slots__}, "diagnostics": ordered})


def _round(spec, possible, waiting, entrant_count, seed, index: LegIndex, problems, used):
    """Ties of one round, and the possible entrant sets of the next."""
    if possible is not None and len(possible) == 1:
        entrants = sorted(possible[0], key=lambda t: seed[t])
        pairs = pairs_for(spec, entrants, seed)
        if pairs is None:
            problems.append(error(f"{spec.name}: {len(entrants)} teams cannot be paired as the format says"))
            return [], None, ()
        ties = []
        for i, (h, l) in enumerate(pairs):
            rank_pair = spec.seed_pairs[i] if spec.pairing == "seeds" else None
            tie = decide(spec, i, _label(spec, i, len(pairs), rank_pair),
                         Slot(h, seed[h]), Slot(l, seed[l]), index, problems)
            used.update(id(s.leg) for s in tie.legs if s.leg is not None)
            ties.append(tie)
        undecided = tuple(t.label for t in ties if t.state != DECIDED)
        choices = [(t.winner,) if t.state == DECIDED else (t.higher.team, t.lower.team) for t in ties]
        return ties, _expand([choices]), undecided
    return _pending_round(spec, possible, waiting, entrant_count, seed, index, problems, used)


def _pending_round(spec, possible, waiting, entrant_count, seed, index, problems, used):
    """Entrants not yet known: show who could fill each slot, and decide what is certain."""
    layouts: list[list[tuple[str, str]]] = []
    for entrants in possible or []:
        pairs = pairs_for(spec, list(entrants), seed)
        if pairs is not None:
            layouts.append(pairs)
    count = len(layouts[0]) if layouts else (len(spec.seed_pairs) or max(1, entrant_count // 2))
    ties: list[Tie] = []
    for i in range(count):
        highs = _unique(layout[i][0] for layout in layouts)
        lows = _unique(layout[i][1] for layout in layouts)
        label = _label(spec, i, count, spec.seed_pairs[i] if spec.pairing == "seeds" and i < len(spec.seed_pairs) else None)
        high = Slot(highs[0], seed[highs[0]]) if len(highs) == 1 else Slot(None, None, highs, waiting)
        low = Slot(lows[0], seed[lows[0]]) if len(lows) == 1 else Slot(None, None, lows, waiting)
        if high.known and low.known:
            tie = decide(spec, i, label, high, low, index, problems)
            used.update(id(s.leg) for s in tie.legs if s.leg is not None)
        else:
            tie = Tie(spec.key, i, label, high, low, (), PENDING)
        ties.append(tie)
    if not layouts:
        return ties, None, waiting + tuple(t.label for t in ties)
    # Every layout's ties, decided where the season's legs decide them.
    options = []
    for layout in layouts:
        choices = []
        for h, l in layout:
            tie = decide(spec, 0, "", Slot(h, seed[h]), Slot(l, seed[l]), index)
            choices.append((tie.winner,) if tie.state == DECIDED else (h, l))
        options.append(choices)
    undecided = tuple(t.label for t in ties if t.state != DECIDED)
    return ties, _expand(options), waiting + undecided


def _expand(options: list[list[tuple[str, ...]]]) -> list[frozenset[str]] | None:
    sets: set[frozenset[str]] = set()
    for choices in options:
        size = 1
        for c in choices:
            size *= len(c)
        if len(sets) + size > MAX_POSSIBLE_SETS:
            return None
        sets.update(frozenset(combo) for combo in product(*choices))
    return sorted(sets, key=sorted)


def _unique(teams) -> tuple[str, ...]:
    return tuple(dict.fromkeys(teams))


def _unplaced_legs(spec: RoundSpec, ties: list[Tie], legs: tuple[Leg, ...], used: set[int], problems) -> None:
    """A leg whose pairing the round (as now decided) does not hold is kept, and reported."""
    if any(t.teams is None for t in ties):
        return  # pairings not all known yet: such legs are waiting, not wrong
    pairs = ", ".join(f"{t.higher.team} v {t.lower.team}" for t in ties)
    for leg in legs:
        if leg.round == spec.key and id(leg) not in used:
            teams = frozenset((leg.home, leg.away))
            if any(frozenset(t.teams) == teams for t in ties):
                continue  # a duplicate entry, reported at load
            problems.append(error(
                f"{leg.home} v {leg.away} is not a pairing of the {spec.name} "
                f"(they are {pairs}); the leg is kept but not counted", leg.mark))
