"""The app's screen: Textual's, with a compositor that asks only the widgets a partial
update can show for their lines.

For a partial update (a score key changes two lines of one tie), Textual's
`Compositor._get_renders` asks every widget whose *clip* overlaps the changed area for
its lines: every tie card of the tab, and the header, footer and tab row, whose clip is
the whole screen. A widget with all its lines cached still costs its style lookups
(~30–80 µs each): a third of a score key's frame. Only the widgets whose visible part
(region ∩ clip) overlaps the area can contribute a line to it (the compositor keeps
only the changed lines of what is rendered), so asking only those gives the same frame
with fewer calls. And each is asked only for the rows of the area, not all of its
visible lines (a tab's containers are 20 lines high): `_render_chops` reads a widget's
lines only on the rows being updated, all inside the area, so the rows above it are
given as placeholders that are never read. A container whose part of the area lies
under one widget in front of it (a tab pane under its view) is not asked at all: the
front widget's lines fill every cut there first, so the container's would be dropped.
That holds because Textual draws no widget through another (opacity and backgrounds are
blended inside each widget's own lines) and every widget's render_lines gives one strip
per row asked, as wide as asked (StylesCache pads and crops them).

Upstream (to be filed against Textualize/textual; none open as of textual 8.2.8):
"Compositor renders widgets outside the dirty region on partial updates". Repro: a
screen of four bordered Statics in a VerticalScroll; refresh one; count render_lines
calls: all four, plus every docked widget. Proposed fix: filter by the intersection of
region and clip, as below. No public API serves meanwhile, so `_get_renders` is
overridden (its body is Textual 8.2's, with that filter) and the screen's `_compositor`
replaced; pyproject.toml bounds textual to the minors checked, and
tests/app/test_textual_internals.py fails if either name or signature changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual._compositor import Compositor
from textual.geometry import Region
from textual.screen import Screen
from textual.strip import Strip

_UNREAD = Strip([])  # a row above the area: _render_chops skips it (not a rendered line)


class CroppingCompositor(Compositor):
    def _get_renders(self, crop: Region | None = None) -> Iterable[tuple[Region, Region, list[Strip]]]:
        # Textual asks with the screen's whole region for a full frame (render_full_update,
        # render_strips), so full frames take the rule below too, rightly: a hidden widget's
        # lines are dropped there as well. No region at all: Textual's own.
        if not crop:
            yield from super()._get_renders(crop)
            return
        overlaps, intersection, contains = crop.overlaps, Region.intersection, Region.contains_region
        top, bottom = crop.y, crop.bottom
        drawn: list[Region] = []  # what the widgets asked so far show of the area
        for widget, (region, clip) in self.visible_widgets.items():
            shown = intersection(region, clip)
            if not (shown.width and shown.height and overlaps(shown)):
                continue
            area = intersection(shown, crop)
            if any(contains(front, area) for front in drawn):
                continue  # under a widget in front (the widgets come front to back): hidden
            drawn.append(area)
            # The strips start at the top of `shown` (_render_chops pairs them with its rows).
            x, y, width, height = shown
            first, end = max(y, top), min(y + height, bottom)
            lines = widget.render_lines(Region(x - region.x, first - region.y, width, end - first))
            yield region, clip, [_UNREAD] * (first - y) + lines if first > y else lines


class MainScreen(Screen):
    """The app's default screen (App.get_default_screen)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._compositor = CroppingCompositor()
