"""The rules core alone: load_season on a file, resolve on a loaded season, and a tie's
outcomes (every result of what is left of an open tie, through the tie-decider).

Timed with timeit, garbage collection left on (as in the app), many loops per sample;
the figures are the median and p95 of the per-call time over the samples.
"""

from __future__ import annotations

import timeit
from pathlib import Path

from benchmarks.stats import summary
from liguilla_tui.core.load import load_season
from liguilla_tui.core.resolve import resolve
from liguilla_tui.seasons import default_season


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


def open_tie_cases(season) -> dict:
    """The bundled season with legs made unplayed: an open tie of each kind the words take."""
    from liguilla_tui.core import edits
    from liguilla_tui.core.tie_outcomes import open_ties

    resolved = resolve(season)
    qf1, final = resolved.rounds[0].ties[0], resolved.rounds[-1].ties[0]
    cases = {}
    for name, tie, spec, numbers in (
        ("one_leg_left", qf1, resolved.rounds[0].spec, (2,)),
        ("both_legs_left", qf1, resolved.rounds[0].spec, (1, 2)),
        ("final_one_leg_left", final, resolved.rounds[-1].spec, (2,)),
    ):
        changed = season
        for number in numbers:
            slot = tie.legs[number - 1]
            changed = edits.set_score(changed, spec.key, number, slot.home, slot.away, None)
        found = [o for o in open_ties(resolve(changed)) if o.tie.label == tie.label]
        cases[name] = found[0]
    return cases


def time_tie_outcomes(number: int = 200, repeat: int = 30) -> dict:
    """outcomes() (every score 0-0 to 5-5 of what is left) and needs() + words(), µs per tie."""
    from liguilla_tui.core.tie_outcomes import outcomes
    from liguilla_tui.core.tie_words import words

    season = load_season(default_season()).season
    assert season is not None
    detail = {}
    for name, open_tie in open_tie_cases(season).items():
        detail[name] = {
            "outcomes_us": summary(_per_call(lambda tie=open_tie: outcomes(tie), number, repeat, 1e6), 1),
            "needs_and_words_us": summary(_per_call(lambda tie=open_tie: words(tie), number // 4 or 1, repeat, 1e6), 1),
        }
    return detail


def measure(quick: bool) -> dict:
    path = default_season()
    load = time_load(path, number=5 if quick else 20, repeat=5 if quick else 40)
    res = time_resolve(path, number=50 if quick else 500, repeat=5 if quick else 40)
    ties = time_tie_outcomes(number=20 if quick else 200, repeat=5 if quick else 30)
    return {
        "load_median_ms": load["median"],
        "load_detail": {"file": path.name, "unit": "ms", **load},
        "resolve_median_us": res["median"],
        "resolve_detail": {"file": path.name, "unit": "µs", **res},
        # The slowest kind of tie: the figure the 1 ms target is held to.
        "tie_outcomes_p95_us": max(case["outcomes_us"]["p95"] for case in ties.values()),
        "tie_outcomes_detail": ties,
    }


if __name__ == "__main__":  # pragma: no cover
    import json

    print(json.dumps(measure(quick=False), indent=2, ensure_ascii=False))
