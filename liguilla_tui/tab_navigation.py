"""Moving between tabs: by number, by picker, in turn; where the focus goes when a tab is
shown, and a digit typed before it got there.

A mixin of LiguillaApp (like leg_dialogs.py and file_actions.py), so that app.py stays
the app's frame; it uses the app's `document` and `_build_later_tabs`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from textual.widgets import TabbedContent, TabPane, Tabs

from liguilla_tui.i18n import _
from liguilla_tui.views.follow import FollowsWhenShown
from liguilla_tui.widgets.ids import pane_id
from liguilla_tui.widgets.score_grid import ScoreGrid

if TYPE_CHECKING:
    from textual.app import App

    from liguilla_tui.document import Document
    from liguilla_tui.views.round_view import RoundView

    _AppBase = App[None]
else:
    _AppBase = object


class TabNavigation(_AppBase):
    """Mixed into LiguillaApp (declared here for the type checker: what it uses of it)."""

    if TYPE_CHECKING:
        document: Document

        def _build_later_tabs(self) -> list: ...

        async def push_screen_holding_keys(self, screen: object, callback: Callable[[Any], None]) -> None: ...

    @property
    def pane_ids(self) -> list[str]:
        return [
            "general",
            *(pane_id(r.key) for r in self.document.season.format.rounds),
            "scorers",
            "bracket",
            "scenarios",
        ]

    def action_show_tab(self, number: int) -> None:
        ids = self.pane_ids
        if 1 <= number <= len(ids):
            self.show_pane(ids[number - 1])

    async def action_pick_tab(self) -> None:
        from liguilla_tui.screens.tab_picker import TabPicker
        from liguilla_tui.views.tab_labels import full_titles

        tabbed = self.query_one(TabbedContent)
        # Every tab's full name, where the tab bar has room only for short ones.
        titles = full_titles(self.document.season.format.rounds)
        tabs = [(pane, titles.get(pane, tabbed.get_tab(pane).label.plain)) for pane in self.pane_ids]

        def chosen(pane: str | None) -> None:
            if pane:
                # The grid left behind loses the focus now: a digit typed before the new
                # tab's widget takes it goes to the app (action_digit_elsewhere), not into
                # that hidden grid as a score.
                main = self.screen_stack[0]
                if pane != tabbed.active and isinstance(main.focused, ScoreGrid):
                    main.set_focus(None)
                self.show_pane(pane)

        await self.push_screen_holding_keys(TabPicker(tabs, tabbed.active), chosen)

    def action_digit_elsewhere(self, digit: int | None = None) -> None:
        """A digit outside a score grid edits nothing and no longer switches tabs: say how.

        But a digit typed right after `t 2`, before the new tab's grid took the focus (that
        waits for the tab to be drawn), is meant for that grid: it is handed over, not lost."""
        if digit is not None and self._focus_left_behind():
            # The grid _focus_pane would focus (focus() itself lands only after this key).
            pane = self.query_one(f"TabPane#{self.query_one(TabbedContent).active}")
            # (A mixin, not a CSS type: queried by isinstance, not by query(ScoreGrid).)
            grid = next((w for w in pane.walk_children() if isinstance(w, ScoreGrid)), None)
            if grid is not None:
                view = grid.parent
                if isinstance(view, FollowsWhenShown):
                    view.catch_up()  # its ties drawn (they were not while hidden): the digit's cell
                grid.focus(scroll_visible=False)  # a card shows itself whole (TieCard.on_focus)
                grid.action_digit(digit)
                return
        self.notify(_("Digits set scores in a score grid. Tabs: t then the tab's number, or [ and ]."), timeout=4)

    def action_cycle_tab(self, step: int) -> None:
        ids = self.pane_ids
        current = self.query_one(TabbedContent).active
        self.show_pane(ids[(ids.index(current) + step) % len(ids)] if current in ids else ids[0])

    def show_pane(self, pane_id: str) -> None:
        self._build_later_tabs()  # a key pressed before the first frame was painted
        self.query_one(TabbedContent).active = pane_id
        # Focus now when the pane is built, so that the very next key (a score typed at
        # once over a slow link) reaches its grid; else once its content is mounted.
        pane = self.query_one(f"TabPane#{pane_id}")
        if pane.children:
            for view in pane.children:
                if isinstance(view, FollowsWhenShown):
                    # Drawn now, not on its Show: a grid focused with no rows yet let that
                    # next key fall through ('t 2 5' as the recovery offer closed).
                    view.catch_up()
            self._focus_pane()
        else:
            self.call_after_refresh(self._focus_pane)

    def _focus_left_behind(self) -> bool:
        """Is the focus still in a tab that is no longer shown (or already dropped from it,
        which Textual does to a hidden widget's focus before the new tab takes it)?"""
        active = self.query_one(TabbedContent).active
        focused = self.focused
        if not active or len(self.screen_stack) > 1:
            return False
        if focused is None:
            return True
        pane = next((w for w in focused.ancestors_with_self if isinstance(w, TabPane)), None)
        return pane is not None and pane.id != active

    def _focus_pane(self) -> None:
        """Focus the active pane's content (whichever is active by the time this runs).

        Not under a dialog: focusing a widget of the screen below would make its pane the
        active one again when the dialog closes (a first-frame focus racing `t 2`)."""
        active = self.query_one(TabbedContent).active
        if not active or len(self.screen_stack) > 1:
            return
        pane = self.query_one(f"TabPane#{active}")
        views = pane.query("RoundView")
        if views:
            # Queried by name: importing RoundView here would load it before the first frame.
            cast("RoundView", views.first()).focus_first()
        else:
            focusable = [w for w in pane.query("*") if w.can_focus]
            if focusable:
                focusable[0].focus()

    def action_focus_tabs(self) -> None:
        # At once, not when the queue gets to it: a tab key typed right after Escape is for the tabs.
        self.screen.set_focus(self.query_one(TabbedContent).query_one(Tabs))
