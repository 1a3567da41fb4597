"""Every key, on one screen (? or F1)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = [
    ("Anywhere", [
        ("t then 1 … 9", "go to tab 1 … 9 (the numbers on the tab bar; t then ↑ ↓ Enter also)"),
        ("[  ]", "previous / next tab"),
        ("", "Tab keys never edit anything and work everywhere, a score grid included."),
        ("ctrl+z / ctrl+y", "undo / redo (every edit, 500 steps)"),
        ("ctrl+s", "save"),
        ("o", "open a bundled season (every Liguilla since 2010), by year and tournament"),
        ("ctrl+p", "command palette: open, save as, discard edits, export Markdown, theme…"),
        ("? / F1", "this help"),
        ("q / ctrl+q", "quit (asks first if there are unsaved edits)"),
    ]),
    ("Score grid (round tabs)", [
        ("← → ↑ ↓ / h l k j", "move between score cells; up and down cross into the next tie"),
        ("0 … 9", "set the goals in the cell (a leg not yet played starts at 0–0); digits are\n"
                  "only ever scores, never tab keys"),
        ("+ / -", "one goal more / fewer"),
        ("Del / Backspace", "make the leg unplayed again (its goal events are kept)"),
        ("g / Enter", "goal events of the leg: add or remove scorers"),
        ("d", "date and local kickoff of the leg (YYYY-MM-DD, HH:MM; empty: not known yet)"),
        ("Escape", "back to the tab bar (← → there switch tabs)"),
        ("", "Extra time and penalty rows take scores only while the tie is level."),
    ]),
    ("General table (seasons with regular-season results)", [
        ("Tab", "from the table to the matchday's results"),
        (", / .", "previous / next matchday"),
        ("0 … 9, + / -, Del", "as in a score grid: the table, seeds and Liguilla follow"),
    ]),
]


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 90%; max-width: 100; height: 90%; border: thick $accent; background: $surface; padding: 0 1; }
    """
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss_help", "Close", id="help.close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static("liguilla-tui keys  (Escape closes)", markup=False)
            for section, keys in KEYS:
                # A section title is a line of its own: in the keys' column (no_wrap) a long
                # one widened that column and squeezed every description to a few letters.
                yield Static(Text("\n" + section, style="underline"))
                table = Table.grid(padding=(0, 2))
                table.add_column(style="bold", no_wrap=True)
                table.add_column()
                for key, what in keys:
                    table.add_row(key, what)
                yield Static(table)

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
