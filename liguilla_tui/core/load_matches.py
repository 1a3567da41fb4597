"""The `matches:` block: every Liguilla leg, played or not, with its goal events."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from msgspec.structs import replace

from liguilla_tui.core.diagnostics import Mark
from liguilla_tui.core.fields import Reader, type_name
from liguilla_tui.core.load_live import read_live
from liguilla_tui.core.minutes import normalize_minute
from liguilla_tui.core.model import LIVE, Format, Goal, Leg, Score, StrayLeg
from liguilla_tui.core.presets import round_name
from liguilla_tui.core.yamlsource import YList, YMap, shorten
from liguilla_tui.i18n import _, ngettext

# A leg's keys in a season file, in the order a save writes them (emit.py uses this too).
MATCH_KEYS = (
    "round",
    "leg",
    "date",
    "kickoff",
    "venue",
    "home",
    "away",
    "score",
    "status",
    "minute",
    "extra_time",
    "penalties",
    "penalties_winner",
    "kept_extra_time",
    "kept_penalties",
    "goals",
)
GOAL_KEYS = ("team", "player", "minute", "penalty", "own_goal")
MAX_GOALS = 99  # per team per leg: anything above is a typo
MAX_MATCHES = 1000  # bounds resolution work for any file

TeamLookup = Callable[[Any, Mark, str], "str | None"]


def minute_text(reader: Reader, value: Any, mark: Mark) -> str | None:
    """A goal minute: 1..120, or stoppage time such as 90+3, kept as text."""
    if value is None or reader.yaml11_number("a minute", value, mark):
        return None
    minute = normalize_minute(value)
    if minute is None:
        if isinstance(value, (str, int, float)):
            shown = (
                repr(shorten(value))
                if isinstance(value, str)
                else str(value).lower()
                if isinstance(value, bool)
                else str(value)
            )
            reader.error(_("minute {shown} is not a minute such as 18 or 90+3 (1 to 120)").format(shown=shown), mark)
        else:
            reader.error(
                _("a minute must be a number such as 18 or text such as 90+3, not {type}").format(
                    type=type_name(value)
                ),
                mark,
            )
    return minute


def _optional_pair(reader: Reader, m: YMap, key: str, where: str, high: int = MAX_GOALS) -> Score | None:
    """A match's `key` as [home, away] when the file gives it (None when it does not)."""
    if m.get(key) is None:
        return None
    return read_pair(reader, _("{key} of {where}").format(key=key, where=where), m[key], m.mark_of(key), high)


def read_pair(reader: Reader, what: str, value: Any, mark: Mark, high: int = MAX_GOALS) -> Score | None:
    if not isinstance(value, list) or len(value) != 2:
        reader.error(
            _("{what} must be [home, away], two whole numbers, not {type}").format(what=what, type=type_name(value)),
            mark,
        )
        return None
    marks = value.marks if isinstance(value, YList) else [mark, mark]
    home = reader.check_int(_("{what} (home)").format(what=what), value[0], marks[0], 0, high)
    away = reader.check_int(_("{what} (away)").format(what=what), value[1], marks[1], 0, high)
    return None if home is None or away is None else (home, away)


def read_matches(
    reader: Reader, value: Any, mark: Mark, fmt: Format | None, team: TeamLookup, strays: list[StrayLeg] | None = None
) -> list[Leg]:
    """The legs; those naming a team the season does not know go to `strays` as well
    as to the diagnostics, so that their tie can show them."""
    entries = reader.sequence("matches", value, mark)
    if entries is None:
        return []
    if len(entries) > MAX_MATCHES:
        reader.error(
            _(
                "matches lists {count} legs; a Liguilla of 64 teams has 126, and this loader reads at most {MAX_MATCHES}"
            ).format(count=len(entries), MAX_MATCHES=MAX_MATCHES),
            mark,
        )
        return []
    legs: list[Leg] = []
    for index, entry in enumerate(entries):
        m = reader.mapping(_("a match"), entry, entries.mark_of(index))
        if m is not None:
            leg = _match(reader, m, fmt, team, strays)
            if leg is not None:
                legs.append(leg)
    _duplicates(reader, legs)
    silent = [leg for leg in legs if not leg.goals and leg.score is not None and sum(leg.total() or (0, 0)) != 0]
    if silent:
        # A source without scorers (openfootball) is one fact, not one warning per leg.
        goals = sum(sum(leg.total() or (0, 0)) for leg in silent)
        reader.warning(
            ngettext(
                "{goals} goal in {legs} has no scorer listed (those legs list no goal events)",
                "{goals} goals in {legs} have no scorer listed (those legs list no goal events)",
                goals,
            ).format(goals=goals, legs=ngettext("{n} leg", "{n} legs", len(silent)).format(n=len(silent))),
            mark,
        )
    return legs


