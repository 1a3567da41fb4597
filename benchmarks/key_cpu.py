"""CPU of tmux_keys' two app keys, in-process: `python -m benchmarks.key_cpu [--keys N]`.

The keys of benchmarks/tmux_keys.py (`qf`: a digit into QF 1's first-leg home score on
the Quarter-finals tab; `scenarios`: ctrl+z / ctrl+y in turn on the Scenarios tab, after
3-0 then 4-0 were typed) on a copy of tests/data/2013-clausura-open.yaml, under
`run_test(80x24)`, timed as benchmarks/keystroke.py times a key (posted, dispatched,
every frame composed and serialised) but with the main thread's CPU clock
(time.thread_time) instead of the wall clock: on a shared machine the wall clock mostly
measures waiting for a CPU, the thread's CPU time what the key costs. Parts: `apply`
(LiguillaApp._show_current: resolve, every view's watcher, the journal), `frame` (every
screen update). Other threads (the journal's fsync, Textual's writer) are not counted,
nor is what the harness spends waiting for the app to settle, which is in `total`.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from textual._compositor import CompositorUpdate

import benchmarks.keystroke as keystroke
from benchmarks import ROOT
from benchmarks.sandbox import private_state
from benchmarks.stats import summary
from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season
from liguilla_tui.views.round_view import RoundView

SEASON = ROOT / "tests" / "data" / "2013-clausura-open.yaml"
MODES = ("qf", "scenarios")


class _ThreadClock:
    """time as seen by keystroke's timers: perf_counter is this thread's CPU clock."""

    perf_counter = staticmethod(time.thread_time)


async def _run(mode: str, keys: int, folder: Path) -> dict:
    season = folder / f"{mode}.yaml"
    shutil.copyfile(SEASON, season)
    app = LiguillaApp(load_season(season), settle_heap=True)
    gc.freeze()
    async with app.run_test(size=(80, 24)) as pilot:
        driver = keystroke.EditDriver(app, pilot, random.Random(14))
        display = app._display

        def serialise(screen, renderable) -> None:  # what a real driver writes
            if isinstance(renderable, CompositorUpdate):
                renderable.render_segments(app.console)
            display(screen, renderable)

        app._display = serialise  # type: ignore[method-assign]
        driver.refresh_nodes()
        driver.time_frames()
        await driver.settle()
        await driver.key("t")
        await driver.key("2")
        card = app.query_one("#round-quarterfinals", RoundView).cards[0]
        await driver.focus_cell(card, 0, 0)
        if mode == "scenarios":
            for key in ("3", "4", "t", "7"):
                await driver.key(key)
            await pilot.pause(0.3)  # the tab underline's slide
        await app.animator.wait_until_complete()
        await driver.settle()
        driver.refresh_nodes()
        timers = driver.timers
        app._show_current = timers.wrap("apply", app._show_current)  # type: ignore[method-assign]
        samples: dict[str, list[float]] = {"total": [], "apply": [], "frame": []}
        for i in range(keys):
            key = str(i % 8 + 2) if mode == "qf" else ("ctrl+z" if i % 2 == 0 else "ctrl+y")
            timers.take()
            start = time.thread_time()
            await driver.key(key)
            samples["total"].append((time.thread_time() - start) * 1e3)
            parts = timers.take()
            for part in ("apply", "frame"):
                samples[part].append(parts.get(part, 0.0) * 1e3)
        gc.unfreeze()
        await pilot.exit(None)
    return {part: summary(values, 2) for part, values in samples.items()}


def measure(keys: int = 200) -> dict:
    saved = keystroke.time
    keystroke.time = _ThreadClock  # type: ignore[assignment]
    try:
        with private_state(), tempfile.TemporaryDirectory(prefix="liguilla-key-cpu-") as tmp:
            return {mode: asyncio.run(_run(mode, keys, Path(tmp))) for mode in MODES}
    finally:
        keystroke.time = saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.key_cpu", description=__doc__.split("\n\n")[0])
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.keys < 1:
        parser.error("--keys must be at least 1")
    results = measure(args.keys)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"main-thread CPU per key, ms ({args.keys} keys each): median / p95")
    for mode, parts in results.items():
        line = "  ".join(f"{part} {f['median']:.2f} / {f['p95']:.2f}" for part, f in parts.items())
        print(f"{mode:<10} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
