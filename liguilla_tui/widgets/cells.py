"""Cells from data: Text, never markup, and tables updated in place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.content import Content
from textual.widgets import DataTable, Static

from liguilla_tui.report.safe import printable

if TYPE_CHECKING:
    from rich.console import JustifyMethod


def plain(value: object, style: str = "", justify: JustifyMethod | None = None) -> Text:
    """File data as a Rich Text: brackets stay brackets, controls are made visible."""
    return Text(printable(str(value)), style=style, justify=justify)


def literal(value: object) -> Content:
    """File data as Textual Content, for what parses a str as markup (tab labels, the
    palette's prompts and help): brackets stay brackets, controls are made visible."""
    return Content(printable(str(value)))


def same(a: object, b: object) -> bool:
    """Would `a` and `b` show the same? Rich's Text == compares only the characters and
    spans: a name that turns bold (its side won the tie) would be "equal" and not redrawn."""
    if isinstance(a, Text) and isinstance(b, Text):
        return (
            a.plain == b.plain
            and a._spans == b._spans
            and a.style == b.style
            and a.justify == b.justify
            and a.overflow == b.overflow
            and a.no_wrap == b.no_wrap
            and a.end == b.end
        )
    return type(a) is type(b) and a == b


def sync_rows(table: DataTable, rows: Sequence[Sequence[object]], keys: Sequence[str] | None = None) -> None:
    """Make the table show `rows`, updating cells in place so the cursor stays put.

    Rows are keyed by position (or `keys`); surplus rows are removed from the end and
    missing ones appended, so a table that keeps its shape is never rebuilt.
    """
    keys = list(keys) if keys is not None else [str(i) for i in range(len(rows))]
    columns = list(table.columns)
    existing = [row.key.value for row in table.ordered_rows]
    if existing[: len(keys)] != keys[: len(existing)]:
        table.clear()
        existing = []
    for surplus in [row.key for row in table.ordered_rows[len(keys) :]]:
        table.remove_row(surplus)
    for index, (key, row) in enumerate(zip(keys, rows)):
        if index < len(existing):
            for column, value in zip(columns, row):
                if not same(table.get_cell(key, column), value):
                    table.update_cell(key, column, value)
        else:
            table.add_row(*row, key=key)


def set_text(widget: Static, text: Text) -> None:
    """Update a Static only when its text changes: most edits leave most lines alone.

    A Static whose size CSS fixes (a set height, and a width not `auto`) cannot change
    size with its text, so it is repainted without asking for a re-layout, which would
    re-arrange every widget on the screen (~30% of a keystroke's frame with 32 ties).
    The same holds for an auto-height Static of a set width whose new text wraps to as
    many lines as the old one: a score typed rarely changes how many lines a tie's
    sentence takes, and the re-layout had been two thirds of a key on the Scenarios tab.
    """
    shown = getattr(widget, "_shown_text", None)
    if not same(shown, text):
        widget._shown_text = text  # type: ignore[attr-defined]  # our memo on Textual's Static
        layout = not _fixed_size(widget) and not _same_height(widget, shown, text)
        widget.update(text, layout=layout)


def _fixed_size(widget: Static) -> bool:
    height, width = widget.styles.height, widget.styles.width
    return height is not None and not height.is_auto and not (width is not None and width.is_auto)


def _same_height(widget: Static, old: object, new: Text) -> bool:
    """Would `new` take as many lines as `old` in this widget, whose width is not its text's?"""
    width = widget.styles.width
    if not isinstance(old, Text) or (width is not None and width.is_auto) or not widget.is_mounted:
        return False
    columns = widget.content_region.width
    if columns <= 0:
        return False
    return _lines(widget, old, columns) == _lines(widget, new, columns)


def _lines(widget: Static, text: Text, columns: int) -> int:
    """Lines `text` wraps to; the last answer is kept on the widget, as the next key's
    old text is this key's new one (wrapping is most of what set_text costs)."""
    kept = getattr(widget, "_shown_lines", None)
    if kept is not None and kept[0] is text and kept[1] == columns:
        return kept[2]
    count = len(text.wrap(widget.app.console, columns))
    widget._shown_lines = (text, columns, count)  # type: ignore[attr-defined]  # our memo, as _shown_text
    return count
