"""`liguilla scenarios`: what each team needs, as text, JSON (docs/json-output.md) or a
Markdown piece ready to publish.

Names come from the season file: text output goes through printable(), JSON through
json_safe() (by the caller), Markdown through _md() (table pipes) and printable().
"""

from __future__ import annotations

from typing import Any

from liguilla_tui.core.paths import TeamPaths, path_words
from liguilla_tui.core.results import Resolved
from liguilla_tui.core.scenarios import Scenarios, TieScenario
from liguilla_tui.core.table_outlook import TableOutlook, TeamOutlook
from liguilla_tui.core.tie_outcomes import AGGREGATE, GRID, Cell
from liguilla_tui.report.describe import describe_tie, score
from liguilla_tui.report.safe import cell_width, pad, printable, printable_lines

SCHEMA_VERSION = 1


# ---- JSON ------------------------------------------------------------------------------


def document(resolved: Resolved, found: Scenarios, outlook: TableOutlook | None = None) -> dict[str, Any]:
    """The JSON contract: the open ties, the paths, and the general table's outlook (`teams`)."""
    table = outlook.as_json() if outlook is not None else None
    return {
        "schema_version": SCHEMA_VERSION,
        "season": resolved.season.title,
        "ties": [tie_document(s) for s in found.ties],
        "paths": [path_document(p) for p in found.paths],
        "matchdays_left": table["matchdays_left"] if table else 0,
        "zones": table["zones"] if table else [],
        "teams": table["teams"] if table else [],
    }


def tie_document(s: TieScenario) -> dict[str, Any]:
    ot, tie = s.open_tie, s.open_tie.tie
    teams = [ot.home, ot.away]
    aggregate = None
    if tie.aggregate is not None and tie.teams is not None:
        aggregate = dict(zip(tie.teams, tie.aggregate))
    return {
        "round": ot.spec.key,
        "round_name": ot.spec.name,
        "label": tie.label,
        "teams": teams,
        "higher_seed": tie.higher.team,
        "state": tie.state,
        "aggregate": aggregate,
        "remaining": len(ot.remaining),
        "remaining_legs": [_remaining_document(slot) for slot in ot.remaining],
        "basis": ot.basis,
        "live": list(ot.live) if ot.live else None,
        "summary": s.words,
        "needs": {team: s.need_of(team) for team in teams},
        "level": s.needs.level,
        "outcomes": [_outcome_document(o) for o in s.outcomes()],
    }


def _remaining_document(slot) -> dict[str, Any]:
    """A leg left to play: scheduled, or live with its score so far (home, away of the slot)."""
    entry: dict[str, Any] = {"leg": slot.number, "home": slot.home, "away": slot.away, "state": slot.state}
    leg = slot.leg
    if slot.live and leg is not None and leg.score is not None:
        so_far = leg.score if leg.home == slot.home else (leg.score[1], leg.score[0])
        entry.update(home_goals=so_far[0], away_goals=so_far[1], minute=leg.minute)
    return entry


def _outcome_document(o) -> dict[str, Any]:
    entry = {"home_goals": o.home_goals, "away_goals": o.away_goals, "through": o.through, "decided_by": o.decided_by}
    if o.home_away_goals is not None:
        entry["home_away_goals"] = o.home_away_goals
        entry["away_away_goals"] = o.away_away_goals
    return entry


def path_document(p: TeamPaths) -> dict[str, Any]:
    return {
        "team": p.team,
        "complete": p.complete,
        "meetings": [
            {"round": m.round_key, "opponent": m.opponent, "hosts_last_leg": m.hosts, "if": m.via} for m in p.meetings
        ],
    }


# ---- text and Markdown ---------------------------------------------------------------------


def cell_mark(cell: Cell, home: str) -> str:
    """H / A: the home / away side goes through; = level (extra time or penalties); ? it depends."""
    if cell.through is not None:
        return "H" if cell.through == home else "A"
    return "?" if cell.depends_on else "="


def _grid_rows(s: TieScenario) -> list[list[str]]:
    ot = s.open_tie
    low_h, low_a = ot.floor
    heads = [str(low_a + j) for j in range(GRID + 1)] + [f"{low_a + GRID + 1}+"]
    rows = [["", *heads]]
    for i, row in enumerate(s.grid()):
        head = str(low_h + i) if i <= GRID else f"{low_h + GRID + 1}+"
        rows.append([head, *(cell_mark(c, ot.home) for c in row)])
    return rows


def _grid_caption(s: TieScenario) -> str:
    ot = s.open_tie
    what = (
        "aggregate over both legs"
        if ot.basis == AGGREGATE
        else (f"leg {ot.remaining[0].number}" if len(ot.tie.legs) > 1 else "the match")
    )
    live = f", from {score(*ot.live)} now" if ot.live else ""
    return (
        f"{what}{live}: {ot.home} goals down, {ot.away} across. H {ot.home} through, A {ot.away} through, "
        f"= level{' (then ' + s.needs.level.replace('_', ' ') + ')' if s.needs.level else ''}, "
        f"? depends{' on away goals or' if ot.basis == AGGREGATE else ' on'} the margin"
    )


