"""Keystroke latency: score edits typed into the real app under App.run_test.

What `keystroke_*` measures (per edit, `total_ms`):
    from just before the digit's `events.Key` is posted to the app (what Pilot.press and
    a real driver do) until the resulting frame has been composed: the key dispatched to
    the focused ScoreGrid, its binding run, ScoreGrid.Edit bubbled to App._score_key,
    the core's apply_key (apply_result_key on the results grid), Document history,
    resolve(), `app.resolved` assigned and every data-bound view's watcher run, all
    queued messages and call_after_refresh callbacks of every widget processed, and the
    screen's layout + compositor update rendered and serialised to terminal escape
    sequences (what a real driver writes; headless discards it). The wait for Textual's
    60 Hz screen-update timer is NOT included: once the app is idle with a dirty screen
    the frame is forced at once (`Screen._on_timer_update()`), so on a terminal the
    frame appears on the next timer tick after this interval (up to 16.7 ms later).
    Writing to the terminal is excluded.

Parts of the same interval (medians, per edit): `core_ms` apply_key (or
apply_result_key); `apply_ms` LiguillaApp.apply = history + resolve + the data-binding
cascade (all tab watchers); `resolve_ms` resolve() and `journal_ms` the crash-recovery
journal write, both inside apply; `frame_ms` every screen update (layout, compositor,
serialisation), forced here or fired by the 60 Hz timer; `dispatch_ms` the rest:
Textual's message dispatch (key, bindings, Edit bubbling, Resize/Show/Idle messages
after layout, call_after_refresh callbacks); `gc_ms` garbage-collector pauses anywhere
in the interval (overlapping the other parts). The app runs under `liguilla`'s GC
policy (liguilla_tui/heap.py): long-lived objects frozen out of the cycle collector, and
full collections left to pauses between edits (restored afterwards). `slowest_ms` lists
the parts of the five slowest edits.

`pilot_*`: for every `pilot_every`-th edit, instead, the wall time of
`await pilot.press(key); await pilot.pause()`, which Textual's Pilot pads with at least
three idle-detection sleeps of 20 ms (textual._wait.wait_for_idle): a floor of ~60 ms
that says nothing about the app; reported for reference only.

Edits are random (seeded): a round tab, a tie whose teams are known, a row (a leg,
extra time, penalties), a side and a digit, re-drawn until the core would accept the
edit without a question or refusal (checked beforehand with apply_key, untimed), so
every timed key changes the season. Moving there is untimed: `escape` then the tab's
digit as keys (through the app's bindings) when the tab changes, then the target grid
is focused and its cursor placed directly; the timed key starts once the app is idle
and no animation runs (a tab change slides the tab underline for 0.3 s).

`target="results"` (a season with regular-season `results`; used by benchmarks/scale.py
for the 306-match season) times the same interval for a score typed on the General
table tab's results grid instead: a random result (so a random matchday), side and digit,
re-drawn until apply_result_key changes the season. Such an edit re-computes the general
table from every result and re-seeds the whole Liguilla in resolve(). Moving there is
untimed: back to the General tab if needed, the view's `matchday` set to the result's
(what `,`/`.` do), the results grid focused and its cursor placed on the cell. Only the
General tab is visible, so the other tabs' views only mark themselves stale (see
liguilla_tui/views/follow.py). `edits_reseeding` counts the edits after which the
qualifiers or their seeds differ. At 80x24 that grid lies below the screen's last row
(the tab does not scroll to it), so measure it at a size that shows it (scale: 120x40).
"""

from __future__ import annotations

import asyncio
import gc
import random
import time
from pathlib import Path

from textual import events
from textual._compositor import CompositorUpdate

import liguilla_tui.app as app_module
import liguilla_tui.core.score_entry as entry_module
from benchmarks.sandbox import private_state
from benchmarks.stats import summary
from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season
from liguilla_tui.core.score_entry import apply_key, apply_result_key, rows_for
from liguilla_tui.views.general_table import GeneralTableView
from liguilla_tui.views.round_view import RoundView
from liguilla_tui.widgets.results_grid import ResultsGrid
from liguilla_tui.widgets.score_grid import AWAY_GOALS, HOME_GOALS, ScoreGrid
from liguilla_tui.widgets.tie_card import TieCard

