"""A child process for the kill tests, forked rather than started: a fresh interpreter (its
start-up, imports and coverage set-up) cost more than the writes the test kills it in.

The child is still its own process, killed with SIGKILL in the middle of real writes to
disk, which is all these tests need of it. It never returns into the test: it ends only
by the kill or by os._exit.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable


def fork_until_killed(work: Callable[[Callable[[], None]], None]) -> int:
    """Fork a child running `work(ready)`; return its pid once it has called ready()."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_end)
        sys.settrace(None)  # the parent's coverage tracer: its data dies with the child anyway

        def ready() -> None:
            os.write(write_end, b"r")

        try:
            work(ready)
        finally:
            os._exit(0)
    os.close(write_end)
    try:
        assert os.read(read_end, 1) == b"r", "the child ended before it was ready"
    finally:
        os.close(read_end)
    return pid
