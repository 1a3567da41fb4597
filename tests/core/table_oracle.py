"""The brute-force answer the table outlook is checked against: every result and score.

Every fixture is played out with every margin up to `margin` either way and the losing
(or drawing) side scoring 0..`loser_goals`, every final table is ranked, and each team's
reachable places are collected (a block of teams level on every criterion counts as
reachable in each of its places, as the engine counts lots). For any bounds this is a
subset of the true answer, so a place it reaches is reachable; with bounds large next to
the gaps in the stats (the tests keep those small) it is the whole answer.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

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
    # Keys are sums of match statistics: each score adds a fixed vector to each side's key.
    # Scores that add the same vectors (all wins by one when only points count) are one move,
    # and the tables are built a fixture at a time, keeping each distinct partial table once:
    # the same set of final tables as playing out every combination of scores, far sooner.
    profiles = {tuple(key(stats[t], order) for t in teams)}
    zero = (0, 0, 0, 0, 0)
    for home, away in fixtures:
        moves = {
            (
                index[home],
                key(add_result(zero, h, a, False), order),
                index[away],
                key(add_result(zero, a, h, True), order),
            )
            for d in range(-margin, margin + 1)
            for low in range(loser_goals + 1)
            for h, a in [(low + max(d, 0), low + max(-d, 0))]
        }
        grown = set()
        for table in profiles:
            for i, di, j, dj in moves:
                final = list(table)
                final[i] = tuple(x + y for x, y in zip(final[i], di))
                final[j] = tuple(x + y for x, y in zip(final[j], dj))
                grown.add(tuple(final))
        profiles = grown
    # Each team's place in each table from one sort of its rivals' keys (bisect), once per
    # group of teams counted against the same rivals: the same places as comparing every pair.
    groups: dict[tuple[str, ...], list[str]] = {}
    for team, rivals in counted.items():
        groups.setdefault(tuple(rivals), []).append(team)
    spots: dict[str, set[tuple[int, int]]] = {t: set() for t in counted}  # (ahead, level) seen
    for rivals, members in groups.items():
        rival_index = [index[r] for r in rivals]
        own = [(team, index[team], team in rivals) for team in members]
        for final in profiles:
            ranked = sorted(final[i] for i in rival_index)
            for team, i, among in own:
                mine = final[i]
                low, high = bisect_left(ranked, mine), bisect_right(ranked, mine)
                spots[team].add((len(ranked) - high, high - low - among))
    reached: dict[str, set[int]] = {t: set() for t in counted}
    for team, seen in spots.items():
        for ahead, level in seen:
            reached[team].update(range(ahead + 1, ahead + level + 2))
    return reached
