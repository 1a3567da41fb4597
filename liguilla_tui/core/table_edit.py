"""Typing the general table by hand: one team's row set, the table sorted again.

For a season whose table is stated (a new season typed from nothing, or a file with a
`table`). Where the season has regular-season results the table is computed from them and
this edit is refused: the results are what to type.
"""

from __future__ import annotations

from typing import NamedTuple

from msgspec.structs import replace

from liguilla_tui.core.model import Season, TableRow
from liguilla_tui.i18n import _

MAX_NUMBER = 999


class RowValues(NamedTuple):
    played: int
    won: int
    drawn: int
    lost: int
    goals_for: int
    goals_against: int


FIELDS = RowValues._fields  # in the order the dialog asks for them


def points(values: RowValues) -> int:
    """Every era of the format: three points a win, one a draw."""
    return 3 * values.won + values.drawn


def row_problem(season: Season, team: str, values: RowValues) -> str | None:
    """Why this row cannot be set, in words; None if it can."""
    if season.results:
        return _("The table is computed from the results: type them in the matchday below the table.")
    if not any(row.team == team for row in season.table) and season.team(team) is None:
        return _("{team} is not a team of this season").format(team=team)
    if any(not 0 <= v <= MAX_NUMBER for v in values):
        return _("Each number must be between 0 and {most}.").format(most=MAX_NUMBER)
    wdl = values.won + values.drawn + values.lost
    if wdl != values.played:
        return _("W + D + L = {sum}, but Pld is {played}: a team plays each match once.").format(
            sum=wdl, played=values.played
        )
    return None


def _sort_key(row: TableRow, criteria: tuple[str, ...]) -> tuple[int, ...]:
    """Higher is better, negated for sorting; criteria a row cannot tell (head-to-head,
    away goals) are left to the order the table had, the sort being stable."""
    by = {
        "points": row.points,
        "goal_difference": row.goal_difference,
        "goals_for": row.goals_for,
        "goals_against": -row.goals_against,
        "wins": row.won,
    }
    return tuple(-by[c] for c in criteria if c in by)


def sort_table(rows: tuple[TableRow, ...], criteria: tuple[str, ...]) -> tuple[TableRow, ...]:
    """The rows in the era's order, numbered 1, 2, 3, …; level rows keep their order."""
    ordered = sorted(sorted(rows, key=lambda r: r.position), key=lambda r: _sort_key(r, criteria))
    return tuple(replace(row, position=i) for i, row in enumerate(ordered, start=1))


def set_table_row(season: Season, team: str, values: RowValues) -> Season:
    """The season with `team`'s row set (points and goal difference worked out) and the
    table sorted by the era's order. Call row_problem first: this assumes a valid row."""
    existing = next((row for row in season.table if row.team == team), None)
    numbers = dict(zip(FIELDS, values, strict=True))
    changed = dict(**numbers, goal_difference=values.goals_for - values.goals_against, points=points(values))
    if existing is None:
        row = TableRow(len(season.table) + 1, team, *values, changed["goal_difference"], changed["points"])
        rows = (*season.table, row)
    else:
        rows = tuple(replace(r, **changed) if r is existing else r for r in season.table)
    return replace(season, table=sort_table(rows, season.format.table_order))


def row_values(row: TableRow) -> RowValues:
    return RowValues(*(getattr(row, f) for f in FIELDS))
