"""`liguilla scenarios`: what each team needs, as text, JSON (docs/json-output.md) or a
Markdown piece ready to publish.

Names come from the season file: text output goes through printable(), JSON through
json_safe() (by the caller), Markdown through _md() (table pipes) and printable().
"""

from __future__ import annotations

from typing import Any

from liguilla_tui.core.paths import TeamPaths, path_words
from liguilla_tui.core.presets import round_name, tie_label_shown
from liguilla_tui.core.progress import if_ended_today_words, regular_season_progress
from liguilla_tui.core.results import Resolved
from liguilla_tui.core.scenarios import Scenarios, TieScenario
from liguilla_tui.core.table_outlook import TableOutlook, TeamOutlook, inexact_note, sure_of_top_lines, zone_name
from liguilla_tui.core.tie_outcomes import AGGREGATE, GRID, Cell
from liguilla_tui.core.tie_words import level_words, words
from liguilla_tui.i18n import _, ngettext, pgettext
from liguilla_tui.report.contract import in_english
from liguilla_tui.report.describe import describe_tie, score, versus
from liguilla_tui.report.safe import cell_width, markdown_text, pad, printable, printable_lines

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
    with in_english():  # the contract's sentences do not follow the language (report/contract.py)
        summary = words(ot, s.needs)
        needs = {team: s.need_of(team) for team in teams}
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
        "summary": summary,
        "needs": needs,
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
    """H / A: the home / away side goes through; = level (extra time or penalties); ? it depends.
    (L / V in Spanish: local, visitante.)"""
    if cell.through is not None:
        return pgettext("grid", "H") if cell.through == home else pgettext("grid", "A")
    return "?" if cell.depends_on else "="


def _grid_rows(s: TieScenario, cells: list[list[Cell]]) -> list[list[str]]:
    ot = s.open_tie
    low_h, low_a = ot.floor
    heads = [str(low_a + j) for j in range(GRID + 1)] + [f"{low_a + GRID + 1}+"]
    rows = [["", *heads]]
    for i, row in enumerate(cells):
        head = str(low_h + i) if i <= GRID else f"{low_h + GRID + 1}+"
        rows.append([head, *(cell_mark(c, ot.home) for c in row)])
    return rows


def _grid_caption(s: TieScenario, cells: list[list[Cell]]) -> str:
    """What the grid covers, and its marks: = and ? only where the grid shows them, and ?
    said as what it depends on there (no away goals in an era without them)."""
    ot = s.open_tie
    if ot.basis == AGGREGATE:
        what = _("aggregate over both legs")
    elif len(ot.tie.legs) > 1:
        number = ot.remaining[0].number
        what = _("leg 2") if number == 2 else _("leg {n}").format(n=number)
    else:
        what = _("the match")
    if ot.live:
        what = _("{what}, from {score} now").format(what=what, score=score(*ot.live))
    shown = [c for row in cells for c in row]
    marks = []
    if any(c.through is None and not c.depends_on for c in shown):
        level = {"extra_time": _("extra time"), "penalties": _("penalties")}.get(s.needs.level or "")
        if level:
            marks.append(_("= level (then {what})").format(what=level))
        elif s.needs.level:  # a step the words do not know: its key, as before
            marks.append(_("= level (then {what})").format(what=s.needs.level.replace("_", " ")))
        else:
            marks.append(_("= level"))
    depends = {c.depends_on for c in shown if c.depends_on}
    if depends == {"margin"}:
        marks.append(_("? depends on the margin"))
    elif depends == {"away_goals"}:
        marks.append(_("? depends on away goals"))
    elif depends:
        marks.append(_("? depends on away goals or the margin"))
    # A final's winners are champions, as its words say ("are champions with").
    sides = _("H {home} champions, A {away} champions") if ot.final else _("H {home} through, A {away} through")
    sides = sides.format(home=ot.home, away=ot.away)
    if len(marks) == 2:
        return _("{what}: {home} goals down, {away} across. {sides}, {level}, {depends}").format(
            what=what, home=ot.home, away=ot.away, sides=sides, level=marks[0], depends=marks[1]
        )
    if marks:
        return _("{what}: {home} goals down, {away} across. {sides}, {mark}").format(
            what=what, home=ot.home, away=ot.away, sides=sides, mark=marks[0]
        )
    return _("{what}: {home} goals down, {away} across. {sides}").format(
        what=what, home=ot.home, away=ot.away, sides=sides
    )


