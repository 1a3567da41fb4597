"""Season in, resolved Liguilla out: one pure function, recomputed from scratch each call
(the app passes a RoundMemo, which hands back a round whose inputs are those it was last
worked out from: core/round_memo.py).

Undecided ties are followed as "worlds": each world is one way the undecided ties could
still go (who won each tie so far, and the seeds teams were given on the way). A round's
pairing is known where every world agrees on it; elsewhere its slots list the teams
that could fill them. With everything decided there is exactly one world.
"""

from __future__ import annotations

from itertools import product
from operator import itemgetter

from liguilla_tui.core.checks import check_stated, check_table
from liguilla_tui.core.diagnostics import NOWHERE, Diagnostic, error
from liguilla_tui.core.model import Leg, RoundSpec, Season, TableRow
from liguilla_tui.core.presets import round_name
from liguilla_tui.core.results import (
    DECIDED,
    PENDING,
    Excluded,
    Qualifier,
    Resolved,
    RoundResult,
    Slot,
    Tie,
)
from liguilla_tui.core.round_memo import RoundInputs, RoundMemo, RoundOutputs
from liguilla_tui.core.scorers import counted, rank_scorers
from liguilla_tui.core.table import compare_tables, compute_table
from liguilla_tui.core.ties import LegIndex, decide, index_legs
from liguilla_tui.i18n import _, language

# Past this many worlds, unknown slots say which ties they wait for, not who may fill them.
# It bounds a keystroke's resolve(): following 512 worlds through a 64-team bracket cost
# ~4 ms, 256 ~2 ms. Of 421 states of the bundled seasons (each round's start, each leg
# missing) only two lose a list, both of nine possible finalists before a play-in starts.
MAX_WORLDS = 256

Outcome = tuple[str, str]  # (winner, loser)
World = tuple[dict[str, list[Outcome]], dict[str, int]]  # outcomes by round, seeds
_SIDES = (itemgetter(0), itemgetter(1))  # a pairing's higher seed, lower seed
_WINNER = itemgetter(0)  # of an Outcome


def general_table(season: Season) -> tuple[TableRow, ...]:
    """Computed from the results when the season has them, else the table as stated."""
    if not season.results:
        return season.table
    teams = dict.fromkeys(team for r in season.results for team in (r.home, r.away))
    return compute_table(teams, season.results, season.format.table_order)


def qualifiers(
    season: Season,
    table: tuple[TableRow, ...] | None = None,
) -> tuple[tuple[Qualifier, ...], tuple[Excluded, ...]]:
    barred = {b.team: b.reason for b in season.barred}
    rows = sorted(season.table if table is None else table, key=lambda r: r.position)
    qualified: list[Qualifier] = []
    for row in rows:
        if len(qualified) == season.format.qualifiers:
            break
        if row.team not in barred:
            qualified.append(Qualifier(len(qualified) + 1, row.team, row.position))
    position = {r.team: r.position for r in rows}
    excluded = tuple(Excluded(b.team, position.get(b.team), b.reason) for b in season.barred)
    return tuple(qualified), excluded


def entrants(
    spec: RoundSpec, index: int, rounds: tuple[RoundSpec, ...], world: World, by_seed: dict[int, str]
) -> tuple[list[str], dict[str, int]] | None:
    """The round's teams in this world, and the seeds they carry from here on."""
    outcomes, seeds = world
    if not spec.entrants:
        if index == 0:
            return list(by_seed.values()), seeds
        previous = outcomes.get(rounds[index - 1].key)
        return (list(map(_WINNER, previous)), seeds) if previous is not None else None
    teams: list[str] = []
    assigned = seeds
    for source in spec.entrants:
        if source.kind == "seeds":
            picked = [by_seed[s] for s in range(source.low, source.high + 1) if s in by_seed]
        else:
            results = outcomes.get(source.round)
            if results is None:
                return None
            chosen = [results[source.tie - 1]] if source.tie is not None else results
            picked = [w if source.kind == "winners" else loser for w, loser in chosen]
        if source.as_seed is not None:
            assigned = {**assigned, **{team: source.as_seed for team in picked}}
        teams += picked
    return teams, assigned


def pairs_for(spec: RoundSpec, teams: list[str], seed: dict[str, int]) -> list[tuple[str, str]] | None:
    """The round's pairings (higher seed first), or None if the entrants cannot fill it."""
    # This runs once per world per round (hundreds of times in a big bracket mid-round):
    # C-level key and zip rather than Python lambdas and index loops.
    ranked = sorted(teams, key=seed.__getitem__)
    if spec.pairing == "seeds":
        by_rank = {i + 1: team for i, team in enumerate(ranked)}
        if any(a not in by_rank or b not in by_rank for a, b in spec.seed_pairs):
            return None
        return [(by_rank[a], by_rank[b]) for a, b in spec.seed_pairs]
    if len(ranked) % 2:
        return None
    half = len(ranked) // 2
    return list(zip(ranked[:half], reversed(ranked[half:])))


