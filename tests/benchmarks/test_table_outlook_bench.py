"""Smoke test of the table outlook benchmark: it runs on every bundled season and reports.

No timing is asserted (the figures depend on the machine): only that each cut of 1, 2 and
3 matchdays covers the seasons with results, gives positive figures, and stays exact.
"""

from __future__ import annotations

from benchmarks.table_outlook_bench import measure


def test_quick_table_outlook_benchmark_reports_every_cut() -> None:
    figures = measure(quick=True)["table_outlook"]
    assert set(figures) == {"1_matchdays", "2_matchdays", "3_matchdays"}
    for days, cut in figures.items():
        assert cut["seasons"] >= 20, days
        assert 0 < cut["statuses_median_ms"] <= cut["statuses_worst_ms"], days
        assert cut["all_exact"], days
    assert figures["1_matchdays"]["with_needs_median_ms"] > 0
    assert figures["3_matchdays"]["with_needs_median_ms"] is None  # needs: one or two matchdays only
