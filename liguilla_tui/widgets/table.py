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
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.cache import LRUCache
from textual.widgets import DataTable

# Attribute names of textual 8's DataTable; missing ones are left alone.
_CACHES = ("_row_render_cache", "_line_cache", "_cell_render_cache")


class Table(DataTable):
    # Entries for a few screens' worth of lines/rows, and cells: a cursor, hover or
    # focus change renders the visible part again under new keys.
    LINES = 256
    CELLS = 4096

    def __init__(self, *args, **kwargs) -> None:
        # (row, column, place, style, width, states) -> (the cell's value, its lines);
        # made first: DataTable's set-up may already clear caches.
        self._cell_lines: LRUCache[tuple, tuple[object, list[list[Segment]]]] = LRUCache(self.CELLS)
        super().__init__(*args, **kwargs)
        for name, size in zip(_CACHES, (self.LINES, self.LINES, self.CELLS)):
            if isinstance(getattr(self, name, None), LRUCache):
                setattr(self, name, LRUCache(size))

    def _render_cell(self, row_index: int, column_index: int, base_style: Style, width: int,
                     cursor: bool = False, hover: bool = False) -> list[list[Segment]]:
        if column_index < 0:  # row labels (unused here): DataTable's own cache
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        column_key = self._column_locations.get_key(column_index)
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
        # counter stood for: the cell's place (its meta), width and row height.
        key = (row_key, column_key, row_index, column_index, base_style, width, height, cursor, hover,
               self._show_hover_cursor, self._pseudo_class_state)
        kept = self._cell_lines.get(key)
        if kept is not None and kept[0] is value:
            return kept[1]
        lines = super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        self._cell_lines[key] = (value, lines)
        return lines

    def _clear_caches(self) -> None:
        super()._clear_caches()
        self._cell_lines.clear()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cell_lines.clear()
