"""The general table with matches left: where each team can still finish, and what it needs.

    outlook = table_outlook(season)
    outlook.matchdays_left                  # 1
    row = outlook.team("Atlas")
    row.position, row.best, row.worst       # now 9th; can end 6th to 12th
    row.zones                               # {"liguilla": "eliminated", "playin": "open", "out": "open"}
    row.needs                               # "a win, and Santos not beating Atlas by 3 or more" (or None)

Matches left are the season's `results` entries without a score (docs/season-format.md).
A table typed without results whose rows have not played their round robin
(core/progress.py) has matches left that no file names: each team's places then come
from points alone (it wins all or none of what it has left, whoever it meets), which
can only leave a status open that fixtures would decide, never call one wrongly:
`exact` is False there.
Zones are the era's bands of seeds among the teams that may play the Liguilla (barred
teams do not take a seed): `liguilla` (direct places), the first round's own band where the
format has one (`reclassification` for the repechaje, `playin` for the play-in), and `out`.
A zone is "clinched" when every way the remaining matches can end (results and margins)
puts the team in it, "eliminated" when none does, else "open". Ties the table order cannot
break (lots; head_to_head and what follows it) count both ways. Where the engine cannot
prove a status (table_positions.py lists the cases) it says "open" and `exact` is False.
`best`/`worst` are positions in the whole general table, barred teams included.
"""

from __future__ import annotations

from collections.abc import Mapping

import msgspec

from liguilla_tui.core.model import Format, Season
from liguilla_tui.core.presets import preset_round_name
from liguilla_tui.core.progress import regular_season_progress
from liguilla_tui.core.resolve import general_table
from liguilla_tui.core.table_positions import Places, Stats, add_result, linear_order, places
from liguilla_tui.core.table_reach import Fixture
from liguilla_tui.i18n import N_, _

CLINCHED, ELIMINATED, OPEN = "clinched", "eliminated", "open"


class Zone(msgspec.Struct, frozen=True):
    """A band of seeds: `first`..`last` (None: to the bottom of the table)."""

    key: str
    name: str
    first: int
    last: int | None


class TeamOutlook(msgspec.Struct, frozen=True):
    team: str
    position: int  # in the general table now
    best: int  # best final position in the general table
    worst: int  # worst final position
    zones: dict[str, str]  # zone key -> clinched | eliminated | open
    needs: str | None = None  # what it needs, with one or two matchdays left; None otherwise
    matches_left: int = 0
    barred: bool = False
    exact: bool = True  # False: some "open" here may be decided (the engine could not tell)


class TableOutlook(msgspec.Struct, frozen=True):
    teams: tuple[TeamOutlook, ...]  # in the order of the table now
    zones: tuple[Zone, ...]
    matchdays_left: int
    fixtures: tuple[Fixture, ...]  # the matches left, (home, away)
    order: tuple[str, ...]  # the table order used (up to head_to_head)

    @property
    def exact(self) -> bool:
        return all(t.exact for t in self.teams)

    @property
    def fixtures_unknown(self) -> bool:
        """Matches left, none in the file (a typed table): places from points alone."""
        return self.matchdays_left > 0 and not self.fixtures

    def team(self, name: str) -> TeamOutlook | None:
        return next((t for t in self.teams if t.team == name), None)

    def as_json(self) -> dict:
        """Plain data in the shape issue 14 asks of `liguilla scenarios --format json`."""
        return {
            "matchdays_left": self.matchdays_left,
            "exact": self.exact,
            "zones": [{"zone": z.key, "name": z.name, "first": z.first, "last": z.last} for z in self.zones],
            "teams": [
                {
                    "team": t.team,
                    "position": t.position,
                    "best": t.best,
                    "worst": t.worst,
                    "zones": dict(t.zones),
                    "needs": t.needs,
                }
                for t in self.teams
            ],
        }


def zone_name(zone: Zone) -> str:
    """A zone's name in the current language ("Out" -> "Fuera"; a round's as core.presets.round_name)."""
    if zone.key == "liguilla":
        return _("Liguilla")
    if zone.key == "out":
        return _("Out")
    return preset_round_name(zone.key, zone.name)


