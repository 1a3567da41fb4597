"""Smoke test of benchmarks/key_cpu.py: both keys run and every part has its figures
(no timing asserted: it depends on the machine)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.benchmarks.running import run_benchmark


def test_key_cpu_reports_each_part_of_both_keys(tmp_path: Path) -> None:
    proc = run_benchmark(tmp_path, "key_cpu", "--keys", "3", "--json")
    data = json.loads(proc.stdout)
    assert set(data) == {"qf", "scenarios"}
    for mode, parts in data.items():
        assert set(parts) == {"total", "apply", "frame"}, mode
        for part, figures in parts.items():
            assert figures["n"] == 3 and figures["median"] > 0, (mode, part, figures)
        # Every key changed the season (apply ran) and drew a frame.
        assert parts["apply"]["min"] > 0 and parts["frame"]["min"] > 0, (mode, parts)
    assert not list((tmp_path / "state").glob("**/*"))  # its own state folder, and left clean
