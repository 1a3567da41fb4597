"""Summaries of repeated measurements: medians and p95s, never means."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def percentile(samples: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation between closest ranks."""
    data = sorted(samples)
    if not data:
        return math.nan
    if len(data) == 1:
        return float(data[0])
    pos = (len(data) - 1) * q / 100
    low = math.floor(pos)
    high = min(low + 1, len(data) - 1)
    return float(data[low] + (data[high] - data[low]) * (pos - low))


def summary(samples: Sequence[float], digits: int = 3) -> dict[str, float | int]:
    """median, p95, min, max and n of `samples`, rounded for the JSON."""
    if not samples:
        return {"median": math.nan, "p95": math.nan, "min": math.nan, "max": math.nan, "n": 0}
    return {
        "median": round(statistics.median(samples), digits),
        "p95": round(percentile(samples, 95), digits),
        "min": round(min(samples), digits),
        "max": round(max(samples), digits),
        "n": len(samples),
    }


def ratio(numerator: float, denominator: float, digits: int = 3) -> float:
    return round(numerator / denominator, digits) if denominator else math.nan


def growth_exponent(sizes: Sequence[int], costs: Sequence[float]) -> float:
    """k in cost ∝ N^k, from the smallest and the largest size (log-log slope)."""
    if len(sizes) < 2 or costs[0] <= 0 or costs[-1] <= 0:
        return math.nan
    return round(math.log(costs[-1] / costs[0]) / math.log(sizes[-1] / sizes[0]), 2)
