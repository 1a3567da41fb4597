"""benchmarks/key_stages.py: each program's keys are clocked stage by stage (no timing is
asserted: only that every key's stages were seen, in their order)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmarks.stage_recorder import stages
from tests.benchmarks.running import run_benchmark


def test_stages_are_read_per_key_and_only_after_it():
    marks = [
        ("update", 0.5),  # before any key: belongs to none
        ("key", 1.0),
        ("applied", 1.0005),  # an app stage: read like the others
        ("screen_idle", 1.001),
        ("update", 1.002),
        ("written", 1.004),
        ("update", 1.010),  # a second update for the same key: the first counts
        ("bytes", 530),  # not a time: the key's frames' bytes, summed
        ("flushed", 1.0045),
        ("bytes", 20),
        ("key", 2.0),
        ("written", 2.003),  # no update seen for this key
    ]
    first, second = stages(marks)
    assert first.pop("at") == 1.0 and second.pop("at") == 2.0  # when the key came: the sender's clock
    assert first == {"applied": 0.5, "screen_idle": 1.0, "update": 2.0, "written": 4.0, "bytes": 550, "flushed": 4.5}
    assert second == {"written": 3.0}


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
def test_every_key_of_each_program_is_clocked(tmp_path: Path) -> None:
    out = tmp_path / "stages.json"
    run_benchmark(tmp_path, "key_stages", "--keys", "4", "--out", str(out))
    figures = json.loads(out.read_text(encoding="utf-8"))["stages_ms"]
    assert set(figures) == {"app_qf", "bare", "app_scenarios"}
    for name, found in figures.items():
        assert found["keys"] == 4, (name, found)
        assert found["written"]["n"] == 4 and found["update"]["n"] == 4, (name, found)
        assert 0 < found["update"]["median"] <= found["written"]["median"] <= found["flushed"]["median"], (name, found)
        assert found["bytes"]["median"] > 0 and found["to_app"]["n"] == found["to_screen"]["n"] == 4, (name, found)
        if name == "bare":
            assert all(found[stage]["n"] == 0 for stage in ("app_key", "posted", "apply_start", "applied"))
            continue
        # The app's own steps, in their order, before the update: a score key is posted by
        # the grid; ctrl+z / ctrl+y (the Scenarios tab) is the app's binding.
        assert found["posted"]["n"] == (4 if name == "app_qf" else 0), (name, found)
        for stage in ("app_key", "apply_start", "applied"):
            assert found[stage]["n"] == 4, (name, stage, found)
        medians = [found[stage]["median"] for stage in ("app_key", "apply_start", "applied", "update")]
        assert medians == sorted(medians), (name, medians)
