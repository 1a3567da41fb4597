"""The pieces of a wikitext export: escaping, scores, scorer lines, match boxes, tie rows and
the bracket, each in the convention of the Wikipedia the language writes for.

English (en.wikipedia, WP:Football): `{{Football box}}` per match with `{{goal|23|80}}` (one
line per scorer, all their minutes on it, `pen.` / `o.g.` after a minute), dates "May 23,
2013" (Mexican articles use mdy), `{{TwoLegStart}}` / `{{TwoLegResult}}` with every score
in team 1 - team 2 order (team 1 hosts the first leg) and the aggregate noted `3–3 (a)`,
`2–2 (2–4 p)` or `4–3 (a.e.t.)`, and `{{8TeamBracket-2Leg}}` (RD1-seed1, RD1-team1,
RD1-score1-1, -2, -agg).

Spanish (es.wikipedia): `{{Partido}}` per match (competición = Ida / Vuelta, local,
resultado `1:0`, visita, fecha "23 de mayo de 2013", goleslocal / golesvisita with one
`{{gol|18}}` per goal, global on the second leg seen from its host, prórroga = sí,
resultado penalti, estado = plegada), `{{TwoLegStart|partidos=2}}` / `{{TwoLegResult}}`
with the winner in bold, `ganador=` and a shoot-out marked `(pen.)` on the winner's side.

Sources: the TwoLegResult and Partido parameters as public generators and parsers of
es.wikipedia knockout sections write and read them; `{{gol|43}}` inside a Partido, and
`resultado penalti` holding the shoot-out, from the same parsers. Not confirmed by a
source, so following the closest well-known convention: en.wikipedia's `{{goal}}` and
`{{8TeamBracket-2Leg}}` parameter names (WP:Football as commonly written), es.wikipedia's
`hora` parameter, and the bracket es.wikipedia uses: the same `{{8TeamBracket-2Leg}}` (it
imported TwoLegStart/TwoLegResult under their English names) with Spanish round labels.

Template and parameter names, `{{small}}`, `pen.`/`o.g.` as `{{goal}}` arguments, are
markup of each wiki, not words; every word shown goes through `pgettext("wikitext", ...)`.
Every name from a file is data: made printable, then each character that means something
to MediaWiki written as an HTML entity (`wiki`), so `}}{{Delete` or `<ref>` stays text.
"""

from __future__ import annotations

import re
from datetime import date as Date

from liguilla_tui.core.model import Goal, Leg
from liguilla_tui.core.results import DECIDED, RoundResult, Slot, Tie
from liguilla_tui.i18n import _, language, pgettext
from liguilla_tui.i18n.dates import MONTHS, long_date
from liguilla_tui.report.safe import printable

# `!` splits header cells; `*#:;` make a list where a template's output starts a line.
_SPECIAL = re.compile(r"[&<>|{}\[\]'=~!]|(?<=_)_|^[*#:;]")
DASH = "–"


def spanish() -> bool:
    return language() == "es_MX"


def wiki(text: str) -> str:
    """Text safe inside wikitext: a table cell, a template parameter, a heading, a <ref>."""
    return _SPECIAL.sub(lambda m: f"&#{ord(m.group())};", " ".join(printable(text).split()))


def wiki_date(iso: str | None) -> str:
    """en.wikipedia's Mexican articles write "May 23, 2013"; es.wikipedia "23 de mayo de 2013"."""
    if not iso:
        return ""
    try:
        day = Date.fromisoformat(iso)
    except ValueError:
        return wiki(iso)
    if spanish():
        return long_date(iso)
    return f"{_(MONTHS[day.month - 1])} {day.day}, {day.year}"


def score(a: int, b: int) -> str:
    """A score in a table: `2–1` (en), `2-1` (es, as the Mexican press and es.wikipedia print it)."""
    return f"{a}-{b}" if spanish() else f"{a}{DASH}{b}"


# --- scorers ---------------------------------------------------------------------------


def _scorer_groups(goals: list[Goal]) -> list[tuple[str, list[Goal]]]:
    """Goals by who scored them, in the order each first scored: one line per scorer."""
    groups: dict[tuple[str | None, bool], list[Goal]] = {}
    for g in goals:
        groups.setdefault((g.player, g.own_goal), []).append(g)
    return [(player or "", group) for (player, _own), group in groups.items()]


def _minute(g: Goal) -> str:
    return wiki(g.minute) if g.minute else "?"


