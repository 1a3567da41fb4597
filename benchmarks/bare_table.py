"""The baseline of the tmux key benchmark: a bare Textual app with one DataTable.

Header, a 20-row DataTable and a Footer, nothing else: the cheapest screen update a
Textual app can make for a key (the cursor row moves). `python -m benchmarks.bare_table`.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Footer, Header

ROWS = 20
_WIDTHS = (5, 16, 5, 5, 5, 5, 6, 6, 6, 6)


class BareTableApp(App[None]):
    TITLE = "bare table"

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for column, width in enumerate(_WIDTHS):
            table.add_column(f"C{column}", key=f"c{column}", width=width)
        for row in range(ROWS):
            table.add_row(*(f"r{row}c{column}" for column in range(len(_WIDTHS))), key=f"r{row}")
        table.focus()


if __name__ == "__main__":  # pragma: no cover
    BareTableApp().run()
