"""HangingText (the Scenarios tab's table section): a line that fits is drawn as a Static
draws it; a wrapped line's further pieces keep its indent, and text selection still reads
each cell's place in the line as written."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.geometry import Offset, Region
from textual.selection import SELECT_ALL, Selection
from textual.widgets import Static

from liguilla_tui.widgets.hanging import HangingText

NEEDS = "needs: To reach the Liguilla: a win is enough; or any result, and UANL not beating Tijuana; among other ways"
LINES = [
    (Text.assemble((" 3. Cruz Azul", "bold"), "  places 1–7  · Liguilla  · Play-in", style="bold"), 4),
    (Text.assemble("    ", (NEEDS, "italic"), style="bold"), 4),
    (Text.assemble(("✓ Liguilla made sure of: América, Toluca", "green")), 2),
]


class _Side(App[None]):
    """The lines in a HangingText and, under it, a Static of them joined."""

    def compose(self) -> ComposeResult:
        yield HangingText(id="hanging")
        yield Static(id="reference")

    def on_mount(self) -> None:
        self.query_one(HangingText).show(LINES)
        self.query_one("#reference", Static).update(Text("\n").join(text for text, _ in LINES))


def drawn(widget) -> list[list[object]]:
    return [list(strip) for strip in widget.render_lines(Region(0, 0, *widget.outer_size))]


async def test_lines_that_fit_are_drawn_and_copied_as_a_static_draws_them():
    app = _Side()
    async with app.run_test(size=(120, 10)) as pilot:
        await pilot.pause()
        hanging, reference = app.query_one(HangingText), app.query_one("#reference", Static)
        assert hanging.outer_size == reference.outer_size
        assert drawn(hanging) == drawn(reference)
        for selection in (SELECT_ALL, Selection(Offset(5, 0), Offset(12, 1))):
            app.screen.selections = {hanging: selection, reference: selection}
            await pilot.pause()
            assert drawn(hanging) == drawn(reference)
            assert hanging.get_selection(selection) == reference.get_selection(selection)
        app.screen.clear_selection()


async def test_wrapped_pieces_keep_the_indent_and_their_place_in_the_line():
    for width in (80, 60, 40):
        app = _Side()
        async with app.run_test(size=(width, 20)) as pilot:
            await pilot.pause()
            hanging, reference = app.query_one(HangingText), app.query_one("#reference", Static)
            lines = drawn(hanging)
            shown = ["".join(segment.text for segment in line).rstrip() for line in lines]
            needs = next(i for i, line in enumerate(shown) if line.startswith("    needs: "))
            row, pieces = shown[:needs], shown[needs + 1 : shown.index(LINES[2][0].plain)]
            assert pieces, width  # the needs wrap at these widths
            assert all(piece.startswith("    ") and piece[4] != " " for piece in pieces + row[1:]), (width, shown)
            assert " ".join(" ".join(row).split()) == " ".join(LINES[0][0].plain.split())
            assert " ".join(piece.strip() for piece in [shown[needs], *pieces]) == NEEDS
            assert hanging.outer_size.height == len(lines) >= reference.outer_size.height
            # Each drawn piece of text says where it is in the line as written.
            written = [text.plain for text, _ in LINES]
            for line in lines:
                for segment in line:
                    if segment.text.strip() and segment.style and segment.style.meta.get("offset"):
                        x, y = segment.style.meta["offset"]
                        assert written[y][x : x + len(segment.text)] == segment.text
            # Selected and copied as the lines were written, unwrapped.
            selection = Selection(Offset(4, 1), Offset(len(NEEDS), 1))
            assert hanging.get_selection(selection) == (NEEDS[: len(NEEDS) - 4], "\n")
