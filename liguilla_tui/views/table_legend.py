"""The legend under the General table: what its marks mean and where the table comes from.

Each of its lines fits 58 cells (a 60-column screen less the legend's padding) in English
and Spanish: with results to type the legend has two lines, and a longer line wrapped and
pushed the next one out of sight (at 80 columns "…qualify; seeds by" lost "position.").
How many matchdays are left is the heading's ("Provisional: after matchday 16 of 17").
"""

from __future__ import annotations

from rich.text import Text

from liguilla_tui.core.results import Resolved
from liguilla_tui.i18n import N_, _
from liguilla_tui.views.outlook import WORKING
from liguilla_tui.widgets.cells import plain

# The CLI's words for the marks of the Status column (report/scenarios_report.py).
MARKS = N_("✓ clinched, ✗ out of reach, · open; places: best–worst")
POINTS_ALONE = N_("Matches left not in the file: places from points alone.")
FROM_RESULTS = N_("Table from the results; top {n} eligible teams qualify.")
AS_STATED = N_("Table as in the file; top {n} eligible teams qualify.")


def legend_text(resolved: Resolved, outlook: bool, pending: bool = False) -> Text:
    """The legend; `outlook`: Status and Places are shown (matches are left), `pending`: a
    newer outlook is being worked out (it stands in for the marks' line, one line as it)."""
    season = resolved.season
    legend = Text()
    if outlook:
        if pending:
            legend.append(_(WORKING), style="bold")
        else:
            legend.append(_(MARKS), style="italic")
        if not season.results:  # a typed table: its matches left are named nowhere
            legend.append("\n" + _(POINTS_ALONE), style="italic")
        legend.append("\n")
    legend.append(_(FROM_RESULTS if season.results else AS_STATED).format(n=season.format.qualifiers))
    for e in resolved.excluded:
        legend.append("\n")
        legend.append_text(plain(f"✗ {e.team}: {e.reason}", "red"))
    rows_at = {row.mark.line: row.team for row in season.table if row.mark.line}
    for d in resolved.diagnostics:
        if d.line in rows_at:
            legend.append("\n")
            legend.append_text(plain(_("⚠ line {line}: {message}").format(line=d.line, message=d.message), "yellow"))
    return legend