def zones_for(fmt: Format) -> tuple[Zone, ...]:
    """The era's bands: seeds grouped by the round they enter, then `out`."""
    entry: list[int] = []
    for seed in range(1, fmt.qualifiers + 1):
        entry.append(_entry_round(fmt, seed))
    zones: list[Zone] = []
    seed = 1
    while seed <= fmt.qualifiers:
        last = seed
        while last < fmt.qualifiers and entry[last] == entry[seed - 1]:
            last += 1
        if seed == 1:
            zones.append(Zone("liguilla", N_("Liguilla"), seed, last))
        else:
            spec = fmt.rounds[entry[seed - 1]]
            zones.append(Zone(spec.key, spec.name, seed, last))
        seed = last + 1
    zones.append(Zone("out", N_("Out"), fmt.qualifiers + 1, None))
    return tuple(zones)


def _entry_round(fmt: Format, seed: int) -> int:
    for index, spec in enumerate(fmt.rounds):
        if index == 0 and not spec.entrants:
            return 0
        if any(e.kind == "seeds" and e.low <= seed <= e.high for e in spec.entrants):
            return index
    return 0


def standings(season: Season) -> tuple[list[str], dict[str, Stats], list[Fixture]]:
    """Teams in the order of the table now, their stats from played matches, the matches left."""
    table = general_table(season)
    teams = [row.team for row in sorted(table, key=lambda r: r.position)]
    stats: dict[str, Stats]
    if not season.results:
        stats = {r.team: (r.points, r.won, r.goals_for, r.goals_against, 0) for r in table}
        return teams, stats, []
    known = set(teams)
    stats = {t: (0, 0, 0, 0, 0) for t in teams}
    fixtures: list[Fixture] = []
    for r in season.results:
        if r.home not in known or r.away not in known:
            continue
        if r.score is None:
            fixtures.append((r.home, r.away))
        else:
            h, a = r.score
            stats[r.home] = add_result(stats[r.home], h, a, False)
            stats[r.away] = add_result(stats[r.away], a, h, True)
    return teams, stats, fixtures


def matchdays_left(season: Season) -> int:
    """Distinct matchdays among the matches left; without matchday numbers, the most any team
    has; for a table typed without results, the matchdays its least played row has left."""
    if not season.results:
        progress = regular_season_progress(season)
        return progress.matchdays - progress.matchdays_played
    left = [r for r in season.results if r.score is None]
    if not left:
        return 0
    if all(r.matchday is not None for r in left):
        return len({r.matchday for r in left})
    count: dict[str, int] = {}
    for r in left:
        for t in (r.home, r.away):
            count[t] = count.get(t, 0) + 1
    return max(count.values())


def zone_status(places_: Places, zone: Zone, size: int) -> tuple[str, bool]:
    """(status, exact) of a zone for a team whose seed can be any of `places_`."""
    last = size if zone.last is None else zone.last
    inside = places_.can_end_in(zone.first, last)
    above = places_.can_end_in(1, zone.first - 1) if zone.first > 1 else False
    below = places_.can_end_in(last + 1, size) if last < size else False
    outside = True if True in (above, below) else None if None in (above, below) else False
    if inside is False:
        return ELIMINATED, True
    if outside is False:
        return CLINCHED, True
    return OPEN, inside is not None and outside is not None


