"""The app's widths, in one place: Textual's breakpoint classes on every screen (app.tcss
holds their rules).

- `-narrow`, below 80 columns: round views give their side padding to the score grids
  (whose team columns also give way: widgets/tie_card.py).
- `-short`, under 24 lines: a matchday's results show five at a time (the grid scrolls),
  so the General table above them keeps its first rows in view.

The tab row is not a breakpoint's: its titles and their padding are fitted to the exact
width (views/tab_labels.py), so that a wider terminal never shortens a tab's name.
"""

from __future__ import annotations

NORMAL = 80
HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NORMAL, "-normal")]
TALL = 24
VERTICAL_BREAKPOINTS = [(0, "-short"), (TALL, "-tall")]
