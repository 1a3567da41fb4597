"""Round tabs named in full where the tab row has room ("Quarter-finals"), by their
short names only where it has not ("QF"); worked out again when the terminal is resized.
Where even the short names overflow (a 2023+ season's nine tabs at 60 columns), the row
scrolls to the active tab and a hint at its end counts the tabs out of view."""

from __future__ import annotations

import re

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import TabbedContent, Tabs

from liguilla_tui.report.safe import printable
from liguilla_tui.widgets.ids import pane_id as id_of_round
from liguilla_tui.widgets.tab_overflow import TabOverflowHint

_NUMBER = re.compile(r"^(\d+) ")
TAB_PADDING = 2  # a Tab's own padding, one cell each side


def fit_tab_labels(tabbed: TabbedContent, rounds, width: int) -> bool:
    """Relabel the round tabs for `width` cells; True if the full names fit."""
    tabs = [(pane.id, tabbed.get_tab(pane.id)) for pane in tabbed.query("TabPane") if pane.id]
    numbers = {pane_id: (_NUMBER.match(tab.label.plain) or [None, ""])[1] for pane_id, tab in tabs}
    names = {id_of_round(spec.key): (spec.name, spec.short) for spec in rounds}

    def label(pane_id: str, tab, full: bool) -> str:
        if pane_id not in names:
            return tab.label.plain
        return f"{numbers[pane_id]} {printable(names[pane_id][0 if full else 1])}".strip()

    needed = sum(cell_len(label(pane_id, tab, True)) + TAB_PADDING for pane_id, tab in tabs)
    full = needed <= width
    for pane_id, tab in tabs:
        wanted = label(pane_id, tab, full)
        if tab.label.plain != wanted:
            tab.label = Content(wanted)  # a Content: a round's name is never read as markup
    return full


def fit_tab_row(tabbed: TabbedContent, rounds, width: int) -> bool:
    """Fit the labels (as fit_tab_labels), then count again the tabs out of view; the
    overflow hint is mounted in the tab row the first time. True if the full names fit."""
    full = fit_tab_labels(tabbed, rounds, width)
    tabs = tabbed.query_one(Tabs)
    hints = tabs.query(TabOverflowHint)
    if hints:
        hints.first().recount()
    else:
        tabs.mount(TabOverflowHint())
    return full
