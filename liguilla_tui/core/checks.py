"""Warnings about what a season states: its table's arithmetic and order, its stated facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from liguilla_tui.core.diagnostics import Diagnostic, warning
from liguilla_tui.core.model import Season, Stated
from liguilla_tui.i18n import _, ngettext

if TYPE_CHECKING:
    from liguilla_tui.core.results import Scorer


def check_table(season: Season) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    previous = None
    for expected, row in enumerate(sorted(season.table, key=lambda r: r.position), start=1):
        name = row.team
        if row.points != 3 * row.won + row.drawn:
            out.append(
                warning(
                    _("{name}: Pts {points} but 3×W + D = {value}").format(
                        name=name, points=row.points, value=3 * row.won + row.drawn
                    ),
                    row.mark,
                )
            )
        if row.played != row.won + row.drawn + row.lost:
            out.append(
                warning(
                    _("{name}: Pld {played} but W + D + L = {value}").format(
                        name=name, played=row.played, value=row.won + row.drawn + row.lost
                    ),
                    row.mark,
                )
            )
        if row.goal_difference != row.goals_for - row.goals_against:
            out.append(
                warning(
                    _(
                        "{name}: GD {goal_difference:+d} but GF − GA = {goals_for} − {goals_against} = {value:+d}"
                    ).format(
                        name=name,
                        goal_difference=row.goal_difference,
                        goals_for=row.goals_for,
                        goals_against=row.goals_against,
                        value=row.goals_for - row.goals_against,
                    ),
                    row.mark,
                )
            )
        if row.position != expected:
            out.append(
                warning(
                    _("{name}: position {position} where {expected} was expected").format(
                        name=name, position=row.position, expected=expected
                    ),
                    row.mark,
                )
            )
        if previous is not None and _order(row) < _order(previous):
            out.append(
                warning(
                    _("{name} ({row}) is placed below {team} ({previous}): the table is out of order").format(
                        name=name, row=_describe(row), team=previous.team, previous=_describe(previous)
                    ),
                    row.mark,
                )
            )
        previous = row
    return out + _check_sums(season)


def _check_sums(season: Season) -> list[Diagnostic]:
    """A whole table adds up: every match one team wins another loses, a draw is two teams',
    and every goal is one team's for and another's against (a table typed row by row, or a
    source's misprint, can hold a row that is right on its own and wrong against the rest)."""
    rows = season.table
    if not rows or max(r.played for r in rows) > len(rows) - 1:
        # A part of the table (the 2013 Clausura's top nine, 17 played each): the teams'
        # opponents are not all listed, so its sums need not match.
        return []
    first = min(rows, key=lambda r: r.position).mark
    out = []
    won, lost, drawn = (sum(getattr(r, field) for r in rows) for field in ("won", "lost", "drawn"))
    if won != lost:
        out.append(
            warning(_("the table's wins add up to {won} but its losses to {lost}").format(won=won, lost=lost), first)
        )
    if drawn % 2:
        out.append(warning(_("the table's draws add up to {drawn}, an odd number").format(drawn=drawn), first))
    scored, conceded = sum(r.goals_for for r in rows), sum(r.goals_against for r in rows)
    if scored != conceded:
        out.append(
            warning(
                _("the table's goals for add up to {scored} but its goals against to {conceded}").format(
                    scored=scored, conceded=conceded
                ),
                first,
            )
        )
    return out


def _order(row) -> tuple[int, int, int]:
    """Higher is better: points, then goal difference, then goals for."""
    return (-row.points, -row.goal_difference, -row.goals_for)


def _describe(row) -> str:
    return _("{points} pts, GD {difference}, GF {goals_for}").format(
        points=row.points, difference=f"{row.goal_difference:+d}", goals_for=row.goals_for
    )


def _names(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"; "nobody" when no one has scored."""
    if not names:
        return _("nobody")
    if len(names) == 1:
        return names[0]
    return _("{first} and {second}").format(first=", ".join(names[:-1]), second=names[-1])


def check_stated(
    stated: Stated, matches: int, goals: int, champion: str | None, runner_up: str | None, scorers: tuple[Scorer, ...]
) -> list[Diagnostic]:
    """Compare the resolved totals with the facts the source states."""
    out: list[Diagnostic] = []

    def differs(key: str, said, found, message: str) -> None:
        if said is not None and said != found:
            out.append(warning(message.format(said=said, found=found), stated.mark_of(key)))

    # Whole sentences, one a fact: "campeón", "aún no" read as Spanish around the names.
    said = stated.matches or 0
    differs(
        "matches",
        stated.matches,
        matches,
        ngettext(
            "the source states {said} match played, the results give {found}",
            "the source states {said} matches played, the results give {found}",
            said,
        ),
    )
    said = stated.goals or 0
    differs(
        "goals",
        stated.goals,
        goals,
        ngettext(
            "the source states {said} goal, the results give {found}",
            "the source states {said} goals, the results give {found}",
            said,
        ),
    )
    differs(
        "champion",
        stated.champion,
        champion,
        _("the source states champion: {said}, the results give {found}")
        if champion
        else _("the source states champion: {said}, the results give none yet"),
    )
    differs(
        "runner_up",
        stated.runner_up,
        runner_up,
        _("the source states runner-up: {said}, the results give {found}")
        if runner_up
        else _("the source states runner-up: {said}, the results give none yet"),
    )
    if stated.top_scorer is not None:
        top = [s for s in scorers if s.rank == 1]
        names = [s.player for s in top]
        if stated.top_scorer not in names:
            found = _names(names)
            out.append(
                warning(
                    _("the source states top scorer {top_scorer}, the results give {found}").format(
                        top_scorer=stated.top_scorer, found=found
                    ),
                    stated.mark_of("top_scorer"),
                )
            )
        elif stated.top_scorer_goals is not None and top[0].goals != stated.top_scorer_goals:
            out.append(
                warning(
                    _("the source states {top_scorer} scored {top_scorer_goals}, the results give {goals}").format(
                        top_scorer=stated.top_scorer, top_scorer_goals=stated.top_scorer_goals, goals=top[0].goals
                    ),
                    stated.mark_of("top_scorer"),
                )
            )
    return out
