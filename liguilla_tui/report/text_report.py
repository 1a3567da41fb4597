"""Plain-text and Markdown renderings of a resolved Liguilla, for `liguilla show`."""

from __future__ import annotations

from liguilla_tui.core.results import Resolved, Tie
from liguilla_tui.report.describe import describe_tie, live_minute_text, signed
from liguilla_tui.report.safe import cell_width, pad, printable, printable_lines

_TABLE_HEAD = ("Pos", "Seed", "Team", "Pld", "W", "D", "L", "GF", "GA", "GD", "Pts")


def _table_rows(resolved: Resolved) -> list[tuple[str, ...]]:
    seeds = {q.team: q.seed for q in resolved.qualified}
    barred = {e.team: e.reason for e in resolved.excluded}
    rows: list[tuple[str, ...]] = []
    for r in sorted(resolved.table, key=lambda row: row.position):
        seed = str(seeds[r.team]) if r.team in seeds else ("barred" if r.team in barred else "")
        rows.append(
            (
                str(r.position),
                seed,
                r.team,
                str(r.played),
                str(r.won),
                str(r.drawn),
                str(r.lost),
                str(r.goals_for),
                str(r.goals_against),
                signed(r.goal_difference),
                str(r.points),
            )
        )
    return rows


def _leg_line(slot) -> str:
    leg = slot.leg
    date = pad(printable(leg.date if leg and leg.date else "date tbc"), 10)
    if slot.played:
        h, a = leg.score
        extra = ""
        if leg.extra_time:
            extra += f" (a.e.t. {h + leg.extra_time[0]}-{a + leg.extra_time[1]})"
        if leg.penalties:
            extra += f" ({leg.penalties[0]}-{leg.penalties[1]} pen.)"
        elif leg.penalties_winner:
            extra += f" ({printable(leg.penalties_winner)} win on pen., score not known)"
        return f"Leg {slot.number}  {date}  {leg.home} {h}-{a} {leg.away}{extra}"
    if slot.live:
        h, a = leg.score
        return f"Leg {slot.number}  {date}  {leg.home} {h}-{a} {leg.away} ({live_minute_text(leg.minute)}, so far)"
    return f"Leg {slot.number}  {date}  {slot.home} v {slot.away} (not played)"


def _tie_heading(tie: Tie) -> str:
    def side(slot) -> str:
        return f"({slot.seed}) {slot.team}" if slot.team else slot.label

    return f"{tie.label}: {side(tie.higher)} v {side(tie.lower)}"


def _rule(char: str, over: str) -> str:
    return char * cell_width(over)


def render_text(resolved: Resolved) -> str:
    season = resolved.season
    title = printable(season.title)
    out = [title, _rule("=", title), ""]
    # Made printable before measuring: an escape is wider than the character it shows.
    rows = [tuple(map(printable, row)) for row in _table_rows(resolved)]
    widths = [max(len(h), *(cell_width(r[i]) for r in rows)) for i, h in enumerate(_TABLE_HEAD)]
    out.append("  ".join(h.ljust(w) for h, w in zip(_TABLE_HEAD, widths)).rstrip())
    for row in rows:
        out.append("  ".join(pad(c, w, right=i != 2) for i, (c, w) in enumerate(zip(row, widths))))
    for e in resolved.excluded:
        out.append(f"Barred: {e.team} ({e.reason})")
    for rnd in resolved.rounds:
        name = printable(rnd.spec.name)
        out += ["", name, _rule("-", name)]
        for tie in rnd.ties:
            out.append(_tie_heading(tie))
            out += ["  " + _leg_line(slot) for slot in tie.legs]
            out.append("  " + describe_tie(tie, rnd.spec.legs))
    out += [
        "",
        f"Champion: {resolved.champion or 'not decided'}",
        f"Runner-up: {resolved.runner_up or 'not decided'}",
        f"Matches: {resolved.matches_played}   Goals: {resolved.goals}",
        "",
        "Scorers",
        "-------",
    ]
    for s in resolved.scorers:
        pens = f" ({s.penalties} pen.)" if s.penalties else ""
        out.append(f"{s.rank:>3}. {s.player} ({s.team}) {s.goals}{pens}")
    if resolved.unattributed_goals or resolved.own_goals:
        out.append(f"     Own goals: {resolved.own_goals}   Scorer unknown: {resolved.unattributed_goals}")
    return printable_lines(out)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(resolved: Resolved) -> str:
    season = resolved.season
    out = [
        f"# {_md_escape(season.title)}",
        "",
        "## General table",
        "",
        "| " + " | ".join(_TABLE_HEAD) + " |",
        "|" + "---|" * len(_TABLE_HEAD),
    ]
    out += ["| " + " | ".join(_md_escape(c) for c in row) + " |" for row in _table_rows(resolved)]
    for e in resolved.excluded:
        out += ["", f"Barred: {_md_escape(e.team)} ({_md_escape(e.reason)})"]
    for rnd in resolved.rounds:
        out += [
            "",
            f"## {rnd.spec.name}",
            "",
            "| Tie | Leg | Date | Home | Score | Away |",
            "|---|---|---|---|---|---|",
        ]
        for tie in rnd.ties:
            for slot in tie.legs:
                leg = slot.leg
                sc = f"{slot.score[0]}–{slot.score[1]}" if slot.score is not None else "v"
                if slot.live:  # the score so far: the tie's line says who leads
                    sc += f" ({_md_escape(live_minute_text(leg.minute if leg else None))})"
                out.append(
                    f"| {_md_escape(tie.label)} | {slot.number} | {leg.date if leg and leg.date else ''} | "
                    f"{_md_escape(slot.home)} | {sc} | {_md_escape(slot.away)} |"
                )
        out.append("")
        out += [f"- **{_md_escape(t.label)}**: {_md_escape(describe_tie(t, rnd.spec.legs))}" for t in rnd.ties]
    out += [
        "",
        "## Champion",
        "",
        f"**{_md_escape(resolved.champion or 'not decided')}**"
        + (f" (runner-up {_md_escape(resolved.runner_up)})" if resolved.runner_up else ""),
        "",
        f"{resolved.matches_played} matches, {resolved.goals} goals.",
        "",
        "## Scorers",
        "",
        "| Rank | Player | Team | Goals | Pen. |",
        "|---|---|---|---|---|",
    ]
    out += [
        f"| {s.rank} | {_md_escape(s.player)} | {_md_escape(s.team)} | {s.goals} | {s.penalties} |"
        for s in resolved.scorers
    ]
    return printable_lines(out)
