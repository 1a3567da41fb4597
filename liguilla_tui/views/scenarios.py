"""The Scenarios tab: every open tie, with what each side needs, and who each team can meet next.

Bound to the one resolved value like every tab; while hidden it skips updates and
catches up when shown (FollowsWhenShown). A tie's needs cost a fraction of a
millisecond, so they are computed in the frame that shows them.

Sections are composed in order: the general table's outlook when regular-season matches
are left ("The table": best and worst places, zones, needs; core/table_outlook.py, worked
out in a thread by views/outlook.py since it can take hundreds of ms), then the ties'
cards, then the teams already through.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.reactive import var
from textual.widgets import Static

from liguilla_tui.core.model import Season
from liguilla_tui.core.paths import PathsMemo, TeamPaths, path_words
from liguilla_tui.core.results import Resolved
from liguilla_tui.core.scenarios import ScenarioMemo, tie_scenarios
from liguilla_tui.core.table_outlook import (
    CLINCHED,
    ELIMINATED,
    OPEN,
    TableOutlook,
    inexact_note,
    matchdays_left,
    sure_of_top_lines,
)
from liguilla_tui.i18n import N_, _, language
from liguilla_tui.views.follow import FollowsWhenShown
from liguilla_tui.views.outlook import STATUS_MARK, WORKING, OutlookFollower, best_zone, places_words, provisional_words
from liguilla_tui.views.provisional import IfEndedToday
from liguilla_tui.views.scenario_card import ScenarioCard
from liguilla_tui.widgets.cells import plain, set_text
from liguilla_tui.widgets.hanging import HangingText

NO_OPEN_TIE = N_("No open tie: every tie whose teams are known is decided.")  # drawn as _(NO_OPEN_TIE)


def through_text(waiting: list[TeamPaths]) -> Text:
    text = Text(_("Through, opponent not known yet"), style="bold")
    for found in waiting:
        text.append("\n")
        text.append_text(plain(f"{found.team}: {path_words(found)}"))
    return text


def _line(*parts: Text) -> Text:
    """A line of the section, bold under its parts' own styles (as when the section was one
    bold text)."""
    line = Text(style="bold")
    for part in parts:
        line.append_text(part)
    return line


def outlook_lines(
    outlook: TableOutlook | None, days_left: int, pending: bool, season: Season | None = None
) -> list[tuple[Text, int]]:
    """The table section, as lines and the indent their wrapped pieces keep (HangingText):
    each open team's places, statuses and needs; the decided ones in a line each (made sure
    of a zone; sure of the top n; out of reach)."""
    legend = _("{left} (✓ clinched, ✗ out of reach, · open; places best–worst)").format(
        left=provisional_words(days_left, season)
    )
    lines = [(_line(Text(_("The table")), Text("  " + legend, style="dim")), 0)]
    if pending:
        lines.append((_line(Text(_(WORKING))), 0))
    if outlook is None:
        return lines
    qualifying = [z for z in outlook.zones if z.key != "out"]
    decided: dict[str, list[str]] = {}
    for t in outlook.teams:
        status, name = best_zone(outlook, t)
        if status != OPEN and all(v != OPEN for k, v in t.zones.items() if k != "out"):
            decided.setdefault(name if status == CLINCHED else "", []).append(t.team)
            continue
        marks = "  ".join(f"{STATUS_MARK[t.zones.get(z.key, OPEN)]} {z.name}" for z in qualifying)
        places = plain(_("  places {places}  {marks}").format(places=places_words(t), marks=marks))
        lines.append((_line(plain(f"{t.position:>2}. {t.team}", "bold"), places), 4))  # under the name
        if t.needs:
            # The sentence as it is, under the team: "needs: To reach…" read badly, a
            # capital after the colon, in both languages (a new user's trial).
            needs = plain(t.needs, "italic")
            lines.append((_line(Text("    "), needs), 4))
    for zone in qualifying:
        if decided.get(zone.name):
            made = _("✓ {zone} made sure of: {teams}").format(zone=zone.name, teams=", ".join(decided[zone.name]))
            lines.append((_line(plain(made, "green")), 2))
    for said in sure_of_top_lines(outlook):  # open in every zone, yet sure of one of them: the CLI's words
        lines.append((_line(plain(f"{STATUS_MARK[CLINCHED]} {said}", "green")), 2))
    if decided.get(""):
        out = _("{mark} Out of reach: {teams}").format(mark=STATUS_MARK[ELIMINATED], teams=", ".join(decided[""]))
        lines.append((_line(plain(out, "red")), 2))
    if not outlook.exact:
        lines.append((_line(Text(_(inexact_note(outlook)), style="dim")), 0))
    return lines


class ScenariosView(OutlookFollower, FollowsWhenShown, VerticalScroll):
    DEFAULT_CSS = """
    ScenariosView { padding: 0 1; }
    ScenariosView > .scenarios-note { height: auto; color: $text-muted; }
    ScenariosView > #scenarios-through { height: auto; margin: 1 0 0 0; display: none; }
    ScenariosView > #scenarios-through.-shown { display: block; }
    ScenariosView > #scenarios-table { height: auto; margin: 0 0 1 0; display: none; }
    ScenariosView > #scenarios-table.-shown { display: block; }
    """

    resolved: var[Resolved | None] = var(None, init=False)

    def compose(self) -> ComposeResult:
        self._sections: dict[str, Static] = {}  # found once: a CSS query per key cost ~0.2 ms
        self._cards: list[ScenarioCard] = []  # in order, as mounted
        self._memo = ScenarioMemo()  # a key changes one tie: the others' needs are reused
        self._paths = PathsMemo()  # and rarely anyone's next opponents
        self._through: tuple[tuple[object, ...], Text] = ((), Text(""))  # made from, and the text
        yield HangingText("", id="scenarios-table")  # a team's needs wrap under their indent
        self._if_ended = IfEndedToday("")  # the tie cards below are the table's pairings as it stands
        yield self._if_ended
        yield Static("", classes="scenarios-note")
        # The cards go here, a widget each (no container of their own: one widget fewer
        # for every frame to render).
        yield Static("", id="scenarios-through")

    def on_mount(self) -> None:
        if self.resolved is not None:
            self.watch_resolved(self.resolved)  # deferred if its tab is hidden

    def _section(self, selector: str) -> Static:
        found = self._sections.get(selector)
        if found is None:
            found = self._sections[selector] = self.query_one(selector, Static)
        return found

    def show_resolved(self, resolved: Resolved) -> None:
        self._show_table(resolved)
        self._if_ended.show_for(resolved.season)
        found = tie_scenarios(resolved, memo=self._memo)
        team_paths = {p.team: p for p in self._paths.paths(resolved)}
        set_text(self._section(".scenarios-note"), plain("" if found else _(NO_OPEN_TIE)))
        cards = self._cards
        if len(cards) > len(found):  # a tie decided (or undone): as many cards as open ties
            for card in cards[len(found) :]:
                card.remove()
            del cards[len(found) :]
        elif len(cards) < len(found):
            new = [ScenarioCard() for _ in range(len(found) - len(cards))]
            self.mount_all(new, before=self._section("#scenarios-through"))
            cards += new
        for card, scenario in zip(cards, found, strict=True):
            card.show(scenario, team_paths)
        in_ties = {team for s in found for team in (s.open_tie.home, s.open_tie.away)}
        waiting = [p for p in team_paths.values() if p.team not in in_ties and p.meetings]
        made_from = (*waiting, language())
        if made_from != self._through[0]:  # most keys leave the teams through as they were
            self._through = (made_from, through_text(waiting) if waiting else Text(""))
        through = self._section("#scenarios-through")
        set_text(through, self._through[1])
        through.set_class(bool(waiting), "-shown")

    def _show_table(self, resolved: Resolved) -> None:
        days_left = matchdays_left(resolved.season)
        if days_left:
            self.follow_outlook(resolved.season)
        else:
            self.drop_outlook()
        section = self._section("#scenarios-table")
        assert isinstance(section, HangingText)
        section.show(outlook_lines(self.outlook, days_left, self.outlook_pending, resolved.season) if days_left else [])
        section.set_class(bool(days_left), "-shown")

    def show_outlook(self, outlook: TableOutlook | None) -> None:
        if self.resolved is None or not self.is_mounted:
            return
        if self._hidden():
            self._stale = True
        else:
            self._show_table(self.resolved)
