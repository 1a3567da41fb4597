"""Keys for a focused score grid run as the app takes them, one after another.

Textual forwards each key from the app's queue to the focused widget's own queue and
goes on to the next key; a grid then ran its keys later, in its own turn. So a key that
moved the cursor out of a tie's grid (Down on its last leg) was still waiting when the
app had already sent the next keys to that same grid: over SSH, or from a fast typist,
"2 j 1" put the 1 in the tie left behind (tests/app/test_app_key_burst.py). Run here, a
grid's key, and the focus move it makes (Screen.set_focus), are done before the next key
is routed. It also spares each score key a hop through the grid's queue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events

from liguilla_tui.widgets.score_grid import ScoreGrid

if TYPE_CHECKING:
    from textual.app import App

    _AppBase = App[None]
else:
    _AppBase = object


class GridKeysInOrder(_AppBase):
    """Mixed into LiguillaApp, ahead of textual's App (whose on_event it goes on to)."""

    async def on_event(self, event: events.Event) -> None:
        if (
            isinstance(event, events.Key)
            and not event.is_forwarded
            # Escape un-maximizes a maximized widget first (App.on_event's own rule): left to it.
            and not (event.key == "escape" and self.screen.maximized is not None)
        ):
            focused = self.focused
            if isinstance(focused, ScoreGrid) and await focused.run_key(event):
                self.app_focus = True  # as App.on_event notes for any key
                return
        await super().on_event(event)
