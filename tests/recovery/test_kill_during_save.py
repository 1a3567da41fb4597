"""SIGKILL in the middle of saving, again and again: the file is always one whole version."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

from liguilla_tui.core.load import load_season
from liguilla_tui.core.save import write_atomic
from liguilla_tui.seasons import default_season
from tests.forking import fork_until_killed

KILLS = 60  # each a forked process; 60 land on every phase of a write (both versions seen)


def _save_in_turn(target: Path, versions: list[str]):
    """The child's work: save the two versions in turn, forever, until killed."""

    def work(ready) -> None:
        ready()
        turn = 0
        while True:
            write_atomic(target, versions[turn % 2])
            turn += 1

    return work


def test_sigkill_while_saving_leaves_old_or_new_version(tmp_path):
    old_text = default_season().read_text(encoding="utf-8")
    # The new version differs in a score and is padded so writes take a measurable time.
    new_text = old_text.replace("score: [1, 0]", "score: [7, 0]", 1) + "# " + "x" * 200_000 + "\n"
    target = tmp_path / "season.yaml"
    target.write_text(old_text, encoding="utf-8")
    rng = random.Random(2013)
    seen = {"old": 0, "new": 0}
    work = _save_in_turn(target, [old_text, new_text])
    for _ in range(KILLS):
        pid = fork_until_killed(work)
        time.sleep(rng.uniform(0, 0.03))  # land anywhere in a write, an fsync, or a rename
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        content = target.read_text(encoding="utf-8")
        assert content in (old_text, new_text), "the file is neither version: a torn write"
        seen["old" if content == old_text else "new"] += 1
        loaded = load_season(target)
        assert loaded.season is not None and not [d for d in loaded.diagnostics if d.is_error]
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # A kill between mkstemp and os.replace may leave a temp file; never a damaged season.
    assert all(name.startswith(".season.yaml.") for name in leftovers)
    assert seen["old"] and seen["new"], f"kills never landed on both versions: {seen}"
