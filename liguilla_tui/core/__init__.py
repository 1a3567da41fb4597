"""The rules core: season files in, resolved Liguilla out.

Plain Python only. This package must never import textual (a test enforces it), so
the CLI, the app and the benchmarks all share one implementation of the rules.

`load_season` and `load_season_text` are imported on first use (PEP 562): the loader
imports PyYAML (~15 ms with it), which a start-up that finds its season in the cache
(liguilla_tui/season_cache.py) never needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from liguilla_tui.core.diagnostics import Diagnostic, Severity
from liguilla_tui.core.resolve import resolve

if TYPE_CHECKING:
    from liguilla_tui.core.load import load_season, load_season_text

__all__ = ["Diagnostic", "Severity", "load_season", "load_season_text", "resolve"]


def __getattr__(name: str) -> Any:
    if name in ("load_season", "load_season_text"):
        from liguilla_tui.core import load

        return getattr(load, name)
    raise AttributeError(f"module 'liguilla_tui.core' has no attribute {name!r}")
