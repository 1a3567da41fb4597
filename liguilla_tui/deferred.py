"""What the first frame does not need, imported when first used.

The app imports only what its first frame shows (start-up is timed against a bare Textual
app: benchmarks/startup.py). The other tabs' views, the dialogs and the palette's provider
come through these functions, which import their modules on the first call.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from liguilla_tui.widgets.ids import pane_id

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.widget import Widget

    from liguilla_tui.core.model import RoundSpec, Season
    from liguilla_tui.core.results import Resolved, Tie


def later_tabs(season: Season, resolved: Resolved | None) -> list[tuple[str, str, Callable[[], Widget]]]:
    """(pane id, tab title, view factory) for every tab after the General table.
    The title holds file data: the app shows it through widgets.cells.literal."""
    from liguilla_tui.views.tab_labels import fitted_titles

    # Shorter titles where the full ones would push tabs off 80 columns.
    titles = fitted_titles(season.format.rounds, 80)
    tabs: list[tuple[str, str, Callable[[], Widget]]] = []
    for spec in season.format.rounds:
        shown = resolved.round(spec.key) if resolved else None
        ties = len(shown.ties) if shown else 0
        tabs.append((pane_id(spec.key), titles[pane_id(spec.key)], partial(round_view, spec, ties)))
    from liguilla_tui.core.presets import round_short

    rounds = [(r.key, round_short(r)) for r in season.format.rounds]
    tabs.append(("scorers", titles["scorers"], partial(scorers_view, rounds)))
    tabs.append(("bracket", titles["bracket"], bracket_view))
    tabs.append(("scenarios", titles["scenarios"], scenarios_view))
    return tabs


def season_commands():
    """The palette's provider, imported when the palette first opens."""
    from liguilla_tui.commands.season_commands import SeasonCommands

    return SeasonCommands


def choice_screen(question: str, options: list[tuple[str, str]]) -> Screen:
    from liguilla_tui.screens.choice import ChoiceScreen

    return ChoiceScreen(question, options)


def round_view(spec: RoundSpec, ties: int) -> Widget:
    from liguilla_tui.views.round_view import RoundView

    return RoundView(spec, ties, id=f"round-{pane_id(spec.key)}")


def scorers_view(rounds: list[tuple[str, str]]) -> Widget:
    from liguilla_tui.views.scorers import ScorersView

    return ScorersView(rounds)


def scenarios_view() -> Widget:
    from liguilla_tui.views.scenarios import ScenariosView

    return ScenariosView(id="scenarios-view")


def bracket_view() -> Widget:
    from liguilla_tui.views.bracket import BracketView

    return BracketView(id="bracket-tree")


class CardTie(NamedTuple):
    """The round and the (known) tie of a TieCard."""

    spec: RoundSpec
    tie: Tie


def tie_card_of(grid: Widget) -> CardTie | None:
    """The round and tie of a score grid that is a TieCard, or None (a results grid is
    not; a card is given its tie after it is mounted)."""
    from liguilla_tui.widgets.tie_card import TieCard

    if not isinstance(grid, TieCard) or grid.tie is None:
        return None
    return CardTie(grid.spec, grid.tie)
