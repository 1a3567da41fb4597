"""What the app says about a file it opened with errors: each one as FILE:LINE:COL."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from liguilla_tui.core.diagnostics import Diagnostic
from liguilla_tui.report.safe import printable

SHOWN = 6  # a notification holds a few lines; `liguilla check` lists them all


def errors_notice(path: Path, diagnostics: Iterable[Diagnostic]) -> str | None:
    """The errors of the open file, one per line (made printable), or None if it has none."""
    errors = [d for d in diagnostics if d.is_error]
    if not errors:
        return None
    lines = [printable(d.format(str(path))) for d in errors[:SHOWN]]
    if len(errors) > SHOWN:
        lines.append(f"… and {len(errors) - SHOWN} more: liguilla check {printable(str(path))}")
    return "\n".join(lines)


def errors_title(path: Path, diagnostics: Iterable[Diagnostic]) -> str:
    count = sum(d.is_error for d in diagnostics)
    return f"{count} error(s) in {printable(path.name)}"
