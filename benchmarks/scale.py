"""How the costs grow with the bracket: synthetic 16-, 32- and 64-team seasons.

For each size: load_season (ms), resolve (µs) of the complete season and of the same
season with the second legs of 8 first-round ties unplayed (mid-round: later rounds
have many possible pairings), and the keystroke interval of
benchmarks/keystroke.py (ms; App.run_test at 120x40 on that file, ~100 edits). The
`growth` note divides each cost by the number of teams and compares sizes: a ratio of
~1 per team between sizes is linear growth; the exponent k is from cost ∝ N^k between
the smallest and the largest size.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.core_bench import time_load, time_resolve, time_resolve_season
from benchmarks.keystroke import measure_keystrokes
from benchmarks.stats import growth_exponent, ratio
from benchmarks.synthetic import with_undecided, write_season
from liguilla_tui.core.load import load_season

SIZES = (16, 32, 64)
UNDECIDED = 8  # first-round ties left undecided for `resolve_undecided_us`
REGULAR_SEASON = "not supported by the season format yet (issue 6)"


def measure(quick: bool, sizes: tuple[int, ...] = SIZES) -> dict:
    per_size: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="liguilla-bench-") as folder:
        for n in sizes:
            path = write_season(Path(folder), n)
            load = time_load(path, number=3 if quick else 10, repeat=5 if quick else 20)
            res = time_resolve(path, number=10 if quick else 100, repeat=5 if quick else 20)
            pending = with_undecided(load_season(path).season, UNDECIDED)
            res_pending = time_resolve_season(pending, number=2 if quick else 10, repeat=3 if quick else 10)
            keys = measure_keystrokes(path, size=(120, 40), edits=8 if quick else 100, seed=n)
            per_size[str(n)] = {
                "teams": n,
                "legs": 2 * (n - 1),  # n - 1 ties, two legs each
                "load_ms": load["median"],
                "load_p95_ms": load["p95"],
                "resolve_us": res["median"],
                "resolve_p95_us": res["p95"],
                f"resolve_{UNDECIDED}_undecided_us": res_pending["median"],
                "keystroke_median_ms": keys["median_ms"],
                "keystroke_p95_ms": keys["p95_ms"],
                "keystroke_parts_median_ms": keys["parts_median_ms"],
                "keystroke_edits": keys["edits"],
            }
    return {
        **{f"teams_{n}": per_size[str(n)] for n in sizes},
        "regular_season": REGULAR_SEASON,
        "growth": growth(per_size, sizes),
    }


def growth(per_size: dict[str, dict], sizes: tuple[int, ...]) -> dict:
    """Cost per team at each size, its ratio between consecutive sizes, and N^k."""
    out: dict = {}
    words = []
    for metric in ("load_ms", "resolve_us", "keystroke_median_ms", "keystroke_p95_ms"):
        costs = [per_size[str(n)][metric] for n in sizes]
        per_team = [c / n for c, n in zip(costs, sizes)]
        steps = {f"{b}_vs_{a}": ratio(per_team[i + 1], per_team[i]) for i, (a, b) in enumerate(zip(sizes, sizes[1:]))}
        exponent = growth_exponent(sizes, costs)
        out[metric] = {"per_team": {str(n): round(p, 4) for n, p in zip(sizes, per_team)},
                       "per_team_ratio": steps, "exponent_k": exponent}
        words.append(f"{metric} ~ N^{exponent}")
    out["note"] = ("cost per team ratio ~1 between sizes = linear in teams; k from cost ∝ N^k, "
                   f"{sizes[0]} to {sizes[-1]} teams: " + ", ".join(words))
    return out


if __name__ == "__main__":  # pragma: no cover
    import json
    import sys

    print(json.dumps(measure(quick="--quick" in sys.argv), indent=2, ensure_ascii=False))
