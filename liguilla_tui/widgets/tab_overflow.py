"""The tab row's overflow hint: "‹2 3›" at its right end says two tabs are out of view to
the left and three to the right, so a narrow terminal never hides that a tab exists.

Textual's Tabs scrolls the active tab into view but shows nothing of the tabs it scrolled
away. The hint is docked inside the Tabs widget and follows its scroll offset; it is shown
whenever the row overflows (both counts in a fixed width, so showing it, which narrows the
row, never changes whether it is needed: no flicker between two layouts) and hidden where
every tab fits. A tab the row's ends cut is not drawn (the hint counts it), so every tab
on screen shows its number and its label.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static, Tab, Tabs

from liguilla_tui.i18n import _

HINT_WIDTH = 6  # " ‹N N›": up to 9 tabs each side, which no Liguilla format comes near


def hidden_counts(tabs: list[tuple[int, int]], scroll_x: int, view_width: int) -> tuple[int, int]:
    """Tabs (x, width in the row) not wholly inside the window [scroll_x, scroll_x+view_width):
    how many lie (even partly) to its left, and how many to its right."""
    left = sum(1 for x, _ in tabs if x < scroll_x)
    right = sum(1 for x, width in tabs if x >= scroll_x and x + width > scroll_x + view_width)
    return left, right


def tab_width(tab: Tab) -> int:
    """The cells a tab takes in the row: its label and its padding."""
    return cell_len(tab.label.plain) + tab.styles.padding.width


def hint_text(left: int, right: int) -> str:
    return f"{f'‹{left}' if left else '  '} {f'{right}›' if right else '  '}"


class TabOverflowHint(Static):
    """How many tabs are out of view on each side of the tab row it is mounted in."""

    SCOPED_CSS = False  # the rule for a cut tab is the Tab's
    DEFAULT_CSS = """
    Tabs Tab.-cut { text-opacity: 0%; }
    TabOverflowHint {
        dock: right;
        width: 6;
        height: 1;
        padding: 0 0 0 1;
        color: $accent;
        text-style: bold;
        display: none;
    }
    """

    _text = ""

    def on_mount(self) -> None:
        scroll = self._scroll
        # The active tab scrolled into view (a tab switch, a resize) and new labels (a
        # narrower terminal's short names) both move tabs in or out of view.
        self.watch(scroll, "scroll_x", self.recount, init=False)
        # A resize, new labels: counted again once the screen is laid out anew.
        self.screen.screen_layout_refresh_signal.subscribe(self, lambda _screen: self._recount_now())
        self.recount()

    @property
    def _tabs(self) -> Tabs:
        parent = self.parent
        assert isinstance(parent, Tabs)
        return parent

    @property
    def _scroll(self) -> Widget:
        return self._tabs.query_one("#tabs-scroll")

    def recount(self) -> None:
        """Work the hint out again once the row has its new layout."""
        self.call_after_refresh(self._recount_now)

    def _recenter(self) -> None:
        """Keep the active tab in view in the row's new width, and count again."""
        active = self._tabs.active_tab
        if active is not None:
            self._scroll.scroll_to_center(active, animate=False, force=True)
        self.recount()

    def _recount_now(self) -> None:
        if not self.is_attached:
            return
        tabs_widget, scroll = self._tabs, self._scroll
        # Widths from the labels, not from the last layout: a resize relabels the tabs
        # (fit_tab_labels) before the row is laid out again.
        shown = [tab for tab in tabs_widget.query(Tab) if tab.display]  # in the row's order
        widths = [tab_width(tab) for tab in shown]
        row_width = sum(widths)
        overflows = row_width > tabs_widget.size.width
        if overflows != self.display:
            self.display = overflows  # the row narrows or widens: count again once it has
            self.call_after_refresh(self._recenter)
        spans, x = [], 0
        for width in widths:
            spans.append((x, width))
            x += width
        start, view = round(scroll.scroll_x), scroll.size.width
        left, right = hidden_counts(spans, start, view)
        # A tab the row's ends cut is not drawn: a cut "9 Scenarios" showed "9" alone, a cut
        # "2 PI" its label without the number. The hint counts it out of view already.
        # Its text is blanked, not the tab hidden: Textual scrolls to a tab, and draws the
        # active tab's underline, from its place on screen, which a hidden widget has not.
        # Drawn all the same: the active tab, and one wider than the row that starts in it
        # (a file's long round name: never whole, its number and first words are shown).
        for tab, (x, width) in zip(shown, spans, strict=True):
            cut = overflows and view > 0 and not start <= x <= x + width <= start + view
            too_wide = start <= x < start + view and width > view
            tab.set_class(cut and not too_wide and tab is not tabs_widget.active_tab, "-cut")
        text = hint_text(left, right) if overflows else ""
        if text != self._text:  # only a change: an update lays the screen out again
            self._text = text
            self.update(Content(text))
            self.tooltip = (
                _("Tabs out of view: {left} to the left, {right} to the right. [ and ] or t reach them").format(
                    left=left, right=right
                )
                if text
                else None
            )
