"""The rules core: season files in, resolved Liguilla out.

Plain Python only. This package must never import textual (a test enforces it), so
the CLI, the app and the benchmarks all share one implementation of the rules.
"""

from __future__ import annotations

from liguilla_tui.core.diagnostics import Diagnostic, Severity
from liguilla_tui.core.load import load_season, load_season_text
from liguilla_tui.core.resolve import resolve

__all__ = ["Diagnostic", "Severity", "load_season", "load_season_text", "resolve"]
