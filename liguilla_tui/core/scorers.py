"""The scorers ranking: own goals and unnamed scorers are counted apart."""

from __future__ import annotations

from msgspec.structs import replace

from liguilla_tui.core.model import Leg
from liguilla_tui.core.results import Scorer

_last: tuple | None = None  # (key, scorers, own goals, named goals per leg) of the last call


def _in_extra_time(minute: str | None) -> bool:
    """105 is in extra time; 90+3 is stoppage time of normal time."""
    return minute is not None and minute.isdigit() and int(minute) > 90


def counted(leg: Leg) -> Leg:
    """The leg as its goals count: the goal events of extra time set aside (those whose
    minute says extra time) are kept with it, not counted."""
    if leg.extra_time is not None or leg.kept_extra_time is None or not leg.goals:
        return leg
    goals = tuple(g for g in leg.goals if not _in_extra_time(g.minute))
    return leg if len(goals) == len(leg.goals) else replace(leg, goals=goals)


def rank_scorers(legs: list[Leg]) -> tuple[tuple[Scorer, ...], int, int]:
    """Scorers best first (equal goals share a rank), unattributed goals, own goals.

    `legs` must come in round order (resolve passes them so): goals per round follow it.
    This runs on every keystroke. A score typed changes a leg but not its goals (the
    edited leg keeps the same goals tuple), so the ranking of the last call is reused
    while every leg's round and goals are the same; only the unattributed count, which
    follows the scores, is worked out again.
    """
    global _last
    # Comparing two such keys is fast when the goals tuples are the very same objects:
    # tuple == tests identity before contents.
    key = tuple([(leg.round, leg.goals) for leg in legs])
    last = _last  # read once: another thread may replace it
    if last is not None and last[0] == key:
        _, scorers, own_goals, named = last
    else:
        scorers, own_goals, named = _rank(legs)
        _last = (key, scorers, own_goals, named)
    unattributed = 0
    for leg, count in zip(legs, named):
        score, et = leg.score, leg.extra_time or (0, 0)
        if score is not None:
            unattributed += max(0, score[0] + score[1] + et[0] + et[1] - count)
    return scorers, unattributed, own_goals


def _rank(legs: list[Leg]) -> tuple[tuple[Scorer, ...], int, list[int]]:
    """Scorers best first, own goals, and how many goals of each leg name a scorer."""
    tally: dict[tuple[str, str], list] = {}  # (player, team) -> [goals, penalties, {round: goals}]
    own_goals = 0
    named_per_leg = []
    for leg in legs:
        named = 0
        round_key = leg.round
        for goal in leg.goals:
            if goal.own_goal:
                own_goals += 1
                named += 1
                continue
            player = goal.player
            if not player:
                continue
            named += 1
            key = (player, goal.team)
            entry = tally.get(key)
            if entry is None:
                tally[key] = [1, 1 if goal.penalty else 0, {round_key: 1}]
                continue
            entry[0] += 1
            if goal.penalty:
                entry[1] += 1
            rounds = entry[2]
            rounds[round_key] = rounds.get(round_key, 0) + 1
        named_per_leg.append(named)
    # Most goals first, then by name regardless of case; tuples sort in C, no key function.
    ordered = sorted(
        [
            (-goals, player.casefold(), player, team, pens, rounds)
            for (player, team), (goals, pens, rounds) in tally.items()
        ]
    )
    make = tuple.__new__  # Scorer(...) without its Python-level __new__
    scorers = []
    rank = 0
    previous = None
    for place, (minus_goals, _, player, team, pens, rounds) in enumerate(ordered, start=1):
        if minus_goals != previous:
            rank, previous = place, minus_goals
        # Legs come in round order, so each player's rounds were met in that order.
        scorers.append(make(Scorer, (rank, player, team, -minus_goals, pens, tuple(rounds.items()))))
    return tuple(scorers), own_goals, named_per_leg


def known_players(season) -> dict[str, list[str]]:
    """Every player the season names, by team, for completion when entering goals."""
    players: dict[str, dict[str, None]] = {}
    for leg in season.legs:
        for goal in leg.goals:
            if goal.player:
                # An own goal's scorer plays for the other side.
                team = goal.team if not goal.own_goal else (leg.away if goal.team == leg.home else leg.home)
                players.setdefault(team, {})[goal.player] = None
    for team in season.teams:
        if team.captain:
            players.setdefault(team.name, {})[team.captain.name] = None
    return {team: sorted(names) for team, names in players.items()}
