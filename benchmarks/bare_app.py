"""The baseline for start-up and memory: a bare Textual app of the real app's shape.

Header, a TabbedContent with six TabPanes, a DataTable the size of the general table
(9 rows x 14 columns) and a Footer; no season, no rules core, no custom widgets.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Footer, Header, Static, TabbedContent, TabPane

ROWS, COLUMNS = 9, 14
_WIDTHS = (3, 4, 14, 3, 2, 2, 2, 3, 3, 3, 3, 26, 26, 26)
_PANES = ("1 Table", "2 Quarter-finals", "3 Semi-finals", "4 Final", "5 Scorers", "6 Bracket")


class BareApp(App[None]):
    TITLE = "bare"

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(id="tabs"):
            for index, title in enumerate(_PANES):
                with TabPane(title, id=f"pane{index}"):
                    if index == 0:
                        yield DataTable(cursor_type="row", zebra_stripes=True)
                    else:
                        yield Static(title)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for column, width in enumerate(_WIDTHS):
            table.add_column(f"C{column}", key=f"c{column}", width=width)
        for row in range(ROWS):
            table.add_row(*(f"r{row}c{column}" for column in range(COLUMNS)), key=f"r{row}")


if __name__ == "__main__":  # pragma: no cover
    BareApp().run()