def _stray(
    reader: Reader, m: YMap, round_key: str, leg_no: int | None, home: str | None, away: str | None, errors_before: int
) -> StrayLeg:
    pair = m.get("score")
    score = (
        (pair[0], pair[1])
        if isinstance(pair, list)
        and len(pair) == 2
        and all(isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= MAX_GOALS for n in pair)
        else None
    )
    problems = [d.message for d in reader.diagnostics[errors_before:] if d.is_error]
    return StrayLeg(
        round_key,
        leg_no,
        shorten(str(m.get("home"))),
        shorten(str(m.get("away"))),
        score,
        tuple(t for t in (home, away) if t is not None),
        "; ".join(problems),
        m.mark,
    )


def _match(
    reader: Reader, m: YMap, fmt: Format | None, team: TeamLookup, strays: list[StrayLeg] | None = None
) -> Leg | None:
    reader.known_keys(_("a match"), m, MATCH_KEYS)
    round_key = reader.text(_("a match"), m, "round", required=True)
    spec = None
    if round_key is not None and fmt is not None:
        spec = fmt.round(round_key)
        if spec is None:
            known = ", ".join(r.key for r in fmt.rounds)
            hint = reader.nearest(round_key, [r.key for r in fmt.rounds])
            suggestion = _("did you mean '{hint}'? ").format(hint=hint) if hint else ""
            reader.error(
                _("unknown round '{round_key}' ({suggestion}this format has: {known})").format(
                    round_key=shorten(round_key), suggestion=suggestion, known=known
                ),
                m.mark_of("round"),
            )
            return None
    leg_no = reader.integer(_("a match"), m, "leg", required=True, low=1, high=spec.legs if spec else 2)
    errors_before = len(reader.diagnostics)
    home = team(m.get("home"), m.mark_of("home"), "home") if "home" in m else None
    away = team(m.get("away"), m.mark_of("away"), "away") if "away" in m else None
    if "home" not in m or "away" not in m:
        reader.error(_("a match needs 'home' and 'away'"), m.mark)
    if home is not None and home == away:
        reader.error(_("{home} cannot play itself").format(home=home), m.mark_of("away"))
        return None
    if round_key is None or leg_no is None or home is None or away is None:
        if (
            strays is not None
            and spec is not None
            and round_key is not None
            and "home" in m
            and "away" in m
            and (home is None or away is None)
        ):
            strays.append(_stray(reader, m, round_key, leg_no, home, away, errors_before))
        return None
    where = _("{home} v {away}").format(home=home, away=away)
    score = _optional_pair(reader, m, "score", where)
    extra = _optional_pair(reader, m, "extra_time", where)
    pens = _optional_pair(reader, m, "penalties", where, 50)
    pens_winner = _shootout_winner(reader, m, home, away, pens, team)
    # Goal events are checked against what the file says was scored; when a count cannot
    # be read, saying "they scored 0" as well would only repeat that error.
    unreadable = any(m.get(k) is not None and v is None for k, v in (("score", score), ("extra_time", extra)))
    written_extra = extra
    if score is None and (extra is not None or pens is not None or pens_winner is not None):
        reader.error(_("{where} has extra time or penalties but no score").format(where=where), m.mark)
        extra = pens = pens_winner = None
    if pens is not None and pens[0] == pens[1]:
        reader.error(
            _("a penalty shoot-out cannot end level ({pens}-{pens2})").format(pens=pens[0], pens2=pens[1]),
            m.mark_of("penalties"),
        )
        pens = None
    if spec is not None:
        if extra is not None and "extra_time" not in spec.tiebreak:
            reader.error(_("{name} have no extra time").format(name=round_name(spec)), m.mark_of("extra_time"))
            extra = None
        if (pens is not None or pens_winner is not None) and "penalties" not in spec.tiebreak:
            key = "penalties" if pens is not None else "penalties_winner"
            reader.error(_("{name} have no penalty shoot-out").format(name=round_name(spec)), m.mark_of(key))
            pens = pens_winner = None
        if (extra is not None or pens is not None or pens_winner is not None) and leg_no != spec.legs:
            reader.error(
                _("extra time and penalties come only after the last leg of the {name}").format(name=round_name(spec)),
                m.mark,
            )
            extra = pens = pens_winner = None
    # Set aside by an edit that made the tie not level: kept, never counted.
    kept_extra = _optional_pair(reader, m, "kept_extra_time", where)
    kept_pens = _optional_pair(reader, m, "kept_penalties", where, 50)
    goals = _goals(reader, m, home, away, team) if "goals" in m else ()
    decided = extra is not None or pens is not None or pens_winner is not None
    status, minute = read_live(reader, m, where, score, decided)
    if status == LIVE and decided:
        # Extra time and a shoot-out come once the leg is final: set aside, not lost.
        kept_extra, kept_pens = kept_extra or extra, kept_pens or pens
        extra = pens = pens_winner = None
    leg = Leg(
        round_key,
        leg_no,
        home,
        away,
        reader.text(_("a match"), m, "date"),
        reader.text(_("a match"), m, "kickoff"),
        score,
        extra,
        pens,
        goals,
        m.mark,
        penalties_winner=pens_winner,
        kept_extra_time=kept_extra,
        kept_penalties=kept_pens,
        venue=reader.text("a match", m, "venue") or None,
        status=status,
        minute=minute,
    )
    if not unreadable:
        # The goal events of a leg may include those of its extra time set aside.
        _check_events(
            reader, replace(leg, extra_time=written_extra or kept_extra), m.mark_of("goals") if "goals" in m else m.mark
        )
    return leg


