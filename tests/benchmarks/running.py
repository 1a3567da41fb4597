"""Running a benchmark module as a user does, in a child process, for the smoke tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_benchmark(tmp_path: Path, module: str, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """`python -m benchmarks.MODULE ARGS` from the repository root, its journal in tmp_path;
    it must exit 0 (its output ends the failure's message)."""
    proc = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{module}", *args],
        cwd=REPO,
        env={**os.environ, "LIGUILLA_STATE_DIR": str(tmp_path / "state")},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]
    return proc