def _label(spec: RoundSpec, index: int, count: int) -> str:
    if count == 1:
        return spec.name
    if spec.pairing == "seeds":
        a, b = spec.seed_pairs[index]
        # A round of qualifiers seeded low..high is labelled by their seeds (5 v 12).
        only = spec.entrants[0] if len(spec.entrants) == 1 and spec.entrants[0].kind == "seeds" else None
        offset = only.low - 1 if only is not None and only.as_seed is None else 0
        return f"{spec.short} {a + offset} v {b + offset}"
    return f"{spec.short} {index + 1}"


def resolve(season: Season, memo: RoundMemo | None = None) -> Resolved:
    """The season's Liguilla; with a memo (core/round_memo.py), the rounds whose inputs
    are those of its latest call are reused."""
    problems: list[Diagnostic] = list(season.diagnostics)
    table = general_table(season)
    qualified, excluded = qualifiers(season, table)
    if len(qualified) < season.format.qualifiers:
        problems.append(
            error(
                _("the table has {count} eligible teams; the format needs {qualifiers}").format(
                    count=len(qualified), qualifiers=season.format.qualifiers
                ),
                table[-1].mark if table else NOWHERE,
            )
        )
    by_seed = {q.seed: q.team for q in qualified}
    index = index_legs(season.legs)
    used: set[int] = set()
    rounds: list[RoundResult] = []
    full = len(qualified) == season.format.qualifiers
    worlds: list[World] | None = [({}, {q.team: q.seed for q in qualified})] if full else None
    undecided: list[str] = []  # labels of the ties not decided so far
    specs = season.format.rounds
    by_round: dict[str, list[Leg]] = {}
    for leg in season.legs:
        by_round.setdefault(leg.round, []).append(leg)
    said_in = language()
    for number, spec in enumerate(specs):
        legs = tuple(by_round.get(spec.key, ()))
        inputs = RoundInputs(specs, worlds, by_seed, tuple(undecided), legs, said_in)
        found = memo.get(number, inputs) if memo is not None else None
        if found is None:
            found = _round(spec, number, inputs, index)
            if memo is not None:
                memo.put(number, inputs, found)
        ties, worlds = found.ties, found.worlds_after
        problems += found.problems
        used |= found.used
        undecided += found.still_open
        rounds.append(RoundResult(spec, tuple(ties)))
        _unplaced_legs(spec, ties, legs, used, problems)

    final = rounds[-1].ties if rounds else ()
    champion = runner_up = None
    if len(final) == 1 and final[0].state == DECIDED:
        champion, runner_up = final[0].winner, final[0].loser
    # Final legs only: a live leg's goals are not yet the source's facts (check_stated).
    played_legs = [
        s.leg for r in rounds for t in r.ties for s in t.legs if s.leg is not None and s.leg.played
    ]  # LegSlot.played, narrowed
    goals = sum(sum(total) for leg in played_legs if (total := leg.total()) is not None)
    scorers, unattributed, own_goals = rank_scorers(list(map(counted, played_legs)))
    problems.extend(check_table(season))
    if season.results and season.table:
        problems.extend(compare_tables(season.table, table))
    problems.extend(check_stated(season.stated, len(played_legs), goals, champion, runner_up, scorers))
    return Resolved(
        season=season,
        table=table,
        qualified=qualified,
        excluded=excluded,
        rounds=tuple(rounds),
        champion=champion,
        runner_up=runner_up,
        matches_played=len(played_legs),
        goals=goals,
        scorers=scorers,
        unattributed_goals=unattributed,
        own_goals=own_goals,
        kept_legs=tuple(leg for leg in season.legs if id(leg) not in used),
        diagnostics=tuple(sorted(problems, key=lambda d: (d.line, d.column))),
    )


