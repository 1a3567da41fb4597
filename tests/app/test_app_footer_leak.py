"""The footer must not keep the keys it rebuilds (Textualize/textual#6666)."""

from __future__ import annotations

import gc

from textual.widgets._footer import FooterKey

from liguilla_tui.widgets.footer import AppFooter


async def test_switching_tabs_does_not_pile_up_footer_keys(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        footer = app.query_one(AppFooter)
        for number in [2, 5, 1, 3, 6, 4] * 5:  # each move changes the focused widget's bindings
            await ui.goto_tab(pilot, number)
        await ui.settle(pilot)
        shown = len(footer.query(FooterKey))
        assert shown > 0
        watchers = getattr(footer, "__watchers", {}).get("compact", [])
        assert len(watchers) <= shown  # one per key on screen, none for removed keys
        gc.collect()
        alive = sum(1 for o in gc.get_objects() if isinstance(o, FooterKey))
        assert alive <= 2 * shown, (alive, shown)  # textual's Footer alone: ~25 more per switch
