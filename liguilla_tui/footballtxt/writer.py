"""A season out as football.txt (openfootball), the notation `liguilla import` reads back.

One file with two sections, `== Clausura` (the regular season, from `results`) and
`== Clausura - Liguilla` (the legs), under a title `= Liga MX 2012/13` that gives the
years. Importing the file gives the same season back (results, legs, dates, kickoffs,
extra time, penalties, the computed table and the barred teams it implies), with these
limits: goal events are not written (football.txt keeps scorers in a notation this tool
does not read); team names are the canonical ones (their other spellings are not kept);
a season without `results` has no regular-season section, so it cannot be imported
again; the format is not written (import with --format when it is not the era's preset).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as Date

from liguilla_tui.core.model import Leg, Result, Season
from liguilla_tui.report.safe import printable

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Round keys to the headers openfootball uses (the importer maps them back).
ROUND_HEADERS = {
    "reclassification": "Reclassification",
    "playin": "Play-in round 1",
    "playin_8th": "Play-in round 2",
    "quarterfinals": "Quarterfinals",
    "semifinals": "Semifinals",
    "final": "Final",
}


def season_years(season: Season) -> str:
    """`2012/13` for the 2012 Apertura and the 2013 Clausura."""
    first = season.year - 1 if season.tournament.casefold().startswith("clausura") else season.year
    return f"{first}/{(first + 1) % 100:02d}"


def _name(text: str) -> str:
    """A team name on one line, with no run of spaces (two spaces separate the columns)."""
    return " ".join(printable(text).split())


def _date_line(iso: str) -> str:
    try:
        day = Date.fromisoformat(iso)
    except ValueError:
        return f"# date: {printable(iso)}"  # not a date the reader knows; kept as a comment
    return f"[{_DAYS[day.weekday()]} {_MONTHS[day.month - 1]}/{day.day} {day.year}]"


def _score(leg: Leg | Result) -> str:
    if leg.score is None or getattr(leg, "live", False):  # football.txt has no live match
        return "-"
    home, away = leg.score
    extra = getattr(leg, "extra_time", None)
    pens = getattr(leg, "penalties", None)
    out = []
    if pens is not None:
        out.append(f"{pens[0]}-{pens[1]} pen.")
    if extra is not None:
        out.append(f"{home + extra[0]}-{away + extra[1]} a.e.t.")
    out.append(f"({home}-{away})" if out else f"{home}-{away}")
    return " ".join(out)


def _block(matches: Sequence[Leg | Result], lines: list[str]) -> None:
    """Matches under date lines; a date line again wherever a kickoff must not carry over."""
    width = max((len(_name(m.home)) for m in matches), default=0)
    current: str | None = None
    carried: str | None = None  # the kickoff the reader would give a line without one
    for m in matches:
        if m.date is not None and (m.date != current or (m.kickoff is None and carried is not None)):
            lines.append(_date_line(m.date))
            current, carried = m.date, None
        kickoff = m.kickoff.replace(":", ".") if m.kickoff else ""
        if m.kickoff:
            carried = m.kickoff
        lines.append(f"  {kickoff:<5}  {_name(m.home):<{width}}  {_score(m)}  {_name(m.away)}".rstrip())
        if getattr(m, "live", False) and m.score is not None:
            # Written as not yet played (the format has no live match): the score so far is
            # a comment, which a reader skips, so a re-import never takes it for a result.
            minute = getattr(m, "minute", None)
            at = "" if not minute else f", {printable(minute)}" if minute == "HT" else f", {printable(minute)}'"
            lines.append(f"  # {_name(m.home)} v {_name(m.away)}: live, {m.score[0]}-{m.score[1]} so far{at}")
        winner = getattr(m, "penalties_winner", None)
        if winner is not None:  # football.txt has no notation for it; import reads it from the later rounds
            lines.append(
                f"  # {_name(m.home)} v {_name(m.away)}: {_name(winner)} won the shoot-out (its score is not known)"
            )


def write_football_txt(season: Season) -> str:
    tournament = _name(season.tournament)
    lines = [
        f"= {_name(season.competition)} {season_years(season)}",
        f"# {_name(season.title)}: written by liguilla-tui (liguilla export --format football.txt)",
    ]
    if season.source:
        lines.append(f"# source: {_name(season.source)}")
    if season.results:
        lines += ["", "", f"== {tournament}"]
        run: list[Result] = []
        for result in season.results:
            if run and result.matchday != run[0].matchday:
                _round(run, lines)
                run = []
            run.append(result)
        if run:
            _round(run, lines)
    if season.legs:
        lines += ["", "", f"== {tournament} - Liguilla"]
        for spec in season.format.rounds:
            legs = [leg for leg in season.legs if leg.round == spec.key]
            if legs:
                lines += ["", "", ROUND_HEADERS.get(spec.key, _name(spec.name))]
                _block(list(legs), lines)
        known = {r.key for r in season.format.rounds}
        for leg in season.legs:
            if leg.round not in known:  # cannot happen for a loaded season; never drop it silently
                lines.append(f"# leg in unknown round {_name(leg.round)}: {_name(leg.home)} v {_name(leg.away)}")
    return "\n".join(lines) + "\n"


def _round(results: Sequence[Result], lines: list[str]) -> None:
    matchday = results[0].matchday
    lines += ["", "", f"Matchday {matchday}" if matchday is not None else "Matchday"]
    _block(results, lines)
