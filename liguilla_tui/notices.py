"""What the app says about a file it opened with errors: each one as FILE:LINE:COL."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from liguilla_tui.core.diagnostics import Diagnostic
from liguilla_tui.i18n import _, ngettext
from liguilla_tui.report.safe import printable

if TYPE_CHECKING:
    from textual.app import App

    from liguilla_tui.core.results import Resolved

SHOWN = 6  # a notification holds a few lines; `liguilla check` lists them all


def errors_notice(path: Path, diagnostics: Iterable[Diagnostic]) -> str | None:
    """The errors of the open file, one per line (made printable), or None if it has none."""
    errors = [d for d in diagnostics if d.is_error]
    if not errors:
        return None
    lines = [printable(d.format(str(path))) for d in errors[:SHOWN]]
    if len(errors) > SHOWN:
        lines.append(
            _("… and {n} more: liguilla check {path}").format(n=len(errors) - SHOWN, path=printable(str(path)))
        )
    return "\n".join(lines)


def errors_title(path: Path, diagnostics: Iterable[Diagnostic]) -> str:
    count = sum(d.is_error for d in diagnostics)
    return ngettext("{n} error in {file}", "{n} errors in {file}", count).format(n=count, file=printable(path.name))


def say_errors(app: App, path: Path, resolved: Resolved | None) -> None:
    """A file opened with errors says so, in a notification that lists them."""
    found = resolved.diagnostics if resolved else ()
    notice = errors_notice(path, found)
    if notice:
        app.notify(notice, title=errors_title(path, found), severity="warning", timeout=15, markup=False)
