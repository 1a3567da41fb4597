"""The scorers ranking: own goals and unnamed scorers are counted apart."""

from __future__ import annotations

from liguilla_tui.core.model import Leg
from liguilla_tui.core.results import Scorer


def rank_scorers(legs: list[Leg]) -> tuple[tuple[Scorer, ...], int, int]:
    """Scorers best first (equal goals share a rank), unattributed goals, own goals.

    `legs` must come in round order (resolve passes them so): goals per round follow it.
    This runs on every keystroke, hence the flat loops and a sort on plain tuples.
    """
    tally: dict[tuple[str, str], list] = {}  # (player, team) -> [goals, penalties, {round: goals}]
    unattributed = own_goals = 0
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
        score, et = leg.score, leg.extra_time or (0, 0)
        if score is not None:
            unattributed += max(0, score[0] + score[1] + et[0] + et[1] - named)
    # Most goals first, then by name regardless of case; tuples sort in C, no key function.
    ordered = sorted([(-goals, player.casefold(), player, team, pens, rounds)
                      for (player, team), (goals, pens, rounds) in tally.items()])
    make = tuple.__new__  # Scorer(...) without its Python-level __new__
    scorers = []
    rank = 0
    previous = None
    for place, (minus_goals, _, player, team, pens, rounds) in enumerate(ordered, start=1):
        if minus_goals != previous:
            rank, previous = place, minus_goals
        # Legs come in round order, so each player's rounds were met in that order.
        scorers.append(make(Scorer, (rank, player, team, -minus_goals, pens, tuple(rounds.items()))))
    return tuple(scorers), unattributed, own_goals


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
