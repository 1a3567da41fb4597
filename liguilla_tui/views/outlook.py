"""The table's outlook (core/table_outlook.py) for the views: worked out off the event loop.

`table_outlook` takes a few ms for places and statuses but up to hundreds of ms (a hostile
file: seconds) for the needs with matches left, so a view never calls it in a frame: it
asks `OutlookFollower.follow_outlook(season)`, which runs it in a thread worker (the next
edit supersedes it) and calls the view's `show_outlook()` when it lands, on the event loop.

The words are the CLI's (report/scenarios_report.py): ✓ clinched, ✗ out of reach, · open;
places best–worst.
"""

from __future__ import annotations

import time

from rich.text import Text
from textual.worker import get_current_worker

from liguilla_tui.core.model import Season
from liguilla_tui.core.presets import tie_label_shown
from liguilla_tui.core.results import Resolved
from liguilla_tui.core.scenarios import tie_scenarios
from liguilla_tui.core.table_outlook import (
    CLINCHED,
    ELIMINATED,
    OPEN,
    TableOutlook,
    TeamOutlook,
    matchdays_left,
    sure_of_top,
    table_outlook,
)
from liguilla_tui.i18n import N_, _, ngettext
from liguilla_tui.i18n.ordinals import ordinal
from liguilla_tui.widgets.cells import plain

WORKING = N_("working out the table…")  # translated where drawn: _(WORKING)
SETTLE_SECONDS = 0.08
STATUS_MARK = {CLINCHED: "✓", ELIMINATED: "✗", OPEN: "·"}
_STATUS_STYLE = {CLINCHED: "green", ELIMINATED: "red", OPEN: ""}


def places_words(t: TeamOutlook) -> str:
    return str(t.best) if t.best == t.worst else f"{t.best}–{t.worst}"


def provisional_words(outlook_or_days: TableOutlook | int, season: Season | None = None) -> str:
    """What the places and statuses are worked out over; `season` tells a table typed
    without results (its matches left named nowhere: points alone)."""
    days = outlook_or_days if isinstance(outlook_or_days, int) else outlook_or_days.matchdays_left
    if season is not None and not season.results:
        return ngettext(
            "{n} matchday left, its matches not in the file: places and statuses from points alone",
            "{n} matchdays left, their matches not in the file: places and statuses from points alone",
            days,
        ).format(n=days)
    return ngettext(
        "{n} matchday left: places and statuses over every way it can end",
        "{n} matchdays left: places and statuses over every way it can end",
        days,
    ).format(n=days)


def best_zone(outlook: TableOutlook, t: TeamOutlook) -> tuple[str, str]:
    """(status, zone name) for the team's best zone still in reach; a team out of every
    qualifying zone shows the last of them, eliminated."""
    qualifying = [z for z in outlook.zones if z.key != "out"]
    for zone in qualifying:
        status = t.zones.get(zone.key, OPEN)
        if status == OPEN and (top := sure_of_top(outlook, t)) is not None:
            return CLINCHED, _("Top {n}").format(n=top)  # sure of the play-in at least
        if status != ELIMINATED:
            return status, zone.name
    return ELIMINATED, qualifying[-1].name if qualifying else "Liguilla"


def status_cell(outlook: TableOutlook, t: TeamOutlook) -> Text:
    status, name = best_zone(outlook, t)
    return plain(f"{STATUS_MARK[status]} {name}", _STATUS_STYLE[status])


def zone_marks(outlook: TableOutlook, t: TeamOutlook) -> str:
    """Every qualifying zone's mark, as the CLI writes them: "✓ Liguilla · Play-in"."""
    marks = "  ".join(f"{STATUS_MARK[t.zones.get(z.key, OPEN)]} {z.name}" for z in outlook.zones if z.key != "out")
    top = sure_of_top(outlook, t)
    return marks if top is None else marks + "  " + STATUS_MARK[CLINCHED] + " " + _("Top {n}").format(n=top)


def needs_words(outlook: TableOutlook, t: TeamOutlook) -> str:
    """What the team needs, or where it stands when it needs nothing more."""
    places = (
        _("can finish {places}").format(places=places_words(t))
        if t.best != t.worst
        else _("finishes {place}").format(place=ordinal(t.best))
    )
    if t.needs:
        return f"{t.team} ({places}): {t.needs}"
    status, name = best_zone(outlook, t)
    if t.barred:
        return _("{team} ({places}): barred from the Liguilla").format(team=t.team, places=places)
    if status == CLINCHED:
        return _("{team} ({places}): made sure of the {zone}").format(team=t.team, places=places, zone=name)
    if status == ELIMINATED:
        return _("{team} ({places}): out of reach of the Liguilla").format(team=t.team, places=places)
    return _("{team} ({places}): {marks}; its needs are not worked out this far from the end").format(
        team=t.team, places=places, marks=zone_marks(outlook, t)
    )


