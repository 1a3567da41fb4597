"""How the costs grow with the bracket (synthetic 16-, 32- and 64-team seasons) and with
a full regular season (a synthetic 306-match one).

For each size: load_season (ms), resolve (µs) of the complete season and of the same
season with the second legs of 8 first-round ties unplayed (mid-round: later rounds
have many possible pairings), and the keystroke interval of
benchmarks/keystroke.py (ms; App.run_test at 120x40 on that file, ~100 edits). The
`growth` note divides each cost by the number of teams and compares sizes: a ratio of
~1 per team between sizes is linear growth; the exponent k is from cost ∝ N^k between
the smallest and the largest size.

`regular_season`: benchmarks/synthetic.py's 18-team double round robin (306 `results`,
matchdays 1..34; the general table computed from them; its top 8 in a fully played
liga-mx-2012 Liguilla, 14 legs): load_season (ms, the file read each call), resolve (µs;
from scratch: the table computed from the 306 results, then the Liguilla), and the
keystroke interval of benchmarks/keystroke.py with target="results" (ms; App.run_test
at 120x40, ~100 edits): digits typed on the General table tab's results grid, each
edit re-computing the table and re-seeding the Liguilla. `keystroke_edits_reseeding`
says how many of the timed edits changed the qualifiers or their seeds.
"""

from __future__ import annotations

import tempfile
from itertools import pairwise
from pathlib import Path

from benchmarks.core_bench import time_load, time_resolve, time_resolve_season
from benchmarks.keystroke import measure_keystrokes
from benchmarks.stats import growth_exponent, ratio
from benchmarks.synthetic import RS_RESULTS, RS_TEAMS, with_undecided, write_regular_season, write_season
from liguilla_tui.core.load import load_season

SIZES = (16, 32, 64)
UNDECIDED = 8  # first-round ties left undecided for `resolve_undecided_us`


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
        regular = regular_season(Path(folder), quick)
    return {
        **{f"teams_{n}": per_size[str(n)] for n in sizes},
        "regular_season": regular,
        "growth": growth(per_size, sizes),
    }


def regular_season(folder: Path, quick: bool) -> dict:
    """Load, resolve and results-grid keystrokes of the synthetic 306-match season."""
    path = write_regular_season(folder)
    season = load_season(path).season
    assert season is not None and len(season.results) == RS_RESULTS
    load = time_load(path, number=3 if quick else 10, repeat=5 if quick else 20)
    res = time_resolve(path, number=10 if quick else 100, repeat=5 if quick else 20)
    keys = measure_keystrokes(path, size=(120, 40), edits=8 if quick else 100, seed=RS_RESULTS, target="results")
    return {
        "teams": RS_TEAMS,
        "matches": RS_RESULTS,  # regular-season results
        "matchdays": len({r.matchday for r in season.results}),
        "liguilla_legs": len(season.legs),
        "load_ms": load["median"],
        "load_p95_ms": load["p95"],
        "resolve_us": res["median"],
        "resolve_p95_us": res["p95"],
        "keystroke_median_ms": keys["median_ms"],
        "keystroke_p95_ms": keys["p95_ms"],
        "keystroke_parts_median_ms": keys["parts_median_ms"],
        "keystroke_edits": keys["edits"],
        "keystroke_edits_applied": keys["edits_applied"],
        "keystroke_edits_shown": keys["edits_shown"],
        "keystroke_edits_reseeding": keys["edits_reseeding"],
        "keystroke_target": "results grid, General table tab (120x40)",
    }


def growth(per_size: dict[str, dict], sizes: tuple[int, ...]) -> dict:
    """Cost per team at each size, its ratio between consecutive sizes, and N^k."""
    out: dict = {}
    words = []
    for metric in ("load_ms", "resolve_us", "keystroke_median_ms", "keystroke_p95_ms"):
        costs = [per_size[str(n)][metric] for n in sizes]
        per_team = [c / n for c, n in zip(costs, sizes)]
        steps = {f"{b}_vs_{a}": ratio(per_team[i + 1], per_team[i]) for i, (a, b) in enumerate(pairwise(sizes))}
        exponent = growth_exponent(sizes, costs)
        out[metric] = {
            "per_team": {str(n): round(p, 4) for n, p in zip(sizes, per_team)},
            "per_team_ratio": steps,
            "exponent_k": exponent,
        }
        words.append(f"{metric} ~ N^{exponent}")
    out["note"] = (
        "cost per team ratio ~1 between sizes = linear in teams; k from cost ∝ N^k, "
        f"{sizes[0]} to {sizes[-1]} teams: " + ", ".join(words)
    )
    return out


if __name__ == "__main__":  # pragma: no cover
    import json
    import sys

    print(json.dumps(measure(quick="--quick" in sys.argv), indent=2, ensure_ascii=False))
