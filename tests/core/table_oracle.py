"""The brute-force answer the table outlook is checked against: every result and score.

Every fixture is played out with every margin up to `margin` either way and the losing
(or drawing) side scoring 0..`loser_goals`, every final table is ranked, and each team's
reachable places are collected (a block of teams level on every criterion counts as
reachable in each of its places, as the engine counts lots). For any bounds this is a
subset of the true answer, so a place it reaches is reachable; with bounds large next to
the gaps in the stats (the tests keep those small) it is the whole answer.
"""

from __future__ import annotations

import itertools

from liguilla_tui.core.table_positions import Stats, add_result, key


def oracle_places(
    stats: dict[str, Stats],
    fixtures: list[tuple[str, str]],
    counted: dict[str, list[str]],
    order: tuple[str, ...],
    margin: int,
    loser_goals: int,
) -> dict[str, set[int]]:
    """team -> every place it reaches among itself and counted[team], over the scores in bounds."""
    teams = list(stats)
    index = {t: i for i, t in enumerate(teams)}
    zero = (0, 0, 0, 0, 0)
    base = [key(stats[t], order) for t in teams]
    # Keys are sums of match statistics: each score adds a fixed vector to each side's key.
    moves = []
    for home, away in fixtures:
        moves.append(
            [
                (
                    index[home],
                    key(add_result(zero, h, a, False), order),
                    index[away],
                    key(add_result(zero, a, h, True), order),
                )
                for d in range(-margin, margin + 1)
                for low in range(loser_goals + 1)
                for h, a in [(low + max(d, 0), low + max(-d, 0))]
            ]
        )
    profiles = set()
    for outcome in itertools.product(*moves):
        final = list(base)
        for i, di, j, dj in outcome:
            final[i] = tuple(x + y for x, y in zip(final[i], di))
            final[j] = tuple(x + y for x, y in zip(final[j], dj))
        profiles.add(tuple(final))
    reached: dict[str, set[int]] = {t: set() for t in counted}
    for final in profiles:
        for team, rivals in counted.items():
            mine = final[index[team]]
            ahead = sum(final[index[r]] > mine for r in rivals if r != team)
            level = sum(final[index[r]] == mine for r in rivals if r != team)
            reached[team].update(range(ahead + 1, ahead + level + 2))
    return reached
