"""The General table tab: the table as stated, seeds, the cut line, barred teams, warnings."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.widgets import DataTable, Static

from liguilla_tui.core.model import Person
from liguilla_tui.core.progress import heading_words, regular_season_progress
from liguilla_tui.core.results import Resolved
from liguilla_tui.core.table_outlook import TableOutlook, matchdays_left
from liguilla_tui.i18n import N_, _
from liguilla_tui.report.describe import signed
from liguilla_tui.views.follow import FollowsWhenShown
from liguilla_tui.views.outlook import (
    WORKING,
    OutlookFollower,
    finished_words,
    needs_words,
    places_words,
    provisional_words,
    status_cell,
)
from liguilla_tui.widgets.cells import plain, set_text, sync_rows
from liguilla_tui.widgets.results_grid import ResultsGrid
from liguilla_tui.widgets.table import Table
from liguilla_tui.widgets.tie_text import short_date

# Headers (also the columns' keys) are marked here and translated where drawn (_fit_columns).
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
_NARROW_DROPS = ("GF", "GA")  # below NARROW cells GD stands for them, so Pts stays on screen
NARROW = 68
NARROW_WITH_OUTLOOK = 88  # Status and Places take ~20 cells: GD stands for GF and GA on an 80-cell screen
# Below this, with matches left, Pos, Team, GD, Pts, Status and Places alone (~57 cells): on a
# 60-cell screen Status and Places had been off to the right, and scrolling to them hid the teams.
NARROWEST_WITH_OUTLOOK = 80  # the narrow set takes 80 cells with Atlético San Luis
_NARROWEST_DROPS = ("Seed", "Pld", "W", "D", "L", *_NARROW_DROPS)


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
    dropped = _NARROWEST_DROPS if narrowest else _NARROW_DROPS if narrow else ()
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
            keys.append("—cut—")
    return rows, keys


def with_outlook(rows: list[tuple], teams: list[str], outlook: TableOutlook | None) -> list[tuple]:
    """The rows with Status and Places after Pts ("…" until the outlook lands)."""
    by_team = {t.team: t for t in outlook.teams} if outlook is not None else {}
    out = []
    for row, team in zip(rows, teams, strict=True):
        found = by_team.get(team)
        if found is not None and outlook is not None:
            extra = (status_cell(outlook, found), Text(places_words(found), justify="right"))
        elif team == "—cut—":
            extra = (Text(""), Text(""))
        else:
            extra = (Text("…", style="dim"), Text("…", style="dim", justify="right"))
        out.append(row[: _PTS + 1] + extra + row[_PTS + 1 :])
    return out


class GeneralTableView(OutlookFollower, FollowsWhenShown, Vertical):
    """The table, and (when the season has results) a matchday of them to edit.

    With matches left it shows each team's outlook (Status, Places), worked out in a
    thread (views/outlook.py); Enter on a team says what it needs."""

    DEFAULT_CSS = """
    GeneralTableView > .heading { height: 1; padding: 0 1; text-style: bold; color: $warning; display: none; }
    GeneralTableView > .heading.-shown { display: block; }
    GeneralTableView > #general-table { height: auto; max-height: 1fr; }
    GeneralTableView > .legend { color: $text-muted; height: auto; max-height: 4; padding: 0 1; }
    GeneralTableView > .results { height: auto; display: none; }
    GeneralTableView > .results.-shown { display: block; }
    /* With results to type, the table takes what the results grid leaves (and scrolls),
       so both fit on an 80x24 screen. */
    GeneralTableView.-with-results > #general-table { height: 1fr; max-height: 100%; min-height: 4; }
    GeneralTableView.-with-results > .legend { max-height: 2; }
    GeneralTableView .matchday { height: 1; padding: 0 1; text-style: bold; }
    """

    resolved: var[Resolved | None] = var(None, init=False)
    matchday: var[int] = var(1, init=False)
    _matchday_picked = False  # the first showing picks the matchday; then the user does
    # A stated table (no results to compute it from) is typed a row at a time.
    BINDINGS = [Binding("e", "edit_row", N_("Edit row"), id="table.edit_row")]

    @dataclass
    class RowEditWanted(Message):
        team: str

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "edit_row":
            return self.resolved is not None and not self.resolved.season.results
        return True

    def action_edit_row(self) -> None:
        row = self.query_one("#general-table", DataTable).cursor_row
        if 0 <= row < len(self._teams) and self._teams[row] != "—cut—":
            self.post_message(self.RowEditWanted(self._teams[row]))

    def compose(self) -> ComposeResult:
        yield Static("", classes="heading")  # "Provisional: after matchday 12 of 17"
        yield Table(cursor_type="row", zebra_stripes=True, id="general-table")
        yield Static("", classes="legend")
        with Vertical(classes="results"):
            yield Static("", classes="matchday")
            yield ResultsGrid(id="results-grid")

    _shown_columns: list[tuple[str, int]] | None = None

    _teams: list[str] = []
    _typed_table: bool | None = None

    def _fit_columns(self, rows: list[tuple], outlook: bool = False) -> list[tuple]:
        """Lay the columns out for these rows and this width (again only when that changes:
        a new layout rebuilds the table). The rows, less the columns not shown."""
        table = self.query_one("#general-table", DataTable)
        narrow, narrowest = self._narrow(outlook)
        columns = column_widths(rows, narrow, outlook, narrowest)
        if columns != self._shown_columns:
            table.clear(columns=True)
            for label, width in columns:
                table.add_column(_(label), key=label, width=width)
            self._shown_columns = columns
        keep = [i for i, (label, _) in enumerate(all_columns(outlook)) if label in {c for c, _ in columns}]
        return [tuple(row[i] for i in keep) for row in rows]

    def _narrow(self, outlook: bool) -> tuple[bool, bool]:
        """(narrow, narrowest) for this width: which columns to drop."""
        width = self.size.width
        narrow = 0 < width < (NARROW_WITH_OUTLOOK if outlook else NARROW)
        return narrow, outlook and 0 < width < NARROWEST_WITH_OUTLOOK

    def on_resize(self) -> None:
        if self.resolved is not None and self._shown_columns is not None:
            outlook = any(label == "Status" for label, _ in self._shown_columns)
            shown = {label for label, _ in self._shown_columns}
            shown_as = (not shown & set(_NARROW_DROPS), not shown & set(_NARROWEST_DROPS))
            if self._narrow(outlook) != shown_as:
                self.show_resolved(self.resolved)

    def on_mount(self) -> None:
        grid = self.query_one(ResultsGrid)
        for key, width in (("label", 3), ("date", 6), ("home", 19), ("hg", 2), ("dash", 1), ("ag", 2), ("away", 19)):
            grid.add_column("", key=key, width=width)
        if self.resolved is not None:
            self.watch_resolved(self.resolved)  # deferred if its tab is hidden

    def show_resolved(self, resolved: Resolved) -> None:
        rows, self._teams = table_rows(resolved)
        if self._typed_table is not (typed := not resolved.season.results):
            self._typed_table = typed  # e (edit row) comes and goes from the footer with it
            self.refresh_bindings()
        days_left = matchdays_left(resolved.season)
        left = days_left > 0
        if left:
            self.follow_outlook(resolved.season)
            # While a newer one is worked out the last one stays (the legend says so): cells
            # blanking and coming back on each keystroke would only flicker.
            rows = with_outlook(rows, self._teams, self.outlook)
        else:
            self.drop_outlook()
        # Rows are keyed by place, not team: when a result reorders the table, its cells
        # change in place (keyed by team, the whole table was rebuilt and the cursor sent home).
        table = self.query_one("#general-table", DataTable)
        cursor = table.cursor_row
        sync_rows(table, self._fit_columns(rows, outlook=left))
        if table.cursor_row != cursor and 0 <= cursor < table.row_count:
            # The columns changed (the last match left typed in, or one undone): the table
            # was rebuilt, but the user's place in it stays.
            table.move_cursor(row=cursor, animate=False)
        heading = heading_words(regular_season_progress(resolved.season))
        shown = self.query_one(".heading", Static)
        set_text(shown, Text(heading or ""))
        shown.set_class(heading is not None, "-shown")
        source = _("computed from the results") if resolved.season.results else _("as stated")
        legend = Text()
        if left:  # first: with results to type the legend has two lines
            legend.append(f"{provisional_words(days_left, resolved.season)}.", style="italic")
            if self.outlook_pending:
                legend.append(" " + _(WORKING), style="bold")
            legend.append("\n")
        legend.append(
            _("Table {source}. Top {n} eligible teams qualify; seeds by position.").format(
                source=source, n=resolved.season.format.qualifiers
            )
        )
        for e in resolved.excluded:
            legend.append("\n")
            legend.append_text(plain(f"✗ {e.team}: {e.reason}", "red"))
        rows_at = {row.mark.line: row.team for row in resolved.season.table if row.mark.line}
        for d in resolved.diagnostics:
            if d.line in rows_at:
                legend.append("\n")
                legend.append_text(
                    plain(_("⚠ line {line}: {message}").format(line=d.line, message=d.message), "yellow")
                )
        set_text(self.query_one(".legend", Static), legend)
        self._show_results(resolved)

    def _matchdays(self, resolved: Resolved) -> list[int]:
        return sorted({r.matchday or 0 for r in resolved.season.results})

    def _show_results(self, resolved: Resolved) -> None:
        panel = self.query_one(".results")
        results = resolved.season.results
        panel.set_class(bool(results), "-shown")
        self.set_class(bool(results), "-with-results")
        if not results:
            return
        days = self._matchdays(resolved)
        if not self._matchday_picked:
            # Opened on the first matchday still to play (else the last): what is typed next.
            open_days = [r.matchday or 0 for r in results if r.score is None]
            self._matchday_picked = True
            self.set_reactive(GeneralTableView.matchday, min(open_days) if open_days else days[-1])
        day = self.matchday if self.matchday in days else days[0]
        picked = [(i, r) for i, r in enumerate(results) if (r.matchday or 0) == day]
        rows = [
            (
                Text(""),
                plain(short_date(r.date), "dim"),
                plain(r.home),
                Text("–" if r.score is None else str(r.score[0]), justify="center", style="bold"),
                Text("–", justify="center"),
                Text("–" if r.score is None else str(r.score[1]), justify="center", style="bold"),
                plain(r.away),
            )
            for _, r in picked
        ]
        sync_rows(self.query_one(ResultsGrid), rows, [str(i) for i, _ in picked])
        set_text(
            self.query_one(".matchday", Static),
            Text(
                _("Matchday {day} of {last}  (, and . change it; type scores as in a tie)").format(
                    day=day, last=days[-1]
                )
            ),
        )

    def watch_matchday(self, day: int) -> None:
        if self.resolved is not None and self.is_mounted:
            self._show_results(self.resolved)

    @on(ResultsGrid.MatchdayStep)
    def _step(self, event: ResultsGrid.MatchdayStep) -> None:
        event.stop()
        if self.resolved is not None:
            days = self._matchdays(self.resolved)
            current = days.index(self.matchday) if self.matchday in days else 0
            self.matchday = days[max(0, min(len(days) - 1, current + event.step))]  # its rows, now
        release = getattr(self.app, "release_keys", None)
        if release is not None:  # the keys typed after the step are for these rows
            self.app.call_later(release, event)

    def show_outlook(self, outlook: TableOutlook | None) -> None:
        if self.resolved is None or not self.is_mounted:
            return
        if self._hidden():
            self._stale = True
        else:
            self.show_resolved(self.resolved)

    @on(DataTable.RowSelected, "#general-table")
    def _say_needs(self, event: DataTable.RowSelected) -> None:
        """Enter on a team: what it needs (or where it stands)."""
        event.stop()
        if not 0 <= event.cursor_row < len(self._teams) or self.resolved is None:
            return
        team = self._teams[event.cursor_row]
        if team == "—cut—":
            return
        if not matchdays_left(self.resolved.season):
            self.app.notify(finished_words(self.resolved, team), title=_("What it needs"), timeout=8)
            return
        found = self.outlook.team(team) if self.outlook is not None else None
        if found is None or self.outlook is None:
            self.app.notify(f"{team}: {_(WORKING)}", title=_("What it needs"))
            return
        words = needs_words(self.outlook, found)
        if self.outlook_pending:
            words += f" ({_(WORKING)})"
        self.app.notify(words, title=_("What it needs"), timeout=8)
