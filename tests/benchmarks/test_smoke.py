"""Smoke test of the benchmarks: `python -m benchmarks --quick` runs and writes every figure.

No timing is asserted (the figures depend on the machine); only that each key is there
with a number, and that the keystroke benchmark's edits really reached the season.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value > 0


def test_quick_benchmarks_write_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    env = {**os.environ, "LIGUILLA_STATE_DIR": str(tmp_path / "state")}
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--out", str(out)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=240,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert "verdict" in proc.stdout and out.name in proc.stdout
    data = json.loads(out.read_text(encoding="utf-8"))

    for key in ("startup_ratio", "keystroke_median_ms", "keystroke_p95_ms", "resolve_median_us",
                "load_median_ms", "memory_ratio"):
        assert _number(data.get(key)), (key, data.get(key))
    for key in ("startup_ms", "memory_mib"):
        assert set(data[key]) == {"app", "bare"} and all(_number(v) for v in data[key].values()), data[key]

    detail = data["keystroke_detail"]
    assert detail["edits_applied"] == detail["edits"] > 0, detail

    scale = data["scale"]
    for n in (16, 32, 64):
        entry = scale[f"teams_{n}"]
        for key in ("load_ms", "resolve_us", "keystroke_median_ms", "keystroke_p95_ms"):
            assert _number(entry.get(key)), (n, key, entry.get(key))
    assert isinstance(scale["regular_season"], str) and scale["regular_season"]
    growth = scale["growth"]
    assert isinstance(growth["note"], str) and growth["note"]
    for metric in ("load_ms", "resolve_us", "keystroke_p95_ms"):
        k = growth[metric]["exponent_k"]
        assert isinstance(k, (int, float)) and math.isfinite(k), growth[metric]

    machine = data["machine"]
    for key in ("platform", "python", "textual", "timestamp"):
        assert isinstance(machine.get(key), str) and machine[key], key
    assert _number(machine.get("cpu_count"))
