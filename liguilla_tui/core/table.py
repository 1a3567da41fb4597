"""The general table computed from regular-season results, ordered by the era's criteria."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from liguilla_tui.core.diagnostics import Diagnostic, warning
from liguilla_tui.core.model import Result, TableRow
from liguilla_tui.i18n import _

_FIELDS = (
    ("played", "Pld"),
    ("won", "W"),
    ("drawn", "D"),
    ("lost", "L"),
    ("goals_for", "GF"),
    ("goals_against", "GA"),
    ("goal_difference", "GD"),
    ("points", "Pts"),
)


def _tally(teams: Iterable[str], results: Iterable[Result]) -> dict[str, list[int]]:
    """team -> [played, won, drawn, lost, goals for, goals against, away goals for]."""
    rows = {team: [0] * 7 for team in teams}
    for result in results:
        if result.score is None or result.home not in rows or result.away not in rows:
            continue
        h, a = result.score
        home, away = rows[result.home], rows[result.away]
        home[0] += 1
        away[0] += 1
        home[4] += h
        home[5] += a
        away[4] += a
        away[5] += h
        away[6] += a
        if h > a:
            home[1] += 1
            away[3] += 1
        elif h < a:
            away[1] += 1
            home[3] += 1
        else:
            home[2] += 1
            away[2] += 1
    return rows


def _value(stats: list[int], criterion: str) -> int:
    points = 3 * stats[1] + stats[2]
    return {
        "points": points,
        "goal_difference": stats[4] - stats[5],
        "goals_for": stats[4],
        "goals_against": -stats[5],
        "wins": stats[1],
        "away_goals": stats[6],
    }[criterion]


def _order(
    teams: list[str], stats: dict[str, list[int]], criteria: tuple[str, ...], results: tuple[Result, ...]
) -> list[str]:
    """Sort by the criteria in turn; head_to_head ranks a tied group by a table of its own games."""
    if not criteria or len(teams) < 2:
        return sorted(teams, key=str.casefold)
    first, rest = criteria[0], criteria[1:]
    if first == "head_to_head":
        group = set(teams)
        among = _tally(teams, (r for r in results if r.home in group and r.away in group))
        key: Callable[[str], tuple[int, ...]] = lambda t: (  # noqa: E731
            -_value(among[t], "points"),
            -_value(among[t], "goal_difference"),
            -_value(among[t], "goals_for"),
        )
    else:
        key = lambda t: (-_value(stats[t], first),)  # noqa: E731
    ordered: list[str] = []
    bucket: list[str] = []
    for team in sorted(teams, key=key):
        if bucket and key(team) != key(bucket[0]):
            ordered += _order(bucket, stats, rest, results)
            bucket = []
        bucket.append(team)
    return ordered + _order(bucket, stats, rest, results)


def compute_table(teams: Iterable[str], results: tuple[Result, ...], criteria: tuple[str, ...]) -> tuple[TableRow, ...]:
    names = list(dict.fromkeys(teams))
    stats = _tally(names, results)
    ordered = _order(names, stats, criteria, results)
    rows = []
    for position, team in enumerate(ordered, start=1):
        p, w, d, lost, gf, ga, _away = stats[team]
        rows.append(TableRow(position, team, p, w, d, lost, gf, ga, gf - ga, 3 * w + d))
    return tuple(rows)


def compare_tables(stated: tuple[TableRow, ...], computed: tuple[TableRow, ...]) -> list[Diagnostic]:
    """A warning for each cell of the stated table that the results do not give."""
    found = {row.team: row for row in computed}
    out = []
    for row in stated:
        other = found.get(row.team)
        if other is None:
            continue
        if row.position != other.position:
            out.append(
                warning(
                    _("{team}: position stated {position}, the results give {position2}").format(
                        team=row.team, position=row.position, position2=other.position
                    ),
                    row.mark,
                )
            )
        for name, label in _FIELDS:
            said, got = getattr(row, name), getattr(other, name)
            if said != got:
                out.append(
                    warning(
                        _("{team}: {label} stated {said}, the results give {got}").format(
                            team=row.team, label=label, said=said, got=got
                        ),
                        row.mark,
                    )
                )
    return out
