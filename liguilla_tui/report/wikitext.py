"""The resolved Liguilla as MediaWiki wikitext, laid out like the Wikipedia article the
2013 Clausura was built from: the general table, each round's legs (first legs, second
legs), the final, and the winners box.

Every name goes through `printable` and then has the characters that mean something to
MediaWiki (`|`, `{`, `[`, `'`, `<`, `=`, `~`, ...) written as HTML entities, so that a
team called `}}{{Delete` is text, not a template.
"""

from __future__ import annotations

import re
from datetime import date as Date

from liguilla_tui.core.model import Goal, Leg
from liguilla_tui.core.results import DECIDED, Resolved, RoundResult, Tie
from liguilla_tui.report.describe import describe_tie, signed
from liguilla_tui.report.safe import printable

_SPECIAL = re.compile(r"[&<>|{}\[\]'=~]|(?<=_)_")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_LEG_NAMES = {1: "First leg", 2: "Second leg"}


def wiki(text: str) -> str:
    """Text safe inside wikitext: a table cell, a template parameter or a heading."""
    return _SPECIAL.sub(lambda m: f"&#{ord(m.group())};", " ".join(printable(text).split()))


def _date(iso: str | None) -> str:
    if not iso:
        return "Date to be confirmed"
    try:
        day = Date.fromisoformat(iso)
    except ValueError:
        return wiki(iso)
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _goals(goals: list[Goal]) -> str:
    """`Humberto Suazo {{goal|18}}` (pen., o.g. marked), one scorer a line."""
    out = []
    for g in goals:
        minute = wiki(g.minute) if g.minute else ""
        kind = "|pen." if g.penalty else "|o.g." if g.own_goal else ""
        who = wiki(g.player) if g.player else "Unknown"
        out.append(f"{who} {{{{goal|{minute}{kind}}}}}" if minute else who)
    return "<br />".join(out)


def _score(leg: Leg) -> str:
    assert leg.score is not None
    h, a = leg.score
    if leg.extra_time:
        return f"{h + leg.extra_time[0]}–{a + leg.extra_time[1]}"
    return f"{h}–{a}"


def _football_box(leg: Leg | None, home: str, away: str) -> list[str]:
    out = ["{{Football box", f"|date = {_date(leg.date if leg else None)}"]
    if leg is not None and leg.kickoff:
        out.append(f"|time = {wiki(leg.kickoff)}")
    out += [
        f"|team1 = {wiki(home)}",
        f"|score = {_score(leg) if leg and leg.played else 'v'}",
        f"|team2 = {wiki(away)}",
    ]
    if leg is not None and leg.played:
        out += ["|aet = yes"] if leg.extra_time else []
        out += [
            f"|goals1 = {_goals([g for g in leg.goals if g.team == leg.home])}",
            f"|goals2 = {_goals([g for g in leg.goals if g.team == leg.away])}",
        ]
        if leg.penalties:
            out += [f"|penaltyscore = {leg.penalties[0]}–{leg.penalties[1]}"]
    out.append("}}")
    return out


def _table(resolved: Resolved) -> list[str]:
    seeds = {q.team: q.seed for q in resolved.qualified}
    barred = {e.team for e in resolved.excluded}
    out = [
        '{| class="wikitable" style="text-align:center"',
        "! Pos !! S !! Team !! Pld !! W !! D !! L !! GF !! GA !! GD !! Pts",
    ]
    notes = []
    for r in sorted(resolved.table, key=lambda row: row.position):
        seed = str(seeds[r.team]) if r.team in seeds else ""
        team = wiki(r.team)
        if r.team in barred:
            notes.append(r.team)
            team += f"<sup>{len(notes)}</sup>"
        out += [
            "|-",
            f'| {r.position} || {seed} || style="text-align:left" | {team} || {r.played} || {r.won} || '
            f"{r.drawn} || {r.lost} || {r.goals_for} || {r.goals_against} || {signed(r.goal_difference)} || "
            f"{r.points}",
        ]
    out.append("|}")
    reasons = {e.team: e.reason for e in resolved.excluded}
    for number, team in enumerate(notes, start=1):
        out.append(f"{number}. {wiki(team)} may not take part in the Liguilla: {wiki(reasons[team])}.")
    return out


