"""The Quarter-finals, Semi-finals and Final tabs: one card per tie of a round."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.reactive import var
from textual.widgets import Static

from liguilla_tui.core.model import RoundSpec
from liguilla_tui.core.results import Resolved
from liguilla_tui.i18n import _, ngettext
from liguilla_tui.views.follow import FollowsWhenShown
from liguilla_tui.views.provisional import IfEndedToday
from liguilla_tui.widgets.cells import set_text
from liguilla_tui.widgets.tie_card import TieCard
from liguilla_tui.widgets.tie_text import lines, stray_text


class RoundView(FollowsWhenShown, VerticalScroll):
    """A round's ties. The ties' number is fixed by the format, so cards are built once."""

    DEFAULT_CSS = """
    RoundView { padding: 0 1; }
    /* Docked: the ties scroll under it, so "if the season ended today" never scrolls away. */
    RoundView > IfEndedToday { dock: top; }
    RoundView > .round-note { color: $warning; height: auto; display: none; }
    RoundView > .round-note.-shown { display: block; }
    """

    resolved: var[Resolved | None] = var(None, init=False)

    def __init__(self, spec: RoundSpec, ties: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.spec = spec
        self.tie_count = ties

    def compose(self) -> ComposeResult:
        yield IfEndedToday("")
        for index in range(self.tie_count):
            yield TieCard(self.spec, index)
        yield Static("", classes="round-note")

    def on_mount(self) -> None:
        if self.resolved is not None:
            self.watch_resolved(self.resolved)  # deferred if its tab is hidden

    @property
    def cards(self) -> list[TieCard]:
        # Built once (the format fixes the number of ties); a DOM query per keystroke
        # cost ~1 ms in a 32-tie round.
        cards = getattr(self, "_cards", None)
        if cards is None:
            cards = list(self.query(TieCard))
            if len(cards) == self.tie_count:  # all composed: keep them
                self._cards = cards
        return cards

    @property
    def _note(self) -> Static:
        note = getattr(self, "_kept_note", None)  # a CSS query per keystroke cost ~0.3 ms
        if note is None:
            note = self._kept_note = self.query_one(".round-note", Static)
        return note

    @property
    def _banner(self) -> IfEndedToday:
        banner = getattr(self, "_kept_banner", None)
        if banner is None:
            banner = self._kept_banner = self.query_one(IfEndedToday)
        return banner

    def show_resolved(self, resolved: Resolved) -> None:
        result = resolved.round(self.spec.key)
        if result is None:
            return
        self._banner.show_for(resolved.season)
        strays = [s for s in resolved.season.stray_legs if s.round == self.spec.key]
        for card, tie in zip(self.cards, result.ties):
            card.tie = tie
            # A stray leg shows in the tie of the team it does name.
            mine = tuple(s for s in strays if tie.teams and set(s.known) & set(tie.teams))
            card.strays = mine
            strays = [s for s in strays if s not in mine]
        kept = [leg for leg in resolved.kept_legs if leg.round == self.spec.key]
        notes = [stray_text(s) for s in strays]  # naming no team of any tie
        if kept:
            fixtures = dict.fromkeys(frozenset((leg.home, leg.away)) for leg in kept)
            first = {
                frozenset((leg.home, leg.away)): _("{home} v {away}").format(home=leg.home, away=leg.away)
                for leg in reversed(kept)
            }
            pairs = ", ".join(first[f] for f in fixtures)
            notes.append(
                ngettext(
                    "{n} leg kept for a pairing not in the bracket now: {pairs}. It counts again if the pairing returns.",
                    "{n} legs kept for pairings not in the bracket now: {pairs}. They count again if the pairing returns.",
                    len(kept),
                ).format(n=len(kept), pairs=pairs)
            )
        shown = self._note
        set_text(shown, lines(notes))
        shown.set_class(bool(notes), "-shown")

    def focus_first(self) -> None:
        cards = self.cards
        if self.tie_count and (len(cards) < self.tie_count or not cards[0].is_mounted):
            # Shown at the very first frame (`liguilla` started on a round, or `t 2` typed
            # at once): its cards are still being built, not there to focus yet. Focus the
            # first once they are.
            self.call_after_refresh(self._focus_first_if_shown)
            return
        if cards:
            # At once (not focus(), which waits its turn): a key typed right after `t 2` is
            # routed to the grid. The card shows itself whole (TieCard).
            self.screen.set_focus(cards[0], scroll_visible=False)

    def _focus_first_if_shown(self) -> None:
        pane = self.parent  # its TabPane: not displayed once another tab is shown
        if self.is_attached and pane is not None and getattr(pane, "display", False):
            self.focus_first()
