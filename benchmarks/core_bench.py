"""The rules core alone: load_season on a file, resolve on a loaded season.

Timed with timeit, garbage collection left on (as in the app), many loops per sample;
the figures are the median and p95 of the per-call time over the samples.
"""

from __future__ import annotations

import timeit
from pathlib import Path

from liguilla_tui.core.load import load_season
from liguilla_tui.core.resolve import resolve
from liguilla_tui.seasons import default_season

from benchmarks.stats import summary


def _per_call(func, number: int, repeat: int, scale: float) -> list[float]:
    timer = timeit.Timer(func, setup="gc.enable()")
    timer.timeit(number=max(1, number // 4))  # warm-up
    return [total / number * scale for total in timer.repeat(repeat=repeat, number=number)]


def time_load(path: Path, number: int = 10, repeat: int = 30) -> dict:
    """load_season(path) in ms per call (reads the file each call, as the app does)."""
    loaded = load_season(path)
    if loaded.season is None:
        raise RuntimeError(f"{path} does not load: {loaded.diagnostics[:3]}")
    return summary(_per_call(lambda: load_season(path), number, repeat, 1e3), 3)


def time_resolve(path: Path, number: int = 200, repeat: int = 30) -> dict:
    """resolve(season) from scratch, in µs per call."""
    season = load_season(path).season
    assert season is not None
    return time_resolve_season(season, number, repeat)


def time_resolve_season(season, number: int = 200, repeat: int = 30) -> dict:
    return summary(_per_call(lambda: resolve(season), number, repeat, 1e6), 1)


def measure(quick: bool) -> dict:
    path = default_season()
    load = time_load(path, number=5 if quick else 20, repeat=5 if quick else 40)
    res = time_resolve(path, number=50 if quick else 500, repeat=5 if quick else 40)
    return {
        "load_median_ms": load["median"],
        "load_detail": {"file": path.name, "unit": "ms", **load},
        "resolve_median_us": res["median"],
        "resolve_detail": {"file": path.name, "unit": "µs", **res},
    }


if __name__ == "__main__":  # pragma: no cover
    import json

    print(json.dumps(measure(quick=False), indent=2, ensure_ascii=False))
