"""Warnings about what a season states: its table's arithmetic and order, its stated facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from liguilla_tui.core.diagnostics import Diagnostic, warning
from liguilla_tui.core.model import Season, Stated

if TYPE_CHECKING:
    from liguilla_tui.core.results import Scorer


def check_table(season: Season) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    previous = None
    for expected, row in enumerate(sorted(season.table, key=lambda r: r.position), start=1):
        name = row.team
        if row.points != 3 * row.won + row.drawn:
            out.append(warning(f"{name}: Pts {row.points} but 3×W + D = {3 * row.won + row.drawn}", row.mark))
        if row.played != row.won + row.drawn + row.lost:
            out.append(warning(f"{name}: Pld {row.played} but W + D + L = {row.won + row.drawn + row.lost}", row.mark))
        if row.goal_difference != row.goals_for - row.goals_against:
            out.append(
                warning(
                    f"{name}: GD {row.goal_difference:+d} but GF − GA = "
                    f"{row.goals_for} − {row.goals_against} = {row.goals_for - row.goals_against:+d}",
                    row.mark,
                )
            )
        if row.position != expected:
            out.append(warning(f"{name}: position {row.position} where {expected} was expected", row.mark))
        if previous is not None and _order(row) < _order(previous):
            out.append(
                warning(
                    f"{name} ({_describe(row)}) is placed below {previous.team} "
                    f"({_describe(previous)}): the table is out of order",
                    row.mark,
                )
            )
        previous = row
    return out


def _order(row) -> tuple[int, int, int]:
    """Higher is better: points, then goal difference, then goals for."""
    return (-row.points, -row.goal_difference, -row.goals_for)


def _describe(row) -> str:
    return f"{row.points} pts, GD {row.goal_difference:+d}, GF {row.goals_for}"


def check_stated(
    stated: Stated, matches: int, goals: int, champion: str | None, runner_up: str | None, scorers: tuple[Scorer, ...]
) -> list[Diagnostic]:
    """Compare the resolved totals with the facts the source states."""
    out: list[Diagnostic] = []

    def differs(key: str, what: str, said, found) -> None:
        if said is not None and said != found:
            out.append(warning(f"the source states {what} {said}, the results give {found}", stated.mark_of(key)))

    differs("matches", "matches played:", stated.matches, matches)
    differs("goals", "goals:", stated.goals, goals)
    differs("champion", "champion:", stated.champion, champion or "none yet")
    differs("runner_up", "runner-up:", stated.runner_up, runner_up or "none yet")
    if stated.top_scorer is not None:
        top = [s for s in scorers if s.rank == 1]
        names = [s.player for s in top]
        if stated.top_scorer not in names:
            found = " and ".join(names) or "nobody"
            out.append(
                warning(
                    f"the source states top scorer {stated.top_scorer}, the results give {found}",
                    stated.mark_of("top_scorer"),
                )
            )
        elif stated.top_scorer_goals is not None and top[0].goals != stated.top_scorer_goals:
            out.append(
                warning(
                    f"the source states {stated.top_scorer} scored {stated.top_scorer_goals}, "
                    f"the results give {top[0].goals}",
                    stated.mark_of("top_scorer"),
                )
            )
    return out
