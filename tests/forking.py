"""Forked children for the tests that kill a process mid-write or drop privileges.

A fork rather than a new interpreter: its start-up, imports and coverage set-up cost more
than the writes the kill tests interrupt. Since Python 3.12 a fork from a process with
threads (pytest-xdist's worker has execnet's) warns that the child may deadlock on a lock
another thread held. The children here run only this project's file code and end by
os._exit or SIGKILL, so the warning is silenced for the fork alone; and every wait on a
child is bounded, so a child that did deadlock fails its test instead of hanging the suite.
"""

from __future__ import annotations

import os
import select
import signal
import sys
import warnings
from collections.abc import Callable

WAIT_S = 30.0  # a child gets this long to say it is ready (loaded machines are slow)


def fork() -> int:
    """os.fork(), without the multi-threaded fork warning (see the module's docstring)."""
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message=r".*use of fork\(\) may lead to deadlocks", category=DeprecationWarning
        )
        pid = os.fork()
    if pid == 0:
        sys.settrace(None)  # the parent's coverage tracer (C tracer): its data dies with the child anyway
    return pid


def read_within(fd: int, size: int, pid: int, seconds: float = WAIT_S) -> bytes:
    """Up to `size` bytes from `fd`, or kill child `pid` and fail if none come in time."""
    ready, _, _ = select.select([fd], [], [], seconds)
    if not ready:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise AssertionError(f"the forked child said nothing in {seconds:.0f} s: killed (a deadlock after fork?)")
    return os.read(fd, size)


def read_all_within(fd: int, pid: int, seconds: float = WAIT_S) -> bytes:
    """Everything the child writes to `fd` until it closes it, each read bounded as above."""
    chunks = []
    while chunk := read_within(fd, 65536, pid, seconds):
        chunks.append(chunk)
    return b"".join(chunks)


def fork_until_killed(work: Callable[[Callable[[], None]], None]) -> int:
    """Fork a child running `work(ready)`; return its pid once it has called ready().

    The child never returns into the test: it ends only by the kill or by os._exit.
    """
    read_end, write_end = os.pipe()
    pid = fork()
    if pid == 0:  # the child
        os.close(read_end)

        def ready() -> None:
            os.write(write_end, b"r")

        try:
            work(ready)
        finally:
            os._exit(0)
    os.close(write_end)
    try:
        assert read_within(read_end, 1, pid) == b"r", "the child ended before it was ready"
    finally:
        os.close(read_end)
    return pid
