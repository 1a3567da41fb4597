"""One sentence per tie on how it stands or how it was decided."""

from __future__ import annotations

from liguilla_tui.core.results import DECIDED, IN_PROGRESS, LEVEL, NOT_STARTED, PENDING, Tie
from liguilla_tui.i18n import _

DASH = "–"


def signed(number: int) -> str:
    """Goal difference as tables print it: +16, 0, -2."""
    return f"{number:+d}" if number else "0"


def score(a: int, b: int) -> str:
    return f"{a}{DASH}{b}"


def _for_winner(tie: Tie, pair: tuple[int, int]) -> tuple[int, int]:
    """A (higher, lower) pair turned to (winner, loser)."""
    return pair if tie.winner == tie.higher.team else (pair[1], pair[0])


def describe_tie(tie: Tie, legs_in_round: int = 2) -> str:
    if tie.state == PENDING:
        waits = _waiting(tie)
        return f"Waits for {waits}" if waits else "Teams not known yet"
    if tie.state == NOT_STARTED:
        return "Not started"
    agg = tie.aggregate or (0, 0)
    on_agg = " on aggregate" if legs_in_round > 1 else ""
    if tie.live:
        return live_text(tie, legs_in_round)
    if tie.state == IN_PROGRESS:
        played = tie.legs_played
        if agg[0] == agg[1]:
            return f"After leg {played}: level {score(*agg)}"
        leader = tie.higher.team if agg[0] > agg[1] else tie.lower.team
        return f"After leg {played}: {leader} lead {score(max(agg), min(agg))}"
    if tie.state == LEVEL:
        to_come = {"extra_time": "extra time to come", "penalties": "penalties to come"}.get(tie.awaiting or "", "")
        return f"Level {score(*agg)}{on_agg}" + (f": {to_come}" if to_come else "")
    assert tie.state == DECIDED
    w_agg = _for_winner(tie, agg)
    if tie.decided_by == "aggregate":
        return f"{tie.winner} win {score(*w_agg)}{on_agg}"
    if tie.decided_by == "away_goals":
        away = _for_winner(tie, tie.away_goals or (0, 0))
        return f"{tie.winner} through on away goals after {score(*w_agg)} ({away[0]} away goals to {away[1]})"
    if tie.decided_by == "higher_seed":
        return f"{tie.winner} through as the higher seed after {score(*w_agg)}"
    if tie.decided_by == "extra_time":
        return f"{tie.winner} win {score(*w_agg)}{on_agg} after extra time"
    regular = score(*w_agg)
    if tie.penalties is None:  # only the shoot-out's winner is known
        return f"{tie.winner} win on penalties (score not known) after {regular}"
    pens = _for_winner(tie, tie.penalties)
    return f"{tie.winner} win {score(*pens)} on penalties after {regular}"


def live_minute_text(minute: str | None) -> str:
    """ "63'", "90+2'", "HT", or "live" when no minute is given."""
    if minute is None:
        return _("live")
    return minute if minute == "HT" else f"{minute}'"


def live_text(tie: Tie, legs_in_round: int = 2) -> str:
    """A tie with a leg being played: who leads so far, never who goes through.

    "Monterrey lead 2–1 on aggregate · 63'"; "Level 1–1 on aggregate · HT"."""
    agg = tie.aggregate or (0, 0)
    when = live_minute_text(tie.minute)
    if agg[0] == agg[1]:
        if legs_in_round > 1:
            return _("Level {score} on aggregate · {minute}").format(score=score(*agg), minute=when)
        return _("Level {score} · {minute}").format(score=score(*agg), minute=when)
    leader = tie.higher.team if agg[0] > agg[1] else tie.lower.team
    lead = score(max(agg), min(agg))
    if legs_in_round > 1:
        return _("{team} lead {score} on aggregate · {minute}").format(team=leader, score=lead, minute=when)
    return _("{team} lead {score} · {minute}").format(team=leader, score=lead, minute=when)


def _waiting(tie: Tie) -> str:
    labels = dict.fromkeys(tie.higher.waiting_for + tie.lower.waiting_for)
    return ", ".join(labels)


def slot_text(tie: Tie, higher: bool) -> str:
    slot = tie.higher if higher else tie.lower
    if slot.team is not None:
        return slot.team
    return slot.label