def table_outlook(season: Season, *, with_needs: bool = True) -> TableOutlook:
    """Every team's place, zones and needs over every way the matches left can end."""
    teams, stats, fixtures = standings(season)
    order = linear_order(season.format.table_order)
    zones = zones_for(season.format)
    barred = {b.team for b in season.barred}
    eligible = [t for t in teams if t not in barred]
    left = _matches_left(fixtures) if season.results else _typed_left(season)
    unknown = not fixtures and any(left.values())  # matches left, none of them known
    rows = []
    for position, team in enumerate(teams, start=1):
        if fixtures:
            overall = places(team, stats, fixtures, teams, order)
        elif unknown:
            overall = _by_points(team, stats, left, teams)
        else:  # nothing left to play: the table as it stands (or as stated) is final
            overall = Places(position, position, frozenset((position,)), True)
        exact = overall.exact
        if team in barred:
            statuses = {z.key: CLINCHED if z.key == "out" else ELIMINATED for z in zones}
        else:
            if unknown:
                seeds = overall if not barred else _by_points(team, stats, left, eligible)
            elif not fixtures:
                seed = eligible.index(team) + 1
                seeds = Places(seed, seed, frozenset((seed,)), True)
            else:
                seeds = overall if not barred else places(team, stats, fixtures, eligible, order)
            statuses = {}
            for zone in zones:
                status, sure = zone_status(seeds, zone, len(eligible))
                statuses[zone.key] = status
                exact = exact and sure
        rows.append(
            TeamOutlook(
                team,
                position,
                overall.best,
                overall.worst,
                statuses,
                matches_left=left.get(team, 0),
                barred=team in barred,
                exact=exact,
            )
        )
    outlook = TableOutlook(tuple(rows), zones, matchdays_left(season), tuple(fixtures), order)
    if with_needs and fixtures and 0 < outlook.matchdays_left <= 2:
        from liguilla_tui.core.table_needs import add_needs

        outlook = add_needs(outlook, stats, eligible)
    return outlook


def _matches_left(fixtures: list[Fixture]) -> Mapping[str, int]:
    out: dict[str, int] = {}
    for home, away in fixtures:
        out[home] = out.get(home, 0) + 1
        out[away] = out.get(away, 0) + 1
    return out


def sure_of_top(outlook: TableOutlook, t: TeamOutlook) -> int | None:
    """n when the team is sure to finish in the top n seeds (n: the last qualifying zone's
    last place: at least the play-in or repechaje) but of no single zone yet; else None.
    The headline of a team certain of the play-in at least, which its zones, each open,
    do not show."""
    qualifying = [z for z in outlook.zones if z.key != "out"]
    if t.barred or not qualifying or qualifying[-1].last is None or t.zones.get("out") != ELIMINATED:
        return None
    if any(t.zones.get(z.key) == CLINCHED for z in qualifying) or len(qualifying) < 2:
        return None
    return qualifying[-1].last


def sure_of_top_lines(outlook: TableOutlook) -> list[str]:
    """ "Sure of the top 10 (at least the Play-in), no zone yet: Cruz Azul, Necaxa", one line
    per n (sure_of_top): what the zone marks, each open for these teams, do not show. The
    CLI and the app say it in these same words."""
    sure: dict[int, list[str]] = {}
    for t in outlook.teams:
        if (top := sure_of_top(outlook, t)) is not None:
            sure.setdefault(top, []).append(t.team)
    qualifying = [z for z in outlook.zones if z.key != "out"]
    return [
        _("Sure of the top {n} (at least the {zone}), no zone yet: {teams}").format(
            n=n, zone=zone_name(qualifying[-1]), teams=", ".join(teams)
        )
        for n, teams in sure.items()
    ]


def _typed_left(season: Season) -> dict[str, int]:
    """Matches each typed row has left of its table's round robin (none once complete)."""
    progress = regular_season_progress(season)
    if progress.complete:
        return {}
    return {row.team: max(0, progress.matchdays - row.played) for row in season.table}


def _by_points(team: str, stats: Mapping[str, Stats], left: Mapping[str, int], among: list[str]) -> Places:
    """Places from points alone: above the team at the end only who is above it already
    whatever it wins; below it only who cannot reach it. A level on points may go either way."""
    points = stats[team][0]
    most = points + 3 * left.get(team, 0)
    others = [t for t in among if t != team]
    best = 1 + sum(1 for t in others if stats[t][0] > most)
    worst = 1 + sum(1 for t in others if stats[t][0] + 3 * left.get(t, 0) >= points)
    return Places(best, worst, frozenset(), False)


CAPPED = N_("(Some statuses are open only because the search was capped; the places shown still hold.)")
UNKNOWN_FIXTURES = N_(
    "(The matches left are not in the file: places and statuses come from points alone, "
    "and some left open may already be decided.)"
)


def inexact_note(outlook: TableOutlook) -> str:
    """Why some statuses are open that may be decided (a msgid: shown as _(...))."""
    return UNKNOWN_FIXTURES if outlook.fixtures_unknown else CAPPED
