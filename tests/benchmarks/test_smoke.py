"""Smoke test of the benchmarks: `python -m benchmarks --quick` runs and writes every figure.

No timing is asserted (the figures depend on the machine); only that each key is there
with a number, and that the keystroke benchmark's edits really reached the season. The
synthetic 306-match regular season is checked to be a valid season on its own.
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
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert "verdict" in proc.stdout and out.name in proc.stdout
    data = json.loads(out.read_text(encoding="utf-8"))

    for key in (
        "startup_ratio",
        "keystroke_median_ms",
        "keystroke_p95_ms",
        "resolve_median_us",
        "load_median_ms",
        "memory_ratio",
        "tie_outcomes_p95_us",
    ):
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
    regular = scale["regular_season"]
    assert regular["matches"] == 306 and regular["teams"] == 18 and regular["matchdays"] == 34, regular
    for key in ("load_ms", "load_p95_ms", "resolve_us", "resolve_p95_us", "keystroke_median_ms", "keystroke_p95_ms"):
        assert _number(regular.get(key)), (key, regular.get(key))
    assert regular["keystroke_edits_applied"] == regular["keystroke_edits"] > 0, regular
    assert regular["keystroke_edits_shown"] == regular["keystroke_edits"], regular
    assert "306-match season: load" in proc.stdout
    growth = scale["growth"]
    assert isinstance(growth["note"], str) and growth["note"]
    for metric in ("load_ms", "resolve_us", "keystroke_p95_ms"):
        k = growth[metric]["exponent_k"]
        assert isinstance(k, (int, float)) and math.isfinite(k), growth[metric]

    machine = data["machine"]
    for key in ("platform", "python", "textual", "timestamp"):
        assert isinstance(machine.get(key), str) and machine[key], key
    assert _number(machine.get("cpu_count"))


def test_synthetic_regular_season_is_a_valid_306_match_season() -> None:
    from collections import Counter

    from benchmarks.synthetic import regular_season_text
    from liguilla_tui.core.load import load_season_text
    from liguilla_tui.core.resolve import resolve

    loaded = load_season_text(regular_season_text(), "<synthetic regular season>")
    season = loaded.season
    assert season is not None
    resolved = resolve(season)
    assert not [d for d in (*loaded.diagnostics, *resolved.diagnostics) if d.is_error]
    assert not season.table  # no stated table: computed from the results
    assert len(season.results) == 306 and all(r.score is not None for r in season.results)
    assert set(Counter(r.matchday for r in season.results).items()) == {(day, 9) for day in range(1, 35)}
    assert len({(r.home, r.away) for r in season.results}) == 306  # each team hosts each other once
    assert [row.played for row in resolved.table] == [34] * 18
    assert [q.team for q in resolved.qualified] == [row.team for row in resolved.table[:8]]
    assert resolved.matches_played == 14 and resolved.champion is not None
    assert regular_season_text() == regular_season_text()  # seeded: the same file every time
