"""A DataTable whose render caches fit the table.

DataTable keys its render caches (lines, rows, cells) on a counter that every update
bumps, and keeps up to 1,000 lines and rows and 10,000 cells. After an edit nearly all
entries are stale, yet they stay until that many have piled up. With a grid per tie (126
in a 64-team bracket) the heap grew by ~100k objects over a few minutes of typing and a
full garbage collection, which must scan them, grew from 15 ms to 120 ms, landing in
keystrokes. Sized to the table, the caches still hold every visible line and cell.
"""

from __future__ import annotations

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
        super().__init__(*args, **kwargs)
        for name, size in zip(_CACHES, (self.LINES, self.LINES, self.CELLS)):
            if isinstance(getattr(self, name, None), LRUCache):
                setattr(self, name, LRUCache(size))
