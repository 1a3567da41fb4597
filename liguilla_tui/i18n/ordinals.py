"""Places as each language writes them: "1st", "9th" / "1.º", "9.º"."""

from __future__ import annotations

from liguilla_tui.i18n import _


def ordinal(n: int) -> str:
    """3 -> "3rd" ("3.º"): one catalog string per English suffix."""
    if 10 <= n % 100 <= 20:
        return _("{n}th").format(n=n)
    return {1: _("{n}st"), 2: _("{n}nd"), 3: _("{n}rd")}.get(n % 10, _("{n}th")).format(n=n)