def _standing(s: TieScenario) -> str:
    ot = s.open_tie
    where = (
        (
            f"{len(ot.remaining)} legs left"
            if len(ot.remaining) > 1
            else f"leg {ot.remaining[0].number} at {ot.home}"
            if len(ot.tie.legs) > 1
            else f"at {ot.home}"
        )
        if ot.remaining
        else "all legs played"
    )
    live = f", {score(*ot.live)} now" if ot.live else ""
    return f"{describe_tie(ot.tie, ot.spec.legs)} ({where}{live})"


_STATUS = {"clinched": "✓", "eliminated": "✗", "open": "·"}


def _places(t: TeamOutlook) -> str:
    return str(t.best) if t.best == t.worst else f"{t.best}–{t.worst}"


def _table_lines(outlook: TableOutlook | None) -> list[str]:
    """The general table with matches left: where each team can finish, each zone's status."""
    if outlook is None or not outlook.matchdays_left:
        return []
    zones = [z for z in outlook.zones if z.key != "out"]
    out = [
        f"The table, {outlook.matchdays_left} matchday(s) left (✓ clinched, ✗ out of reach, · open; places best–worst)",
        "-" * 40,
    ]
    names = {t.team: printable(t.team) for t in outlook.teams}  # measured as shown: escapes are wider
    width = max(cell_width(name) for name in names.values())
    out.append(f"{'Pos':>3}  {pad('Team', width)}  {'Places':>6}  " + "  ".join(z.name for z in zones))
    for t in outlook.teams:
        marks = "  ".join(pad(_STATUS[t.zones.get(z.key, "open")], cell_width(z.name)) for z in zones)
        out.append(f"{t.position:>3}  {pad(names[t.team], width)}  {_places(t):>6}  {marks}")
    needs = [t for t in outlook.teams if t.needs]
    if needs:
        out += ["", "What they need:"] + [f"  {t.team}: {t.needs}" for t in needs]
    if not outlook.exact:
        out.append("(Some statuses are open only because the search was capped; the places shown still hold.)")
    return out + [""]


def render_text(resolved: Resolved, found: Scenarios, outlook: TableOutlook | None = None) -> str:
    out = [f"What they need: {resolved.season.title}", ""]
    out += _table_lines(outlook)
    if not found.ties:
        out.append("No open tie: every tie with known teams is decided.")
    for s in found.ties:
        out += [
            f"{s.label} ({s.open_tie.spec.name}): {s.open_tie.home} v {s.open_tie.away}",
            f"  {_standing(s)}",
            f"  {s.words}",
        ]
        if s.open_tie.remaining:
            out.append(f"  {_grid_caption(s)}")
            out += ["  " + "".join(f"{c:>4}" for c in row) for row in _grid_rows(s)]
        out.append("")
    if found.paths:
        out += ["Paths", "-----"]
        out += [f"{p.team}: {path_words(p)}" for p in found.paths]
    return printable_lines(out)


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def _table_markdown(outlook: TableOutlook | None) -> list[str]:
    if outlook is None or not outlook.matchdays_left:
        return []
    zones = [z for z in outlook.zones if z.key != "out"]
    out = [
        f"## The table, {outlook.matchdays_left} matchday(s) left",
        "",
        "✓ clinched, ✗ out of reach, · still open; places are the best and worst it can finish.",
        "",
        "| Pos | Team | Places | " + " | ".join(_md(z.name) for z in zones) + " |",
        "|---:|---|---:|" + "---|" * len(zones),
    ]
    out += [
        f"| {t.position} | {_md(t.team)} | {_places(t)} | "
        + " | ".join(_STATUS[t.zones.get(z.key, "open")] for z in zones)
        + " |"
        for t in outlook.teams
    ]
    out.append("")
    needs = [t for t in outlook.teams if t.needs]
    if needs:
        out += ["### What they need", ""] + [f"- **{_md(t.team)}**: {_md(t.needs or '')}" for t in needs] + [""]
    return out


def render_markdown(resolved: Resolved, found: Scenarios, outlook: TableOutlook | None = None) -> str:
    out = [f"# What they need: {_md(resolved.season.title)}", ""]
    out += _table_markdown(outlook)
    if not found.ties:
        out += ["Every tie with known teams is decided.", ""]
    else:
        labels = ", ".join(s.label for s in found.ties)
        count = f"{len(found.ties)} tie{'s' if len(found.ties) > 1 else ''}"
        out += [
            f"{count} still open ({_md(labels)}). For each, what each side needs from what is left to "
            "play, and every score of it.",
            "",
        ]
    current = None
    for s in found.ties:
        ot = s.open_tie
        if ot.spec.name != current:
            current = ot.spec.name
            out += [f"## {_md(current)}", ""]
        out += [f"### {_md(s.label)}: {_md(ot.home)} v {_md(ot.away)}", "", f"{_md(_standing(s))}.", ""]
        if s.needs.needs:
            for need in s.needs.needs:
                out.append(f"- **{_md(need.team)}**: {_md(s.need_of(need.team) or '')}")
            out.append("")
        out += [f"In a line: {_md(s.words)}.", ""]
        if ot.remaining:
            rows = _grid_rows(s)
            out += [f"*{_md(_grid_caption(s))}*", "", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            out += ["| " + " | ".join([f"**{r[0]}**", *r[1:]]) + " |" for r in rows[1:]]
            out.append("")
    if found.paths:
        out += ["## Who they can meet next", ""]
        out += [f"- **{_md(p.team)}**: {_md(path_words(p))}" for p in found.paths]
    return printable_lines(out)
