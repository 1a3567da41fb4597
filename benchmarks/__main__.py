"""`python -m benchmarks [--quick] [--out FILE] [--only PART ...]`

Runs every benchmark, prints a table (figure, target, PASS/MISS) and writes the JSON
(default benchmarks/results.json). Figures are medians and p95s over repeated runs;
the comparisons (app over bare) are ratios of runs interleaved in the same session.
`--quick` does few repetitions (for the smoke test): its figures are not to be quoted.

Parts: startup (fresh processes, also memory), core (load, resolve), keystroke
(App.run_test at 80x24), scale (synthetic 16/32/64-team seasons). Each module's
docstring says exactly what it measures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from benchmarks import ROOT, report
from benchmarks.sandbox import private_state

PARTS = ("startup", "core", "keystroke", "scale")


def run(quick: bool, parts: tuple[str, ...] = PARTS, log=print) -> dict:
    results: dict = {"quick": quick}
    start_machine = report.machine()
    started = time.perf_counter()
    if "startup" in parts:
        from benchmarks import startup

        log("start-up and memory (fresh processes) ...")
        results.update(startup.measure(runs=3 if quick else 15))
    if "core" in parts:
        from benchmarks import core_bench

        log("load and resolve ...")
        results.update(core_bench.measure(quick))
    if "keystroke" in parts:
        from benchmarks import keystroke

        log("keystrokes (run_test 80x24) ...")
        results.update(keystroke.measure(quick))
    if "scale" in parts:
        from benchmarks import scale

        log("scale (synthetic 16/32/64 teams) ...")
        results["scale"] = scale.measure(quick)
    results["machine"] = report.machine(start_machine)
    results["machine"]["wall_s"] = round(time.perf_counter() - started, 1)
    results["targets"] = {
        path: {k: v for k, v in row.items() if k != "label"} for path, row in report.verdicts(results).items()
    }
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[1])
    parser.add_argument("--quick", action="store_true", help="few repetitions (smoke test)")
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "benchmarks" / "results.json",
        help="JSON file to write (default: benchmarks/results.json)",
    )
    parser.add_argument("--only", nargs="+", choices=PARTS, help="run only these parts")
    args = parser.parse_args(argv)
    with private_state():  # the app journals unsaved edits: never into the user's folder
        results = run(
            args.quick,
            tuple(args.only) if args.only else PARTS,
            log=lambda msg: print(msg, file=sys.stderr, flush=True),
        )
    print(report.table(results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
