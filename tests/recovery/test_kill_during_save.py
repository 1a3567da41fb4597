"""SIGKILL in the middle of saving, again and again: the file is always one whole version."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from liguilla_tui.core.load import load_season
from liguilla_tui.seasons import default_season

KILLS = 60  # each is a fresh interpreter; 60 land on every phase of a write (both versions seen)
HERE = Path(__file__).resolve().parent


def test_sigkill_while_saving_leaves_old_or_new_version(tmp_path):
    old_text = default_season().read_text(encoding="utf-8")
    # The new version differs in a score and is padded so writes take a measurable time.
    new_text = old_text.replace("score: [1, 0]", "score: [7, 0]", 1) + "# " + "x" * 200_000 + "\n"
    old_file, new_file = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old_file.write_text(old_text, encoding="utf-8")
    new_file.write_text(new_text, encoding="utf-8")
    target = tmp_path / "season.yaml"
    target.write_text(old_text, encoding="utf-8")
    rng = random.Random(2013)
    seen = {"old": 0, "new": 0}
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(HERE / "saver.py"), str(target), str(old_file), str(new_file)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.03))  # land anywhere in a write, an fsync, or a rename
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        content = target.read_text(encoding="utf-8")
        assert content in (old_text, new_text), "the file is neither version: a torn write"
        seen["old" if content == old_text else "new"] += 1
        loaded = load_season(target)
        assert loaded.season is not None and not [d for d in loaded.diagnostics if d.is_error]
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # A kill between mkstemp and os.replace may leave a temp file; never a damaged season.
    assert all(name.startswith(".season.yaml.") for name in leftovers)
    assert seen["old"] and seen["new"], f"kills never landed on both versions: {seen}"
