"""The footer must not keep the keys it rebuilds (Textualize/textual#6666)."""

from __future__ import annotations

import gc

from textual.widgets._footer import FooterKey

from liguilla_tui.widgets.footer import AppFooter


def _footer_keys_alive() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, FooterKey))


async def test_switching_tabs_does_not_pile_up_footer_keys(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        footer = app.query_one(AppFooter)
        before = _footer_keys_alive()  # other tests' garbage, if any, counts on both sides
        # Each move changes the focused widget's bindings. One visit to each tab is enough: a
        # leak keeps ~25 keys per switch, so six switches already leave ~150 where at most the
        # keys on screen (~10) may stay; twelve proved nothing more.
        for number in [2, 5, 1, 3, 6, 4]:
            await ui.goto_tab(pilot, number)
        await ui.settle(pilot)
        shown = len(footer.query(FooterKey))
        assert shown > 0
        watchers = getattr(footer, "__watchers", {}).get("compact", [])
        assert len(watchers) <= shown  # one per key on screen, none for removed keys
        grown = _footer_keys_alive() - before
        assert grown <= shown, (grown, shown)  # textual's Footer alone: ~25 more per switch, 150 here


async def test_moving_between_grids_keeps_the_footer_keys(ui, season_path):
    """Same keys shown: the footer is not rebuilt (no garbage per cursor move)."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        footer = app.query_one(AppFooter)
        keys = list(footer.query(FooterKey))
        assert app.focused is ui.grid(app, "quarterfinals", 0)
        for _ in range(3):
            await pilot.press("down")
        await ui.settle(pilot)
        assert app.focused is ui.grid(app, "quarterfinals", 1)  # another grid, same bindings
        assert list(footer.query(FooterKey)) == keys
        await pilot.press("escape")  # the tab bar: other keys
        await ui.settle(pilot)
        assert list(footer.query(FooterKey)) != keys
        assert "Goals" not in [k.description for k in footer.query(FooterKey)]
