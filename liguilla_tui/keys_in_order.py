"""Keys for a focused score grid run as the app takes them, one after another.

Textual forwards each key from the app's queue to the focused widget's own queue and
goes on to the next key; a grid then ran its keys later, in its own turn. So a key that
moved the cursor out of a tie's grid (Down on its last leg) was still waiting when the
app had already sent the next keys to that same grid: over SSH, or from a fast typist,
"2 j 1" put the 1 in the tie left behind (tests/app/test_app_key_burst.py). Run here, a
grid's key, and the focus move it makes (Screen.set_focus), are done before the next key
is routed. It also spares each score key a hop through the grid's queue.

A grid key that opens a dialog (g, Enter, d, M) posts its request to the app, behind the
keys already queued: the "1 0" of "g 1 0" went to the grid as scores, changing the leg
behind the user's back. So from that request on, keys wait here (`hold_keys`) until the
app has handled it (`release_keys`): its dialog mounted with its first field focused, or
refused; then they are routed in the order typed, to the dialog (or, refused, the grid).
Score keys typed before it, posted before it, are applied before the dialog reads the leg.
Under the dialog they go one at a time, each once the one before was handled: routed at
once, "g escape 3" typed the 3 into the dialog escape was closing, and it was lost.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from time import monotonic
from typing import TYPE_CHECKING, Any

from textual import events
from textual.message import Message

from liguilla_tui.widgets.score_grid import ScoreGrid

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    _AppBase = App[None]
else:
    _AppBase = object


CLOSING_KEYS = ("escape", "enter", "ctrl+s")  # what closes a leg's dialog (cancel, save, done)
# The dialogs' own closing bindings, wherever a keymap puts them (the tab picker's pick(n),
# help's q and ?, too).
CLOSING_ACTIONS = frozenset({"cancel", "done", "pick", "create", "later", "dismiss_help"})
# Keys that move a dialog's focus: the key after one is for the field it moves to.
FOCUS_KEYS = ("tab", "shift+tab")
CLOSE_WAIT = 0.5  # seconds at most the keys after one wait for a worker of its dialog
WORKER_POLL = 0.02  # seconds between looks at that worker


def _closes(screen: Screen[object], key: str) -> bool:
    """May `key` close this dialog: a closing key, or the key a user's keymap gave one of
    its closing actions (its bindings as now active, the keymap applied)?"""
    if key in CLOSING_KEYS:
        return True
    bound = screen.active_bindings.get(key)
    return bound is not None and bound.binding.action.partition("(")[0] in CLOSING_ACTIONS


class _KeyHandled(Message):
    """What keys held under a dialog wait for (never posted): the key before them handled,
    or `dialog` gone."""

    def __init__(self, dialog: object) -> None:
        super().__init__()
        self.dialog = dialog
        self.since = monotonic()


class KeysSetAside(Message):
    """What keys typed before a dialog opened by the app itself wait for (never posted)."""


class GridKeysInOrder(_AppBase):
    """Mixed into LiguillaApp, ahead of textual's App (whose on_event it goes on to)."""

    _holding_for: list[Message] | None = None  # the requests the held keys wait for
    _held: list[events.Key | events.Paste] | None = None

    _watching_screens = False

    def hold_keys(self, request: Message) -> None:
        """Keys (and pastes) from now on wait until `request` has been handled."""
        if not self._watching_screens:
            self._watching_screens = True
            self.screen_change_signal.subscribe(self, self._screen_changed)
        if self._holding_for is None:
            self._holding_for, self._held = [], []
        self._holding_for.append(request)

    async def push_screen_holding_keys(self, screen: Screen[Any], callback: Callable[[Any], None]) -> None:
        """Open a dialog for an app key (t's tab picker) as a grid's are opened: the keys
        typed after it wait until it is mounted, then go to it one at a time ("t 7 t 2" at
        once: the second t had reached the picker as it closed, and was lost)."""
        opened = _KeyHandled(screen)
        self.hold_keys(opened)
        try:
            await self.push_screen(screen, callback)
        finally:
            # Released behind the keys queued meanwhile (an app binding's action runs
            # before the app takes the next key): those are held, then routed to it.
            self.call_later(self.release_keys, opened)

    def set_aside_keys(self, request: Message) -> list[events.Key | events.Paste]:
        """The keys held since `request`, taken out (to be routed later, `replay_keys`):
        typed before the dialog it stands for was up, none are that dialog's. Keys from now
        on are routed at once, or held for the other requests still waiting."""
        if self._holding_for is None or not any(held is request for held in self._holding_for):
            return []
        others = [held for held in self._holding_for if held is not request]
        taken = self._held or []
        self._holding_for, self._held = (others, []) if others else (None, None)
        return taken

    async def replay_keys(self, keys: list[events.Key | events.Paste]) -> None:
        """Keys set aside are routed now, in order, ahead of any held meanwhile."""
        if not keys:
            return
        replay = _KeyHandled(None)
        self.hold_keys(replay)
        assert self._held is not None
        self._held[:0] = keys
        await self.release_keys(replay)

    async def release_keys(self, request: Message) -> None:
        """`request` is handled: the keys held for it are routed now, in order. A key among
        them that holds again (another g) keeps the rest waiting for its own request."""
        waiting = self._holding_for or []
        if not any(held is request for held in waiting):
            return  # a request that held nothing (L, F: no dialog)
        waiting[:] = [held for held in waiting if held is not request]  # by identity: two g's are equal
        if waiting:
            return
        held, self._holding_for, self._held = self._held or [], None, None
        for index, event in enumerate(held):
            under_dialog = len(self.screen_stack) > 1
            target = self.focused or self.screen  # where App.on_event sends a key on
            await self.on_event(event)
            rest = held[index + 1 :]
            if self._held is not None:  # it holds again: a g, or a dialog key (on_event)
                self._held[:0] = rest
                return
            if rest and under_dialog:
                # The rest wait until this key has been handled, or its dialog is gone.
                handled = _KeyHandled(self.screen)
                self.hold_keys(handled)
                assert self._held is not None
                self._held[:] = rest
                self._hop([*target.ancestors_with_self], handled)
                return

    def _hop(self, path: list, handled: _KeyHandled) -> None:
        """A callback queued behind the key in each queue it bubbles through, the focused
        widget's up to the app's (where unhandled keys meet their bindings), then one after
        the next refresh: the keys held behind the key go on (`_settled`)."""
        node, *rest = path
        if node is self or not node.call_later(self._hop, rest, handled):
            # Through the app's own queue: run from a callback of the (closing) dialog's, a
            # dialog a released key opened took that dialog for its parent, and its answer
            # was lost with it ("t 2 t 3": the second pick).
            self.call_after_refresh(self.call_later, self._settled, handled)

    async def _settled(self, handled: _KeyHandled) -> None:
        """The key is handled and drawn: the keys behind it go on; but while its dialog, still
        the screen shown, runs a worker (a goals dialog asks first, on Escape, whether to
        discard), until the worker ends or the dialog closes, CLOSE_WAIT at most."""
        dialog = handled.dialog
        if (
            dialog is self.screen
            and monotonic() - handled.since < CLOSE_WAIT
            and any(worker.node is dialog and not worker.is_finished for worker in self.workers)
        ):
            self.set_timer(WORKER_POLL, partial(self.call_later, self._settled, handled))
            return
        await self.release_keys(handled)

    def _screen_changed(self, _screen: object) -> None:
        """A dialog closed: keys held behind one of its keys go on. (The signal for its
        opening can come after its first keys: a dialog still up releases nothing.)"""
        for waiting in list(self._holding_for or []):
            if isinstance(waiting, _KeyHandled) and waiting.dialog not in self.screen_stack:
                self.call_later(self.release_keys, waiting)

    async def on_event(self, event: events.Event) -> None:
        if self._held is not None and isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            self._held.append(event)
            return
        if isinstance(event, events.Key) and not event.is_forwarded and len(self.screen_stack) > 1:
            dialog = self.screen
            if event.key in FOCUS_KEYS or _closes(dialog, event.key):
                # A dialog's key is handled in the dialog's turn: the keys typed after one
                # that may close it, or move its focus, wait until it has been handled, or
                # the dialog is gone ("t" was read as the closing tab picker's cancel, and
                # lost; after a Tab, digits went into the field it left).
                target = self.focused or dialog
                await super().on_event(event)
                if dialog in self.screen_stack:
                    handled = _KeyHandled(dialog)
                    self.hold_keys(handled)
                    self._hop([*target.ancestors_with_self], handled)
                return
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
