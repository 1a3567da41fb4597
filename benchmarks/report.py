"""Targets, verdicts and the printed table; the machine the figures came from.

Rows with a target get PASS/MISS; the others are shown for information. The scale part
adds rows per synthetic knockout size (keystroke p95 against the interactive budget) and,
for the synthetic 306-match regular season (`scale.regular_season`), information rows:
load, resolve, and the results-grid keystroke median and p95.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import platform
from importlib import metadata

# (JSON path, label, unit, target or None); a figure passes when value <= target.
# None = no target set: shown for information.
ROWS: list[tuple[str, str, str, float | None]] = [
    ("startup_ratio", "start-up, app / bare", "x", 1.15),
    ("startup_ms.app", "start-up to first frame, app", "ms", None),
    ("startup_ms.bare", "start-up to first frame, bare", "ms", None),
    ("keystroke_median_ms", "keystroke, median (80x24)", "ms", None),
    ("keystroke_p95_ms", "keystroke, p95 (80x24)", "ms", 16.0),
    ("resolve_median_us", "resolve 2013, median", "µs", 100.0),
    ("load_median_ms", "load_season 2013, median", "ms", 5.0),
    ("tie_outcomes_p95_us", "a tie's outcomes, p95 (slowest kind)", "µs", 1000.0),
    (
        "tie_outcomes_detail.both_legs_left.needs_and_words_us.median",
        "a tie's needs in words, both legs left",
        "µs",
        None,
    ),
    ("memory_ratio", "peak RSS, app / bare", "x", 1.2),
    ("memory_mib.app", "peak RSS at first frame, app", "MiB", None),
    ("memory_mib.bare", "peak RSS at first frame, bare", "MiB", None),
]
# The scale rows reuse the interactive budget: a keystroke is a keystroke at any size.
SCALE_KEYSTROKE_TARGET = 16.0


def lookup(results: dict, path: str):
    value = results
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def scale_rows(results: dict) -> list[tuple[str, str, str, float | None]]:
    rows = []
    for key, entry in (results.get("scale") or {}).items():
        if not key.startswith("teams_"):
            continue
        n = entry["teams"]
        rows += [
            (f"scale.{key}.load_ms", f"scale {n} teams: load", "ms", None),
            (f"scale.{key}.resolve_us", f"scale {n} teams: resolve", "µs", None),
            (f"scale.{key}.resolve_8_undecided_us", f"scale {n} teams: resolve, 8 ties undecided", "µs", None),
            (f"scale.{key}.keystroke_p95_ms", f"scale {n} teams: keystroke p95 (120x40)", "ms", SCALE_KEYSTROKE_TARGET),
        ]
    return rows + regular_season_rows(results)


def regular_season_rows(results: dict) -> list[tuple[str, str, str, float | None]]:
    """Information rows (no target) for the synthetic regular season, when measured."""
    entry = (results.get("scale") or {}).get("regular_season")
    if not isinstance(entry, dict):
        return []
    label = f"scale {entry.get('matches')}-match season"
    return [
        ("scale.regular_season.load_ms", f"{label}: load", "ms", None),
        ("scale.regular_season.resolve_us", f"{label}: resolve", "µs", None),
        ("scale.regular_season.keystroke_median_ms", f"{label}: result keystroke, median", "ms", None),
        ("scale.regular_season.keystroke_p95_ms", f"{label}: result keystroke p95", "ms", None),
    ]


def verdicts(results: dict) -> dict[str, dict]:
    out = {}
    for path, label, unit, target in ROWS + scale_rows(results):
        value = lookup(results, path)
        if target is None:
            verdict = "info"
        elif not isinstance(value, (int, float)) or math.isnan(value):
            verdict = "n/a"
        else:
            verdict = "PASS" if value <= target else "MISS"
        out[path] = {"label": label, "value": value, "unit": unit, "target": target, "verdict": verdict}
    return out


def table(results: dict) -> str:
    rows = verdicts(results)
    width = max(len(r["label"]) for r in rows.values())
    lines = [f"{'figure':<{width}}  {'value':>10}  {'target':>10}  verdict", "-" * (width + 34)]
    for r in rows.values():
        value = r["value"]
        shown = (
            f"{value:,.3g}"
            if isinstance(value, float) and value < 10
            else (f"{value:,.1f}" if isinstance(value, (int, float)) else "—")
        )
        target = f"≤ {r['target']:g}" if r["target"] is not None else "—"
        lines.append(f"{r['label']:<{width}}  {shown:>7} {r['unit']:<3}  {target:>10}  {r['verdict']}")
    scale = results.get("scale") or {}
    if "growth" in scale:
        lines.append("")
        lines.append("growth: " + scale["growth"]["note"])
    regular = scale.get("regular_season")
    if isinstance(regular, str):  # results written before the format had `results`
        lines.append("306-match regular season: " + regular)
    elif isinstance(regular, dict):
        parts = ", ".join(f"{k} {v:.2f}" for k, v in (regular.get("keystroke_parts_median_ms") or {}).items())
        lines.append(
            f"{regular.get('matches')}-match season ({regular.get('teams')} teams, "
            f"{regular.get('matchdays')} matchdays): keystrokes typed on the General table's results "
            f"grid (120x40), {regular.get('keystroke_edits_reseeding')} of {regular.get('keystroke_edits')} "
            f"re-seeded the Liguilla; parts, median ms: {parts}"
        )
        if regular.get("keystroke_edits_applied") != regular.get("keystroke_edits"):
            lines.append(
                f"WARNING: only {regular.get('keystroke_edits_applied')} of {regular.get('keystroke_edits')} "
                "timed result keys changed the season; its keystroke figures do not measure edits"
            )
    detail = results.get("keystroke_detail") or {}
    if detail.get("parts_median_ms"):
        parts = ", ".join(f"{k} {v:.2f}" for k, v in detail["parts_median_ms"].items())
        lines.append(f"keystroke parts, median ms: {parts}")
    if detail and detail.get("edits_applied") != detail.get("edits"):
        lines.append(
            f"WARNING: only {detail.get('edits_applied')} of {detail.get('edits')} timed keys changed "
            "the season; the keystroke figures do not measure edits"
        )
    if detail.get("pilot_ms", {}).get("n"):
        p = detail["pilot_ms"]
        lines.append(
            f"keystroke via pilot.press+pause (includes Pilot's idle sleeps): "
            f"median {p['median']} ms, p95 {p['p95']} ms (n={p['n']})"
        )
    machine = results.get("machine") or {}
    if machine:
        lines.append(
            f"machine: {machine.get('platform')}, Python {machine.get('python')}, "
            f"{machine.get('cpu_count')} CPUs, textual {machine.get('textual')}, "
            f"load average {machine.get('loadavg_start')} -> {machine.get('loadavg_end')}"
        )
    return "\n".join(lines)


def _loadavg() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:  # pragma: no cover
        return None


def _code() -> dict:
    """Which code was measured: colleagues edit liguilla_tui/ between runs."""
    import subprocess

    from benchmarks import ROOT

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout.rstrip()
        except (OSError, subprocess.SubprocessError):
            return ""

    changed = [line[3:] for line in git("status", "--porcelain", "--", "liguilla_tui").splitlines()]
    return {"commit": git("rev-parse", "--short", "HEAD").strip() or None, "uncommitted_in_liguilla_tui": changed}


def machine(start: dict | None = None) -> dict:
    """Where and when; call once at the start, then again with that dict at the end."""
    if start is not None:
        return {**start, "loadavg_end": _loadavg()}
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover
        affinity = None
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor() or None,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "cpu_count": os.cpu_count(),
        "cpus_usable": affinity,
        "textual": metadata.version("textual"),
        "rich": metadata.version("rich"),
        "pyyaml": metadata.version("pyyaml"),
        "timestamp": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "loadavg_start": _loadavg(),
        "code": _code(),
    }
