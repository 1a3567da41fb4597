"""What a key pressed on a score cell means for the season: the rules decide, not the widget."""

from __future__ import annotations

import msgspec
from msgspec.structs import replace

from liguilla_tui.core import edits
from liguilla_tui.core.model import RoundSpec, Season
from liguilla_tui.core.results import PENDING, Tie
from liguilla_tui.i18n import _

LEG_ROWS = ("leg1", "leg2")
EXTRA_TIME = "et"
PENALTIES = "pens"


class Outcome(msgspec.Struct, frozen=True):
    """A new season, a refusal with its reason, or a question for the user first."""

    season: Season | None = None
    note: str | None = None  # something the edit changed besides the cell typed in
    refused: str | None = None
    question: str | None = None
    if_confirmed: Season | None = None


def rows_for(spec: RoundSpec) -> tuple[str, ...]:
    rows = LEG_ROWS[: spec.legs]
    if "extra_time" in spec.tiebreak:
        rows += (EXTRA_TIME,)
    if "penalties" in spec.tiebreak:
        rows += (PENALTIES,)
    return rows


def row_fixture(tie: Tie, row: str):
    """(leg number, home, away, current pair) the row edits, as shown to the user."""
    slot = tie.legs[int(row[-1]) - 1] if row in LEG_ROWS else tie.legs[-1]
    leg = slot.leg
    home, away = (leg.home, leg.away) if leg is not None else (slot.home, slot.away)
    if leg is None:
        pair = None
    elif row in LEG_ROWS:
        pair = leg.score
    else:
        pair = leg.extra_time if row == EXTRA_TIME else leg.penalties
    return slot.number, home, away, pair


def apply_key(season: Season, spec: RoundSpec, tie: Tie, row: str, side: int, op: str, value: int = 0) -> Outcome:
    """op: 'set' a digit, 'add' +1/-1 (value), 'clear' the row."""
    if tie.state == PENDING or tie.teams is None:
        return Outcome(refused=_("This tie's teams are not known yet"))
    number, home, away, pair = row_fixture(tie, row)
    if row == EXTRA_TIME and not edits.can_enter_extra_time(tie, spec.tiebreak):
        return Outcome(refused=_("Extra time is played only when the aggregate is level after the last leg"))
    if row == PENALTIES and not edits.can_enter_penalties(tie, spec.tiebreak):
        return Outcome(refused=_("A shoot-out comes only when the tie is level after extra time"))
    if op == "clear":
        new_pair = None
    else:
        current = list(pair or (0, 0))
        current[side] = value if op == "set" else max(0, current[side] + value)
        new_pair = (current[0], current[1])
    if row == EXTRA_TIME:
        return _settled(edits.set_extra_time(season, spec.key, number, home, away, new_pair), spec, tie)
    if row == PENALTIES:
        if new_pair is not None and new_pair[0] == new_pair[1]:
            return Outcome(
                refused=_("A shoot-out cannot end level ({score})").format(score=f"{new_pair[0]}–{new_pair[1]}")
            )
        return Outcome(season=edits.set_penalties(season, spec.key, number, home, away, new_pair))
    outcome = _score(season, spec, number, home, away, new_pair)
    if outcome.season is not None:
        return _settled(outcome.season, spec, tie)
    if outcome.if_confirmed is not None:
        return replace(outcome, if_confirmed=_settled(outcome.if_confirmed, spec, tie).season)
    return outcome


