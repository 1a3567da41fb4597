"""`liguilla`'s GC policy in the app: the built screen is frozen out of the collector."""

from __future__ import annotations

import gc

from liguilla_tui import heap
from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season
from liguilla_tui.views.bracket import BracketView


async def test_the_built_screen_is_frozen_once_every_tab_is_mounted(ui, season_path):
    gc.unfreeze()
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
    finally:
        gc.unfreeze()  # the test process goes on


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
