"""Smoke test of benchmarks/key_cpu.py: both keys run and every part has its figures
(no timing asserted: it depends on the machine)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_key_cpu_reports_each_part_of_both_keys(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.key_cpu", "--keys", "3", "--json"],
        cwd=REPO,
        env={**os.environ, "LIGUILLA_STATE_DIR": str(tmp_path / "state")},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    data = json.loads(proc.stdout)
    assert set(data) == {"qf", "scenarios"}
    for mode, parts in data.items():
        assert set(parts) == {"total", "apply", "frame"}, mode
        for part, figures in parts.items():
            assert figures["n"] == 3 and figures["median"] > 0, (mode, part, figures)
        # Every key changed the season (apply ran) and drew a frame.
        assert parts["apply"]["min"] > 0 and parts["frame"]["min"] > 0, (mode, parts)
    assert not list((tmp_path / "state").glob("**/*"))  # its own state folder, and left clean