def _standing(s: TieScenario) -> str:
    ot = s.open_tie
    if not ot.remaining:
        where = _("all legs played")
    elif len(ot.remaining) > 1:
        where = _("{n} legs left").format(n=len(ot.remaining))
    elif len(ot.tie.legs) > 1:
        number = ot.remaining[0].number
        at = _("leg 2 at {team}") if number == 2 else _("leg {n} at {team}")
        where = at.format(n=number, team=ot.home)
    else:
        where = _("at {team}").format(team=ot.home)
    if ot.live:
        where = _("{where}, {score} now").format(where=where, score=score(*ot.live))
    return f"{describe_tie(ot.tie, ot.spec.legs)} ({where})"


_STATUS = {"clinched": "✓", "eliminated": "✗", "open": "·"}


def _places(t: TeamOutlook) -> str:
    return str(t.best) if t.best == t.worst else f"{t.best}–{t.worst}"


def _matchdays_left(n: int) -> str:
    return ngettext("{n} matchday left", "{n} matchdays left", n).format(n=n)


def _table_lines(outlook: TableOutlook | None) -> list[str]:
    """The general table with matches left: where each team can finish, each zone's status."""
    if outlook is None or not outlook.matchdays_left:
        return []
    zones = [(z, zone_name(z)) for z in outlook.zones if z.key != "out"]
    out = [
        _("The table, {left} (✓ clinched, ✗ out of reach, · open; places best–worst)").format(
            left=_matchdays_left(outlook.matchdays_left)
        ),
        "-" * 40,
    ]
    names = {t.team: printable(t.team) for t in outlook.teams}  # measured as shown: escapes are wider
    head = (pgettext("table column", "Pos"), pgettext("table column", "Team"), _("Places"))
    width = max(cell_width(head[1]), *(cell_width(name) for name in names.values()))
    places_width = max(6, cell_width(head[2]))
    out.append(
        f"{head[0]:>3}  {pad(head[1], width)}  {pad(head[2], places_width, right=True)}  "
        + "  ".join(name for _z, name in zones)
    )
    for t in outlook.teams:
        marks = "  ".join(pad(_STATUS[t.zones.get(z.key, "open")], cell_width(name)) for z, name in zones)
        out.append(
            f"{t.position:>3}  {pad(names[t.team], width)}  {pad(_places(t), places_width, right=True)}  {marks}"
        )
    out += [f"✓ {line}" for line in sure_of_top_lines(outlook)]
    needs = [t for t in outlook.teams if t.needs]
    if needs:
        # Not "What they need" again: the title says it.
        out += ["", _("Team by team:")] + [f"  {t.team}: {t.needs}" for t in needs]
    if not outlook.exact:
        out.append(_(inexact_note(outlook)))
    return out + [""]


def _shown(s: TieScenario) -> str:
    """The tie as the app's cards name it, in the user's language ("CF 1 vs. 8" in Spanish);
    the JSON keeps the label itself ("QF 1 v 8"), an identifier."""
    return tie_label_shown(s.label, s.open_tie.spec)


def _heading(s: TieScenario) -> str:
    """ "QF 1 v 8 (Quarter-finals)"; a tie labelled as its round ("Final") said once."""
    name = round_name(s.open_tie.spec)
    return name if s.label == s.open_tie.spec.name else f"{_shown(s)} ({name})"


def render_text(resolved: Resolved, found: Scenarios, outlook: TableOutlook | None = None) -> str:
    out = [_("What they need: {season}").format(season=resolved.season.title), ""]
    out += _table_lines(outlook)
    if (ended := if_ended_today_words(regular_season_progress(resolved.season))) is not None and found.ties:
        out += ["⚑ " + _("{if_ended}: the ties are the table's pairings as it stands.").format(if_ended=ended), ""]
    if not found.ties:
        out.append(_("No open tie: every tie with known teams is decided."))
    for s in found.ties:
        out += [
            f"{_heading(s)}: {versus(s.open_tie.home, s.open_tie.away)}",
            f"  {_standing(s)}",
            f"  {s.words}",
        ]
        if s.open_tie.remaining:
            cells = s.grid()
            out.append(f"  {_grid_caption(s, cells)}")
            out += ["  " + "".join(f"{c:>4}" for c in row) for row in _grid_rows(s, cells)]
        out.append("")
    if found.paths:
        title = _("Paths")
        out += [title, "-" * cell_width(title)]
        out += [f"{p.team}: {path_words(p)}" for p in found.paths]
    return printable_lines(out)


