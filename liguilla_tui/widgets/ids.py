"""Widget ids for a season's rounds: a round's key is file data, not always an id.

Textual refuses an id that is not an identifier (a key `quarter [b]finals` crashed the app
at start) and two widgets with one id (a round keyed `scorers` beside the Scorers tab).
A key that is a plain identifier, and none of the app's own pane ids, is its own id, as
the tests and `show_pane("quarterfinals")` expect; any other is spelled in hex.
"""

from __future__ import annotations

import re

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
APP_PANES = ("general", "scorers", "bracket")
_HEX = "x-"


def pane_id(round_key: str) -> str:
    """The id of a round's tab pane (and the stem of its view's and grids' ids)."""
    if _IDENTIFIER.fullmatch(round_key) and round_key not in APP_PANES and not round_key.startswith(_HEX):
        return round_key
    return _HEX + round_key.encode("utf-8", "surrogatepass").hex()
