"""The General table tab: the table (views/table_rows.py), its legend, what a team needs,
and (when the season has results) a matchday of them to edit."""

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

from liguilla_tui.core.progress import heading_words, regular_season_progress
from liguilla_tui.core.results import Resolved
from liguilla_tui.core.table_outlook import TableOutlook, matchdays_left
from liguilla_tui.i18n import N_, _
from liguilla_tui.views.follow import FollowsWhenShown
from liguilla_tui.views.outlook import OutlookFollower, team_words
from liguilla_tui.views.table_legend import legend_text
from liguilla_tui.views.table_rows import (
    CUT,
    NARROW,
    NARROW_DROPS,
    NARROW_WITH_OUTLOOK,
    NARROWEST_DROPS,
    NARROWEST_WITH_OUTLOOK,
    all_columns,
    column_widths,
    table_rows,
    with_outlook,
)
from liguilla_tui.widgets.cells import plain, set_text, sync_rows
from liguilla_tui.widgets.results_grid import ResultsGrid
from liguilla_tui.widgets.team_table import TeamTable
from liguilla_tui.widgets.tie_text import short_date


class GeneralTableView(OutlookFollower, FollowsWhenShown, Vertical):
    """The table, and (when the season has results) a matchday of them to edit.

    With matches left it shows each team's outlook (Status, Places), worked out in a
    thread (views/outlook.py). Enter on a team says what it needs, or where it stands, in
    a panel under the table, in place of the legend and the matchday: a notification had
    covered the table's right half (Status, Places: what the needs are about) for 8 s,
    one stacked on another, and its long needs could not be read in that time. The panel
    stays until Escape, Tab or a matchday key, follows the cursor from team to team, and
    follows the edits (undo, another's save) as the table does."""

    DEFAULT_CSS = """
    GeneralTableView > .heading { height: 1; padding: 0 1; text-style: bold; color: $warning; display: none; }
    GeneralTableView > .heading.-shown { display: block; }
    GeneralTableView > #general-table { height: auto; max-height: 1fr; }
    GeneralTableView > .legend { color: $text-muted; height: auto; max-height: 4; padding: 0 1; }
    GeneralTableView > .needs { height: auto; padding: 0 1; display: none; }
    GeneralTableView.-needs > .needs { display: block; }
    GeneralTableView.-needs > .legend { display: none; }
    GeneralTableView > .results { height: auto; display: none; }
    GeneralTableView > .results.-shown { display: block; }
    GeneralTableView.-needs > .results.-shown { display: none; }
    /* With results to type, the table takes what the results grid leaves (and scrolls),
       so both fit on an 80x24 screen. */
    GeneralTableView.-with-results > #general-table { height: 1fr; max-height: 100%; min-height: 4; }
    GeneralTableView.-with-results > .legend { max-height: 3; }  /* two lines, and a barred team's */
    GeneralTableView .matchday { height: 1; padding: 0 1; text-style: bold; }
    """

    resolved: var[Resolved | None] = var(None, init=False)
    matchday: var[int] = var(1, init=False)
    _matchday_picked = False  # the first showing picks the matchday; then the user does
    # Keys of the table (the results grid binds its own, which come first when it has the
    # focus). Bound here, not handled on a key, so that the help lists them.
    BINDINGS = [
        # A stated table (no results to compute it from) is typed a row at a time.
        Binding("e", "edit_row", N_("Edit row"), id="table.edit_row"),
        Binding("comma", "matchday(-1)", N_("Prev matchday"), key_display=",", show=False, id="table.prev_matchday"),
        Binding("full_stop", "matchday(1)", N_("Next matchday"), key_display=".", show=False, id="table.next_matchday"),
        # Tab reaches the matchday's results even while the needs panel hides them.
        Binding("tab", "to_results", N_("Results"), show=False, id="table.results"),
        Binding("escape", "close_needs", N_("Close"), show=False, id="table.close_needs"),
    ]

    @dataclass
    class RowEditWanted(Message):
        team: str

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        results = self.resolved is not None and bool(self.resolved.season.results)
        if action == "edit_row":
            return self.resolved is not None and not results
        if action == "matchday":
            return results
        if action == "to_results":  # from the table; in the grid Tab moves on as anywhere
            return results and self.app.focused is self.query_one(TeamTable)
        if action == "close_needs":
            return self.has_class("-needs")
        return True

    def action_edit_row(self) -> None:
        team = self._cursor_team()
        if team is not None:
            self.post_message(self.RowEditWanted(team))

    def action_matchday(self, step: int) -> None:
        self._close_needs()
        self._step_matchday(step)

    def action_to_results(self) -> None:
        self._close_needs()
        self.query_one(ResultsGrid).focus()

    def action_close_needs(self) -> None:
        self._close_needs()

    def compose(self) -> ComposeResult:
        yield Static("", classes="heading")  # "Provisional: after matchday 12 of 17"
        yield TeamTable(cursor_type="row", zebra_stripes=True, id="general-table")
        yield Static("", classes="legend")
        yield Static("", classes="needs")
        with Vertical(classes="results"):
            yield Static("", classes="matchday")
            yield ResultsGrid(id="results-grid")

    _shown_columns: list[tuple[str, int]] | None = None

    _teams: list[str] = []
    _typed_table: bool | None = None
    _legend = Text()  # the texts shown under the table, for the lines they take
    _needs = Text()

    def _cursor_team(self) -> str | None:
        row = self.query_one(TeamTable).cursor_row
        return self._teams[row] if 0 <= row < len(self._teams) and self._teams[row] != CUT else None

    def _fit_columns(self, rows: list[tuple], outlook: bool = False) -> list[tuple]:
        """Lay the columns out for these rows and this width (again only when that changes:
        a new layout rebuilds the table). The rows, less the columns not shown."""
        table = self.query_one(TeamTable)
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
            shown_as = (not shown & set(NARROW_DROPS), not shown & set(NARROWEST_DROPS))
            if self._narrow(outlook) != shown_as:
                self.show_resolved(self.resolved)
                return
        self._fit_table()

    def _fit_table(self) -> None:
        """Without results the table is as tall as its rows, but no taller than the lines the
        legend (or the needs) under it leave: a long table had pushed the legend off screen."""
        table = self.query_one(TeamTable)
        if self.has_class("-with-results") or not self.size:
            table.styles.max_height = None  # the CSS's: the results grid's share is fixed
            return
        needs = self.has_class("-needs")
        lines = len((self._needs if needs else self._legend).wrap(self.app.console, max(1, self.size.width - 2)))
        heading = 1 if self.query_one(".heading").has_class("-shown") else 0
        table.styles.max_height = max(4, self.size.height - heading - (lines if needs else min(lines, 4)))

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
        left = matchdays_left(resolved.season) > 0
        if left:
            self.follow_outlook(resolved.season)
            # While a newer one is worked out the last one stays (the legend says so): cells
            # blanking and coming back on each keystroke would only flicker.
            rows = with_outlook(rows, self._teams, self.outlook)
        else:
            self.drop_outlook()
        # Rows are keyed by place, not team: when a result reorders the table, its cells
        # change in place (keyed by team, the whole table was rebuilt and the cursor sent home).
        table = self.query_one(TeamTable)
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
        self._legend = legend_text(resolved, outlook=left, pending=left and self.outlook_pending)
        set_text(self.query_one(".legend", Static), self._legend)
        self._show_results(resolved)
        if self.has_class("-needs"):
            self._show_needs()
        self._fit_table()

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
            Text(_("Matchday {day} of {last}  (, . change it; Tab to type scores)").format(day=day, last=days[-1])),
        )

    def watch_matchday(self, day: int) -> None:
        if self.resolved is not None and self.is_mounted:
            self._show_results(self.resolved)

    @on(ResultsGrid.MatchdayStep)
    def _step(self, event: ResultsGrid.MatchdayStep) -> None:
        event.stop()
        self._step_matchday(event.step)
        release = getattr(self.app, "release_keys", None)
        if release is not None:  # the keys typed after the step are for these rows
            self.app.call_later(release, event)

    def _step_matchday(self, step: int) -> None:
        if self.resolved is not None and self.resolved.season.results:
            days = self._matchdays(self.resolved)
            current = days.index(self.matchday) if self.matchday in days else 0
            self.matchday = days[max(0, min(len(days) - 1, current + step))]  # its rows, now

    def show_outlook(self, outlook: TableOutlook | None) -> None:
        if self.resolved is None or not self.is_mounted:
            return
        if self._hidden():
            self._stale = True
        else:
            self.show_resolved(self.resolved)

    @on(DataTable.RowSelected, "#general-table")
    def _open_needs(self, event: DataTable.RowSelected) -> None:
        """Enter on a team: what it needs (or where it stands), under the table."""
        event.stop()
        if self._cursor_team() is None or self.resolved is None:
            return
        self.add_class("-needs")
        self._show_needs()
        self._fit_table()
        self.refresh_bindings()  # Escape closes it

    @on(DataTable.RowHighlighted, "#general-table")
    def _follow_cursor(self, event: DataTable.RowHighlighted) -> None:
        if self.has_class("-needs"):
            self._show_needs()
            self._fit_table()

    def _show_needs(self) -> None:
        """The cursor's team's needs in the panel (the cut line's row leaves them as they were)."""
        team = self._cursor_team()
        if team is None or self.resolved is None:
            return
        words = plain(team_words(self.resolved, self.outlook, self.outlook_pending, team))  # controls made visible
        words.append("  " + _("(Esc closes)"), style="dim")
        self._needs = words
        set_text(self.query_one(".needs", Static), words)

    def _close_needs(self) -> None:
        if self.has_class("-needs"):
            self.remove_class("-needs")
            self._fit_table()
            self.refresh_bindings()
