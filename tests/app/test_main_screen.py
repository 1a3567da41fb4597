"""The screen's cropping compositor (widgets/main_screen.py): the same lines as Textual's,
from fewer widgets."""

from __future__ import annotations

import copy

from textual._compositor import Compositor
from textual.geometry import Region

from liguilla_tui.widgets.main_screen import CroppingCompositor


def _as_textual(compositor: CroppingCompositor) -> Compositor:
    """The same composition, rendered by Textual's own compositor."""
    theirs = copy.copy(compositor)
    theirs.__class__ = Compositor
    return theirs


async def test_a_partial_update_draws_the_lines_textual_draws_from_fewer_widgets(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        await pilot.press("5", "right", "3", "down", "down", "2")  # QF 1 and QF 2 edited
        await ui.settle(pilot)
        ours = app.screen._compositor
        assert isinstance(ours, CroppingCompositor)
        theirs = _as_textual(ours)
        card = ui.card(app, "quarterfinals", 1).region
        crops = [
            card,  # a whole tie
            Region(0, card.y + 1, ui.SIZE[0], 1),  # a row of its grid
            Region(0, 0, ui.SIZE[0], 1),  # the header
            Region(0, ui.SIZE[1] - 1, ui.SIZE[0], 1),  # the footer
            Region(5, card.y, 10, 3),  # part of a few lines
        ]
        for crop in crops:
            lines = set(range(crop.y, crop.bottom))
            drawn = ours._render_chops(crop, lines.__contains__)
            expected = theirs._render_chops(crop, lines.__contains__)
            assert [drawn[y] for y in sorted(lines)] == [expected[y] for y in sorted(lines)], crop
        # A tie's row asks its card and the containers under it, not the other cards,
        # the header, the footer or the tab row.
        row = crops[1]
        asked = len(list(ours._get_renders(row)))
        assert asked < len(list(theirs._get_renders(row)))
        assert asked == len([w for w in ours.visible_widgets if w.region.overlaps(row)])
        # A full update is Textual's own.
        assert len(list(ours._get_renders(None))) == len(list(theirs._get_renders(None)))