def _shootout_winner(reader: Reader, m: YMap, home: str, away: str, pens: Score | None, team: TeamLookup) -> str | None:
    """`penalties_winner: TEAM`: the shoot-out's winner when its score is not known."""
    if m.get("penalties_winner") is None:
        return None
    mark = m.mark_of("penalties_winner")
    winner = team(m["penalties_winner"], mark, "penalties_winner")
    if winner is None:
        return None
    if winner not in (home, away):
        reader.error(
            _("penalties_winner {winner} is not playing {home} v {away}").format(winner=winner, home=home, away=away),
            mark,
        )
        return None
    if pens is not None:
        reader.error(
            _(
                "give the shoot-out's score ('penalties') or, when it is not known, its winner ('penalties_winner'), not both"
            ),
            mark,
        )
        return None
    return winner


def _goals(reader: Reader, m: YMap, home: str, away: str, team: TeamLookup) -> tuple[Goal, ...]:
    entries = reader.sequence("goals", m["goals"], m.mark_of("goals"))
    if entries is None:
        return ()
    goals = []
    for index, entry in enumerate(entries):
        g = reader.mapping(_("a goal"), entry, entries.mark_of(index))
        if g is None:
            continue
        reader.known_keys(_("a goal"), g, GOAL_KEYS)
        scorer_team = team(g.get("team"), g.mark_of("team"), "goal team") if "team" in g else None
        if "team" not in g:
            reader.error(_("a goal needs 'team'"), g.mark)
        if scorer_team is None:
            continue
        if scorer_team not in (home, away):
            reader.error(
                _("goal for {scorer_team}, who are not playing {home} v {away}").format(
                    scorer_team=scorer_team, home=home, away=away
                ),
                g.mark_of("team"),
            )
            continue
        goals.append(
            Goal(
                scorer_team,
                reader.text(_("a goal"), g, "player") or None,
                minute_text(reader, g.get("minute"), g.mark_of("minute")),
                reader.flag(_("a goal"), g, "penalty"),
                reader.flag(_("a goal"), g, "own_goal"),
                g.mark,
            )
        )
    return tuple(goals)


def _check_events(reader: Reader, leg: Leg, mark: Mark) -> None:
    for side in (leg.home, leg.away):
        events = sum(1 for g in leg.goals if g.team == side)
        scored = leg.goals_of(side)
        if events > scored:
            reader.error(
                _("{events} goal events for {side} but they scored {scored} in {home} v {away}").format(
                    events=events, side=side, scored=scored, home=leg.home, away=leg.away
                ),
                mark,
            )
        elif events < scored and leg.goals:  # legs listing no events are counted once, below
            reader.warning(
                _("{value} of {side}'s {scored} goals in {home} v {away} have no scorer listed").format(
                    value=scored - events, side=side, scored=scored, home=leg.home, away=leg.away
                ),
                mark,
            )
    for goal in leg.goals:
        if goal.player is None:
            reader.warning(
                _("a goal for {team} in {home} v {away} has no scorer").format(
                    team=goal.team, home=leg.home, away=leg.away
                ),
                goal.mark,
            )


def _duplicates(reader: Reader, legs: list[Leg]) -> None:
    seen: dict[tuple, Leg] = {}
    for leg in legs:
        key = (leg.round, leg.leg, frozenset((leg.home, leg.away)))
        if key in seen:
            reader.error(
                _(
                    "leg {leg} of {home} v {away} in {round} is entered twice (first at line {line}); the first one counts"
                ).format(leg=leg.leg, home=leg.home, away=leg.away, round=leg.round, line=seen[key].mark.line),
                leg.mark,
            )
        else:
            seen[key] = leg