def goal_lines(goals: list[Goal]) -> str:
    """`Christian Benítez {{goal|18|61}}` (en) / `Christian Benítez {{gol|18}} {{gol|61}}` (es)."""
    out = []
    for player, group in _scorer_groups(goals):
        who = wiki(player) if player else pgettext("wikitext", "Unknown")
        if spanish():
            marks = []
            for g in group:
                note = pgettext("wikitext", " (pen.)") if g.penalty else ""
                note = pgettext("wikitext", " (own goal)") if g.own_goal else note
                marks.append(f"{{{{gol|{_minute(g)}}}}}{note}")
            out.append(f"{who} {' '.join(marks)}")
        else:
            args = []
            for g in group:
                args.append(_minute(g))
                args += ["pen."] if g.penalty else ["o.g."] if g.own_goal else []
            out.append(f"{who} {{{{goal|{'|'.join(args)}}}}}")
    return "<br />".join(out)


# --- one match -------------------------------------------------------------------------


def _total(leg: Leg) -> tuple[int, int]:
    return leg.total() or (0, 0)


def match_box(leg: Leg | None, home: str, away: str, leg_name: str, aggregate: tuple[int, int] | None) -> list[str]:
    """One match. `aggregate`: the tie's (home, away) aggregate after a second leg, for es's `global`."""
    played = leg is not None and leg.played
    goals = list(leg.goals) if leg is not None else []
    when = wiki_date(leg.date if leg else None)
    kickoff = wiki(leg.kickoff) if leg is not None and leg.kickoff else ""
    if spanish():
        out = ["{{Partido"]
        out += [f"|competición = {leg_name}"] if leg_name else []
        out += [f"|local = {wiki(home)}"]
        out += [f"|resultado = {'{}:{}'.format(*_total(leg)) if played and leg else 'vs'}"]
        out += [f"|visita = {wiki(away)}", f"|fecha = {when}"]
        out += [f"|hora = {kickoff}"] if kickoff else []
        if played and leg is not None:
            out += [
                f"|goleslocal = {goal_lines([g for g in goals if g.team == leg.home])}",
                f"|golesvisita = {goal_lines([g for g in goals if g.team == leg.away])}",
            ]
            out += ["|global = {}:{}".format(*aggregate)] if aggregate else []
            out += ["|prórroga = sí"] if leg.extra_time else []
            out += ["|resultado penalti = {}:{}".format(*leg.penalties)] if leg.penalties else []
        return out + ["|estado = plegada", "}}"]
    out = ["{{Football box"]
    out += [f"|round = {leg_name}"] if leg_name else []
    out += [f"|date = {when}"]
    out += [f"|time = {kickoff}"] if kickoff else []
    out += [
        f"|team1 = {wiki(home)}",
        f"|score = {score(*_total(leg)) if played and leg else 'v'}",
        f"|team2 = {wiki(away)}",
    ]
    if played and leg is not None:
        out += ["|aet = yes"] if leg.extra_time else []
        out += [
            f"|goals1 = {goal_lines([g for g in goals if g.team == leg.home])}",
            f"|goals2 = {goal_lines([g for g in goals if g.team == leg.away])}",
        ]
        out += [f"|penaltyscore = {score(*leg.penalties)}"] if leg.penalties else []
    return out + ["}}"]


# --- one tie ---------------------------------------------------------------------------


def slot_name(slot: Slot) -> str:
    """A known team, or who may fill the place, in italics."""
    if slot.team is not None:
        return wiki(slot.team)
    if len(slot.candidates) == 2:
        a, b = (wiki(c) for c in slot.candidates)
        return "''" + pgettext("wikitext", "{a} or {b}").format(a=a, b=b) + "''"
    return "''" + pgettext("wikitext", "To be decided") + "''"


def _pair(tie: Tie, pair: tuple[int, int] | None) -> tuple[int, int] | None:
    """A (higher, lower) pair turned to (team 1, team 2): team 1 hosts the first leg, the lower seed."""
    return (pair[1], pair[0]) if pair is not None else None


def winner_side(tie: Tie) -> int | None:
    if tie.state != DECIDED or tie.winner is None:
        return None
    return 1 if tie.winner == tie.lower.team else 2


def aggregate_cell(tie: Tie) -> str:
    """`3–3 (a)`, `2–2 (2–4 p)` (en); `2-2 {{small|(pen.)}}` beside the winner (es)."""
    agg = None if tie.live else _pair(tie, tie.aggregate)  # a live leg is written as not yet played
    if agg is None:
        return "v" if not spanish() else "vs"
    text = score(*agg)
    side = winner_side(tie)
    if side is None:
        return text
    if spanish():
        if tie.decided_by == "penalties":
            pen = "{{small|''([[Tiros desde el punto penal|pen.]])''}}"
            return f"{pen} {text}" if side == 1 else f"{text} {pen}"
        return text
    if tie.decided_by == "away_goals":
        return f"{text} (a)"
    if tie.decided_by == "penalties":
        pens = _pair(tie, tie.penalties)
        return f"{text} ({score(*pens)} p)" if pens else f"{text} (p)"
    if tie.decided_by == "extra_time":
        return text + pgettext("wikitext", " (a.e.t.)")
    return text


