"""A DataTable that re-renders only the cells that changed, with caches that fit the table.

DataTable keys every render cache (lines, rows, cells) on one counter that any update
bumps, so changing one cell re-renders every visible cell through Rich: a score typed in
a tie's grid re-rendered all 14 of its cells (over half of a keystroke's frame in a
64-team bracket), and a regular-season result re-rendered the whole General table. Here
a cell's render is also kept under a key without that counter, and reused while the
cell holds the very same value object (sync_rows replaces only the cells that differ).

The caches are also sized to the table. DataTable keeps up to 1,000 lines and rows and
10,000 cells; after an edit nearly all are stale, yet they stay until that many have
piled up. With a grid per tie (126 in a 64-team bracket) the heap grew by ~100k objects
over a few minutes of typing, and a full garbage collection, which must scan them, grew
from 15 ms to 120 ms, landing in keystrokes.

Upstream (to be filed against Textualize/textual; no issue covers it as of textual 8.2.8):
"DataTable: update_cell invalidates every render cache". Repro: a 2×7 DataTable, call
update_cell on one cell, count _render_cell calls on the next frame: every visible cell
is rendered again, because `_update_count` is part of the key of `_row_render_cache`,
`_line_cache` and `_cell_render_cache`. Proposed fix: key cells by a per-cell version
and lines by the versions of their cells; let the cache sizes be set. No public API
serves meanwhile, so this module overrides `_render_line`, `_render_cell`,
`_update_dimensions`, `_update_column_widths` and `_clear_caches`; pyproject.toml bounds
textual to the minors checked, and tests/app/test_textual_internals.py fails if any of
these names or signatures change.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.cache import LRUCache
from textual.strip import Strip
from textual.widgets import DataTable
from textual.widgets.data_table import RowKey

# Attribute names of textual 8's DataTable; missing ones are left alone.
_CACHES = ("_row_render_cache", "_line_cache", "_cell_render_cache")


class Table(DataTable):
    # Entries for a few screens' worth of lines/rows, and cells: a cursor, hover or
    # focus change renders the visible part again under new keys.
    LINES = 256
    CELLS = 4096

    def __init__(self, *args, **kwargs) -> None:
        # (row, column, value id, place, style, width, states) -> (the value, its lines);
        # made first: DataTable's set-up may already clear caches.
        self._cell_lines: LRUCache[tuple, tuple[object, list[list[Segment]]]] = LRUCache(self.CELLS)
        # (line, row, value ids, crop, cursor, styles, layout) -> (the row's values, its strip)
        self._strips: LRUCache[tuple, tuple[tuple, Strip]] = LRUCache(self.LINES)
        self._value_updates = 0  # bumps of DataTable's counter that only replaced a cell's value
        super().__init__(*args, **kwargs)
        # DataTable's own row, line and cell caches now serve only first renders (and the
        # header): a quarter of the size, since the caches below hold what is reused.
        for name, size in zip(_CACHES, (self.LINES, self.LINES // 4, self.CELLS // 4)):
            if isinstance(getattr(self, name, None), LRUCache):
                setattr(self, name, LRUCache(size))

    def update_cell(self, row_key, column_key, value, *, update_width: bool = False) -> None:
        before = self._update_count
        super().update_cell(row_key, column_key, value, update_width=update_width)
        if not update_width:  # a new width re-lays out columns: a change of layout
            self._value_updates += self._update_count - before

    @property
    def _shape_updates(self) -> int:
        """DataTable's counter less the value updates: rows, columns, widths, order changed."""
        return self._update_count - self._value_updates

    def _render_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip:
        try:
            row_key, line = self._get_offsets(y)
        except LookupError:
            return super()._render_line(y, x1, x2, base_style)
        if row_key is self._header_row_key:
            values = tuple(column.label for column in self.columns.values())
        else:
            cells = self._data.get(row_key)
            if cells is None:
                return super()._render_line(y, x1, x2, base_style)
            values = tuple(cells.values())
        # DataTable's own line key, with the layout counter in place of the update counter
        # and the row's values (kept alive by the entry, so their ids stay theirs).
        key = (
            y,
            row_key,
            line,
            tuple(map(id, values)),
            x1,
            x2,
            self.size.width,
            self.cursor_coordinate,
            self.hover_coordinate,
            base_style,
            self.cursor_type,
            self.show_cursor,
            self._show_hover_cursor,
            self._shape_updates,
            self._pseudo_class_state,
        )
        kept = self._strips.get(key)
        if kept is not None:
            return kept[1]
        strip = super()._render_line(y, x1, x2, base_style)
        self._strips[key] = (values, strip)
        return strip

    def _render_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool = False,
        hover: bool = False,
    ) -> list[list[Segment]]:
        if column_index < 0:  # row labels (unused here): DataTable's own cache
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        column_key = self._column_locations.get_key(column_index)
        row_key: RowKey | None  # a row index DataTable no longer holds has no key
        if row_index < 0:  # the header
            row_key, column = self._header_row_key, self.columns.get(column_key)  # type: ignore[arg-type]
            value, height = (column.label if column is not None else None), self.header_height
        else:
            row_key = self._row_locations.get_key(row_index)
            row, cells = self.rows.get(row_key), self._data.get(row_key)  # type: ignore[arg-type]
            if row is None or cells is None:
                return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
            value, height = cells.get(column_key), row.height  # type: ignore[arg-type]
        # Everything DataTable's own key holds except the update counter, plus what that
        # counter stood for: the value (which the entry keeps alive, so its id stays its
        # own), the cell's place (its meta), width and row height. A new value is a new
        # key: Textual's LRUCache never overwrites an entry.
        key = (
            row_key,
            column_key,
            id(value),
            row_index,
            column_index,
            base_style,
            width,
            height,
            cursor,
            hover,
            self._show_hover_cursor,
            self._pseudo_class_state,
        )
        kept = self._cell_lines.get(key)
        if kept is not None:  # the same id while the entry keeps the value: the same value
            return kept[1]
        lines = super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        self._cell_lines[key] = (value, lines)
        return lines

    # ---- styles, worked out once per frame ---------------------------------------------
    # DataTable asks for its own Rich style on every line, and for the header and zebra
    # row styles on every row; each answer walks every ancestor's CSS (~40 µs). Within one
    # render_lines() call (one frame of this widget) the answers cannot change.
    _frame_styles: dict | None = None

    def render_lines(self, crop):
        self._frame_styles = {}
        try:
            return super().render_lines(crop)
        finally:
            self._frame_styles = None

    @property
    def rich_style(self) -> Style:
        memo = self._frame_styles
        if memo is None:
            return super().rich_style
        style = memo.get(None)
        if style is None:
            style = memo[None] = super().rich_style
        return style

    def get_component_styles(self, *names: str):
        memo = self._frame_styles
        if memo is None:
            return super().get_component_styles(*names)
        styles = memo.get(names)
        if styles is None:
            styles = memo[names] = _StylesOfFrame(super().get_component_styles(*names))
        return styles

    # DataTable works out auto column widths and row heights after a row is added, on
    # idle, without bumping its counter: lines drawn before then have the old layout.
    def _update_dimensions(self, new_rows) -> None:
        super()._update_dimensions(new_rows)
        self._strips.clear()

    def _update_column_widths(self, updated_cells) -> None:
        super()._update_column_widths(updated_cells)
        self._strips.clear()

    def _clear_caches(self) -> None:
        super()._clear_caches()
        self._cell_lines.clear()
        self._strips.clear()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cell_lines.clear()
        self._strips.clear()


class _StylesOfFrame:
    """A component's styles for one frame: its Rich style computed once, the rest as is."""

    __slots__ = ("_rich_style", "_styles")

    def __init__(self, styles) -> None:
        self._styles = styles
        self._rich_style: Style | None = None

    @property
    def rich_style(self) -> Style:
        if self._rich_style is None:
            self._rich_style = self._styles.rich_style
        return self._rich_style

    def __getattr__(self, name: str):
        return getattr(self._styles, name)
