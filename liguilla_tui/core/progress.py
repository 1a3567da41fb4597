"""How far the regular season has been played: "after matchday 12 of 17".

    progress = regular_season_progress(season)
    progress.matchdays_played, progress.matchdays, progress.complete   # 12, 17, False
    heading_words(progress)      # "Provisional: after matchday 12 of 17" (None when complete)
    if_ended_today_words(progress)  # "If the season ended today · after matchday 12 of 17"

While it is unfinished the table, and so every Liguilla pairing drawn from it, is provisional:
the views and reports say so with these words.

A matchday counts as played when every match of it has a score, so `matchdays_played` is
`matchdays` less the matchdays left (the General table's "N matchdays left" says the same).
Results without matchday numbers count matches per team instead (a round robin of 18 teams
is 17 matchdays: the most matches any team has, and the most any team has left).

A table typed without results (`liguilla new --teams`, then `e` on its rows) is a single
round robin of its rows: 18 rows, 17 matchdays. It is complete once a row has played
them all, and until then played as far as its least played row (a typed row says how
many its team played, not which matchdays). A table listing only some teams (a source's
top nine, each on 17 played) has rows that played more than its rows less one: it is
the final table, its matchdays the most any row has played.
"""

from __future__ import annotations

from dataclasses import dataclass

from liguilla_tui.core.model import Result, Season
from liguilla_tui.i18n import _


@dataclass(frozen=True)
class RegularSeasonProgress:
    matchdays_played: int
    matchdays: int
    complete: bool

    def to_json(self) -> dict:
        """The JSON contract's `regular_season` object (docs/json-output.md)."""
        return {"matchdays_played": self.matchdays_played, "matchdays": self.matchdays, "complete": self.complete}


def _per_team(results: list[Result]) -> int:
    count: dict[str, int] = {}
    for r in results:
        for team in {r.home, r.away}:  # a team written on both sides counts its match once
            count[team] = count.get(team, 0) + 1
    return max(count.values(), default=0)


def _typed_table_progress(season: Season) -> RegularSeasonProgress:
    played = [row.played for row in season.table]
    most = max(played, default=0)
    round_robin = len(played) - 1
    if most >= round_robin:  # its round robin played, or only some of the teams listed
        return RegularSeasonProgress(most, most, True)
    return RegularSeasonProgress(min(played), round_robin, False)


def regular_season_progress(season: Season) -> RegularSeasonProgress:
    results = list(season.results)
    if not results:
        return _typed_table_progress(season)
    left = [r for r in results if r.score is None]
    if all(r.matchday is not None for r in results):
        total = len({r.matchday for r in results})
        days_left = len({r.matchday for r in left})
    else:
        total = _per_team(results)
        days_left = _per_team(left)
    return RegularSeasonProgress(max(0, total - days_left), total, not left)


def _where(progress: RegularSeasonProgress) -> str:
    if progress.matchdays_played == 0:
        return _("before matchday 1 of {total}").format(total=progress.matchdays)
    return _("after matchday {played} of {total}").format(played=progress.matchdays_played, total=progress.matchdays)


def heading_words(progress: RegularSeasonProgress) -> str | None:
    """The General table's heading while the regular season is unfinished (None once complete)."""
    if progress.complete:
        return None
    return _("Provisional: {where}").format(where=_where(progress))


def if_ended_today_words(progress: RegularSeasonProgress) -> str | None:
    """The Liguilla's banner while the regular season is unfinished (None once complete):
    its pairings are the table's as it stands."""
    if progress.complete:
        return None
    return _("If the season ended today · {where}").format(where=_where(progress))
