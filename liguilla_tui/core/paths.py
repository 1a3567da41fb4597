"""Paths: for each team still in, who it can meet in its next round and whether it hosts
the last leg, across every way the open ties can still go (re-seeding included).

The worlds are the resolver's own (core/resolve.py): each open tie goes both ways, each
world's next round is found by the same entrants() and pairs_for(), and the same
branch_worlds() carries them on. Nothing here pairs or seeds a team itself.
"""

from __future__ import annotations

from typing import NamedTuple

from liguilla_tui.core.presets import preset_round_name
from liguilla_tui.core.resolve import World, branch_worlds, entrants, pairs_for
from liguilla_tui.core.results import DECIDED, PENDING, Resolved
from liguilla_tui.core.ties import index_legs
from liguilla_tui.i18n import _

WINS, LOSES = "wins", "loses"
_VIA_ORDER = {None: 0, WINS: 1, LOSES: 2}


class Meeting(NamedTuple):
    round_key: str
    round_name: str
    opponent: str
    hosts: bool  # hosts the last leg (or the single match): the higher seed
    via: str | None  # "wins" / "loses" its open tie to get there; None: already through
    legs: int = 2


class TeamPaths(NamedTuple):
    team: str
    meetings: tuple[Meeting, ...]  # every (round, opponent, hosts, via) some world holds
    complete: bool  # False: too many worlds to follow to the end


def paths(resolved: Resolved) -> list[TeamPaths]:
    """Each team whose next opponent is not known yet, with every opponent it can meet.

    Past the resolver's bound on worlds (MAX_WORLDS) the rounds beyond are not followed:
    a team in an open tie is then listed with complete False (and the meetings found, if
    any); a team through already whose next round lies beyond is not listed.
    """
    season = resolved.season
    specs = season.format.rounds
    if len(resolved.qualified) != season.format.qualifiers or not specs:
        return []
    by_seed = {q.seed: q.team for q in resolved.qualified}
    index = index_legs(season.legs)
    # Which open tie (round key) each team is in: in a world, its result there is its "via".
    open_in = {
        team: rnd.spec.key
        for rnd in resolved.rounds
        for tie in rnd.ties
        if tie.teams and tie.state != DECIDED
        for team in tie.teams
    }
    round_number = {spec.key: n for n, spec in enumerate(specs)}
    found: dict[str, dict[Meeting, None]] = {}
    first_round: dict[tuple[str, str | None], int] = {}  # (team, via) -> its next round's number
    worlds: list[World] = [({}, {q.team: q.seed for q in resolved.qualified})]
    reached = -1  # the last round whose every pairing in every world was followed
    for number, spec in enumerate(specs):
        layouts = []
        for world in worlds:
            got = entrants(spec, number, specs, world, by_seed)
            if got is None:
                continue
            teams, seeds = got
            pairs = pairs_for(spec, teams, seeds)
            if pairs is None:
                return _listed(found, lambda team: False)
            layouts.append((world, pairs, seeds))
        reached = number
        ties = resolved.rounds[number].ties
        for (outcomes, _w), pairs, _r in layouts:
            for k, pair in enumerate(pairs):
                if k >= len(ties) or ties[k].state != PENDING:
                    continue
                for me, other, hosts in ((pair[0], pair[1], True), (pair[1], pair[0], False)):
                    via = _via(me, open_in.get(me), outcomes)
                    if first_round.setdefault((me, via), number) != number:
                        continue  # only the next round it reaches, not the ones after
                    meeting = Meeting(spec.key, spec.name, other, hosts, via, spec.legs)
                    found.setdefault(me, {})[meeting] = None
        if number == len(specs) - 1 or not layouts:
            break
        after = branch_worlds(spec, layouts, index, {})
        if after is None:
            break  # past the resolver's bound on worlds (MAX_WORLDS)
        worlds = after
    last = len(specs) - 1

    def complete(team: str) -> bool:
        # Followed to every round its open tie feeds (a play-in's winner skips one);
        # a team already through met its next round above.
        key = open_in.get(team)
        return key is None or reached >= max(_fed_by(specs, round_number[key]), default=last)

    for team in open_in:  # in an open tie, its next round past the bound: listed, with nobody
        if team not in found and not complete(team):
            found[team] = {}
    return _listed(found, complete)


