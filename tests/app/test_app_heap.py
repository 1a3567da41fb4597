"""`liguilla`'s GC policy in the app: the built screen is frozen out of the collector."""

from __future__ import annotations

import gc

from liguilla_tui import heap
from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season
from liguilla_tui.views.bracket import BracketView


async def test_the_built_screen_is_frozen_once_every_tab_is_mounted(ui, season_path):
    gc.unfreeze()
    thresholds = gc.get_threshold()
    app = LiguillaApp(load_season(season_path), settle_heap=True)
    try:
        async with app.run_test(size=ui.SIZE) as pilot:
            await ui.settle(pilot)
            await app.workers.wait_for_complete()
            frozen = gc.get_freeze_count()
            bracket = app.query_one(BracketView)
            assert frozen > 10_000
            # A later tab's view was built after start-up, and is frozen too: the collector's
            # generations (what gc.get_objects lists) no longer hold it.
            assert all(o is not bracket for o in gc.get_objects())
            # Full collections now wait for a pause in typing.
            assert app._idle_gc is not None and gc.get_threshold()[2] >= 1_000_000
    finally:
        gc.unfreeze()  # the test process goes on
        gc.set_threshold(*thresholds)


async def test_without_the_policy_nothing_is_frozen(ui, season_path):
    gc.unfreeze()
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await app.workers.wait_for_complete()
        assert gc.get_freeze_count() == 0


def test_loading_turns_the_collector_off_and_back_on():
    assert gc.isenabled()
    with heap.loading():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with heap.loading():
            pass
        assert not gc.isenabled()  # it restores what it found
    finally:
        gc.enable()


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_idle_collector_waits_for_a_pause_in_typing(monkeypatch):
    collections = []
    monkeypatch.setattr(gc, "collect", lambda *a: collections.append(a) or 0)
    clock = FakeClock()
    idle = heap.IdleCollector(idle=1.0, every=30.0, clock=clock)
    assert not idle.tick()  # nothing edited yet
    for _ in range(5):  # typing: a key every 0.3 s
        idle.touch()
        clock.now += 0.3
        assert not idle.tick()
    clock.now += 1.0  # a pause
    assert idle.tick() and len(collections) == 1
    clock.now += 5.0
    assert not idle.tick()  # nothing new to collect
    for _ in range(120):  # typing without a pause for 36 s
        idle.touch()
        clock.now += 0.3
        idle.tick()
    assert len(collections) == 2  # once, when 30 s had passed


def test_deferring_keeps_young_collections():
    saved = gc.get_threshold()
    try:
        heap.IdleCollector.defer()
        young, middle, full = gc.get_threshold()
        assert (young, middle) == saved[:2] and full >= 1_000_000
    finally:
        gc.set_threshold(*saved)


async def test_a_results_grid_keeps_few_render_cache_entries(ui, tmp_path):
    """Textual's DataTable keeps up to 1,000 lines and 10,000 cells, nearly all stale
    after an edit; liguilla_tui/widgets/table.py sizes them to the table."""
    from liguilla_tui.widgets.results_grid import ResultsGrid
    from tests.app.test_app_results import season_with_results

    app = ui.open_app(season_with_results(tmp_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        grid = app.query_one(ResultsGrid)
        grid.focus()
        for digit in "1234512345" * 4:
            await pilot.press(digit, "right", "down")
        await ui.settle(pilot)
        # textual 8's private caches (the test extra pins textual) and Table's own: bounded as set.
        for cache, size in (
            (grid._strips, grid.LINES),
            (grid._cell_lines, grid.CELLS),
            (grid._line_cache, grid.LINES // 4),
            (grid._cell_render_cache, grid.CELLS // 4),
            (grid._row_render_cache, grid.LINES),
        ):
            assert cache.maxsize == size and len(cache) <= size
        assert len(grid._cell_lines) > 0  # the cells were drawn through Table's cache


async def test_a_tie_card_keeps_one_render_per_line(ui, season_path):
    """A card keeps the last render of each of its lines, no more, however long one types."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        card = ui.card(app, "quarterfinals", 0)
        for digit in "1234512345" * 4:
            await pilot.press(digit, "right")
        await ui.settle(pilot)
        assert 0 < len(card._strips) <= card._line_count()


class _IncrementalGC:
    """Python 3.14's collector as the gc module shows it: a third threshold is dropped."""

    def __init__(self) -> None:
        self.thresholds = (2000, 10, 0)

    def get_threshold(self):
        return self.thresholds

    def set_threshold(self, young, middle=10, *_ignored):
        self.thresholds = (young, middle, 0)


def test_an_incremental_collector_is_left_as_it_is(monkeypatch):
    fake = _IncrementalGC()
    monkeypatch.setattr(heap, "gc", fake)
    assert not heap.generational_full_collections()
    assert heap.IdleCollector.defer() is False
    assert fake.thresholds == (2000, 10, 0)


def test_this_pythons_collector_is_probed_without_changing_it():
    saved = gc.get_threshold()
    honoured = heap.generational_full_collections()
    assert gc.get_threshold() == saved
    # CPython 3.10 to 3.13 pace full collections by the third threshold.
    import sys

    assert honoured == (sys.version_info < (3, 14))
