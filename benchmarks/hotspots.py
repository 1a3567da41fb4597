"""Where the time goes: `python -m benchmarks.hotspots import|load|resolve|keystroke [opts]`.

- import: `python -X importtime -c "import liguilla_tui.app"` in a fresh process (bytecode
  cached, as for the start-up benchmark); the slowest imports (cumulative) and self time
  summed per top-level package.
- load / resolve: cProfile over many calls on the bundled season (or `--teams N`, a
  synthetic season).
- keystroke: cProfile enabled only around the timed digit keys of benchmarks/keystroke.py,
  plus who asked for a full layout (`refresh(layout=True)`) and how many messages one
  edit dispatches; a single layout request re-lays out and re-renders the whole screen.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
import io
import pstats
import random
import re
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

from benchmarks import ROOT


def _season(teams: int | None, folder: str) -> Path:
    if teams is None:
        from liguilla_tui.seasons import default_season

        return default_season()
    from benchmarks.synthetic import write_season

    return write_season(Path(folder), teams)


def _print_stats(profile: cProfile.Profile, top: int, calls: int, unit: str) -> None:
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out)
        stats.sort_stats(order).print_stats(top)
        text = out.getvalue()
        text = text.replace(str(Path(sys.prefix)), "<venv>").replace(str(ROOT) + "/", "")
        print(f"== by {order} ({calls} {unit}) ==")
        print(text[text.find("   ncalls") :].rstrip() + "\n")


def import_times(top: int) -> None:
    from benchmarks.startup import child_env

    with tempfile.TemporaryDirectory() as pycache:  # .pyc cached outside the tree, as installed
        for _ in range(2):  # the first run compiles; the second is measured
            proc = subprocess.run(
                [sys.executable, "-X", "importtime", "-c", "import liguilla_tui.app"],
                cwd=ROOT,
                env=child_env(pycache),
                capture_output=True,
                text=True,
                check=True,
            )
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            rows.append((int(m.group(1)), int(m.group(2)), len(m.group(3)), m.group(4)))
    by_package: dict[str, int] = collections.Counter()
    for self_us, _cum, _depth, name in rows:
        by_package[name.split(".")[0]] += self_us
    total = sum(by_package.values())
    print(f"import liguilla_tui.app: {total / 1000:.1f} ms self time in all (one run; re-run to check noise)")
    print("self time by top-level package:")
    for name, us in sorted(by_package.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {us / 1000:8.1f} ms  {name}")
    print("slowest imports, cumulative (depth = nesting):")
    for self_us, cum_us, depth, name in sorted(rows, key=lambda r: -r[1])[:top]:
        print(f"  {cum_us / 1000:8.1f} ms cum {self_us / 1000:7.1f} ms self  d{depth // 2}  {name}")


def core(what: str, teams: int | None, calls: int, top: int, undecided: int = 0) -> None:
    from liguilla_tui.core.load import load_season
    from liguilla_tui.core.resolve import resolve

    with tempfile.TemporaryDirectory() as folder:
        path = _season(teams, folder)
        season = load_season(path).season
        if undecided:
            from benchmarks.synthetic import with_undecided

            season = with_undecided(season, undecided)
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(calls):
            load_season(path) if what == "load" else resolve(season)
        profile.disable()
    _print_stats(profile, top, calls, f"{what} calls on {path.name}")


async def _keystrokes(path: Path, edits: int, size: tuple[int, int], top: int) -> None:
    from textual.message_pump import MessagePump
    from textual.widget import Widget

    from benchmarks.keystroke import EditDriver
    from liguilla_tui.app import LiguillaApp
    from liguilla_tui.core.load import load_season

    layouts: collections.Counter = collections.Counter()
    messages: collections.Counter = collections.Counter()
    active = [False]
    refresh, dispatch = Widget.refresh, MessagePump._dispatch_message

    def counting_refresh(self, *regions, repaint=True, layout=False, recompose=False):
        if active[0] and layout:
            frames = [f for f in traceback.extract_stack(limit=10)[:-1] if "liguilla_tui" in f.filename]
            outer = traceback.extract_stack(limit=4)[0]
            where = (
                f"{frames[-1].filename.split('liguilla_tui/')[-1]}:{frames[-1].lineno} {frames[-1].name}"
                if frames
                else f"(textual) {Path(outer.filename).name}:{outer.lineno} {outer.name}"
            )
            layouts[(type(self).__name__, where)] += 1
        return refresh(self, *regions, repaint=repaint, layout=layout, recompose=recompose)

    async def counting_dispatch(self, message):
        if active[0]:
            messages[type(message).__name__] += 1
        return await dispatch(self, message)

    profile = cProfile.Profile()
    try:
        app = LiguillaApp(load_season(path))
        async with app.run_test(size=size) as pilot:
            driver = EditDriver(app, pilot, random.Random(7))
            driver.refresh_nodes()
            driver.time_frames()
            await driver.settle()
            rounds = [r.key for r in app.document.season.format.rounds]
            # First pass profiled, second pass counted: the counters would skew the profile.
            for counting in (False, True):
                if counting:
                    Widget.refresh, MessagePump._dispatch_message = counting_refresh, counting_dispatch
                for _ in range(edits):
                    key, card, row, side, digit = driver.pick(rounds)
                    await driver.go_to(key, card, row, side)
                    active[0] = counting
                    if not counting:
                        profile.enable()
                    await driver.key(str(digit))
                    profile.disable()
                    active[0] = False
    finally:
        Widget.refresh, MessagePump._dispatch_message = refresh, dispatch
    _print_stats(profile, top, edits, f"edits on {path.name} at {size[0]}x{size[1]}")
    print("== refresh(layout=True) requests per edit (any one re-lays out the whole screen) ==")
    for (widget, where), count in layouts.most_common(top):
        print(f"  {count / edits:6.2f}  {widget:<14} {where}")
    print(f"== messages dispatched per edit: {sum(messages.values()) / edits:.1f} ==")
    for name, count in messages.most_common(10):
        print(f"  {count / edits:6.2f}  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hotspots", description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("import", "load", "resolve", "keystroke"))
    parser.add_argument("--teams", type=int, choices=(16, 32, 64), help="a synthetic season instead of 2013")
    parser.add_argument("--calls", type=int, default=None, help="calls (load/resolve) or edits (keystroke)")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--undecided", type=int, default=0, help="resolve: leave this many first-round ties undecided")
    args = parser.parse_args(argv)
    if args.what == "import":
        import_times(args.top)
    elif args.what in ("load", "resolve"):
        core(args.what, args.teams, args.calls or (200 if args.what == "load" else 2000), args.top, args.undecided)
    else:
        from benchmarks.sandbox import private_state

        with tempfile.TemporaryDirectory() as folder, private_state():
            size = (80, 24) if args.teams is None else (120, 40)
            asyncio.run(_keystrokes(_season(args.teams, folder), args.calls or 60, size, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
