"""The brute-force answer the table outlook is checked against: every result and score.

Every fixture is played out with each side scoring 0..goals, every final table is ranked,
and each team's reachable places are collected (a block of teams level on every criterion
counts as reachable in each of its places, as the engine counts lots). With `goals` large
next to the gaps in the stats this is the true answer for the tiny leagues the tests use;
for any `goals` it is a subset of it, so a place it reaches is reachable.
"""

from __future__ import annotations

import itertools

from liguilla_tui.core.table_positions import Stats, add_result, key


def oracle_places(stats: dict[str, Stats], fixtures: list[tuple[str, str]], counted: dict[str, list[str]],
                  order: tuple[str, ...], goals: int) -> dict[str, set[int]]:
    """team -> every place it reaches among itself and counted[team], over all scores to `goals`."""
    teams = list(stats)
    index = {t: i for i, t in enumerate(teams)}
    zero = (0, 0, 0, 0, 0)
    base = [key(stats[t], order) for t in teams]
    # Keys are sums of match statistics: each score adds a fixed vector to each side's key.
    moves = []
    for home, away in fixtures:
        moves.append([(index[home], key(add_result(zero, h, a, False), order), index[away],
                       key(add_result(zero, a, h, True), order))
                      for h in range(goals + 1) for a in range(goals + 1)])
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
