"""Keep benchmark runs off the user's state: the app journals unsaved edits.

liguilla_tui.journal writes one file per season under $LIGUILLA_STATE_DIR (else
$XDG_STATE_HOME/liguilla-tui/journal). Every benchmarked edit is an unsaved edit, so
without this the runs would leave journals behind, and a journal left by anyone would
put a "Restore them?" dialog in front of the measured app.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

STATE_VARIABLE = "LIGUILLA_STATE_DIR"


@contextmanager
def private_state() -> Iterator[str]:
    """A fresh, empty state folder in the environment for the duration, then removed;
    yields it."""
    previous = os.environ.get(STATE_VARIABLE)
    with tempfile.TemporaryDirectory(prefix="liguilla-bench-state-") as folder:
        os.environ[STATE_VARIABLE] = folder
        try:
            yield folder
        finally:
            if previous is None:
                os.environ.pop(STATE_VARIABLE, None)
            else:
                os.environ[STATE_VARIABLE] = previous
