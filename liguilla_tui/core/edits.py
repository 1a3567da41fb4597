"""Edits as pure functions: a season and an edit in, a new season out.

The app never changes a season in place; each edit yields a new immutable value, which
makes undo a stack of seasons and lets the rules core judge every edit the same way.
"""

from __future__ import annotations

from msgspec.structs import replace

from liguilla_tui.core.minutes import live_minute
from liguilla_tui.core.model import LIVE, Goal, Leg, Score, Season
from liguilla_tui.core.results import DECIDED, LEVEL, Tie
from liguilla_tui.i18n import ngettext

MAX_SCORE = 99


def find_leg(season: Season, round_key: str, number: int, home: str, away: str) -> Leg | None:
    teams = frozenset((home, away))
    return next((leg for leg in season.legs if leg.same_fixture(round_key, number, teams)), None)


def _put(season: Season, old: Leg | None, new: Leg) -> Season:
    if old is None:
        return replace(season, legs=season.legs + (new,))
    return replace(season, legs=tuple(new if leg is old else leg for leg in season.legs))


def _oriented(leg: Leg, home: str, pair: Score | None) -> Score | None:
    """A pair given for (home, away) of the tie's leg slot, turned to the stored leg's order."""
    if pair is None or leg.home == home:
        return pair
    return (pair[1], pair[0])


def set_score(season: Season, round_key: str, number: int, home: str, away: str, score: Score | None) -> Season:
    """Set (home, away) goals in normal time; None makes the leg unplayed again.

    An unplayed leg sets its extra time and shoot-out aside (they cannot stand without a
    score) and keeps its goal events, so that typing the score back restores the whole leg.
    """
    if score is not None:
        score = (max(0, min(MAX_SCORE, score[0])), max(0, min(MAX_SCORE, score[1])))
    leg = find_leg(season, round_key, number, home, away)
    if leg is None:
        if score is None:
            return season
        return _put(season, None, Leg(round_key, number, home, away, score=score))
    if score is None:  # a live leg made unplayed is scheduled again, not live
        unplayed = replace(leg, score=None, penalties_winner=None, status=None, minute=None)
        return _put(season, leg, set_aside(unplayed, extra_time=True, penalties=True))
    return _put(season, leg, replace(leg, score=_oriented(leg, home, score)))


def set_aside(leg: Leg, *, extra_time: bool, penalties: bool) -> Leg:
    """The leg with its extra time and/or shoot-out kept aside: not counted, not lost."""
    changes: dict = {}
    if extra_time and leg.extra_time is not None:
        changes.update(extra_time=None, kept_extra_time=leg.extra_time)
    if penalties and leg.penalties is not None:
        changes.update(penalties=None, kept_penalties=leg.penalties)
    return replace(leg, **changes) if changes else leg


def bring_back(leg: Leg, *, extra_time: bool, penalties: bool) -> Leg:
    """The leg with what was set aside counted again (where nothing was entered since)."""
    changes: dict = {}
    if extra_time and leg.kept_extra_time is not None and leg.extra_time is None:
        changes.update(extra_time=leg.kept_extra_time, kept_extra_time=None)
    if penalties and leg.kept_penalties is not None and leg.penalties is None:
        changes.update(penalties=leg.kept_penalties, kept_penalties=None)
    return replace(leg, **changes) if changes else leg


def replace_leg(season: Season, old: Leg, new: Leg) -> Season:
    return season if new is old else _put(season, old, new)


_KEEP = object()  # set_schedule's venue when the caller does not give one


def set_schedule(
    season: Season,
    round_key: str,
    number: int,
    home: str,
    away: str,
    date: str | None,
    kickoff: str | None,
    venue: object = _KEEP,
) -> Season:
    """Set when (and, given `venue`, where) a leg is played (None: not known); a leg with no
    entry yet gets one, hosted by `home` as the rules say, with no score. A venue not given
    is kept as the file has it: no edit writes less than the file held."""
    leg = find_leg(season, round_key, number, home, away)
    where = {} if venue is _KEEP else {"venue": venue}
    if leg is None:
        if date is None and kickoff is None and not where.get("venue"):
            return season
        return _put(season, None, Leg(round_key, number, home, away, date=date, kickoff=kickoff, **where))  # type: ignore[arg-type]
    return _put(season, leg, replace(leg, date=date, kickoff=kickoff, **where))


def set_extra_time(season: Season, round_key: str, number: int, home: str, away: str, goals: Score | None) -> Season:
    leg = find_leg(season, round_key, number, home, away)
    if leg is None or leg.score is None:
        return season
    changes = {"extra_time": _oriented(leg, home, goals)}
    if goals is None:  # deleted on purpose: nothing is kept aside either
        changes.update(penalties=None, penalties_winner=None, kept_extra_time=None, kept_penalties=None)
    return _put(season, leg, replace(leg, **changes))


