"""Keep benchmark runs off the user's state: the app journals unsaved edits, and caches seasons.

liguilla_tui.journal writes one file per season under $LIGUILLA_STATE_DIR (else
$XDG_STATE_HOME/liguilla-tui/journal). Every benchmarked edit is an unsaved edit, so
without this the runs would leave journals behind, and a journal left by anyone would
put a "Restore them?" dialog in front of the measured app. The season cache
(liguilla_tui/season_cache.py, $LIGUILLA_CACHE_DIR) gets a fresh folder too: a run
starts with none of the user's cached seasons and leaves none behind.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from typing import Iterator

STATE_VARIABLE = "LIGUILLA_STATE_DIR"
CACHE_VARIABLE = "LIGUILLA_CACHE_DIR"


@contextmanager
def private_state() -> Iterator[str]:
    """Fresh, empty state and cache folders in the environment for the duration, then
    removed; yields the state folder."""
    previous = {name: os.environ.get(name) for name in (STATE_VARIABLE, CACHE_VARIABLE)}
    with tempfile.TemporaryDirectory(prefix="liguilla-bench-state-") as folder, \
            tempfile.TemporaryDirectory(prefix="liguilla-bench-cache-") as cache:
        os.environ[STATE_VARIABLE], os.environ[CACHE_VARIABLE] = folder, cache
        try:
            yield folder
        finally:
            for name, value in previous.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
