"""The keys that work where the user is, on one screen (? or F1).

Built from the bindings active on the screen behind it when it opens (the focused
widget's, its ancestors', the app's), with the user's keymap applied, so it is right
for every era's number of tabs and for remapped keys. A key a widget handles is listed
only if it is bound (a key handled in on_key, or through a message of a binding with
Textual's own words, is not seen): the General table binds its Enter, `,` `.`, Tab and
Escape by name (widgets/team_table.py, views/general_table.py), and Textual's own table
and focus keys have their words here. Where the focus is not in a score grid, the grid
where this tab's scores are typed is listed too: the matchday's results on the General
table of a season with results, else a round tab's tie.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from liguilla_tui.i18n import N_, _
from liguilla_tui.screens.dialog import Dialog

if TYPE_CHECKING:
    from liguilla_tui.widgets.score_grid import ScoreGrid

LIVE_KEYS = N_("L live (score so far), M its minute, F final")
ROWS = N_("move between the rows: one, a page, to the first / last")
# Longer words than the footer's, by binding id; bindings with the same words share a row.
DETAILS = {
    "app.quit": N_("quit (asks first when there are unsaved edits)"),
    "app.help": N_("this help"),
    "app.undo": N_("undo the last edit (500 steps)"),
    "app.redo": N_("redo the edit just undone"),
    "app.save": N_("save (the previous version is kept as NAME.bak)"),
    "app.pick_season": N_("open one of the bundled seasons"),
    "app.prev_tab": N_("previous / next tab"),
    "app.next_tab": N_("previous / next tab"),
    "command_palette": N_("command palette: save as, open, export, theme…"),
    "grid.left": N_("move between score cells; up and down cross into the next tie"),
    "grid.right": N_("move between score cells; up and down cross into the next tie"),
    "grid.up": N_("move between score cells; up and down cross into the next tie"),
    "grid.down": N_("move between score cells; up and down cross into the next tie"),
    "grid.plus": N_("one goal more / fewer"),
    "grid.minus": N_("one goal more / fewer"),
    "grid.clear": N_("make the leg unplayed again (its goal events are kept)"),
    "grid.goals": N_("goal events of the leg: add or remove scorers"),
    "grid.leave": N_("back to the tab bar"),
    "grid.schedule": N_("date, kickoff and venue of the leg"),
    "grid.live": LIVE_KEYS,
    "grid.minute": LIVE_KEYS,
    "grid.final": LIVE_KEYS,
    "results.prev": N_("previous / next matchday"),
    "results.next": N_("previous / next matchday"),
    "app.focus_next": N_("move the focus: tab bar, table, score grids"),
    "app.focus_previous": N_("move the focus: tab bar, table, score grids"),
    "table.needs": N_("what the team needs, or where it stands, under the table"),
    "table.close_needs": N_("close what the team needs (the legend and the matchday again)"),
    "table.edit_row": N_("type the team's row: Pld W D L GF GA (a table without results)"),
    "table.prev_matchday": N_("previous / next matchday"),
    "table.next_matchday": N_("previous / next matchday"),
    "table.results": N_("to the matchday's results, to type scores"),
}
# Textual's own keys of a table (the General table, Scorers), by action: a scrolling
# container binds actions of the same names, which do other things.
TABLE_DETAILS = DETAILS | {
    "cursor_up": ROWS,
    "cursor_down": ROWS,
    "page_up": ROWS,
    "page_down": ROWS,
    "scroll_top": ROWS,
    "scroll_bottom": ROWS,
    "cursor_left": N_("scroll sideways, to the columns off screen"),
    "cursor_right": N_("scroll sideways, to the columns off screen"),
}
# A matchday's results are matches, not a tie's legs.
RESULTS_DETAILS = TABLE_DETAILS | {
    "grid.left": N_("move between score cells"),
    "grid.right": N_("move between score cells"),
    "grid.up": N_("move between score cells"),
    "grid.down": N_("move between score cells"),
    "grid.clear": N_("make the match unplayed again"),
    "scroll_top": N_("first / last match of the matchday"),
    "scroll_bottom": N_("first / last match of the matchday"),
}
# Textual's own keys of the Bracket's tree, by action.
TREE_DETAILS = DETAILS | {
    "cursor_up": N_("up / down the bracket"),
    "cursor_down": N_("up / down the bracket"),
    "toggle_node": N_("fold or unfold what leads to the line under the cursor"),
    "select_cursor": N_("fold or unfold what leads to the line under the cursor"),
    "toggle_expand_all": N_("fold or unfold all of it"),
    "cursor_parent": N_("to the round it leads to"),
    "cursor_previous_sibling": N_("previous / next tie of the same round"),
    "cursor_next_sibling": N_("previous / next tie of the same round"),
}
# And of a scrolling view (the Scenarios).
SCROLL_DETAILS = DETAILS | {
    "scroll_up": N_("scroll up / down"),
    "scroll_down": N_("scroll up / down"),
    "page_up": N_("a page up / down"),
    "page_down": N_("a page up / down"),
    "scroll_home": N_("to the top / the end"),
    "scroll_end": N_("to the top / the end"),
}
_DIGIT = re.compile(r"^(grid|results)\.digit\d$")
_TAB_PICKER = "app.pick_tab"
_SECTIONS = {
    "TieCard": N_("Score grid (this tie)"),
    "ResultsGrid": N_("Matchday results"),
    "TeamTable": N_("General table"),
    "GeneralTableView": N_("General table"),
    "BracketView": N_("Bracket"),
    "ScenariosView": N_("Scenarios"),
    "Tabs": N_("Tab bar"),
    "ContentTabs": N_("Tab bar"),
}
_SKIP = {"app.help_quit"}  # Textual's own, said elsewhere
_HINT_ONLY = re.compile(r"^app\.digit\d$")  # a bare digit off a grid only says how to change tabs


def _key_text(app, key: str) -> str:
    return app.get_key_display(Binding(key, ""))


def _rows(
    app, bindings: Iterable[tuple[Binding, str]], tabs: list[str], details: dict[str, str] = DETAILS
) -> list[tuple[str, str]]:
    """(keys, words) rows; `bindings` are (binding, the key it is bound to) pairs."""
    rows: dict[str, list[str]] = {}  # words -> keys, in order of first appearance
    for binding, key in bindings:
        name = binding.id or binding.action
        if (
            name in _SKIP
            or _HINT_ONLY.match(name)
            or (not binding.show and not binding.id and not binding.system and name not in details)
        ):
            continue
        if name == _TAB_PICKER:
            words = _("go to a tab (or ↑ ↓ Enter in its list): {tabs}").format(
                tabs=", ".join(f"{n} {title}" for n, title in enumerate(tabs, start=1))
            )
        elif _DIGIT.match(binding.id or ""):
            words = (
                _("set the goals in the cell (a leg not yet played starts at 0–0)")
                if details is DETAILS
                else _("set the goals in the cell (a match not yet played starts at 0–0)")
            )
        else:
            detail = details.get(name)
            # Descriptions are marked N_ where bound: translated here, where they are drawn.
            said = binding.tooltip or binding.description
            words = _(detail) if detail else (_(said) if said else binding.action).lower()
        keys = rows.setdefault(words, [])
        shown = _key_text(app, key)
        if name == _TAB_PICKER:
            shown = _("{key} then 1 … {n}").format(key=shown, n=len(tabs))
        if shown not in keys:
            keys.append(shown)
    return [(_collapse(keys), words) for words, keys in rows.items()]


def _collapse(keys: list[str]) -> str:
    """'0 1 … 9' for a run of single digits, the keys joined by spaces otherwise."""
    digits = [k for k in keys if len(k) == 1 and k.isdigit()]
    if len(digits) >= 3:
        rest = [k for k in keys if k not in digits]
        return " ".join([f"{digits[0]} … {digits[-1]}", *rest])
    return " ".join(keys)


def _details(node: object) -> dict[str, str]:
    from textual.containers import ScrollableContainer
    from textual.widgets import DataTable, Tree

    from liguilla_tui.widgets.results_grid import ResultsGrid

    if isinstance(node, ResultsGrid):
        return RESULTS_DETAILS
    if isinstance(node, Tree):
        return TREE_DETAILS
    if isinstance(node, ScrollableContainer) and type(node).__name__ == "ScenariosView":
        return SCROLL_DETAILS  # (the General table's view scrolls too: its table's keys say enough)
    return TABLE_DETAILS if isinstance(node, DataTable) else DETAILS


def _grid_bindings(app, grid: type[ScoreGrid]) -> list[tuple[Binding, str]]:
    """A score grid's own bindings, keymap applied (for the grid when it has not the focus)."""
    keymap = getattr(app, "_keymap", {}) or {}
    return [
        (b, key)
        for b in grid.BINDINGS
        if isinstance(b, Binding)
        for key in (keymap.get(b.id, b.key) if b.id else b.key).split(",")
    ]


