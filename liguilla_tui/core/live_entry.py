"""A leg's state from the score grid: mark it live, set its minute, mark it final.

The rules decide what a key means, not the widget: each op is one edit of the core
(edits.mark_live / set_minute / mark_final), refused with a reason where it means nothing.
"""

from __future__ import annotations

from liguilla_tui.core import edits
from liguilla_tui.core.minutes import live_minute
from liguilla_tui.core.model import RoundSpec, Season
from liguilla_tui.core.results import PENDING, Tie
from liguilla_tui.core.score_entry import LEG_ROWS, Outcome, _settled, row_fixture
from liguilla_tui.i18n import _

LIVE, MINUTE, FINAL = "live", "minute", "final"


def leg_row(tie: Tie, row: str) -> str:
    """The leg a row stands for: a leg's own row, or the last leg for extra time and penalties."""
    return row if row in LEG_ROWS else f"leg{len(tie.legs)}"


def apply_state(season: Season, spec: RoundSpec, tie: Tie, row: str, op: str, minute: str | None = None) -> Outcome:
    """op: LIVE (the score so far, 0–0 if none), MINUTE (`minute`, None clears it), FINAL."""
    if tie.state == PENDING or tie.teams is None or not tie.legs:
        return Outcome(refused=_("This tie's teams are not known yet"))
    number, home, away, _pair = row_fixture(tie, leg_row(tie, row))
    leg = edits.find_leg(season, spec.key, number, home, away)
    if op == LIVE:
        if leg is not None and leg.live:
            return Outcome(refused=_("This leg is live already: F marks it final"))
        if leg is not None and leg.score is not None:
            # A final leg made live again keeps its score as the score so far.
            note = _("Leg {number} is live again at {home}–{away}").format(
                number=number, home=leg.score[0], away=leg.score[1]
            )
            return Outcome(season=edits.mark_live(season, spec.key, number, home, away), note=note)
        return Outcome(season=edits.mark_live(season, spec.key, number, home, away))
    if leg is None or not leg.live:
        return Outcome(refused=_("This leg is not live: L marks it live"))
    if op == MINUTE:
        if minute is not None and live_minute(minute) is None:
            return Outcome(refused=_("Not a minute: write 63, 90+2 or HT"))
        given = live_minute(minute) if minute is not None else None
        return Outcome(season=edits.set_minute(season, spec.key, number, home, away, given))
    assert op == FINAL
    # Final: extra time and a shoot-out set aside while it was live come back if it is level.
    return _settled(edits.mark_final(season, spec.key, number, home, away), spec, tie)