_CHARS = {"escape": "\x1b"}
PARTS = ("core", "apply", "resolve", "journal", "frame", "dispatch", "gc")


class _Timers:
    """Accumulated seconds per part, reset per edit; installed by patching, not editing."""

    def __init__(self) -> None:
        self.parts: dict[str, float] = {}

    def wrap(self, name: str, func):
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.parts[name] = self.parts.get(name, 0.0) + time.perf_counter() - start

        return timed

    def take(self) -> dict[str, float]:
        parts, self.parts = self.parts, {}
        return parts

    def on_gc(self, phase: str, info: dict) -> None:
        """gc.callbacks hook: collector pauses, wherever they fall."""
        if phase == "start":
            self._gc_start = time.perf_counter()
        elif hasattr(self, "_gc_start"):
            self.parts["gc"] = self.parts.get("gc", 0.0) + time.perf_counter() - self._gc_start


class EditDriver:
    def __init__(self, app: LiguillaApp, pilot, rng: random.Random) -> None:
        self.app, self.pilot, self.rng = app, pilot, rng
        self.timers = _Timers()
        self.nodes: list = []
        self.refused = 0

    # ---- waiting without sleeping ---------------------------------------------------
    def _busy(self) -> bool:
        return any(node._next_callbacks or not node._message_queue.empty() for node in self.nodes)

    async def settle(self, limit: int = 10_000) -> None:
        """Yield to the loop until every message pump is idle and the frame is composed."""
        quiet = 0
        # Something runnable (a woken message pump) is in the loop's ready queue: a cheap
        # test first, so that the timed interval does not fill with scans of every pump
        # (hundreds of widgets in a 64-team bracket); the full scan confirms idleness.
        ready = getattr(asyncio.get_running_loop(), "_ready", None)
        for _ in range(limit):
            await asyncio.sleep(0)
            if ready or self._busy():
                quiet = 0
                continue
            screen = self.app.screen
            if (
                screen._layout_required
                or screen._scroll_required
                or screen._repaint_required
                or screen._dirty_widgets
                or screen._callbacks
                or screen._recompose_required
            ):
                screen._on_timer_update()
                quiet = 0
                continue
            quiet += 1
            if quiet >= 2:
                return
        raise RuntimeError("the app did not settle")

    async def key(self, key: str) -> None:
        self.app.post_message(events.Key(key, _CHARS.get(key, key if len(key) == 1 else None)))
        await self.settle()

    def refresh_nodes(self) -> None:
        self.nodes = [self.app, *self.app.screen_stack, *self.app._registry]

    def time_frames(self) -> None:
        """Count every screen update as `frame`, whether forced here, by Pilot or by the timer."""
        screen = self.app.screen
        if getattr(screen, "_bench_timed", False):
            return
        timed = self.timers.wrap("frame", screen._on_timer_update)
        screen._on_timer_update = timed  # type: ignore[method-assign]
        screen._update_timer._callback = timed  # the 60 Hz timer holds the bound method
        screen._bench_timed = True  # type: ignore[attr-defined]

    # ---- choosing an edit -----------------------------------------------------------
    def pick(self, round_keys: list[str]):
        season = self.app.document.season
        for _ in range(200):
            key = self.rng.choice(round_keys)
            view = self.app.query_one(f"#round-{key}", RoundView)
            # Ties from the resolved value: cards on hidden tabs are stale until shown.
            ties = self.app.resolved.round(key).ties
            known = [i for i, t in enumerate(ties) if t.teams is not None]
            if not known:
                continue
            index = self.rng.choice(known)
            card = view.cards[index]
            rows = rows_for(card.spec)
            row = self.rng.choice(rows)
            side, digit = self.rng.randrange(2), self.rng.randrange(10)
            outcome = apply_key(season, card.spec, ties[index], row, side, "set", digit)
            if outcome.season is None or outcome.season == season:
                self.refused += 1
                continue
            return key, card, rows.index(row), side, digit
        raise RuntimeError("no acceptable edit found in 200 draws")

    async def go_to(self, round_key: str, card, row_index: int, side: int) -> None:
        tabs = self.app.query_one("#tabs")
        if tabs.active != round_key:
            await self.key("t")  # the tab keys: t then the tab's number, from anywhere
            await self.key(str(self.app.pane_ids.index(round_key) + 1))
        await self.focus_cell(card, row_index, side)

    async def focus_cell(self, grid: ScoreGrid, row_index: int, side: int) -> None:
        grid.focus()
        grid.place(row_index, HOME_GOALS if side == 0 else AWAY_GOALS)
        await self.settle()
        # The tab underline slides for 0.3 s and focus may scroll smoothly: let them end,
        # so that no animation frame lands inside the timed interval.
        await self.app.animator.wait_until_complete()
        await self.settle()
        self.refresh_nodes()

    # ---- regular-season results (target="results") ------------------------------------
    def pick_result(self) -> tuple[int, int, int]:
        """(index in season.results, side, digit) that apply_result_key would change."""
        season = self.app.document.season
        for _ in range(200):
            index = self.rng.randrange(len(season.results))
            side, digit = self.rng.randrange(2), self.rng.randrange(10)
            result = season.results[index]
            outcome = apply_result_key(season, result.home, result.away, side, "set", digit)
            if outcome.season is None or outcome.season == season:
                self.refused += 1
                continue
            return index, side, digit
        raise RuntimeError("no acceptable result edit found in 200 draws")

    async def go_to_result(self, index: int, side: int) -> tuple[ResultsGrid, int]:
        """Show the result's matchday on the General tab, focus its cell; (grid, row)."""
        if self.app.query_one("#tabs").active != "general":
            if isinstance(self.app.focused, ScoreGrid):
                await self.key("escape")
            await self.key(str(self.app.pane_ids.index("general") + 1))
        view = self.app.query_one(GeneralTableView)
        day = self.app.document.season.results[index].matchday or 0
        if view.matchday != day:
            view.matchday = day  # what the grid's `,` and `.` bindings end up doing
            await self.settle()
        grid = view.query_one(ResultsGrid)
        row_index = grid.get_row_index(str(index))
        await self.focus_cell(grid, row_index, side)
        return grid, row_index


