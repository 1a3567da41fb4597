"""Smoke test of benchmarks/tmux_keys.py: a few keys in tmux, and every figure is there.

No timing is asserted (it depends on the machine); only that each program got its keys,
that each key did what it should on screen (the score typed, the needs text undone and
redone, the bare table's cursor moving), and that the summary and verdicts were written.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmarks.running import REPO, run_benchmark

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value > 0


def test_tmux_keys_writes_figures_for_each_program(tmp_path: Path) -> None:
    out = tmp_path / "results-tmux.json"
    proc = run_benchmark(tmp_path, "tmux_keys", "--keys", "4", "--out", str(out))
    assert "p95 / bare p95" in proc.stdout and out.name in proc.stdout
    data = json.loads(out.read_text(encoding="utf-8"))

    assert set(data["figures_ms"]) == {"app_qf", "app_scenarios", "bare"}
    for name, entry in data["figures_ms"].items():
        assert entry["keys"] == entry["n"] == 4, (name, entry)
        assert entry["verified"] == 4 and entry["timeouts"] == 0, (name, entry)
        assert len(entry["samples_ms"]) == 4 and all(_number(t) for t in entry["samples_ms"]), entry
        for key in ("median", "p95", "max"):
            assert _number(entry[key]), (name, key, entry)
        assert isinstance(entry["over_50ms"], int)
        if Path("/proc/self/stat").exists():  # the CPU each program used, per key
            assert _number(entry["cpu_ms_per_key"]) or entry["cpu_ms_per_key"] == 0, (name, entry)
    for name in ("app_qf", "app_scenarios"):
        verdict = data["verdicts"][name]
        assert _number(verdict["p95_ratio"]) and isinstance(verdict["ratio_ok"], bool), verdict
        assert isinstance(verdict["no_key_over_50ms"], bool), verdict
    assert _number(data["polling"]["capture_ms_median"])
    assert len(data["machine"]["loadavg_start"]) == 3
    assert not list((tmp_path / "state").glob("**/*"))  # the runs kept to their own state folder


def test_a_key_count_below_one_is_refused_with_a_message() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.tmux_keys", "--keys", "0"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "--keys must be at least 1" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_baseline_checkout_runs_interleaved_as_base_programs(tmp_path: Path) -> None:
    """--baseline: the same apps and keys from another checkout (here this one), with
    their own figures and ratios, in the same run (an A/B on the same load)."""
    out = tmp_path / "results-tmux.json"
    run_benchmark(tmp_path, "tmux_keys", "--keys", "2", "--baseline", str(REPO), "--out", str(out), timeout=240)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data["figures_ms"]) == {"app_qf", "app_scenarios", "base_qf", "base_scenarios", "bare"}
    for name, entry in data["figures_ms"].items():
        assert entry["keys"] == 2 and entry["verified"] == 2 and entry["timeouts"] == 0, (name, entry)
    assert set(data["verdicts"]) == {"app_qf", "app_scenarios", "base_qf", "base_scenarios"}
    assert data["baseline"] == str(REPO)


def test_a_baseline_without_the_package_is_refused_with_a_message(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.tmux_keys", "--baseline", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "no liguilla_tui package there" in proc.stderr
    assert "Traceback" not in proc.stderr
