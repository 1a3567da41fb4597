"""The garbage-collector policy of a `liguilla` process (the app's, not the library's).

Python's cycle collector scans every tracked object in a full (oldest-generation)
collection. Most of what the app holds lives as long as the process: modules, classes,
the season, and the widget tree of every tab. Scanning them finds them alive, and in a
64-team bracket one such collection took ~230 ms, a visible freeze in the middle of
typing. So what is long-lived is frozen out of the collector's sight (gc.freeze): once
after loading, before the first frame, and again once every tab is built. A screen about
to be torn down (another season opened) is unfrozen first, so its garbage can be collected.
Full collections then run in the pauses between edits (IdleCollector).

Python 3.14's collector is incremental: it has two generations, scans the old one a slice
at a time with each young collection (so there is no stop-the-world full collection to put
off) and ignores a third threshold. `defer()` probes which collector this is rather than
trusting the version, and leaves an incremental one as it is.

Only `liguilla` turns this on (cli.run_app); tests and code that import the package keep
Python's defaults.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def loading() -> Iterator[None]:
    """Collector off while importing and loading: what is made here is all alive."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def settle() -> None:
    """Everything alive now lives on: keep it out of every later collection."""
    gc.freeze()


def release() -> None:
    """Back into the collector's sight (before dropping a frozen widget tree)."""
    gc.unfreeze()


def generational_full_collections() -> bool:
    """True where the third threshold paces full collections (3.13 and older); Python
    3.14's incremental collector drops it and reports 0 for it."""
    saved = gc.get_threshold()
    probe = saved[2] + 1
    gc.set_threshold(saved[0], saved[1], probe)
    honoured = gc.get_threshold()[2] == probe
    gc.set_threshold(*saved)
    return honoured


class IdleCollector:
    """Full collections in the pauses between edits, not inside a keystroke.

    Even with the long-lived heap frozen, a full collection scans the render caches
    of every tab shown so far and frees the garbage of rebuilt widgets: ~80 ms in a
    64-team bracket, and Python starts one whenever enough objects have survived,
    i.e. in the middle of a keystroke. `defer()` stops Python from starting full
    collections (young ones go on as usual); `tick()`, called every second or so,
    runs one once edits have paused for `idle` seconds, or after `every` seconds
    whatever happens, so garbage from a long burst of typing is still freed.
    """

    def __init__(self, idle: float = 1.0, every: float = 30.0, clock=None) -> None:
        self.idle, self.every = idle, every
        self.clock = clock or time.monotonic
        self.last_edit = self.last_collection = self.clock()
        self.pending = False

    @staticmethod
    def defer() -> bool:
        """Put off full collections; False where the collector has none to put off."""
        if not generational_full_collections():
            return False
        young, middle, _ = gc.get_threshold()
        gc.set_threshold(young, middle, 1_000_000)  # gen-1 collections before a full one
        return True

    def touch(self) -> None:
        """An edit was made."""
        self.last_edit = self.clock()
        self.pending = True

    def tick(self) -> bool:
        """Collect if it is time; True if it did."""
        now = self.clock()
        idle = self.pending and now - self.last_edit >= self.idle
        if not (idle or now - self.last_collection >= self.every):
            return False
        gc.collect()
        self.last_collection, self.pending = now, False
        return True
