"""Names from files are data: make them safe to put on a terminal."""

from __future__ import annotations

import re

# C0 and C1 controls (ESC and CSI among them) and DEL; tab and newline are folded too,
# since a cell or a line of output has no room for them.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Replace control characters with a visible escape, so nothing reaches the terminal raw."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def printable_lines(lines: list[str]) -> str:
    """Lines of a report joined for a terminal, each made printable."""
    return "".join(printable(line) + "\n" for line in lines)


def json_safe(text: str) -> str:
    """json.dumps escapes C0 controls; escape DEL and C1 (CSI among them) as well."""
    return re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text)
