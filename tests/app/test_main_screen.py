"""The screen's cropping compositor (widgets/main_screen.py): the same lines as Textual's,
from fewer widgets."""

from __future__ import annotations

import copy

from textual._compositor import Compositor
from textual.geometry import Region
from textual.strip import Strip

from liguilla_tui.widgets.main_screen import CroppingCompositor


def _as_textual(compositor: CroppingCompositor) -> Compositor:
    """The same composition, rendered by Textual's own compositor."""
    theirs = copy.copy(compositor)
    theirs.__class__ = Compositor
    return theirs


def _shown(compositor: Compositor, crop: Region) -> list[list[object]]:
    """What a partial update of `crop` writes: each row's cells from crop.x to crop.right, as
    the update's chops give them (ChopsUpdate writes only those; a chop it does not reach may
    be left unrendered). A hole, a cell no widget drew, fails."""
    lines = set(range(crop.y, crop.bottom))
    chops = compositor._render_chops(crop, lines.__contains__)
    rows = []
    for y in sorted(lines):
        pieces = []
        for (x, strip), end in zip(chops[y].items(), compositor.cuts[y][1:]):
            if end <= crop.x or x >= crop.right:
                continue
            assert strip is not None, (crop, y, x)
            pieces.append(strip.crop(max(crop.x, x) - x, min(crop.right, end) - x))
        rows.append(list(Strip.join(pieces)))
    return rows


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
            assert _shown(ours, crop) == _shown(theirs, crop), crop
        # A tie's row asks its card and the view around it (its padding), not the other
        # cards, the header, the footer or the tab row, nor the containers under the view.
        row = crops[1]
        asked = [region for region, _, _ in ours._get_renders(row)]
        under = [w for w in ours.visible_widgets if w.region.overlaps(row)]
        assert len(asked) == 2 < len(under) < len(list(theirs._get_renders(row)))
        # Within a card, a row is its card's alone.
        assert len(list(ours._get_renders(crops[4]))) == 1
        # Each widget is asked for the rows of the area only.
        for region, clip, strips in ours._get_renders(row):
            shown = region.intersection(clip)
            assert len(strips) == row.bottom - shown.y
        # A full frame (Textual asks it with the screen's region, not None): the same lines.
        assert [list(strip) for strip in ours.render_strips()] == [list(strip) for strip in theirs.render_strips()]
        app.notify("a toast over the cards")  # an overlay in front: still the same frame
        await ui.settle(pilot)
        ours = app.screen._compositor
        theirs = _as_textual(ours)
        assert [list(strip) for strip in ours.render_strips()] == [list(strip) for strip in theirs.render_strips()]
        for crop in crops:
            assert _shown(ours, crop) == _shown(theirs, crop), crop