def _seeds(app: LiguillaApp) -> tuple:
    return tuple((q.seed, q.team) for q in app.resolved.qualified) if app.resolved else ()


async def _run(
    path: Path, size: tuple[int, int], edits: int, seed: int, pilot_every: int, target: str = "ties"
) -> dict:
    loaded = load_season(path)
    if loaded.season is None:
        raise RuntimeError(f"{path} does not load")
    # The GC policy of `liguilla` (liguilla_tui/heap.py, cli.run_app): what exists before
    # App.run is frozen, and the widget tree once every tab is built; unfrozen at the end.
    app = LiguillaApp(loaded, settle_heap=True)
    gc.freeze()
    thresholds = gc.get_threshold()  # the app defers full collections to idle moments
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {k: [] for k in ("total", *PARTS)}
    pilot_samples: list[float] = []
    applied = verified = reseeding = 0
    # The app imports score entry when the first key comes: patch it where it lives.
    saved = entry_module.apply_key, app_module.resolve, entry_module.apply_result_key
    async with app.run_test(size=size) as pilot:
        driver = EditDriver(app, pilot, rng)
        timers = driver.timers
        entry_module.apply_key = timers.wrap("core", saved[0])
        app_module.resolve = timers.wrap("resolve", saved[1])
        entry_module.apply_result_key = timers.wrap("core", saved[2])
        app.apply = timers.wrap("apply", app.apply)  # type: ignore[method-assign]
        app.journal.record = timers.wrap("journal", app.journal.record)  # type: ignore[method-assign]
        display = app._display

        def serialise(screen, renderable) -> None:
            if isinstance(renderable, CompositorUpdate):
                renderable.render_segments(app.console)
            display(screen, renderable)

        app._display = serialise  # type: ignore[method-assign]
        gc.callbacks.append(timers.on_gc)
        try:
            driver.refresh_nodes()
            driver.time_frames()
            await driver.settle()
            if len(app.screen_stack) > 1:
                raise RuntimeError(f"a dialog is open before the first edit: {app.screen_stack[-1]!r}")
            round_keys = [r.key for r in app.document.season.format.rounds]
            total = edits + (edits // max(1, pilot_every - 1) if pilot_every else 0)
            if target == "results" and not app.document.season.results:
                raise RuntimeError(f"{path.name} has no regular-season results to edit")
            for index in range(total):
                if target == "results":
                    result_index, side, digit = driver.pick_result()
                    grid, row_index = await driver.go_to_result(result_index, side)
                else:
                    key, card, row_index, side, digit = driver.pick(round_keys)
                    await driver.go_to(key, card, row_index, side)
                    grid = card
                before = app.document.season
                seeds_before = _seeds(app) if target == "results" else ()
                timers.take()
                if pilot_every and index % pilot_every == pilot_every - 1:
                    start = time.perf_counter()
                    await pilot.press(str(digit))
                    await pilot.pause()
                    pilot_samples.append((time.perf_counter() - start) * 1e3)
                    await driver.settle()
                else:
                    start = time.perf_counter()
                    await driver.key(str(digit))
                    elapsed = time.perf_counter() - start
                    parts = timers.take()
                    samples["total"].append(elapsed * 1e3)
                    for part in ("core", "apply", "resolve", "journal", "frame", "gc"):
                        samples[part].append(parts.get(part, 0.0) * 1e3)
                    samples["dispatch"].append(
                        (elapsed - parts.get("core", 0.0) - parts.get("apply", 0.0) - parts.get("frame", 0.0)) * 1e3
                    )
                applied += app.document.season is not before
                if target == "results":
                    reseeding += _seeds(app) != seeds_before
                column = HOME_GOALS if side == 0 else AWAY_GOALS
                if isinstance(grid, TieCard):
                    shown = grid.get_row(grid.row_keys[row_index])[column]
                else:
                    shown = grid.get_cell_at((row_index, column))
                verified += str(shown) == str(digit)
        finally:
            entry_module.apply_key, app_module.resolve, entry_module.apply_result_key = saved
            gc.unfreeze()
            gc.set_threshold(*thresholds)
            gc.callbacks.remove(timers.on_gc)
        await pilot.exit(None)
    total_s = summary(samples["total"], 3)
    extra = {"target": target, "edits_reseeding": reseeding} if target == "results" else {}
    return {
        "median_ms": total_s["median"],
        "p95_ms": total_s["p95"],
        "total_ms": total_s,
        "parts_median_ms": {part: summary(samples[part], 3)["median"] for part in PARTS},
        "parts_p95_ms": {part: summary(samples[part], 3)["p95"] for part in PARTS},
        # The parts of the slowest edits, which make the p95 (independent p95s of parts do not).
        "slowest_ms": [
            {"total": round(samples["total"][i], 2), **{p: round(samples[p][i], 2) for p in PARTS}}
            for i in sorted(range(len(samples["total"])), key=samples["total"].__getitem__)[-5:]
        ],
        "pilot_ms": summary(pilot_samples, 1),
        "edits": len(samples["total"]) + len(pilot_samples),
        "edits_applied": applied,
        "edits_shown": verified,
        "draws_refused_untimed": driver.refused,
        "size": list(size),
        "seed": seed,
        "file": path.name,
        **extra,
    }


def measure_keystrokes(
    path: Path,
    size: tuple[int, int] = (80, 24),
    edits: int = 200,
    seed: int = 2013,
    pilot_every: int = 0,
    target: str = "ties",
) -> dict:
    """`edits` timed edits (plus every pilot_every-th one through Pilot, if set); target
    "ties" types Liguilla leg scores, "results" regular-season results (see above)."""
    if target not in ("ties", "results"):
        raise ValueError(f"target must be 'ties' or 'results', not {target!r}")
    with private_state():
        return asyncio.run(_run(path, size, edits, seed, pilot_every, target))


def measure(quick: bool) -> dict:
    from liguilla_tui.seasons import default_season

    result = measure_keystrokes(default_season(), (80, 24), edits=30 if quick else 200, pilot_every=6)
    return {
        "keystroke_median_ms": result["median_ms"],
        "keystroke_p95_ms": result["p95_ms"],
        "keystroke_detail": {
            "interval": "Key posted -> frame composed (see benchmarks/keystroke.py)",
            **{k: v for k, v in result.items() if k not in ("median_ms", "p95_ms")},
        },
    }


if __name__ == "__main__":  # pragma: no cover
    import json
    import sys

    print(json.dumps(measure(quick="--quick" in sys.argv), indent=2, ensure_ascii=False))
