"""One tie: a title with seeds, its legs as a score grid, and a sentence on where it stands."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import var
from textual.widget import Widget
from textual.widgets import Static

from liguilla_tui.core.edits import can_enter_extra_time, can_enter_penalties
from liguilla_tui.core.model import RoundSpec, StrayLeg
from liguilla_tui.core.presets import tie_label_shown
from liguilla_tui.core.results import DECIDED, PENDING, Tie
from liguilla_tui.core.score_entry import EXTRA_TIME, LEG_ROWS, PENALTIES, rows_for
from liguilla_tui.i18n import N_, _, pgettext
from liguilla_tui.report.describe import describe_tie, live_minute_text, slot_text
from liguilla_tui.widgets.cells import plain, set_text, sync_rows
from liguilla_tui.widgets.ids import pane_id
from liguilla_tui.widgets.score_grid import ScoreGrid

# Marked here, translated where drawn (_row_label).
_ROW_LABELS = {"leg1": N_("Leg 1"), "leg2": N_("Leg 2"), EXTRA_TIME: N_("Extra"), PENALTIES: N_("Pens")}
_COLUMNS = (("label", 5), ("date", 6), ("home", 19), ("hg", 2), ("dash", 1), ("ag", 2), ("away", 19))
TEAM_WIDTH, NARROWEST_TEAM = 19, 9  # a team's column: in full, and the least it is given


def _short_month(month: int) -> str:
    # In context: "May" alone is also the full month (i18n/dates.py), "mayo" in Spanish.
    return (
        pgettext("short month", "Jan"),
        pgettext("short month", "Feb"),
        pgettext("short month", "Mar"),
        pgettext("short month", "Apr"),
        pgettext("short month", "May"),
        pgettext("short month", "Jun"),
        pgettext("short month", "Jul"),
        pgettext("short month", "Aug"),
        pgettext("short month", "Sep"),
        pgettext("short month", "Oct"),
        pgettext("short month", "Nov"),
        pgettext("short month", "Dec"),
    )[month - 1]


def _row_label(row: str, spec: RoundSpec) -> str:
    if row == "leg1" and spec.legs == 1:  # a single match: no first leg without a second
        return pgettext("single match", "Leg 1")
    return _(_ROW_LABELS[row])


def short_date(iso: str | None) -> str:
    """2013-05-08 -> 'May 8': the year is the season's, and 80 columns are few."""
    if not iso or len(iso) < 10 or not iso[5:7].isdigit() or not iso[8:10].isdigit():
        return iso or ""
    month = int(iso[5:7])
    return _("{month} {day}").format(month=_short_month(month), day=int(iso[8:10])) if 1 <= month <= 12 else iso


def _goal(value: int | None, applicable: bool = True) -> Text:
    if not applicable:
        return Text("·", style="dim", justify="center")
    return Text("–" if value is None else str(value), justify="center", style="bold" if value is not None else "dim")


def tie_rows(tie: Tie, spec: RoundSpec) -> list[tuple[Text, ...]]:
    """The grid's rows: one per leg, then extra time and penalties where the round has them."""
    rows: list[tuple[Text, ...]] = []
    for row in rows_for(spec):
        if tie.state == PENDING or not tie.legs:
            # The lower seed hosts the first of two legs; the higher seed hosts the last.
            lower_hosts = row == "leg1" and spec.legs == 2
            home, away = slot_text(tie, not lower_hosts), slot_text(tie, lower_hosts)
            rows.append(
                (
                    plain(_row_label(row, spec), "dim"),
                    Text(""),
                    plain(home, "dim"),
                    _goal(None, False),
                    Text(""),
                    _goal(None, False),
                    plain(away, "dim"),
                )
            )
            continue
        slot = tie.legs[int(row[-1]) - 1] if row in LEG_ROWS else tie.legs[-1]  # legs: not empty here
        leg = slot.leg
        home, away = (leg.home, leg.away) if leg else (slot.home, slot.away)
        if row in LEG_ROWS:
            pair = leg.score if leg else None
            cells = (_goal(pair and pair[0]), Text("–", justify="center"), _goal(pair and pair[1]))
            date = short_date(leg.date if leg else None)
            if leg is not None and leg.live:  # the score so far: the date cell says it is live
                rows.append(_live_row(_row_label(row, spec), home, cells, away, leg.minute))
                continue
        else:
            pair = (leg.extra_time if row == EXTRA_TIME else leg.penalties) if leg else None
            open_ = _applicable(tie, spec, row)
            cells = (
                _goal(pair and pair[0], open_ or pair is not None),
                Text("–" if open_ or pair else "", justify="center"),
                _goal(pair and pair[1], open_ or pair is not None),
            )
            date = ""
        winner = tie.winner
        rows.append(
            (
                plain(_row_label(row, spec), "dim"),
                plain(date, "dim"),
                plain(home, "bold" if home == winner else ""),
                cells[0],
                cells[1],
                cells[2],
                plain(away, "bold" if away == winner else ""),
            )
        )
    return rows


