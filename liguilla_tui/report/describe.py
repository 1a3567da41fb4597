"""One sentence per tie on how it stands or how it was decided."""

from __future__ import annotations

from liguilla_tui.core.presets import label_shown
from liguilla_tui.core.results import DECIDED, IN_PROGRESS, LEVEL, NOT_STARTED, PENDING, Tie
from liguilla_tui.i18n import _, language, pgettext
from liguilla_tui.i18n.dates import long_date

DASH = "–"


def signed(number: int) -> str:
    """Goal difference as tables print it: +16, 0, -2."""
    return f"{number:+d}" if number else "0"


def score(a: int, b: int) -> str:
    return f"{a}{DASH}{b}"


def leg_name(number: int, legs: int) -> str:
    """ "Leg 1" / "Leg 2" ("Ida" / "Vuelta" in Spanish); a one-leg tie's "Leg 1" ("Partido")."""
    if legs == 2 and number in (1, 2):
        return _("Leg 1") if number == 1 else _("Leg 2")
    return _("Leg {n}").format(n=number)


def leg_date(iso: str) -> str:
    """A leg's date as the reports print it: ISO in English (as always), "8 de mayo de 2013"
    in Spanish; a date the file gives in another form stays as written."""
    return iso if language() == "en" else long_date(iso)


def versus(home: str, away: str) -> str:
    """ "América v Cruz Azul" ("América vs. Cruz Azul")."""
    return _("{home} v {away}").format(home=home, away=away)


def _for_winner(tie: Tie, pair: tuple[int, int]) -> tuple[int, int]:
    """A (higher, lower) pair turned to (winner, loser)."""
    return pair if tie.winner == tie.higher.team else (pair[1], pair[0])


def describe_tie(tie: Tie, legs_in_round: int = 2) -> str:
    """The tie in a sentence, in the current language (team names are data, as written)."""
    if tie.state == PENDING:
        waits = _waiting(tie)
        return _("Waits for {ties}").format(ties=waits) if waits else _("Teams not known yet")
    if tie.state == NOT_STARTED:
        return _("Not started")
    agg = tie.aggregate or (0, 0)
    two = legs_in_round > 1
    if tie.live:
        return live_text(tie, legs_in_round)
    if tie.state == IN_PROGRESS:
        played = tie.legs_played
        first = played == 1  # "Tras la ida" in Spanish
        if agg[0] == agg[1]:
            level = _("After leg 1: level {score}") if first else _("After leg {n}: level {score}")
            return level.format(n=played, score=score(*agg))
        leader = tie.higher.team if agg[0] > agg[1] else tie.lower.team
        lead = _("After leg 1: {team} lead {score}") if first else _("After leg {n}: {team} lead {score}")
        return lead.format(n=played, team=leader, score=score(max(agg), min(agg)))
    if tie.state == LEVEL:
        level = (_("Level {score} on aggregate") if two else _("Level {score}")).format(score=score(*agg))
        to_come = {"extra_time": _("extra time to come"), "penalties": _("penalties to come")}.get(tie.awaiting or "")
        return _("{level}: {to_come}").format(level=level, to_come=to_come) if to_come else level
    assert tie.state == DECIDED
    w_agg = score(*_for_winner(tie, agg))
    team = tie.winner
    if tie.decided_by == "aggregate":
        return (_("{team} win {score} on aggregate") if two else _("{team} win {score}")).format(team=team, score=w_agg)
    if tie.decided_by == "away_goals":
        away = _for_winner(tie, tie.away_goals or (0, 0))
        return _("{team} through on away goals after {score} ({away} away goals to {other})").format(
            team=team, score=w_agg, away=away[0], other=away[1]
        )
    if tie.decided_by == "higher_seed":
        return _("{team} through as the higher seed after {score}").format(team=team, score=w_agg)
    if tie.decided_by == "extra_time":
        message = (
            _("{team} win {score} on aggregate after extra time") if two else _("{team} win {score} after extra time")
        )
        return message.format(team=team, score=w_agg)
    if tie.penalties is None:  # only the shoot-out's winner is known
        return _("{team} win on penalties (score not known) after {score}").format(team=team, score=w_agg)
    pens = _for_winner(tie, tie.penalties)
    return _("{team} win {penalties} on penalties after {score}").format(team=team, penalties=score(*pens), score=w_agg)


def live_minute_text(minute: str | None) -> str:
    """ "63'", "90+2'", "HT", or "live" when no minute is given."""
    if minute is None:
        return _("live")
    return pgettext("half time", "HT") if minute == "HT" else f"{minute}'"


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
    return ", ".join(label_shown(label) for label in labels)


def slot_text(tie: Tie, higher: bool) -> str:
    slot = tie.higher if higher else tie.lower
    if slot.team is not None:
        return slot.team
    return slot.label
