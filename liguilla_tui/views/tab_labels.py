"""The tab row's titles: in full where the row has room ("Quarter-finals", "Tabla general"),
shorter where it has not ("Cuartos", "Tabla"), round codes at the last ("QF", "CF");
worked out again when the terminal is resized or the language changes. At the last a
shortened fixed word ("Scen.", "Escen."), so a 2023+ season's nine tabs fit 60 columns.

The fixed tabs' words (General table, Scorers, Bracket, Scenarios) and the presets' round
names are translated here, where they are drawn (core/presets.py: round_name, round_middle, round_short); a season
file's own round names are shown as written, made printable. Where even the shortest
titles overflow (a narrower terminal, a file with more rounds), the row scrolls to the
active tab and a hint at its end counts the tabs out of view (widgets/tab_overflow.py).
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import TabbedContent, Tabs

from liguilla_tui.core.presets import round_middle, round_name, round_short
from liguilla_tui.i18n import N_, _, pgettext
from liguilla_tui.report.safe import printable
from liguilla_tui.widgets.ids import pane_id as id_of_round
from liguilla_tui.widgets.tab_overflow import TabOverflowHint

# The tabs around the rounds: pane id -> its title (the fixed tabs' shorter forms: tab_title).
FIRST = ("general", N_("Table"))
LAST = (("scorers", N_("Scorers")), ("bracket", N_("Bracket")), ("scenarios", N_("Scenarios")))
_SHORT = {
    "Table": lambda: pgettext("tab", "Table"),
    "Scorers": lambda: pgettext("tab", "Scorers"),
    "Bracket": lambda: pgettext("tab", "Bracket"),
    "Scenarios": lambda: pgettext("tab", "Scenarios"),
}
# Shorter still, for the last level: at 60 columns "9 Scenarios" was cut to "9" (English)
# and "9 Es" (Spanish) by the tab row's end; the other words keep their short forms.
_TINY = {"Scenarios": lambda: pgettext("tab", "Scen.")}
# Widest first: (round names, fixed tabs' words); the first whose row fits is taken.
LEVELS = (("full", "full"), ("middle", "full"), ("middle", "short"), ("short", "short"), ("short", "tiny"))


def _round_title(spec, form: str) -> str:
    name = {"full": round_name, "middle": round_middle, "short": round_short}[form](spec)
    return printable(name)


def tab_titles(rounds, level: int) -> list[tuple[str, str]]:
    """(pane id, "N title") of every tab, in order, at one of LEVELS."""
    round_form, fixed_form = LEVELS[level]

    def fixed(word: str) -> str:
        if fixed_form == "full":
            return _(word)
        shorter = _TINY.get(word) if fixed_form == "tiny" else None
        return (shorter or _SHORT[word])()

    titles = [(FIRST[0], fixed(FIRST[1]))]
    titles += [(id_of_round(spec.key), _round_title(spec, round_form)) for spec in rounds]
    titles += [(pane, fixed(word)) for pane, word in LAST]
    return [(pane, f"{n} {title}") for n, (pane, title) in enumerate(titles, start=1)]


def row_width(titles: list[tuple[str, str]], padding: int) -> int:
    """Cells the tab row takes, each title with `padding` cells around it."""
    return sum(cell_len(title) + padding for _pane, title in titles)


# Cells around a tab's label: Textual's one each side where the row has room, else one
# before it only ("1 Table 2 Quarter-finals" fits 80 columns that way).
PADDINGS = (2, 1)


def fitted_row(rounds, width: int) -> tuple[dict[str, str], int]:
    """(pane id -> title, padding): the widest titles whose row fits in `width` cells, with
    the most padding that lets them (else the narrowest titles, closely padded). Titles
    come before padding, so a wider terminal never shortens a tab's name."""
    for level in range(len(LEVELS)):
        titles = tab_titles(rounds, level)
        for padding in PADDINGS:
            if row_width(titles, padding) <= width:
                return dict(titles), padding
    return dict(titles), PADDINGS[-1]


def fitted_titles(rounds, width: int) -> dict[str, str]:
    """Pane id -> title, as fitted_row fits them."""
    return fitted_row(rounds, width)[0]


def full_titles(rounds) -> dict[str, str]:
    """Pane id -> title in full (lists with room: the tab picker, the help)."""
    return dict(tab_titles(rounds, 0))


def fit_tab_labels(tabbed: TabbedContent, rounds, width: int) -> bool:
    """Relabel the tabs for `width` cells; True if every title fits in full."""
    wanted, padding = fitted_row(rounds, width)
    spacing = (0, 1) if padding == 2 else (0, 0, 0, 1)
    for pane in tabbed.query("TabPane"):
        if pane.id in wanted:
            tab = tabbed.get_tab(pane.id)
            if tab.label.plain != wanted[pane.id]:
                tab.label = Content(wanted[pane.id])  # a Content: a round's name is never read as markup
            if tuple(tab.styles.padding) != spacing:
                tab.styles.padding = spacing
    return wanted == full_titles(rounds)


def fit_tab_row(tabbed: TabbedContent, rounds, width: int) -> bool:
    """Fit the labels (as fit_tab_labels), then count again the tabs out of view; the
    overflow hint is mounted in the tab row the first time. True if the full names fit."""
    full = fit_tab_labels(tabbed, rounds, width)
    tabs = tabbed.query_one(Tabs)
    hints = tabs.query(TabOverflowHint)
    if hints:
        hints.first().recount()
    else:
        tabs.mount(TabOverflowHint())
    return full
