"""One tie as one widget: its title, its legs as a grid of scores, and the lines under it.

Drawn with Textual's line API: each line is rendered when what it shows changes, and
kept as a Strip until then. The card was a container of a title Static, a DataTable for
the legs and two more Statics; a score key then re-rendered a DataTable row and a
Static through four widgets' style machinery: ~0.8 ms of a ~1.2 ms frame
(benchmarks/key_cpu.py), most of what set a score key in tmux apart from a bare
DataTable's cursor move (issue 14). Now the changed row and the sentence are two Strips.

Lines: the title; one per row of the grid (legs, then extra time and penalties where the
round has them); the sentence on where the tie stands; the legs of this tie the loader
could not place, wrapped to the width. The cursor stops only on the score cells
(widgets/score_grid.py has the keys).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.coordinate import Coordinate
from textual.geometry import Region, Size
from textual.reactive import var
from textual.selection import Selection
from textual.strip import Strip
from textual.widget import Widget

from liguilla_tui.core.model import RoundSpec, StrayLeg
from liguilla_tui.core.results import DECIDED, Tie
from liguilla_tui.core.score_entry import rows_for
from liguilla_tui.report.describe import describe_tie
from liguilla_tui.widgets.cells import plain, same
from liguilla_tui.widgets.ids import pane_id
from liguilla_tui.widgets.score_grid import HOME_GOALS, SCORE_BINDINGS, ScoreGrid, nearest_score_column
from liguilla_tui.widgets.tie_text import label_width, lines, stray_text, tie_rows, tie_title

# The grid's columns and their widths: label (as wide as its words), date, home team,
# home goals, dash, away goals, away team; a cell of padding each side of each.
_COLUMNS = (("label", 5), ("date", 6), ("home", 19), ("hg", 2), ("dash", 1), ("ag", 2), ("away", 19))
TEAM_WIDTH, NARROWEST_TEAM = 19, 9  # a team's column: in full, and the least it is given
PAD = 1

# Where each line's look comes from (the title and rows carry their own bold and dim).
SUMMARY, DECIDED_SUMMARY, LIVE_SUMMARY = "tie-card--summary", "tie-card--decided", "tie-card--live"
CURSOR, STRAY = "tie-card--cursor", "tie-card--stray"


class TieCard(ScoreGrid, Widget, can_focus=True):
    """Shows one tie and edits it by keys; the tie is assigned anew on every edit."""

    BINDINGS = [*SCORE_BINDINGS]
    COMPONENT_CLASSES = {CURSOR, SUMMARY, DECIDED_SUMMARY, LIVE_SUMMARY, STRAY}
    DEFAULT_CSS = """
    TieCard { width: 1fr; height: auto; margin: 0 0 1 0; }
    TieCard > .tie-card--cursor { background: transparent; color: $text; text-style: none; }
    TieCard:focus > .tie-card--cursor { background: $accent; color: $text; text-style: bold; }
    TieCard > .tie-card--summary { color: $text-muted; }
    TieCard > .tie-card--decided { color: $success; }
    TieCard > .tie-card--live { color: $warning; }
    TieCard > .tie-card--stray { color: $warning; }
    """

    tie: var[Tie | None] = var(None, init=False)
    strays: var[tuple[StrayLeg, ...]] = var((), init=False)  # legs of this tie the loader could not place

    def __init__(self, spec: RoundSpec, index: int, **kwargs) -> None:
        kwargs.setdefault("id", f"grid-{pane_id(spec.key)}-{index}")
        super().__init__(**kwargs)
        self.spec = spec
        self.index = index
        self.row_keys: tuple[str, ...] = tuple(rows_for(spec))
        self._rows: list[tuple[Text, ...]] = []  # none until the card is given its tie
        self._title = Text()
        self._summary = Text()
        self._summary_look = SUMMARY
        self._strays_text = Text()
        self._cursor = (0, HOME_GOALS)
        self._label_width = label_width(spec)
        self._team_width = TEAM_WIDTH
        self._drawn_width = -1  # the width the kept lines were drawn for
        self._strips: dict[int, Strip] = {}  # line -> its render, until it changes
        self._looks: dict[str, Style] = {}  # style name -> Rich style, until styles change
        self._wrapped: tuple[int, list[Text]] | None = None  # (width, stray lines)
        self._summary_wrapped: tuple[int, Text, list[Text]] | None = None  # (width, sentence, its lines)

    # ---- what it shows ------------------------------------------------------------------
    def watch_tie(self, tie: Tie | None) -> None:
        if tie is None:
            return
        lines_before = self._line_count()
        changed = []
        title = tie_title(tie, self.spec)
        if not same(title, self._title):
            self._title = title
            changed.append(0)
        rows = tie_rows(tie, self.spec)
        for index, row in enumerate(rows):
            old = self._rows[index] if index < len(self._rows) else ()
            if len(old) != len(row) or not all(same(a, b) for a, b in zip(old, row)):
                changed.append(1 + index)
        self._rows = rows
        summary = plain(describe_tie(tie, self.spec.legs))
        look = DECIDED_SUMMARY if tie.state == DECIDED else LIVE_SUMMARY if tie.live else SUMMARY
        if not same(summary, self._summary) or look != self._summary_look:
            self._summary, self._summary_look = summary, look
            changed.extend(range(1 + len(rows), 1 + len(rows) + len(self._summary_lines(self.size.width))))
        self._redraw(changed, layout=self._line_count() != lines_before)

    def watch_strays(self, strays: tuple[StrayLeg, ...]) -> None:
        text = lines(stray_text(s) for s in strays)
        if not same(text, self._strays_text):
            self._strays_text = text
            self._wrapped = None
            self._redraw([], layout=True)

    @property
    def title_text(self) -> Text:
        return self._title

    @property
    def summary_text(self) -> Text:
        return self._summary

    @property
    def strays_text(self) -> Text:
        return self._strays_text

    def get_row(self, row: str) -> tuple[Text, ...]:
        """The cells of a row of the grid (`row_keys`), as shown."""
        return self._rows[self.row_keys.index(row)]

    # ---- the cursor ---------------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return len(self._rows)

    @property
    def cursor_row(self) -> int:
        return self._cursor[0]

    @property
    def cursor_column(self) -> int:
        return self._cursor[1]

    @property
    def cursor_coordinate(self) -> Coordinate:
        return Coordinate(*self._cursor)

    @property
    def current_row(self) -> str | None:
        return self.row_keys[self.cursor_row] if self._rows else None

    def place(self, row: int, column: int) -> None:
        """Put the cursor on a score cell (the nearest one to `column`) of `row`."""
        cursor = (max(0, min(row, len(self._rows) - 1)), nearest_score_column(column))
        if cursor != self._cursor:
            before, self._cursor = self._cursor[0], cursor
            self._redraw({1 + before, 1 + cursor[0]})

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not 1 <= offset.y <= len(self._rows):
            return
        self._fit_width(self.size.width)
        starts = self._column_starts()
        column = max((i for i, start in enumerate(starts) if start <= offset.x), default=0)
        self.place(offset.y - 1, column)
        self.focus(scroll_visible=False)

    def on_focus(self) -> None:
        # The whole tie in view, title to sentence: the sentence says what a score did.
        # Focused without Textual's own scroll (focus(scroll_visible=False)): it centres
        # the widget, animated, when it runs before the tab is laid out, which left a
        # 20-line terminal's first tie title scrolled out of view.
        if self.is_mounted and not self.screen.can_view_entire(self):
            self.scroll_visible(animate=False)

    # ---- drawing ------------------------------------------------------------------------
    def _line_count(self, width: int | None = None) -> int:
        """Title, rows, the sentence's and the stray legs' lines at `width` (the card's own)."""
        width = self.size.width if width is None else width
        return 1 + len(self._rows) + len(self._summary_lines(width)) + len(self._stray_lines(width))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self._line_count(width)

    def _summary_lines(self, width: int) -> list[Text]:
        """The sentence, wrapped at `width` when longer ("América go through on away goals
        after 3–3 on aggregate (2 away goals to 1)" was cut with "…" at 80 columns in
        Spanish); most fit one line, and are not wrapped at all."""
        summary = self._summary
        if not width or summary.cell_len <= width:
            return [summary]
        kept = self._summary_wrapped
        if kept is None or kept[0] != width or kept[1] is not summary:
            lines = list(summary.wrap(self.app.console, width)) or [summary]
            kept = self._summary_wrapped = (width, summary, lines)
        return kept[2]

    def _stray_lines(self, width: int) -> list[Text]:
        if not self._strays_text.plain:
            return []
        if self._wrapped is None or self._wrapped[0] != width:
            self._wrapped = (width, list(self._strays_text.wrap(self.app.console, max(1, width))))
        return self._wrapped[1]

    def _redraw(self, lines_changed: Sequence[int] | set[int], layout: bool = False) -> None:
        if layout:
            self._strips.clear()
            self.refresh(layout=True)
            return
        width = self.size.width
        for y in lines_changed:
            self._strips.pop(y, None)
        if lines_changed and width:
            self.refresh(*(Region(0, y, width, 1) for y in lines_changed))
        elif lines_changed:  # not laid out (a tab being shown): Textual's copy goes too
            self.refresh()

    def _fit_width(self, width: int) -> None:
        """Lines are kept for one width. Narrower than the grid in full (a 60-column
        terminal), the team columns give way, so both names and the score stay in view
        instead of the away side being cut. Worked out as lines are drawn: a Resize event
        comes after the first frame at the new size."""
        if width != self._drawn_width:
            self._drawn_width = width
            self._team_width = team_width(width, self._label_width)
            self._strips.clear()

    def notify_style_update(self) -> None:
        # Focus, hover, a theme: the looks are worked out again, and every line with them.
        super().notify_style_update()
        self._looks.clear()
        self._strips.clear()

    def _look(self, name: str) -> Style:
        look = self._looks.get(name)
        if look is None:
            look = self._looks[name] = self.rich_style if name == "" else self.get_component_rich_style(name)
        return look

    def render_line(self, y: int) -> Strip:
        self._fit_width(self.size.width)
        strip = self._strips.get(y)
        if strip is None:
            strip = self._strips[y] = self._draw_line(y)
        return strip

    def _line_text(self, y: int) -> Text | None:
        """Line `y` as text, with the look it is drawn in; None past the last line."""
        rows = len(self._rows)
        if y == 0:
            return self._title.copy()
        if y <= rows:
            return self._row_text(y - 1)
        summary = self._summary_lines(self.size.width)
        if y <= rows + len(summary):
            text = Text(style=self._look(self._summary_look), end="")
            text.append_text(summary[y - rows - 1])
            return text
        stray = self._stray_lines(self.size.width)
        at = y - rows - 1 - len(summary)
        if at >= len(stray):
            return None
        text = Text(style=self._look(STRAY), end="")
        text.append_text(stray[at])
        return text

    def _draw_line(self, y: int) -> Strip:
        width = self.size.width
        base = self._look("")
        text = self._line_text(y)
        if text is None:
            return Strip.blank(width, base)
        if text.cell_len > width:  # one line, cut with "…" (no wrapping: it costs twice as much)
            text.truncate(max(0, width), overflow="ellipsis")
        selection = self.text_selection
        span = selection.get_span(y) if selection is not None else None
        if span is not None:  # a mouse drag over the card: drawn as a Static draws it
            start, end = span
            text.stylize(self.screen.get_component_rich_style("screen--selection"), start, None if end < 0 else end)
        console = self.app.console
        # Text.render leaves out the text's own style where it has no spans: put it under.
        under = base + console.get_style(text.style) if text.style else base
        segments = Segment.apply_style(text.render(console), under)
        if not 1 <= y <= len(self._rows):
            # Each piece of the title, the sentence and a stray leg's line says where its
            # text is in the card's (a line and a column): what a mouse drag selects, as
            # in a Static (get_selection). Not the grid's rows: a click there moves the
            # cursor, as it did in the DataTable they were.
            segments, x = list(segments), 0
            for i, segment in enumerate(segments):
                segments[i] = Segment(segment.text, (segment.style or base) + _at(x, y))
                x += len(segment.text)
        return Strip(segments).adjust_cell_length(width, base)

    # ---- text selected with the mouse (copied with ctrl+c) -------------------------------
    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        lines = (self._line_text(y) for y in range(self._line_count()))
        return selection.extract("\n".join(text.plain for text in lines if text is not None)), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._strips.clear()  # a selection is drawn into the lines
        super().selection_updated(selection)

    def _widths(self) -> list[int]:
        return [
            self._label_width if key == "label" else self._team_width if key in ("home", "away") else width
            for key, width in _COLUMNS
        ]

    def _column_starts(self) -> list[int]:
        starts, x = [], 0
        for width in self._widths():
            starts.append(x)
            x += width + 2 * PAD
        return starts

    def _row_text(self, index: int) -> Text:
        """A row of the grid as one text: each cell cut to its column (…) and padded."""
        cursor = self._cursor[1] if index == self._cursor[0] else None
        row = Text(no_wrap=True, end="")
        for column, (cell, width) in enumerate(zip(self._rows[index], self._widths())):
            fitted = cell.copy()
            fitted.overflow = "ellipsis"
            fitted.align(fitted.justify if fitted.justify in ("center", "right") else "left", width)
            padded = Text(" " * PAD, end="")
            padded.append_text(fitted)
            padded.append(" " * PAD)
            if column == cursor:  # under the cell's own style, as DataTable's cursor is
                padded.stylize_before(self._look(CURSOR))
            row.append_text(padded)
        return row


@lru_cache(maxsize=4096)
def _at(x: int, y: int) -> Style:
    """The meta that places a piece of a line in the card's text (Textual's "offset")."""
    return Style.from_meta({"offset": (x, y)})


def team_width(card_width: int, label_width: int) -> int:
    """A team column's width in a card `card_width` cells wide: in full where it fits."""
    others = sum(width for key, width in _COLUMNS if key not in ("label", "home", "away")) + label_width
    padding = 2 * PAD * len(_COLUMNS)
    if card_width <= 0:  # not laid out yet
        return TEAM_WIDTH
    return max(NARROWEST_TEAM, min(TEAM_WIDTH, (card_width - others - padding) // 2))
