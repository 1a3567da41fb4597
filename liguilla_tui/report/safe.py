"""Text from files is data: the one path that makes it safe to put on a terminal.

Every string that comes from a season file, a file name, an import or a journal goes
through `printable` before any output: the app's widgets (liguilla_tui/widgets/cells.py
wraps it so markup is never parsed either), `show`, `check`, and the exports. No textual
or rich here: the CLI and the writers use it without a screen.
"""

from __future__ import annotations

import re
import unicodedata

# What a terminal would act on or hide rather than show:
# - C0 and C1 controls (ESC and CSI among them) and DEL; tab and newline too, since a
#   cell or a line of output has no room for them;
# - bidi controls, which reorder what follows (U+061C, U+200E/F, U+202A-E, U+2066-9);
# - zero-width and invisible formatting characters (U+00AD, U+180E, U+200B-D, U+2060-4,
#   U+206A-F, U+FEFF, U+FFF9-B, the tag characters U+E0000-7F), and the line and
#   paragraph separators U+2028/9, which break a line where none is shown;
# - lone surrogates: a file name's undecodable bytes as Python holds them.
UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"
)


def _visible(char: str) -> str:
    code = ord(char)
    if code <= 0x9F:
        return f"\\x{code:02x}"
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the byte the file name held
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def printable(text: str) -> str:
    """`text` with each unsafe character replaced by a visible escape (\\x1b, \\u202e)."""
    if not UNSAFE.search(text):
        return text
    return UNSAFE.sub(lambda m: _visible(m.group()), text)


def cell_width(text: str) -> int:
    """The terminal cells `text` takes once printable: two for a wide (East Asian wide or
    full-width, most emoji) character, none for a combining mark, one for the rest. The
    widgets measure with rich.cells.cell_len; this is the same measure without rich,
    for the reports (tests/cli/test_safe_text_cli.py checks them against each other)."""
    if text.isascii():
        return len(text)
    width = last = 0
    for char in text:
        if char == "\ufe0f" and last == 1:  # emoji presentation: ❤️ is drawn two cells wide
            width, last = width + 1, 2
        elif unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        else:
            last = 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
            width += last
    return width


def pad(text: str, width: int, right: bool = False) -> str:
    """`text` padded with spaces to `width` cells, on the left when `right`-aligned."""
    gap = " " * max(0, width - cell_width(text))
    return gap + text if right else text + gap


def printable_lines(lines: list[str]) -> str:
    """Lines of a report joined for a terminal, each made printable."""
    return "".join(printable(line) + "\n" for line in lines)


def _json_escape(char: str) -> str:
    code = ord(char)
    if code < 0x20:  # json.dumps has escaped those in strings; these are its own newlines
        return char
    if code > 0xFFFF:  # JSON spells it as a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def json_safe(text: str) -> str:
    """JSON text (json.dumps, ensure_ascii=False) with every unsafe character left raw by
    json.dumps (DEL, C1, bidi, zero-width, surrogates) written as a \\u escape: the same data, shown."""
    return UNSAFE.sub(lambda m: _json_escape(m.group()), text)


# Every ASCII character that can open Markdown or HTML inline (CommonMark lets any ASCII
# punctuation be backslash-escaped): a name from a file reads as itself, never as a code
# span, a link, emphasis, a table cell's end or a raw HTML tag.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#!])")


def markdown_text(text: str) -> str:
    """Text from a file for Markdown output, every special character escaped. For text in
    a line (after "### ", "- **", "| "): what only opens a block at a line's start (+ - =
    . and digits) is left as it is."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