def leg_cell(tie: Tie, number: int) -> str:
    """A leg's score in team 1 - team 2 order, whoever hosted it."""
    slot = tie.legs[number - 1] if len(tie.legs) >= number else None
    if slot is None or not slot.played or slot.leg is None:
        return ""
    h, a = _total(slot.leg)
    text = score(h, a) if slot.leg.home == tie.lower.team else score(a, h)
    if slot.leg.extra_time:
        text += pgettext("wikitext", " (a.e.t.)")
    return text


def two_leg_rows(rnd: RoundResult, notes: dict[int, str]) -> list[str]:
    """`{{TwoLegStart}}` and a `{{TwoLegResult}}` per tie; `notes[index]`: a <ref> after the aggregate."""
    out = ["{{TwoLegStart|partidos=2}}" if spanish() else "{{TwoLegStart}}"]
    for tie in rnd.ties:
        one, two = slot_name(tie.lower), slot_name(tie.higher)
        side = winner_side(tie)
        if spanish() and side is not None:
            one, two = (f"'''{one}'''", two) if side == 1 else (one, f"'''{two}'''")
        cells = [one, "", aggregate_cell(tie) + notes.get(tie.index, ""), two, ""]
        cells += [leg_cell(tie, 1), leg_cell(tie, 2)]
        if spanish() and side is not None:
            cells.append(f"ganador={side}")
        out.append("{{TwoLegResult|" + "|".join(cells) + "}}")
    return out + ["|}"]


# --- the bracket -----------------------------------------------------------------------


def _bracket_order(rounds: list[RoundResult]) -> list[list[tuple[Tie, tuple[Slot, Slot]]]]:
    """Each round's ties top to bottom, each with its two teams in order, so that the winners
    of ties 2k-1 and 2k of a round are the teams of tie k of the next (Liga MX re-seeds after
    the quarter-finals, so the rounds' own order does not line up)."""
    last = [(t, (t.higher, t.lower)) for t in rounds[-1].ties]
    ordered = [last]
    for rnd in reversed(rounds[:-1]):
        placed: list[Tie] = []
        for _tie, slots in ordered[0]:
            for slot in slots:
                feeder = next((t for t in rnd.ties if slot.team and t.winner == slot.team), None)
                if feeder is not None and feeder not in placed:
                    placed.append(feeder)
        ties = placed if len(placed) == len(rnd.ties) else list(rnd.ties)
        ordered.insert(0, [(t, (t.higher, t.lower)) for t in ties])
    return ordered


def _team_scores(tie: Tie, slot: Slot) -> tuple[str, str, str]:
    """One team's goals in leg 1, leg 2, and on aggregate (with the shoot-out or `(a)`)."""
    legs = []
    for leg_slot in tie.legs[:2]:
        leg = leg_slot.leg
        if leg is None or not leg.played:
            legs.append("")
            continue
        h, a = _total(leg)
        legs.append(str(h if leg.home == slot.team else a))
    legs += [""] * (2 - len(legs))
    agg = ""
    if tie.aggregate is not None and tie.legs_played == len(tie.legs):
        higher = slot.team == tie.higher.team
        agg = str(tie.aggregate[0] if higher else tie.aggregate[1])
        if tie.penalties is not None:
            agg += f" ({tie.penalties[0] if higher else tie.penalties[1]})"
        elif tie.decided_by == "away_goals" and tie.winner == slot.team and not spanish():
            agg += " (a)"
    return legs[0], legs[1], agg


def bracket(rounds: list[RoundResult], names: list[str]) -> list[str]:
    """`{{8TeamBracket-2Leg}}` (or 4-team) over the two-legged rounds; [] for another shape."""
    sizes = [len(r.ties) for r in rounds]
    if sizes not in ([4, 2, 1], [2, 1]) or any(r.spec.legs != 2 for r in rounds):
        return []
    out = [f"{{{{{sizes[0] * 2}TeamBracket-2Leg"]
    out += [f"| RD{n} = {name}" for n, name in enumerate(names, start=1)]
    for n, ties in enumerate(_bracket_order(rounds), start=1):
        team = 0
        for tie, slots in ties:
            for slot in slots:
                team += 1
                leg1, leg2, agg = _team_scores(tie, slot)
                key = f"RD{n}-"
                out += [
                    f"| {key}seed{team} = {slot.seed if slot.seed is not None else ''}".rstrip(),
                    f"| {key}team{team} = {wiki(slot.team) if slot.team else ''}".rstrip(),
                    f"| {key}score{team}-1 = {leg1}".rstrip(),
                    f"| {key}score{team}-2 = {leg2}".rstrip(),
                    f"| {key}score{team}-agg = {agg}".rstrip(),
                ]
    return out + ["}}"]