def _round(spec: RoundSpec, number: int, given: RoundInputs, index: LegIndex) -> RoundOutputs:
    """One round's ties as the worlds agree on them, the worlds after it, and what it
    reported and placed."""
    specs, worlds, by_seed, undecided = given.specs, given.worlds, given.by_seed, given.undecided
    problems: list[Diagnostic] = []
    used: set[int] = set()
    layouts: list[tuple[World, list[tuple[str, str]], dict[str, int]]] = []
    for world in worlds or []:
        found = entrants(spec, number, specs, world, by_seed)
        if found is None:
            continue
        teams, seeds = found
        pairs = pairs_for(spec, teams, seeds)
        if pairs is None:
            problems.append(
                error(
                    _("{name}: {count} teams cannot be paired as the format says").format(
                        name=round_name(spec), count=len(teams)
                    )
                )
            )
            return RoundOutputs([], None, problems, used, [])
        layouts.append((world, pairs, seeds))
    count = len(layouts[0][1]) if layouts else _tie_count(spec, number, specs, by_seed)
    ties: list[Tie] = []
    decided: dict[tuple[str, str], Tie] = {}  # shown ties, reused when branching
    still_open: list[str] = []
    single = layouts[0] if len(layouts) == 1 else None  # everything upstream decided: one world
    if single is None:
        # Tie i's pairing in every world, and each world's seeds: the slots below are then
        # found by C-level map() over worlds (hundreds of them in a big bracket mid-round).
        columns = list(zip(*(pairs for _, pairs, _ in layouts))) if layouts else [()] * count
        seed_maps = [seeds for _, _, seeds in layouts]
    for i in range(count):
        label = _label(spec, i, count)
        if single is not None:
            (h, low), seeds = single[1][i], single[2]
            tie = decide(spec, i, label, Slot(h, seeds[h]), Slot(low, seeds[low]), index, problems)
            used.update(id(s.leg) for s in tie.legs if s.leg is not None)
            decided[(h, low)] = tie
            ties.append(tie)
            if tie.state != DECIDED:
                still_open.append(label)
            continue
        sides: list[Slot] = []
        for pick in _SIDES:
            named = list(map(pick, columns[i]))  # this side's team in each world
            names = tuple(dict.fromkeys(named))
            if len(names) == 1:
                side_seeds = set(map(dict.__getitem__, seed_maps, named))
                sides.append(Slot(names[0], side_seeds.pop() if len(side_seeds) == 1 else None))
            else:
                # Under re-seeding any undecided earlier tie can move this slot.
                sides.append(Slot(None, None, names, tuple(undecided)))
        high, lower = sides
        if high.team is not None and lower.team is not None:  # both known
            tie = decide(spec, i, label, high, lower, index, problems)
            used.update(id(s.leg) for s in tie.legs if s.leg is not None)
            decided[(high.team, lower.team)] = tie
        else:
            tie = Tie(spec.key, i, label, high, lower, (), PENDING)
        ties.append(tie)
        if tie.state != DECIDED:
            still_open.append(label)
    # No round follows the last: nobody asks for the worlds after it.
    after = None if number == len(specs) - 1 else branch_worlds(spec, layouts, index, decided)
    return RoundOutputs(ties, after, problems, used, still_open)


def branch_worlds(spec: RoundSpec, layouts, index: LegIndex, shown: dict[tuple[str, str], Tie]) -> list[World] | None:
    """Every world after this round: decided ties go one way, the others both."""
    if not layouts:
        return None
    cache: dict[tuple[str, str], tuple[Outcome, ...]] = {}
    after: list[World] = []
    for (outcomes, _worlds), pairs, seeds in layouts:
        choices = []
        for h, low in pairs:
            if (h, low) not in cache:
                tie = shown.get((h, low)) or decide(spec, 0, "", Slot(h, seeds[h]), Slot(low, seeds[low]), index)
                if tie.state == DECIDED:
                    assert tie.winner is not None and tie.loser is not None  # a decided tie names both
                    cache[(h, low)] = ((tie.winner, tie.loser),)
                else:
                    cache[(h, low)] = ((h, low), (low, h))
            choices.append(cache[(h, low)])
        size = 1
        for c in choices:
            size *= len(c)
        if len(after) + size > MAX_WORLDS:
            return None
        after += [({**outcomes, spec.key: list(combo)}, seeds) for combo in product(*choices)]
    return after


def _tie_count(spec: RoundSpec, number: int, specs, by_seed) -> int:
    """How many ties a round has when no world reaches it (too many to follow)."""
    if spec.pairing == "seeds":
        return len(spec.seed_pairs)
    teams = len(by_seed)
    for earlier in specs[: number + 1]:
        if earlier.entrants:
            teams = sum(
                s.high - s.low + 1
                if s.kind == "seeds"
                else (1 if s.tie else _tie_count(next(r for r in specs if r.key == s.round), 0, specs, by_seed))
                for s in earlier.entrants
            )
        if earlier is not spec:
            teams = len(earlier.seed_pairs) if earlier.pairing == "seeds" else teams // 2
    return max(1, teams // 2)


def _unplaced_legs(spec: RoundSpec, ties: list[Tie], legs, used: set[int], problems) -> None:
    """A leg whose pairing the round (as now decided) does not hold is kept, and reported."""
    stray = [leg for leg in legs if id(leg) not in used]
    if not stray or any(t.teams is None for t in ties):
        return  # all placed, or pairings not all known yet: such legs are waiting, not wrong
    paired = [frozenset(t.teams) for t in ties if t.teams is not None]  # all, as checked above
    pairs = ", ".join(_("{home} v {away}").format(home=t.higher.team, away=t.lower.team) for t in ties)
    for leg in stray:
        if frozenset((leg.home, leg.away)) in paired:
            continue  # a duplicate entry, reported at load
        problems.append(
            error(
                _(
                    "{home} v {away} is not a pairing of the {name} (they are {pairs}); the leg is kept but not counted"
                ).format(home=leg.home, away=leg.away, name=round_name(spec), pairs=pairs),
                leg.mark,
            )
        )