def team_words(resolved: Resolved, outlook: TableOutlook | None, pending: bool, team: str) -> str:
    """Enter on a team of the General table: what it needs with matches left (said to be
    worked out while a newer outlook is), else where it stands (finished_words)."""
    if not matchdays_left(resolved.season):
        return finished_words(resolved, team)
    found = outlook.team(team) if outlook is not None else None
    if found is None or outlook is None:
        return f"{team}: {_(WORKING)}"
    words = needs_words(outlook, found)
    return f"{words} ({_(WORKING)})" if pending else words


def finished_words(resolved: Resolved, team: str) -> str:
    """Enter on a team once the table is final: its place, and, while its Liguilla tie is
    open, what it needs there (the Scenarios tab's words for that side); else where it
    stands in the Liguilla."""
    row = next((r for r in resolved.table if r.team == team), None)
    if row is None:
        return _("{team} is not in the table: no match left.").format(team=team)
    said = _("{team} finished {place} in the table.").format(team=team, place=ordinal(row.position))
    for scenario in tie_scenarios(resolved):
        ot = scenario.open_tie
        if team in (ot.home, ot.away):
            need = scenario.need_of(team)
            other = ot.away if team == ot.home else ot.home
            label = tie_label_shown(scenario.label, ot.spec)
            tie = (
                _("In {label}, against {other}, {team} need {need}.").format(
                    label=label, other=other, team=team, need=need
                )
                if need
                else _("In {label}, against {other}: {words}.").format(label=label, other=other, words=scenario.words)
            )
            return f"{said} {tie}"
    where = _liguilla_words(resolved, team)
    return f"{said} {where}" if where else said


def _liguilla_words(resolved: Resolved, team: str) -> str | None:
    """Where a team with no open tie stands in the Liguilla: champions, barred, not in it,
    beaten (by whom, where), or through (whom it can meet next)."""
    from liguilla_tui.core.paths import path_words, paths
    from liguilla_tui.core.results import DECIDED

    if resolved.champion == team:
        return _("{team} are champions.").format(team=team)
    barred = next((e for e in resolved.excluded if e.team == team), None)
    if barred is not None:
        return _("{team} cannot play the Liguilla: {reason}.").format(team=team, reason=barred.reason)
    if team not in {q.team for q in resolved.qualified}:
        return _("{team} did not qualify for the Liguilla.").format(team=team)
    for rnd in resolved.rounds:
        for tie in rnd.ties:
            if tie.state == DECIDED and tie.loser == team and tie.winner is not None:
                label = tie_label_shown(tie.label, rnd.spec)
                return _("{team} are out: beaten by {winner} in {label}.").format(
                    team=team, winner=tie.winner, label=label
                )
    found = next((p for p in paths(resolved) if p.team == team and p.meetings), None)
    if found is not None:
        return _("{team} are through: {path}.").format(team=team, path=path_words(found))
    return None


def has_matches_left(season: Season | None) -> bool:
    return season is not None and matchdays_left(season) > 0


# The last outlook worked out, for whichever view asks next about the same season (the
# General table and the Scenarios tab show the same one): (season, outlook).
_last: tuple[Season, TableOutlook | None] | None = None


class OutlookFollower:
    """Mixed into a view (before its widget base). The view implements show_outlook();
    `outlook` holds the last one that landed (None until then), `outlook_pending` is True
    while one is being worked out for a newer season."""

    outlook: TableOutlook | None = None
    outlook_pending: bool = False
    _outlook_for: Season | None = None

    def follow_outlook(self, season: Season) -> None:
        """Work out `season`'s outlook in a thread, superseding one still running (or take
        the one just worked out for it, without drawing: the caller is drawing)."""
        if season is self._outlook_for:
            return
        self._outlook_for = season
        if _last is not None and _last[0] is season:  # the other view worked it out: no wait
            self.outlook, self.outlook_pending = _last[1], False
            return
        self.outlook_pending = True

        def work() -> None:
            # A burst of score keys starts one computation, not one per key: a superseded
            # worker stops here. (One already computing runs on, holding the GIL in turns
            # with the event loop; its result is dropped.)
            time.sleep(SETTLE_SECONDS)
            if get_current_worker().is_cancelled:
                return
            try:
                found: TableOutlook | None = table_outlook(season)
            except Exception:  # a file the engine cannot read ahead: the table stands without it
                found = None
            if not get_current_worker().is_cancelled:
                self.app.call_from_thread(self._outlook_landed, season, found)  # type: ignore[attr-defined]

        self.run_worker(  # type: ignore[attr-defined]  # a mixin of a Widget view
            work,
            thread=True,
            exclusive=True,
            group="outlook",
            name="table outlook",
            exit_on_error=False,
        )

    def drop_outlook(self) -> None:
        """No matches left: nothing to work out (a worker still running is superseded)."""
        self.workers.cancel_group(self, "outlook")  # type: ignore[attr-defined]
        self._outlook_for = None
        self.outlook = None
        self.outlook_pending = False

    def _outlook_landed(self, season: Season, found: TableOutlook | None) -> None:
        global _last
        _last = (season, found)
        if season is not self._outlook_for:  # an edit came in while it was worked out
            return
        self.outlook = found
        self.outlook_pending = False
        self.show_outlook(found)

    def show_outlook(self, outlook: TableOutlook | None) -> None:  # pragma: no cover - abstract
        raise NotImplementedError
