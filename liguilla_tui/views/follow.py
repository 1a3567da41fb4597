"""Views on hidden tabs skip updates and catch up when shown.

Every tab is bound to the one resolved value, but only the visible one needs drawing
in the frame that follows a keystroke; the others redraw once, when they are shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widget import Widget

from liguilla_tui.core.results import Resolved

if TYPE_CHECKING:
    from textual.dom import DOMNode

    _WidgetBase = Widget
else:
    _WidgetBase = object


class FollowsWhenShown(_WidgetBase):
    """Mixed into a view (before its widget base); the view implements show_resolved().

    A plain mixin, not a Widget subclass: Textual takes CSS type names from the widget
    classes in the MRO, and a Widget base here would hide VerticalScroll's and others'
    (so the type checker alone sees one, and the view's `resolved`).
    """

    if TYPE_CHECKING:
        resolved: Resolved | None

    _stale = False

    def _hidden(self) -> bool:
        node: DOMNode | None = self
        while isinstance(node, Widget):
            if not node.display:
                return True
            node = node.parent
        return False

    def watch_resolved(self, resolved: Resolved | None) -> None:
        if resolved is None or not self.is_mounted:
            return
        if self._hidden():
            self._stale = True
            return
        self._stale = False
        self.show_resolved(resolved)

    def on_show(self) -> None:
        self.catch_up()

    def catch_up(self) -> None:
        """Draw what changed while hidden. Called on Show, and by the app when the view's
        tab is activated: with a tab row wider than the screen, Show was not always sent."""
        if self._stale and self.resolved is not None:
            self._stale = False
            self.show_resolved(self.resolved)

    def show_resolved(self, resolved: Resolved) -> None:  # pragma: no cover - abstract
        raise NotImplementedError
