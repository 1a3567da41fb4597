"""The General table's rows and columns: which columns a width shows, and each team's row
(seed, the cut line, barred teams, warnings; with matches left, Status and Places)."""

from __future__ import annotations

from rich.text import Text

from liguilla_tui.core.model import Person
from liguilla_tui.core.results import Resolved
from liguilla_tui.core.table_outlook import TableOutlook
from liguilla_tui.i18n import N_, _
from liguilla_tui.report.describe import signed
from liguilla_tui.views.outlook import places_words, status_cell
from liguilla_tui.widgets.cells import plain

CUT = "—cut—"  # the key of the cut line's row, which is no team's
# Headers (also the columns' keys) are marked here and translated where drawn (GeneralTableView._fit_columns).
_COLUMNS = (
    (N_("Pos"), 3),
    (N_("Seed"), 4),
    (N_("Team"), 14),
    (N_("Pld"), 3),
    (N_("W"), 2),
    (N_("D"), 2),
    (N_("L"), 2),
    (N_("GF"), 3),
    (N_("GA"), 3),
    (N_("GD"), 3),
    (N_("Pts"), 3),
    (N_("Note"), 26),
    (N_("Manager"), 26),
    (N_("Captain"), 26),
)
_FITTED = {"Team": (8, 24), "Note": (4, 72), "Manager": (7, 30), "Captain": (7, 30)}  # min, max cells
# With matches left, the outlook's columns come right after Pts (so Pts stays on a 60-cell screen).
_OUTLOOK_COLUMNS = ((N_("Status"), 11), (N_("Places"), 6))
_PTS = 10
NARROW_DROPS = ("GF", "GA")  # below NARROW cells GD stands for them, so Pts stays on screen
NARROW = 68
NARROW_WITH_OUTLOOK = 88  # Status and Places take ~20 cells: GD stands for GF and GA on an 80-cell screen
# Below this, with matches left, Pos, Team, GD, Pts, Status and Places alone (~57 cells): on a
# 60-cell screen Status and Places had been off to the right, and scrolling to them hid the teams.
NARROWEST_WITH_OUTLOOK = 80  # the narrow set takes 80 cells with Atlético San Luis
NARROWEST_DROPS = ("Seed", "Pld", "W", "D", "L", *NARROW_DROPS)


def all_columns(outlook: bool) -> tuple[tuple[str, int], ...]:
    """Every column a row holds: with the outlook's after Pts when matches are left."""
    return _COLUMNS[: _PTS + 1] + _OUTLOOK_COLUMNS + _COLUMNS[_PTS + 1 :] if outlook else _COLUMNS


def column_widths(
    rows: list[tuple], narrow: bool, outlook: bool = False, narrowest: bool = False
) -> list[tuple[str, int]]:
    """The columns to show and their widths: names and notes as wide as the longest
    (within bounds), numbers as their headers."""
    from rich.cells import cell_len

    columns = []
    dropped = NARROWEST_DROPS if narrowest else NARROW_DROPS if narrow else ()
    for index, (label, width) in enumerate(all_columns(outlook)):
        if label in dropped:
            continue
        if label in _FITTED:
            low, high = _FITTED[label]
            longest = max((cell_len(row[index].plain) for row in rows), default=0)
            width = max(low, min(high, longest, max(width, longest)))
        columns.append((label, max(width, cell_len(_(label)))))  # the header whole, in any language
    return columns


def _person(person: Person | None) -> Text:
    if person is None:
        return Text("")
    text = plain(person.nationality + " ", "dim") if person.nationality else Text("")
    text.append_text(plain(person.name))
    return text


def _team_cell(name: str, qualified: bool, flagged: bool) -> Text:
    text = plain(name, "bold" if qualified else "dim")
    if flagged:
        text.append(" ⚠", style="yellow")
    return text


def table_rows(resolved: Resolved) -> tuple[list[tuple], list[str]]:
    season = resolved.season
    seeds = {q.team: q.seed for q in resolved.qualified}
    barred = {e.team: e.reason for e in resolved.excluded}
    warnings: dict[int, list[str]] = {}
    for d in resolved.diagnostics:
        warnings.setdefault(d.line, []).append(d.message.split(": ", 1)[-1])
    rows, keys = [], []
    last_seed = max(seeds.values(), default=0)
    # A computed row has no place in the file; its warnings sit on the stated row's line.
    stated_line = {r.team: r.mark.line for r in season.table}
    for row in sorted(resolved.table, key=lambda r: r.position):
        line = row.mark.line or stated_line.get(row.team, -1)
        team = season.team(row.team)
        seed_cell = (
            Text(str(seeds[row.team]), style="bold")
            if row.team in seeds
            else Text("✗", style="red")
            if row.team in barred
            else Text("")
        )
        flagged = line in warnings
        notes = []
        if row.team in barred:
            notes.append(_("barred: {reason}").format(reason=barred[row.team]))
        notes += warnings.get(line, [])
        note = plain("; ".join(notes), "yellow" if line in warnings else "red")
        numbers = (row.played, row.won, row.drawn, row.lost, row.goals_for, row.goals_against)
        rows.append(
            (
                Text(str(row.position), justify="right"),
                seed_cell,
                _team_cell(row.team, row.team in seeds, flagged),
                *(Text(str(n), justify="right") for n in numbers),
                Text(signed(row.goal_difference), justify="right"),
                Text(str(row.points), justify="right", style="bold"),
                note,
                _person(team.manager if team else None),
                _person(team.captain if team else None),
            )
        )
        keys.append(row.team)
        if seeds.get(row.team) == last_seed:
            rows.append((Text(""), Text(""), Text(_("─── cut ───"), style="dim"), *[Text("")] * 11))
            keys.append(CUT)
    return rows, keys


def with_outlook(rows: list[tuple], teams: list[str], outlook: TableOutlook | None) -> list[tuple]:
    """The rows with Status and Places after Pts ("…" until the outlook lands)."""
    by_team = {t.team: t for t in outlook.teams} if outlook is not None else {}
    out = []
    for row, team in zip(rows, teams, strict=True):
        found = by_team.get(team)
        if found is not None and outlook is not None:
            extra = (status_cell(outlook, found), Text(places_words(found), justify="right"))
        elif team == CUT:
            extra = (Text(""), Text(""))
        else:
            extra = (Text("…", style="dim"), Text("…", style="dim", justify="right"))
        out.append(row[: _PTS + 1] + extra + row[_PTS + 1 :])
    return out
