"""A Scenarios card part's lines, drawn as Textual draws the same Rich Text in a Static,
without making Content of it: the part's styled runs are found once, and each wrapped
line is cut from them. Two changed parts were ~0.27 ms of a score key's ~1 ms of work on
the Scenarios tab, most of it Content made, divided, trimmed and rendered line by line.

Only the common case is drawn here: text left-aligned, folded and wrapped with no line
padding (the card's CSS), no control character, no two spans of different styles on
one character (the part's own style aside), and every wrapped line within the width. Anything else returns None and the card asks Textual. What Textual does, and
this repeats (textual/content.py, 8.x): Content.from_rich_text converts the part (its
own style a span before the others; a span's style name parsed by the console, the
part's own by the widget), _wrap_and_format splits it at "\\n", wraps each line with
rich's divide_line, strips the end of each wrapped line but the last, and _FormattedLine
.to_strip renders each piece: a segment per run of spans, styled `style + (style +
the run's spans)` with the run's place (column in its source line, line) as meta for
text selection. tests/app/test_part_lines.py compares the two on random parts and widths.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from rich._wrap import divide_line  # what Content._wrap_and_format wraps with
from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style as RichStyle
from rich.terminal_theme import TerminalTheme
from rich.text import Text
from textual.strip import Strip
from textual.style import Style

_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f]")  # what Content strips or expands (all but "\n")


def _runs(part: Text, style: Style, get_style: Callable[[str], Style], console: Console, theme: TerminalTheme | None):
    """The part's runs [(start, end, segment style)] over its whole text, split where a
    span starts or ends, as Content.render splits them."""
    styles: list[Style] = [style]  # the base, id 0; spans from 1 in Content's order
    spans: list[tuple[int, int]] = []
    length = len(part.plain)
    if part.style:  # Content.stylize_before: a span over the whole text, first
        own = part.style
        styles.append(get_style(own) if isinstance(own, str) else Style.from_rich_style(own, theme))
        spans.append((0, length))
    converted: dict[object, Style] = {}  # a style used by several spans (a part's pieces) is converted once
    for start, end, span_style in part._spans:
        if start >= min(end, length):
            continue  # empty (append_text of an empty piece): see part_strips
        if span_style not in converted:
            rich = console.get_style(span_style) if isinstance(span_style, str) else span_style
            assert isinstance(rich, RichStyle)
            converted[span_style] = Style.from_rich_style(rich, theme)
        styles.append(converted[span_style])
        spans.append((start, min(end, length)))
    events = sorted(
        [(0, False, 0), (length, True, 0)]
        + [(start, False, i) for i, (start, _) in enumerate(spans, 1)]
        + [(end, True, i) for i, (_, end) in enumerate(spans, 1)],
        key=lambda e: (e[0], e[1]),
    )
    runs: list[tuple[int, int, Style]] = []
    stack: list[int] = []
    combined: dict[tuple[int, ...], Style] = {}
    for (offset, leaving, i), (following, _, _) in pairwise(events):
        if leaving:
            stack.remove(i)
        else:
            stack.append(i)
        if following > offset:
            key = tuple(sorted(stack))
            if key not in combined:
                combined[key] = style + Style.combine(styles[j] for j in key)
            runs.append((offset, following, combined[key]))
    return runs


def _overlapping(spans) -> bool:
    """Do two spans of different styles share a character? (The part's own style, over
    all of it, is not a span; a piece appended whole in the same style as its text, as
    the state line's "dim" pieces are, overlaps only itself.)"""
    found = [(s.start, s.end, s.style) for s in spans if s.start < s.end]  # a part has a few
    return any(
        a_start < b_end and b_start < a_end and a_style != b_style
        for i, (a_start, a_end, a_style) in enumerate(found)
        for b_start, b_end, b_style in found[i + 1 :]
    )


def part_strips(
    part: Text,
    first: int,
    width: int,
    style: Style,
    get_style: Callable[[str], Style],
    console: Console,
    theme: TerminalTheme | None,
) -> list[Strip] | None:
    """The part's strips at this width, its first line being line `first` of the card's
    text; None where this is not the common case (see the module's docstring)."""
    plain = part.plain
    if not plain or width <= 0 or _CONTROL.search(plain):
        return None
    length = len(plain)
    if _overlapping(part._spans):
        return None  # the order such spans stack in changed in Textual (8.0 to 8.2): left to it
    if "\n" not in plain and cell_len(plain) <= width and any(s >= e or e > length for s, e, _ in part._spans):
        # Textual drops an empty (or overhanging) span when it splits the text at "\n" or
        # wraps it, as _runs does; a line it neither splits nor wraps keeps the span,
        # which breaks the segment there. Left to Textual.
        return None
    runs = _runs(part, style, get_style, console, theme)
    strips: list[Strip] = []
    line_start = 0
    for y, line in enumerate(plain.split("\n"), first):
        if not line:
            return None  # a blank line is one empty segment in Textual's: not worth repeating
        # A line that fits is not cut (divide_line finds no place to: it only cuts before a
        # word that would end past the width).
        offsets = [] if cell_len(line) <= width else divide_line(line, width, fold=True)
        cuts = [0, *offsets, len(line)]
        last = len(cuts) - 2
        for n, (start, end) in enumerate(pairwise(cuts)):
            text = line[start:end] if n == last else line[start:end].rstrip()
            cells = cell_len(text)
            if not text or len(text) > width or cells > width:
                return None  # Textual would crop it (or draw an empty segment)
            low, high = line_start + start, line_start + start + len(text)
            segments = []
            x = start
            for run_start, run_end, run_style in runs:
                if run_end <= low or run_start >= high:
                    continue
                piece = plain[max(run_start, low) : min(run_end, high)]
                segments.append(Segment(piece, run_style.rich_style_with_offset(x, y)))
                x += len(piece)
            strips.append(Strip(segments, cells))
        line_start += len(line) + 1
    return strips