def _md(text: str) -> str:
    return markdown_text(text)


def _table_markdown(outlook: TableOutlook | None) -> list[str]:
    if outlook is None or not outlook.matchdays_left:
        return []
    zones = [(z, zone_name(z)) for z in outlook.zones if z.key != "out"]
    head = (pgettext("table column", "Pos"), pgettext("table column", "Team"), _("Places"))
    out = [
        "## " + _("The table, {left}").format(left=_matchdays_left(outlook.matchdays_left)),
        "",
        _("✓ clinched, ✗ out of reach, · still open; places are the best and worst it can finish."),
        "",
        "| " + " | ".join(head) + " | " + " | ".join(_md(name) for _z, name in zones) + " |",
        "|---:|---|---:|" + "---|" * len(zones),
    ]
    out += [
        f"| {t.position} | {_md(t.team)} | {_places(t)} | "
        + " | ".join(_STATUS[t.zones.get(z.key, "open")] for z, _name in zones)
        + " |"
        for t in outlook.teams
    ]
    out.append("")
    if sure := sure_of_top_lines(outlook):
        out += [f"✓ {_md(line)}" for line in sure] + [""]
    needs = [t for t in outlook.teams if t.needs]
    if needs:
        # A lead-in, not a heading: the title says "what they need" already, and the
        # provisional ties' note after the list is no part of a subsection of its own.
        out += ["**" + _("Team by team") + "**", ""]
        out += [f"- **{_md(t.team)}**: {_md(t.needs or '')}" for t in needs] + [""]
    if not outlook.exact:
        out += [_md(_(inexact_note(outlook))), ""]
    return out


def render_markdown(resolved: Resolved, found: Scenarios, outlook: TableOutlook | None = None) -> str:
    out = ["# " + _("What they need: {season}").format(season=_md(resolved.season.title)), ""]
    out += _table_markdown(outlook)
    if (ended := if_ended_today_words(regular_season_progress(resolved.season))) is not None and found.ties:
        out += [
            "> ⚑ " + _md(_("{if_ended}: the ties are the table's pairings as it stands.").format(if_ended=ended)),
            "",
        ]
    if not found.ties:
        out += [_("Every tie with known teams is decided."), ""]
    else:
        labels = ", ".join(_shown(s) for s in found.ties)
        count = len(found.ties)
        out += [
            ngettext(
                "{n} tie still open ({labels}). For each, what each side needs from what is left to play, "
                "and every score of it.",
                "{n} ties still open ({labels}). For each, what each side needs from what is left to play, "
                "and every score of it.",
                count,
            ).format(n=count, labels=_md(labels)),
            "",
        ]
    current = None
    for s in found.ties:
        ot = s.open_tie
        name = round_name(ot.spec)
        if name != current:
            current = name
            out += [f"## {_md(current)}", ""]
        # Under "## Final", a tie labelled as its round is headed by its teams alone.
        title = (
            _md(versus(ot.home, ot.away))
            if s.label == ot.spec.name
            else f"{_md(_shown(s))}: {_md(versus(ot.home, ot.away))}"
        )
        out += [f"### {title}", "", f"{_md(_standing(s))}.", ""]
        if s.needs.needs:
            for need in s.needs.needs:
                out.append(f"- **{_md(need.team)}**: {_md(s.need_of(need.team) or '')}")
            # What neither side's need covers: a result that leaves it level ("a win by 2"
            # for one side, any win or a draw for the other: by 1 goes to extra time).
            level = level_words(s.needs, ot.basis, ot.spec.legs)
            if level:
                out.append(f"- {_md(level[:1].upper() + level[1:])}")
            out.append("")
        out += [_("In a line: {words}.").format(words=_md(s.words)), ""]
        if ot.remaining:
            cells = s.grid()
            rows = _grid_rows(s, cells)
            out += [
                f"*{_md(_grid_caption(s, cells))}*",
                "",
                "| " + " | ".join(rows[0]) + " |",
                "|" + "---|" * len(rows[0]),
            ]
            out += ["| " + " | ".join([f"**{r[0]}**", *r[1:]]) + " |" for r in rows[1:]]
            out.append("")
    if found.paths:
        out += ["## " + _("Who they can meet next"), ""]
        out += [f"- **{_md(p.team)}**: {_md(path_words(p))}" for p in found.paths]
    return printable_lines(out)
