"""The General table's grid of teams: a Table whose Enter is bound by name.

DataTable binds Enter to "select_cursor" with no id and the word "Select", which the help
(screens/help.py) cannot tell from any other table's; on this one Enter says what the team
needs (views/general_table.py handles the RowSelected it posts), so its binding says so.
"""

from __future__ import annotations

from textual.binding import Binding

from liguilla_tui.i18n import N_
from liguilla_tui.widgets.table import Table


class TeamTable(Table):
    BINDINGS = [Binding("enter", "select_cursor", N_("What it needs"), show=False, id="table.needs")]

    def on_resize(self) -> None:
        # Made shorter (what a team needs, under it), it keeps the team asked about in view.
        self.move_cursor(row=self.cursor_row, animate=False)
