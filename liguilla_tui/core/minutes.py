"""A match minute as a file or a user writes it: a goal's (18, 90+3) and a live leg's (63, HT).

Shared by the season loader, the edits and the app's dialogs, so that all accept the same."""

from __future__ import annotations

import re
from typing import Any

_MINUTE = re.compile(r"^(\d{1,3})(?:\+(\d{1,2}))?$")


def normalize_minute(value: Any) -> str | None:
    """'18', 18, "90+3" or "90+3'" -> '18' / '90+3'; None if it is no minute (1..120)."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return None
    found = _MINUTE.match(str(value).strip().rstrip("'"))
    if not found or not 1 <= int(found.group(1)) <= 120:
        return None
    return found.group(0)


def live_minute(value: Any) -> str | None:
    """A live leg's minute: a match minute (63, "90+2") or "HT"; None if it is neither."""
    if isinstance(value, str) and value.strip().upper() == "HT":
        return "HT"
    return normalize_minute(value)
