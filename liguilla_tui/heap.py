"""The garbage-collector policy of a `liguilla` process (the app's, not the library's).

Python's cycle collector scans every tracked object in a full (oldest-generation)
collection. Most of what the app holds lives as long as the process: modules, classes,
the season, and the widget tree of every tab. Scanning them finds them alive, and in a
64-team bracket one such collection took ~230 ms, a visible freeze in the middle of
typing. So what is long-lived is frozen out of the collector's sight (gc.freeze): once
after loading, before the first frame, and again once every tab is built. A screen about
to be torn down (another season opened) is unfrozen first, so its garbage can be collected.

Only `liguilla` turns this on (cli.run_app); tests and code that import the package keep
Python's defaults.
"""

from __future__ import annotations

import gc
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
