"""Lines whose wrapped continuations keep an indent: "needs: …" under its team, at any width.

A Static wraps a long line back to its left edge, so a team's needs, indented under the
team, ran on at column 0 (a new user's trial at 80 and 60 columns). `HangingText` shows
lines of Rich Text, each given an indent: its first piece is drawn as written (leading
spaces and all), each further piece `indent` cells in. Each line is the Content a Static
makes of the same Text (Content.from_rich_text with the app's console), wrapped and
formatted as Content.render_strips does (textual/content.py, 8.x: _wrap_and_format, the
private step views/scenario_card.py relies on too), so the styles, the selection and the
copied text (the lines as written, unwrapped) are a Static's.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text
from textual.content import Content
from textual.css.styles import RulesMap
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import Static

from liguilla_tui.widgets.cells import same

Line = tuple[Content, int]  # a line's content, and the indent of its continuations


def _formatted(content: Content, indent: int, width: int, options: RenderOptions | None):
    """The line's pieces at `width` (Content's _FormattedLine), and how many of them, after
    the first, are drawn `indent` cells in."""

    def wrap(piece: Content, room: int):
        if options is None:  # measuring: no styles
            return piece._wrap_and_format(room)
        return piece._wrap_and_format(room, post_style=options.post_style, get_style=options.get_style)

    lines = wrap(content, width)
    if indent <= 0 or len(lines) < 2 or width - indent < 1:
        return lines, 0
    cut = lines[1].x  # where the first piece ends in the line: the rest wraps in less room
    rest = wrap(content.divide([cut])[1], width - indent)
    for line in rest:
        line.x += cut  # columns in the whole line, as text selection reads them
    return [lines[0], *rest], len(rest)


class HangingLines(Visual):
    """The lines drawn by HangingText; `plain` is its text as written, a line each."""

    def __init__(self, lines: Sequence[Line], plain: str) -> None:
        self._lines = tuple(lines)
        self.plain = plain
        self._height: tuple[int, int] = (-1, 0)  # (width, lines at it)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        if not width:
            return []
        strips: list[Strip] = []
        indents = {indent: Segment(" " * indent, style.rich_style) for _content, indent in self._lines}
        for y, (content, indent) in enumerate(self._lines):
            span = options.selection.get_span(y) if options.selection is not None else None
            if span is not None and options.selection_style is not None:
                start, end = span
                content = content.stylize(options.selection_style, start, len(content.plain) if end == -1 else end)
            lines, hanging = _formatted(content, indent, width, options)
            for n, line in enumerate(lines):
                line.y = y  # the line's place in `plain`, for text selection
                segments, cells = line.to_strip(style)
                if hanging and n:
                    segments, cells = [indents[indent], *segments], cells + indent
                strips.append(Strip(segments, cells))
        return strips if height is None else strips[:height]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((cell_len(line) for line in self.plain.split("\n")), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.lines_at(width)

    def lines_at(self, width: int) -> int:
        if self._height[0] != width:
            count = sum(len(_formatted(c.without_spans, indent, width, None)[0]) for c, indent in self._lines)
            self._height = (width, count if width else 0)
        return self._height[1]


class HangingText(Static):
    """A Static of lines, each wrapping under its own indent: `show([(text, indent), …])`."""

    _shown_lines: list[tuple[Text, int]] | None = None

    def show(self, lines: Sequence[tuple[Text, int]]) -> None:
        """Show the lines; a line holding "\\n" is split, its parts indented alike. Nothing is
        redrawn when they show the same, and the screen is not laid out again when they take
        as many lines as before (as cells.set_text does for a Static)."""
        split = [(part, indent) for text, indent in lines for part in text.split("\n", allow_blank=True)]
        old = self._shown_lines
        if (
            old is not None
            and len(old) == len(split)
            and all(a[1] == b[1] and same(a[0], b[0]) for a, b in zip(old, split))
        ):
            return
        self._shown_lines = split
        console = self.app.console
        visual = HangingLines(
            [(Content.from_rich_text(text, console=console), indent) for text, indent in split],
            "\n".join(text.plain for text, _indent in split),
        )
        width = self.content_region.width if self.is_mounted else 0
        shown = self.visual
        layout = not (width > 0 and isinstance(shown, HangingLines) and shown.lines_at(width) == visual.lines_at(width))
        self.update(visual, layout=layout)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        visual = self.visual
        text = visual.plain if isinstance(visual, HangingLines) else str(visual)
        return selection.extract(text), "\n"
