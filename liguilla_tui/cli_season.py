"""The season file a command reads (the bundled 2013 Clausura when none is named) and its
diagnostics printed as FILE:LINE:COL: shared by cli.py and cli_scenarios.py, which would
otherwise import each other."""

from __future__ import annotations

import sys

from liguilla_tui.report.safe import printable
from liguilla_tui.seasons import default_season


def load_named(path: str | None):
    from liguilla_tui.core.load import load_season

    return load_season(path or default_season())


def print_diagnostics(loaded, diagnostics, quiet: bool = False, stream=None) -> None:
    for d in diagnostics:
        if not (quiet and not d.is_error):
            for line in d.lines(loaded.path):  # a syntax error's note: where the '[' opened
                print(printable(line), file=stream or sys.stdout)
