"""The table with matches left (issue 14): `table_outlook` on real seasons cut short.

Every bundled season with regular-season results (18 teams, 9 matches a matchday) has its
last 1, 2 or 3 matchdays' scores removed, and `table_outlook(season)` is timed on it:
statuses and best/worst alone (`with_needs=False`, the figure the issue's targets are
about: one matchday <= 50 ms, three <= 1 s) and with the needs sentences. Every run
starts cold: the engine's memo caches are cleared first, so no season helps the next.
Per season, the median of `repeat` runs; the figures are the median and the worst season.

    python -m benchmarks.table_outlook_bench [--quick]
"""

from __future__ import annotations

import statistics
import time

import msgspec

from benchmarks import ROOT
from liguilla_tui.core.load import load_season
from liguilla_tui.core.table_outlook import table_outlook

TARGET_MS = {1: 50.0, 2: None, 3: 1000.0}


def _clear_caches() -> None:
    from liguilla_tui.core import table_needs, table_positions, table_reach, table_rivals

    table_reach.clear_caches()
    for fn in (table_positions._match_options, table_needs._worst_in, table_needs._restriction, table_rivals._values):
        fn.cache_clear()


def cut_short(season, days: int):
    """The season with the scores of its last `days` matchdays removed (fixtures kept)."""
    matchdays = sorted({r.matchday for r in season.results if r.matchday is not None})
    cut = set(matchdays[-days:])
    results = tuple(msgspec.structs.replace(r, score=None) if r.matchday in cut else r for r in season.results)
    return msgspec.structs.replace(season, results=results)


def _time(season, with_needs: bool, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        _clear_caches()
        start = time.perf_counter()
        table_outlook(season, with_needs=with_needs)
        runs.append((time.perf_counter() - start) * 1e3)
    return statistics.median(runs)


def measure(quick: bool = False) -> dict:
    seasons = []
    for path in sorted((ROOT / "seasons").glob("*.yaml")):
        season = load_season(path).season
        if season is not None and season.results:
            seasons.append((path.name, season))
    repeat = 1 if quick else 5
    out: dict = {}
    for days in (1, 2, 3):
        per_season = {}
        for name, season in seasons:
            short = cut_short(season, days)
            outlook = table_outlook(short, with_needs=False)
            per_season[name] = {
                "statuses_ms": round(_time(short, False, repeat), 2),
                "with_needs_ms": round(_time(short, True, repeat), 2) if days <= 2 else None,
                "exact": outlook.exact,
            }
        statuses = [v["statuses_ms"] for v in per_season.values()]
        needs = [v["with_needs_ms"] for v in per_season.values() if v["with_needs_ms"] is not None]
        out[f"{days}_matchdays"] = {
            "seasons": len(per_season),
            "statuses_median_ms": round(statistics.median(statuses), 2),
            "statuses_worst_ms": round(max(statuses), 2),
            "target_ms": TARGET_MS[days],
            "with_needs_median_ms": round(statistics.median(needs), 2) if needs else None,
            "with_needs_worst_ms": round(max(needs), 2) if needs else None,
            "all_exact": all(v["exact"] for v in per_season.values()),
            "per_season": per_season,
        }
    return {"table_outlook": out}


if __name__ == "__main__":  # pragma: no cover
    import json
    import sys

    result = measure(quick="--quick" in sys.argv)
    for days, figures in result["table_outlook"].items():
        print(
            f"{days}: statuses median {figures['statuses_median_ms']} ms, worst {figures['statuses_worst_ms']} ms "
            f"(target {figures['target_ms']}); with needs median {figures['with_needs_median_ms']}, "
            f"worst {figures['with_needs_worst_ms']}; all exact: {figures['all_exact']}"
        )
    if "--json" in sys.argv:
        print(json.dumps(result, indent=2, ensure_ascii=False))