def _ties_table(rnd: RoundResult) -> list[str]:
    """Team 1, aggregate, team 2 and each leg's score, as Wikipedia lays out two-legged ties."""
    heads = ["Team 1", "Agg." if rnd.spec.legs > 1 else "Score", "Team 2"]
    heads += [_LEG_NAMES.get(n, f"Leg {n}") for n in range(1, rnd.spec.legs + 1)] if rnd.spec.legs > 1 else []
    out = ['{| class="wikitable" style="text-align:center"', "! " + " !! ".join(heads)]
    for tie in rnd.ties:
        out += ["|-", "| " + " || ".join(_tie_cells(tie, rnd.spec.legs))]
    return out + ["|}"]


def _tie_cells(tie: Tie, legs: int) -> list[str]:
    """Team 1 is the lower seed (host of the first leg), as on Wikipedia."""
    first, second = tie.lower, tie.higher
    name = lambda slot: wiki(slot.label) if slot.team else f"''{wiki(slot.label)}''"  # noqa: E731
    agg = "v"
    if tie.aggregate is not None and not tie.live:  # a live leg is written as not yet played
        agg = f"{tie.aggregate[1]}–{tie.aggregate[0]}"
        if tie.state == DECIDED and tie.decided_by not in ("aggregate", None):
            agg += f" ({wiki(describe_tie(tie, legs))})"
    cells = [name(first), agg, name(second)]
    if legs > 1:
        for slot in tie.legs:
            leg = slot.leg
            if leg is not None and leg.played:
                h, a = leg.total() or (0, 0)
                cells.append(f"{h}–{a}" if leg.home == (first.team or "") else f"{a}–{h}")
            else:
                cells.append("")
    return cells


def render_wikitext(resolved: Resolved) -> str:
    season = resolved.season
    title = wiki(season.title)
    qualifiers = season.format.qualifiers
    out = [
        f"The '''{title}''' is the final knockout tournament of the {season.year} "
        f"{wiki(season.competition)} {wiki(season.tournament)}, with {qualifiers} teams of the general table.",
        "",
    ]
    if season.source:
        out += [f"Source: {wiki(season.source)}", ""]
    out += ["==Teams==", f"The {qualifiers} best-placed eligible teams of the general table qualified.", ""]
    out += _table(resolved)
    for rnd in resolved.rounds:
        out += ["", f"=={wiki(rnd.spec.name)}==", ""]
        out += _ties_table(rnd)
        for number in range(1, rnd.spec.legs + 1):
            if rnd.spec.legs > 1:
                out += ["", f"==={_LEG_NAMES.get(number, f'Leg {number}')}==="]
            for tie in rnd.ties:
                slot = tie.legs[number - 1] if len(tie.legs) >= number else None
                if slot is None:
                    continue
                leg = slot.leg
                out += [""] + _football_box(leg, leg.home if leg else slot.home, leg.away if leg else slot.away)
    out += ["", "==Winners==", ""]
    tournament = f"{wiki(season.tournament)} {season.year}"
    champion = f"'''{wiki(resolved.champion)}'''" if resolved.champion else "''Not decided yet''"
    out += [
        '{| class="wikitable" style="text-align:center; margin:auto"',
        "|-",
        f"! {tournament} winners:",
        "|-",
        f"| {champion}",
        "|}",
    ]
    if resolved.runner_up:
        out += [
            "",
            f"Runner-up: {wiki(resolved.runner_up)}. {resolved.matches_played} matches, {resolved.goals} goals.",
        ]
    if resolved.scorers:
        out += ["", "==Top goalscorers==", "", '{| class="wikitable"', "! Rank !! Player !! Team !! Goals"]
        for s in resolved.scorers:
            out += ["|-", f"| {s.rank} || {wiki(s.player)} || {wiki(s.team)} || {s.goals}"]
        out.append("|}")
    return "".join(line + "\n" for line in out)