LIVE_STYLE = "bold red"


def _live_row(label: str, home: str, cells: tuple[Text, ...], away: str, minute: str | None) -> tuple[Text, ...]:
    """A leg being played: "●63'" (or "●live") where its date is, names plain (no winner yet)."""
    return (
        plain(label, "dim"),
        # The date column is 6 cells: a short word where no minute is given ("●vivo").
        plain("●" + (live_minute_text(minute) if minute else pgettext("live, short", "live")), LIVE_STYLE),
        plain(home),
        *cells,
        plain(away),
    )


def _applicable(tie: Tie, spec: RoundSpec, row: str) -> bool:
    return (can_enter_extra_time if row == EXTRA_TIME else can_enter_penalties)(tie, spec.tiebreak)


def tie_title(tie: Tie, spec: RoundSpec | None = None) -> Text:
    # The round's words in the current language (a file's own round names as written).
    title = plain(tie.label if spec is None else tie_label_shown(tie.label, spec), "bold")
    title.append("  ")

    def side(slot) -> Text:
        text = Text()
        if slot.seed is not None:
            text.append(f"({slot.seed}) ", style="dim")
        text.append_text(plain(slot.label, "" if slot.known else "italic dim"))
        return text

    title.append_text(side(tie.higher))
    title.append(_(" v "))
    title.append_text(side(tie.lower))
    return title


