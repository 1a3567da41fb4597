"""Shared test set-up: journals go to temporary folders, never the user's; named pipes and
devices to write at."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path, monkeypatch):
    monkeypatch.setenv("LIGUILLA_STATE_DIR", str(tmp_path / "state"))


class FifoWatch:
    """A named pipe, watched: code that opens it to read would wait forever for a writer, so
    a thread plays the writer (which gives the reader end-of-file) and records that it had to.
    A test then fails, instead of hanging, on code that reads the pipe."""

    def __init__(self, path) -> None:
        os.mkfifo(path)
        self.path = path
        self.read_attempted = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(0.02):
            try:
                if not stat.S_ISFIFO(os.stat(self.path).st_mode):
                    return  # replaced: the test sees that itself
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: nobody is reading
                continue
            self.read_attempted = True
            os.close(fd)

    def is_fifo(self) -> bool:
        return stat.S_ISFIFO(os.lstat(self.path).st_mode)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


@pytest.fixture
def fifo_at():
    """Makes watched named pipes (FifoWatch) where asked; no program reads them."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this platform")
    made: list[FifoWatch] = []

    def make(path) -> FifoWatch:
        made.append(FifoWatch(path))
        return made[-1]

    yield make
    for watch in made:
        watch.stop()


@pytest.fixture
def fifo(tmp_path, fifo_at):
    """A watched named pipe, tmp_path/pipe.yaml (FifoWatch)."""
    return fifo_at(tmp_path / "pipe.yaml")


@pytest.fixture
def char_device(tmp_path):
    """A character device that swallows what is written (as /dev/null does). Made in tmp_path
    when this user may (root): then a writer that replaced it would replace only this copy;
    else /dev/null itself, which a user who is not root cannot replace."""
    if os.geteuid() != 0:
        return Path("/dev/null")
    path = tmp_path / "null"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    return path