def help_sections(app, tabs: list[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The sections of the help for the screen now shown, from its active bindings."""
    from textual.widgets import TabbedContent

    from liguilla_tui.widgets.results_grid import ResultsGrid
    from liguilla_tui.widgets.score_grid import ScoreGrid

    by_node: dict[object, list[tuple[Binding, str]]] = {}
    for key, active in app.screen.active_bindings.items():
        by_node.setdefault(active.node, []).append((active.binding, key))
    sections: dict[str, list[tuple[str, str]]] = {}  # a table and its view: one section
    # The app's keys before the screen's (Tab): "Anywhere" starts with the tab keys.
    for node, bindings in sorted(by_node.items(), key=lambda item: item[0] is app.screen):
        title = (
            _("Anywhere") if node is app or node is app.screen else _(_SECTIONS.get(type(node).__name__, N_("Here")))
        )
        rows = _rows(app, bindings, tabs, _details(node))
        if rows:
            sections.setdefault(title, []).extend(row for row in rows if row not in sections.get(title, []))
    ordered = sorted(sections.items(), key=lambda s: s[0] == _("Anywhere"))  # where the focus is first
    if not isinstance(app.focused, ScoreGrid):
        season = getattr(getattr(app, "document", None), "season", None)
        on_table = app.query(TabbedContent) and app.query_one(TabbedContent).active == "general"
        if on_table and season is not None and season.results:  # typed under the table
            grid = _grid_bindings(app, ResultsGrid)
            ordered.append(
                (_("Matchday results, under the table (Tab reaches them)"), _rows(app, grid, tabs, RESULTS_DETAILS))
            )
        else:
            grid = _grid_bindings(app, ScoreGrid)
            ordered.append((_("On a round tab, in a tie's score grid"), _rows(app, grid, tabs)))
    return ordered


def tab_titles(app) -> list[str]:
    """The tabs' titles less their numbers, in full ('2 QF' -> 'Quarter-finals')."""
    from textual.widgets import TabbedContent

    from liguilla_tui.views.tab_labels import full_titles

    # Tabs may be abbreviated; every title in full, as the tab row shows it with room.
    full = full_titles(app.document.season.format.rounds)
    panes = [pane.id for pane in app.query_one(TabbedContent).query("TabPane") if pane.id]
    return [re.sub(r"^\d+\s+", "", full[pane]) for pane in panes if pane in full]


def for_app(app) -> HelpScreen:
    return HelpScreen(help_sections(app, tab_titles(app)))


class HelpScreen(Dialog[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 100%; max-width: 100; height: 100%; max-height: 40;
                                  border: round $accent; background: $surface; padding: 0 1; }
    HelpScreen .help-title { text-style: bold; }
    """
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss_help", N_("Close"), id="help.close")]

    def __init__(self, sections: list[tuple[str, list[tuple[str, str]]]], **kwargs) -> None:
        super().__init__(**kwargs)
        self.sections = sections

    def compose(self) -> ComposeResult:
        keys_width = min(18, max((len(k) for _, rows in self.sections for k, _ in rows), default=8))
        parts: list[Text | Table] = []
        for number, (section, rows) in enumerate(self.sections):
            parts.append(Text(("\n" if number else "") + section, style="underline"))
            table = Table.grid(padding=(0, 1), expand=True)
            table.add_column(width=keys_width, overflow="fold", style="bold")  # long keys wrap at a space
            table.add_column(ratio=1, overflow="fold")
            for keys, words in rows:
                table.add_row(Text(keys), Text(words))
            parts.append(table)
        with VerticalScroll():
            yield Static(_("Keys that work here · Escape closes"), markup=False, classes="help-title")
            yield Static(Group(*parts))

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