def set_penalties(season: Season, round_key: str, number: int, home: str, away: str, pens: Score | None) -> Season:
    leg = find_leg(season, round_key, number, home, away)
    if leg is None or leg.score is None:
        return season
    # A score typed replaces a shoot-out known only by its winner.
    return _put(season, leg, replace(leg, penalties=_oriented(leg, home, pens), penalties_winner=None))


def set_goals(season: Season, round_key: str, number: int, home: str, away: str, goals: tuple[Goal, ...]) -> Season:
    leg = find_leg(season, round_key, number, home, away)
    if leg is None:
        return season
    return _put(season, leg, replace(leg, goals=goals))


def events_over(leg: Leg | None, home_goals: int, away_goals: int) -> dict[str, int]:
    """Goal events a lower score would leave without a goal: {team: how many too many}."""
    if leg is None:
        return {}
    # Extra time stays with the leg (counted, or kept aside), and so may its goal events.
    et = leg.extra_time or leg.kept_extra_time or (0, 0)
    over = {}
    for team, goals in ((leg.home, home_goals + et[0]), (leg.away, away_goals + et[1])):
        listed = sum(1 for g in leg.goals if g.team == team)
        if listed > goals:
            over[team] = listed - goals
    return over


def goal_refused(leg: Leg, listed: tuple[Goal, ...], team: str) -> str | None:
    """Why one more goal event for `team` cannot be listed in `leg`, or None if it can."""
    scored = leg.goals_of(team)
    already = sum(1 for g in listed if g.team == team)
    if already >= scored:
        return ngettext(
            "{team} scored {scored} in this leg and {already} goal is listed: raise the score first",
            "{team} scored {scored} in this leg and {already} goals are listed: raise the score first",
            already,
        ).format(team=team, scored=scored, already=already)
    return None


def can_enter_extra_time(tie: Tie, tiebreak: tuple[str, ...]) -> bool:
    """Extra time is played only after the last leg, with the aggregate level after 90'."""
    if "extra_time" not in tiebreak or tie.teams is None:
        return False
    if tie.state == LEVEL:
        return True
    return tie.state == DECIDED and tie.decided_by in ("extra_time", "penalties")


def can_enter_penalties(tie: Tie, tiebreak: tuple[str, ...]) -> bool:
    """A shoot-out only once the tie is still level after everything before it."""
    if "penalties" not in tiebreak or tie.teams is None:
        return False
    if tie.state == LEVEL and tie.awaiting == "penalties":
        return True
    return tie.state == DECIDED and tie.decided_by == "penalties"


def set_result(season: Season, home: str, away: str, score: Score | None) -> Season:
    """Set a regular-season result (None: not played); the general table follows from it."""
    if score is not None:
        score = (max(0, min(MAX_SCORE, score[0])), max(0, min(MAX_SCORE, score[1])))
    for i, result in enumerate(season.results):
        if result.home == home and result.away == away:
            changed = replace(result, score=score)
            return replace(season, results=season.results[:i] + (changed,) + season.results[i + 1 :])
    return season


# ---- live legs: scheduled -> live (score so far, minute) -> final ----------------------------


def mark_live(season: Season, round_key: str, number: int, home: str, away: str) -> Season:
    """The leg is being played: its score so far (0–0 if it has none) counts, the tie is
    not decided until it is final. Its extra time and shoot-out, if any, are set aside."""
    leg = find_leg(season, round_key, number, home, away)
    if leg is None:
        return _put(season, None, Leg(round_key, number, home, away, score=(0, 0), status=LIVE))
    if leg.live:
        return season
    now = replace(leg, score=leg.score or (0, 0), status=LIVE, penalties_winner=None)
    return _put(season, leg, set_aside(now, extra_time=True, penalties=True))


def set_minute(season: Season, round_key: str, number: int, home: str, away: str, minute: str | None) -> Season:
    """The minute of a live leg ("63", "90+2", "HT"; None: not given). Only a live leg has one;
    what is no minute changes nothing."""
    leg = find_leg(season, round_key, number, home, away)
    if minute is not None:
        minute = live_minute(minute)
        if minute is None:
            return season
    if leg is None or not leg.live or leg.minute == minute:
        return season
    return _put(season, leg, replace(leg, minute=minute))


def mark_final(season: Season, round_key: str, number: int, home: str, away: str) -> Season:
    """The live leg has ended: its score is the result, and its tie may be decided."""
    leg = find_leg(season, round_key, number, home, away)
    if leg is None or not leg.live:
        return season
    return _put(season, leg, replace(leg, status=None, minute=None))