def _settled(season: Season, spec: RoundSpec, tie: Tie) -> Outcome:
    """Set aside extra time and a shoot-out that the new scores say were not played, and
    bring back what was set aside when they say it is level again.

    They follow only a level aggregate; after an edit that breaks the tie they would be
    results of a match that did not happen. They are kept on the leg (and in the file),
    hidden and not counted, as legs of an undone pairing are; the note says what moved.
    """
    teams = tie.teams
    assert teams is not None  # both callers refuse or skip a tie whose teams are not known
    higher, lower = teams
    last = edits.find_leg(season, spec.key, spec.legs, higher, lower)
    if last is None or not (
        last.extra_time or last.penalties or last.penalties_winner or last.kept_extra_time or last.kept_penalties
    ):
        return Outcome(season=season)
    legs = [edits.find_leg(season, spec.key, n, higher, lower) for n in range(1, spec.legs + 1)]
    scored = [(leg.home, leg.score) for leg in legs if leg is not None and leg.score is not None]
    if len(scored) < len(legs) or any(leg is not None and leg.live for leg in legs):
        return Outcome(season=season)  # a leg missing, without its score, or still being played
    regular = [0, 0]
    for home, score in scored:
        regular[0] += score[0] if home == higher else score[1]
        regular[1] += score[1] if home == higher else score[0]
    has_et = "extra_time" in spec.tiebreak
    if regular[0] != regular[1]:
        now = edits.set_aside(last, extra_time=True, penalties=True)
        # A shoot-out known only by its winner has no score to keep aside: it goes (undo brings it back).
        now = replace(now, penalties_winner=None) if now.penalties_winner else now
    else:
        now = edits.bring_back(last, extra_time=has_et, penalties=False)
        et_level = not has_et or (now.extra_time is not None and now.extra_time[0] == now.extra_time[1])
        now = (
            edits.bring_back(now, extra_time=False, penalties=True)
            if et_level
            else edits.set_aside(now, extra_time=False, penalties=True)
        )
    aside = [
        name
        for name, was, is_ in (
            (_("extra time"), last.extra_time, now.extra_time),
            (_("penalties"), last.penalties, now.penalties),
        )
        if was and not is_
    ]
    back = [
        name
        for name, was, is_ in (
            (_("extra time"), last.extra_time, now.extra_time),
            (_("penalties"), last.penalties, now.penalties),
        )
        if is_ and not was
    ]
    season = edits.replace_leg(season, last, now)
    winner_gone = last.penalties_winner is not None and now.penalties_winner is None
    if aside or winner_gone:
        said = [_("{what} set aside").format(what=_and(aside))] if aside else []
        said += [_("the shoot-out's winner cleared")] if winner_gone else []
        kept = _("kept; they come back if it is level again") if not winner_gone else _("undo brings the winner back")
        match = _("{home} v {away}").format(home=higher, away=lower)
        note = _("{said}: {tie} is no longer level ({kept})").format(said=_and(said), tie=match, kept=kept)
        note = note[0].upper() + note[1:]
    elif back:
        match = _("{home} v {away}").format(home=higher, away=lower)
        note = _("{what} back: {tie} is level again").format(what=_and(back).capitalize(), tie=match)
    else:
        note = None
    return Outcome(season=season, note=note)


def _score(season: Season, spec: RoundSpec, number: int, home: str, away: str, pair) -> Outcome:
    new = edits.set_score(season, spec.key, number, home, away, pair)
    if pair is None:
        return Outcome(season=new)
    leg = edits.find_leg(season, spec.key, number, home, away)
    if leg is None:
        return Outcome(season=new)
    stored = pair if leg.home == home else (pair[1], pair[0])
    over = edits.events_over(leg, *stored)
    if not over:
        return Outcome(season=new)
    # Lowering below the listed goal events: the user chooses which way to go.
    dropped = []
    goals = list(leg.goals)
    for team, extra in over.items():
        for _goal in range(extra):
            last = max(i for i, g in enumerate(goals) if g.team == team)
            dropped.append(goals.pop(last))
    described = ", ".join(f"{g.player or 'unknown scorer'} {g.minute or ''}'".replace(" '", "") for g in dropped)
    confirmed = edits.set_goals(new, spec.key, number, home, away, tuple(goals))
    return Outcome(
        question=f"{home} {pair[0]}–{pair[1]} {away} leaves listed goals without a goal: {described}. Remove them?",
        if_confirmed=confirmed,
    )


def apply_result_key(season: Season, home: str, away: str, side: int, op: str, value: int = 0) -> Outcome:
    """A key on a regular-season result: 'set' a digit, 'add' ±1, 'clear' (not played)."""
    current = next((r.score for r in season.results if r.home == home and r.away == away), None)
    if op == "clear":
        return Outcome(season=edits.set_result(season, home, away, None))
    pair = list(current or (0, 0))
    pair[side] = value if op == "set" else max(0, pair[side] + value)
    return Outcome(season=edits.set_result(season, home, away, (pair[0], pair[1])))


def apply_goals(
    season: Season,
    spec: RoundSpec,
    tie: Tie,
    number: int,
    home: str,
    away: str,
    goals: tuple,
    score=None,
    extra_time=None,
) -> Outcome:
    """A leg's goal events from the goals dialog, with the score (and extra time) it raised
    to list them, in one edit; the rules then settle extra time and a shoot-out."""
    leg = edits.find_leg(season, spec.key, number, home, away)
    if leg is None:
        return Outcome(refused=_("Enter the leg's score first, then its goals"))
    if score is not None and score != leg.score:
        season = edits.set_score(season, spec.key, number, leg.home, leg.away, score)
    if extra_time is not None and extra_time != leg.extra_time:
        season = edits.set_extra_time(season, spec.key, number, leg.home, leg.away, extra_time)
    season = edits.set_goals(season, spec.key, number, home, away, tuple(goals))
    return _settled(season, spec, tie) if tie.teams is not None else Outcome(season=season)


def _and(parts: list[str]) -> str:
    """ "extra time and penalties" ("tiempos extra y penales")."""
    said = parts[0]
    for part in parts[1:]:
        said = _("{first} and {second}").format(first=said, second=part)
    return said
