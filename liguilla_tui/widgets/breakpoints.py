"""The app's widths, in one place: Textual's breakpoint classes on every screen, and the
tab padding that app.tcss gives at each (the tab row is fitted with the padding drawn).

- `-narrow`, below 80 columns: round views give their side padding to the score grids.
- `-narrow` and `-normal`, below 100 columns: a tab keeps one cell before its label
  instead of one each side, so a 2013 season's full round names fit in 80 columns
  ("2 Quarter-finals") and its shortest in 60, with no tab out of view.
- `-wide`, 100 columns and more: Textual's own tab padding.
- `-short`, under 24 lines: a matchday's results show five at a time (the grid scrolls),
  so the General table above them keeps its first rows in view.
"""

from __future__ import annotations

NORMAL = 80
WIDE = 100
HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NORMAL, "-normal"), (WIDE, "-wide")]
TALL = 24
VERTICAL_BREAKPOINTS = [(0, "-short"), (TALL, "-tall")]


def tab_padding(width: int) -> int:
    """Cells of padding around each tab's label in a screen `width` columns wide."""
    return 2 if width >= WIDE else 1
