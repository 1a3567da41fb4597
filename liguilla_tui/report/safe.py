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
