"""The dialogs opened on a leg of a score grid (goals: g, date and kickoff: d, live/minute/final: L M F).

A mixin of LiguillaApp, so that app.py stays the app's frame: each handler reads the
leg from the open document, opens its dialog and applies the answer as one edit.
Handlers are found by name (on_score_grid_...), as Textual does for any class in the MRO.

The keys typed after the request wait, held by the app (keys_in_order.py), until the
dialog is mounted with its first field focused (each Dialog's on_mount): only then are
they routed, so they are typed in the dialog, never applied to the grid under it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from liguilla_tui.core.presets import tie_label_shown  # as the tie's card titles it ("CF 1 vs. 8")
from liguilla_tui.deferred import tie_card_of
from liguilla_tui.i18n import _

if TYPE_CHECKING:
    from textual.app import App
    from textual.message import Message
    from textual.screen import Screen

    from liguilla_tui.core.model import Season
    from liguilla_tui.document import Document
    from liguilla_tui.screens.goals import GoalsDone
    from liguilla_tui.screens.schedule import Schedule
    from liguilla_tui.widgets.score_grid import ScoreGrid

    _AppBase = App[None]
else:
    _AppBase = object

# A leg's dialog and what to do with its answer; None: refused (the reason said).
DialogToOpen = tuple["Screen[Any]", Callable[[Any], None]] | None


class LegDialogs(_AppBase):
    """Mixed into LiguillaApp, whose `document` and `apply` it uses (declared here for the type checker)."""

    if TYPE_CHECKING:
        document: Document

        def apply(self, season: Season) -> None: ...
        async def release_keys(self, request: Message) -> None: ...

    async def on_score_grid_goals_wanted(self, event: ScoreGrid.GoalsWanted) -> None:
        await self._open_dialog(event, self._goals_dialog)

    async def on_score_grid_schedule_wanted(self, event: ScoreGrid.ScheduleWanted) -> None:
        await self._open_dialog(event, self._schedule_dialog)

    async def on_score_grid_state_wanted(self, event: ScoreGrid.StateWanted) -> None:
        await self._open_dialog(event, self._state_dialog)

    async def _open_dialog(self, event: Any, dialog_for: Callable[[Any], DialogToOpen]) -> None:
        """Opens the request's dialog, if any, and waits until it is mounted (its first field
        focused) before the keys held since the request are routed, whatever happens."""
        event.stop()
        try:
            dialog = dialog_for(event)
            if dialog is not None:
                screen, done = dialog
                await self.push_screen(screen, done)
        finally:
            await self.release_keys(event)

    def _goals_dialog(self, event: ScoreGrid.GoalsWanted) -> DialogToOpen:
        """g on a leg: its goal events (and the score raised to list them)."""
        from liguilla_tui.core import edits
        from liguilla_tui.core.score_entry import apply_goals, row_fixture
        from liguilla_tui.core.scorers import known_players
        from liguilla_tui.screens.goals import GoalsScreen

        card = tie_card_of(event.grid)
        if card is None or card.tie.teams is None:
            self.notify(_("This tie's teams are not known yet"), severity="warning")
            return None
        number, home, away, _side = row_fixture(
            card.tie, event.row if event.row.startswith("leg") else f"leg{len(card.tie.legs)}"
        )
        leg = edits.find_leg(self.document.season, card.spec.key, number, home, away)
        if leg is None or leg.score is None:
            self.notify(_("Enter the leg's score first, then its goals"), severity="warning")
            return None
        spec, tie = card.spec, card.tie

        def done(result: GoalsDone | None) -> None:
            if result is None or (result.goals, result.score, result.extra_time) == (
                leg.goals,
                leg.score,
                leg.extra_time,
            ):
                return
            outcome = apply_goals(self.document.season, spec, tie, number, home, away, *result)
            if outcome.season is not None:
                self.apply(outcome.season)
            message = outcome.note or outcome.refused
            if message:
                self.notify(message, timeout=5, markup=False)

        # The team of the score cell that had the focus is offered first.
        return GoalsScreen(leg, known_players(self.document.season), (home, away)[event.side]), done

    def _schedule_dialog(self, event: ScoreGrid.ScheduleWanted) -> DialogToOpen:
        """d on a leg: its date, local kickoff and venue."""
        from liguilla_tui.core import edits
        from liguilla_tui.core.score_entry import row_fixture
        from liguilla_tui.screens.schedule import ScheduleScreen

        card = tie_card_of(event.grid)
        if card is None or card.tie.teams is None:
            self.notify(_("Dates are set on the legs of ties whose teams are known"), severity="warning")
            return None
        spec_key = card.spec.key
        number, home, away, _side = row_fixture(card.tie, event.row)
        leg = edits.find_leg(self.document.season, spec_key, number, home, away)
        date, kickoff, venue = (leg.date, leg.kickoff, leg.venue) if leg is not None else (None, None, None)

        def done(result: Schedule | None) -> None:
            if result is not None and tuple(result) != (date, kickoff, venue):
                self.apply(edits.set_schedule(self.document.season, spec_key, number, home, away, *result))

        heading = _("{tie}, leg {number}: {home} v {away}").format(
            tie=tie_label_shown(card.tie.label, card.spec), number=number, home=home, away=away
        )
        return ScheduleScreen(heading, date, kickoff, venue), done

    def _state_dialog(self, event: ScoreGrid.StateWanted) -> DialogToOpen:
        """L, M, F on a leg: mark it live, give its minute, mark it final: one edit each."""
        from liguilla_tui.core import edits
        from liguilla_tui.core.live_entry import MINUTE, apply_state, leg_row
        from liguilla_tui.core.score_entry import row_fixture
        from liguilla_tui.i18n import _
        from liguilla_tui.screens.minute import MinuteScreen

        card = tie_card_of(event.grid)
        if card is None:
            return None
        spec, tie = card.spec, card.tie

        def settle(op: str, minute: str | None = None) -> None:
            outcome = apply_state(self.document.season, spec, tie, event.row, op, minute)
            if outcome.refused:
                self.notify(outcome.refused, severity="warning", timeout=4)
                return
            if outcome.season is not None and outcome.season is not self.document.season:
                self.apply(outcome.season)
            if outcome.note:
                self.notify(outcome.note, timeout=5)

        if event.op != MINUTE:
            settle(event.op)
            return None
        if tie.teams is None or not tie.legs:
            settle(event.op)  # refused, with its reason
            return None
        number, home, away, _pair = row_fixture(tie, leg_row(tie, event.row))
        leg = edits.find_leg(self.document.season, spec.key, number, home, away)
        if leg is None or not leg.live:
            settle(event.op)  # refused: not live
            return None

        def done(minute: str | None) -> None:
            if minute is not None and (minute or None) != leg.minute:
                settle(MINUTE, minute or None)

        heading = _("{tie}, leg {number}: {home} v {away}").format(
            tie=tie_label_shown(tie.label, spec), number=number, home=home, away=away
        )
        return MinuteScreen(heading, leg.minute), done
