"""Start-up and memory: the real app vs the bare Textual app, in fresh processes.

Each run: the parent reads CLOCK_MONOTONIC (time.monotonic_ns, system-wide on Linux)
just before Popen; the child (benchmarks.startup_runner) reads the same clock on
events.Ready, i.e. when the first frame has been composed, headless at 80x24. The
interval is everything a user waits for, from process start to first frame. Runs are
interleaved (app, bare, bare, app, ...) after one untimed warm-up of each, so that
drift in the machine's load hits both sides alike; ratios are of the medians.

Bytecode: the children may write .pyc files, but into a temporary PYTHONPYCACHEPREFIX
(never into the source tree), warmed by the untimed first runs, so neither side pays
for compiling its sources, as with an installed wheel. PYTHONDONTWRITEBYTECODE, if set
in the environment, is dropped for the children only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

from benchmarks import ROOT
from benchmarks.sandbox import private_state
from benchmarks.stats import ratio, summary

KINDS = ("app", "bare")


def child_env(pycache: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPYCACHEPREFIX": pycache}
    for name in ("PYTHONDONTWRITEBYTECODE", "TEXTUAL", "TEXTUAL_DEVTOOLS_HOST", "TEXTUAL_SCREENSHOT"):
        env.pop(name, None)
    return env


def run_once(kind: str, env: dict[str, str], timeout: float = 60.0) -> dict[str, float]:
    """One fresh process; times in ms from the parent's pre-Popen clock reading."""
    start = time.monotonic_ns()
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.startup_runner", kind],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("BENCH ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"start-up runner ({kind}) failed: rc={proc.returncode}\n{proc.stderr[-2000:]}")
    marks = json.loads(lines[-1][len("BENCH ") :])

    def ms(mark: str) -> float:
        return (marks[mark] - start) / 1e6

    return {
        "ready_ms": ms("ready"),
        "interpreter_ms": ms("main"),  # python itself, up to the runner's first line
        # imports (textual, and for the app the CLI, the core and the season load) and App()
        "setup_ms": ms("run") - ms("main"),
        "to_first_frame_ms": ms("ready") - ms("run"),  # run(): compose, mount, layout, frame
        "rss_mib": marks["rss_kib"] / 1024,
    }


def measure(runs: int) -> dict:
    kinds = KINDS
    samples: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
    with tempfile.TemporaryDirectory(prefix="liguilla-bench-pycache-") as pycache, private_state():
        env = child_env(pycache)  # an empty journal folder: no recovery dialog at start
        for kind in KINDS:  # warm-up: .pyc files, page cache
            run_once(kind, env)
        for index in range(runs):
            order = kinds if index % 2 == 0 else kinds[::-1]
            for kind in order:
                samples[kind].append(run_once(kind, env))

    def figure(kind: str, key: str, digits: int = 1) -> dict:
        return summary([s[key] for s in samples[kind]], digits)

    startup = {kind: figure(kind, "ready_ms") for kind in kinds}
    memory = {kind: figure(kind, "rss_mib", 2) for kind in KINDS}
    phases = {
        kind: {key: figure(kind, key)["median"] for key in ("interpreter_ms", "setup_ms", "to_first_frame_ms")}
        for kind in kinds
    }
    return {
        "startup_ratio": ratio(startup["app"]["median"], startup["bare"]["median"]),
        "startup_ms": {kind: startup[kind]["median"] for kind in KINDS},
        "startup_detail": {
            "runs_each": runs,
            "interleaved": True,
            "headless_size": [80, 24],
            "interval": "parent monotonic clock before Popen -> child's events.Ready",
            **{kind: startup[kind] for kind in KINDS},
            "phases_median_ms": phases,
        },
        "memory_ratio": ratio(memory["app"]["median"], memory["bare"]["median"]),
        "memory_mib": {kind: memory[kind]["median"] for kind in KINDS},
        "memory_detail": {"what": "VmHWM (peak RSS) of the child at events.Ready", **memory},
    }


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 3), indent=2))