class PathsMemo:
    """The last answer of paths(), for a caller that asks again after every edit (the
    Scenarios tab): most edits are a score that decides nothing, and leave every path
    as it was (~0.2 ms a key to find again in the 2013 bracket).

    The answer is reused only while everything paths() reads is equal (`_reads`): the
    format, the qualifiers, each tie's teams and state, and the legs, those of the first
    round said by what they decide (the only thing paths() asks of them). Otherwise it
    is worked out again and replaces the kept one.
    """

    def __init__(self) -> None:
        self._kept: tuple[tuple, list[TeamPaths]] | None = None

    def paths(self, resolved: Resolved) -> list[TeamPaths]:
        reads = _reads(resolved)
        if self._kept is None or self._kept[0] != reads:
            self._kept = (reads, paths(resolved))
        return list(self._kept[1])


def _reads(resolved: Resolved) -> tuple:
    """What paths() reads of `resolved`. Legs are read only by the tie-decider, for the
    pairings of some world. The first round has one world, its pairings as resolved: its
    legs are said by what the decider made of them, each tie's state and winner. The
    other rounds' legs are taken whole, as index_legs() reads them (in order: the first
    entry counts)."""
    season = resolved.season
    specs = season.format.rounds
    ties = tuple(tuple((tie.teams, tie.state, tie.winner) for tie in rnd.ties) for rnd in resolved.rounds)
    first = specs[0].key if specs else None
    later = tuple(leg for leg in season.legs if leg.round != first)
    return (season.format, resolved.qualified, ties, later)


def _fed_by(specs, number: int) -> list[int]:
    """The rounds that take teams from round `number`: by their entrants, or the next one by default."""
    key = specs[number].key
    fed = [n for n, spec in enumerate(specs) if any(e.round == key for e in spec.entrants)]
    if number + 1 < len(specs) and not specs[number + 1].entrants:
        fed.append(number + 1)
    return fed


def _via(team: str, round_key: str | None, outcomes: dict) -> str | None:
    if round_key is None:
        return None
    for winner, loser in outcomes.get(round_key, ()):
        if team == winner:
            return WINS
        if team == loser:
            return LOSES
    return None


def _listed(found: dict[str, dict[Meeting, None]], complete) -> list[TeamPaths]:
    return [
        TeamPaths(
            team,
            tuple(sorted(meetings, key=lambda m: (_VIA_ORDER[m.via], m.round_key, not m.hosts, m.opponent))),
            complete(team),
        )
        for team, meetings in found.items()
    ]


def path_words(team_paths: TeamPaths) -> str:
    """ "if it wins: Semi-finals v UNAM or Santos Laguna (hosting the 2nd leg), or Cruz Azul (away)"."""
    parts = []
    groups: dict[tuple[str | None, str], list[Meeting]] = {}
    for m in team_paths.meetings:
        groups.setdefault((m.via, m.round_name), []).append(m)
    for (via, round_name), meetings in groups.items():
        sides = []
        for hosts in (True, False):
            names = [m.opponent for m in meetings if m.hosts == hosts]
            if names:
                single = meetings[0].legs == 1
                if single:
                    where = _("at home") if hosts else _("away")
                else:
                    where = _("hosting the 2nd leg") if hosts else _("2nd leg away")
                sides.append(_("{teams} ({where})").format(teams=_join(names, _("{first} or {second}")), where=where))
        meeting = _("{round} v {sides}").format(
            round=preset_round_name(meetings[0].round_key, round_name), sides=_join(sides, _("{first}, or {second}"))
        )
        if via:
            meeting = (_("if it wins: {meeting}") if via == WINS else _("if it loses: {meeting}")).format(
                meeting=meeting
            )
        parts.append(meeting)
    if not parts:
        return _("next round not followed: too many ways the open ties can go")
    said = "; ".join(parts)
    return said if team_paths.complete else _("{paths} (and others: too many ways to follow)").format(paths=said)


def _join(items: list[str], pair: str) -> str:
    """ "A or B", and "A, B or C" (not "A or B or C"): commas up to the last pair."""
    if len(items) < 3:
        return pair.format(first=items[0], second=items[1]) if len(items) == 2 else items[0]
    return pair.format(first=", ".join(items[:-1]), second=items[-1])