class TieCard(Vertical):
    """Shows one tie; its grid posts edits up. The tie is assigned anew on every edit."""

    DEFAULT_CSS = """
    TieCard { height: auto; margin: 0 0 1 0; }
    TieCard > .tie-title { height: 1; }
    TieCard > .tie-summary { height: 1; color: $text-muted; }
    TieCard > .tie-summary.-decided { color: $success; }
    TieCard > .tie-summary.-live { color: $warning; }
    TieCard > .tie-stray { height: auto; color: $warning; display: none; }
    TieCard > .tie-stray.-shown { display: block; }
    """

    tie: var[Tie | None] = var(None, init=False)
    strays: var[tuple[StrayLeg, ...]] = var((), init=False)  # legs of this tie the loader could not place

    def __init__(self, spec: RoundSpec, index: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.spec = spec
        self.index = index

    def compose(self) -> ComposeResult:
        yield Static("", classes="tie-title")
        yield ScoreGrid(id=f"grid-{pane_id(self.spec.key)}-{self.index}")
        yield Static("", classes="tie-summary")
        yield Static("", classes="tie-stray")

    def on_mount(self) -> None:
        self._title = self.query_one(".tie-title", Static)
        self._summary = self.query_one(".tie-summary", Static)
        self._grid = self.query_one(ScoreGrid)
        self._add_columns(TEAM_WIDTH)
        if self.tie is not None:
            self.watch_tie(self.tie)
        self.watch_strays(self.strays)

    def _label_width(self) -> int:
        # As wide as its words in this language ("Vuelta": 6).
        return max(_COLUMNS[0][1], *(len(_row_label(row, self.spec)) for row in rows_for(self.spec)))

    def _add_columns(self, team_width: int) -> None:
        self._team_width = team_width
        for key, width in _COLUMNS:
            if key == "label":
                width = self._label_width()
            elif key in ("home", "away"):
                width = team_width
            self.grid.add_column("", key=key, width=width)

    def on_resize(self) -> None:
        """Narrower than the grid in full (a 60-column terminal): the team columns give way,
        so both names and the score stay in view instead of the away side being cut."""
        wanted = team_width(self.size.width, self._label_width())
        if self.is_mounted and wanted != getattr(self, "_team_width", wanted):
            grid = self.grid
            row, column = grid.cursor_coordinate
            grid.clear(columns=True)
            self._add_columns(wanted)
            if self.tie is not None:
                sync_rows(grid, tie_rows(self.tie, self.spec), list(rows_for(self.spec)))
            grid.move_cursor(row=row, column=column, animate=False)
            # clear() also queued a "cell highlighted" for (0, 0), which would put the cursor
            # back on leg 1's home score when handled: place it again after that.
            grid.call_after_refresh(grid.place, row, column)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # The whole tie in view, title to summary: the sentence says what a score did.
        # (Also cheaper: redrawing a line scrolled out of view makes Textual re-arrange
        # every widget of every tab, ~2.5 ms in a 64-team bracket.) A tie taller than the
        # view keeps its focused grid in sight. The grids are focused without Textual's own
        # scroll (focus(scroll_visible=False)): it centres the grid, animated, when it runs
        # before the tab is laid out, which left a 20-line terminal's first tie title
        # scrolled out of view.
        if not self.is_mounted or self.screen.can_view_entire(self):
            return
        view = self.parent
        if isinstance(view, Widget) and self.outer_size.height <= view.scrollable_content_region.height:
            self.scroll_visible(animate=False)
        else:
            event.widget.scroll_visible(animate=False)

    @property
    def grid(self) -> ScoreGrid:
        grid = getattr(self, "_grid", None)  # kept at mount; queried only before that
        return grid if grid is not None else self.query_one(ScoreGrid)

    def watch_tie(self, tie: Tie | None) -> None:
        if tie is None or not self.is_mounted:
            return
        title, summary = self._title, self._summary
        set_text(title, tie_title(tie, self.spec))
        sync_rows(self.grid, tie_rows(tie, self.spec), list(rows_for(self.spec)))
        set_text(summary, plain(describe_tie(tie, self.spec.legs)))
        summary.set_class(tie.state == DECIDED, "-decided")
        summary.set_class(tie.live, "-live")

    def watch_strays(self, strays: tuple[StrayLeg, ...]) -> None:
        if not self.is_mounted:
            return
        shown = self.query_one(".tie-stray", Static)
        set_text(shown, lines(stray_text(s) for s in strays))
        shown.set_class(bool(strays), "-shown")


def team_width(card_width: int, label_width: int) -> int:
    """A team column's width in a card `card_width` cells wide: in full where it fits."""
    others = sum(width for key, width in _COLUMNS if key not in ("label", "home", "away")) + label_width
    padding = 2 * len(_COLUMNS)  # DataTable's cell padding, a cell each side
    if card_width <= 0:  # not laid out yet
        return TEAM_WIDTH
    return max(NARROWEST_TEAM, min(TEAM_WIDTH, (card_width - others - padding) // 2))


def lines(texts) -> Text:
    """Lines of file text, each made safe on its own (a newline inside one is shown)."""
    return Text("\n").join(plain(text) for text in texts)


def stray_text(stray: StrayLeg) -> str:
    """One stray leg as a line: what the file says, where, and why it is not counted."""
    score = f" {stray.score[0]}-{stray.score[1]} " if stray.score else _(" v ")
    number = f" {stray.leg}" if stray.leg is not None else ""
    return _("⚠ Stray leg{number} (line {line}), not counted: {home}{score}{away}: {problem}").format(
        number=number, line=stray.mark.line, home=stray.home, score=score, away=stray.away, problem=stray.problem
    )
