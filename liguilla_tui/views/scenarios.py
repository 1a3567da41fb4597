"""The Scenarios tab: every open tie, with what each side needs, and who each team can meet next.

Bound to the one resolved value like every tab; while hidden it skips updates and
catches up when shown (FollowsWhenShown). A tie's needs cost a fraction of a
millisecond, so they are computed in the frame that shows them.

Sections are composed in order: the ties' cards, then the teams already through.
The general table's outlook (best and worst places, zones: core/table_outlook.py) is a
section of its own after these, built the same way from the same resolved value.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.reactive import var
from textual.widgets import Static

from liguilla_tui.core.paths import TeamPaths, path_words, paths
from liguilla_tui.core.results import Resolved
from liguilla_tui.core.scenarios import TieScenario, tie_scenarios
from liguilla_tui.report.describe import describe_tie
from liguilla_tui.views.follow import FollowsWhenShown
from liguilla_tui.widgets.cells import plain, set_text

NO_OPEN_TIE = "No open tie: every tie whose teams are known is decided."


def card_text(scenario: TieScenario, team_paths: dict[str, TeamPaths]) -> Text:
    """Title, how it stands, the line of what each side needs, then each side's next round."""
    ot = scenario.open_tie
    text = Text(f"{scenario.label}  ", style="bold")
    text.append_text(plain(f"{ot.home} v {ot.away}", "bold"))
    text.append("\n")
    text.append_text(plain(describe_tie(ot.tie, ot.spec.legs), "dim"))
    if ot.remaining:
        left = (f" · leg {ot.remaining[0].number} at {ot.home}" if len(ot.remaining) == 1 and ot.spec.legs > 1
                else f" · at {ot.home}" if len(ot.remaining) == 1 else " · both legs to play")
        text.append_text(plain(left, "dim"))
    text.append("\n")
    text.append_text(plain(scenario.words))
    for team in (ot.home, ot.away):
        found = team_paths.get(team)
        if found is not None:
            text.append("\n")
            text.append_text(plain(f"{team}: {path_words(found)}", "dim italic"))
    return text


def through_text(waiting: list[TeamPaths]) -> Text:
    text = Text("Through, opponent not known yet", style="bold")
    for found in waiting:
        text.append("\n")
        text.append_text(plain(f"{found.team}: {path_words(found)}"))
    return text


class ScenarioCard(Static):
    DEFAULT_CSS = """
    ScenarioCard { height: auto; border: round $primary-background-lighten-2; padding: 0 1; margin: 0 0 0 0; }
    """


class ScenariosView(FollowsWhenShown, VerticalScroll):
    DEFAULT_CSS = """
    ScenariosView { padding: 0 1; }
    ScenariosView > #scenario-ties { height: auto; }
    ScenariosView > .scenarios-note { height: auto; color: $text-muted; }
    ScenariosView > #scenarios-through { height: auto; margin: 1 0 0 0; display: none; }
    ScenariosView > #scenarios-through.-shown { display: block; }
    """

    resolved: var[Resolved | None] = var(None, init=False)

    def compose(self) -> ComposeResult:
        yield Static("", classes="scenarios-note")
        yield Vertical(id="scenario-ties")
        yield Static("", id="scenarios-through")

    def on_mount(self) -> None:
        if self.resolved is not None:
            self.watch_resolved(self.resolved)  # deferred if its tab is hidden

    def show_resolved(self, resolved: Resolved) -> None:
        found = tie_scenarios(resolved)
        team_paths = {p.team: p for p in paths(resolved)}
        set_text(self.query_one(".scenarios-note", Static), plain("" if found else NO_OPEN_TIE))
        box = self.query_one("#scenario-ties", Vertical)
        cards = list(box.query(ScenarioCard))
        if len(cards) > len(found):  # a tie decided (or undone): as many cards as open ties
            for card in cards[len(found):]:
                card.remove()
            cards = cards[:len(found)]
        elif len(cards) < len(found):
            new = [ScenarioCard("") for _ in range(len(found) - len(cards))]
            box.mount_all(new)
            cards += new
        for card, scenario in zip(cards, found):
            set_text(card, card_text(scenario, team_paths))
        in_ties = {team for s in found for team in (s.open_tie.home, s.open_tie.away)}
        waiting = [p for p in team_paths.values() if p.team not in in_ties and p.meetings]
        through = self.query_one("#scenarios-through", Static)
        set_text(through, through_text(waiting) if waiting else Text(""))
        through.set_class(bool(waiting), "-shown")
