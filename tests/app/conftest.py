"""Shared pieces for the Pilot tests of the Textual app.

Every test opens a *copy* of the bundled season in its own tmp_path, so that a save
(ctrl+s, "Save and quit") can never touch the repository. Helpers are handed out through
the ``ui`` fixture (a namespace, like ``kit`` in tests/core) so test modules never import
a ``conftest``.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from liguilla_tui.core.load import load_season
from liguilla_tui.core.model import Leg, Season
from liguilla_tui.seasons import default_season

SIZE = (80, 24)
LEG_FIELDS = ("round", "leg", "home", "away", "score", "extra_time", "penalties", "goals")


# --- making apps -----------------------------------------------------------------------


def open_app(path: Path):
    """A LiguillaApp on `path`, loaded the way the `liguilla` command loads it."""
    from liguilla_tui.app import LiguillaApp

    loaded = load_season(path)
    assert loaded.season is not None, [d.format(loaded.path) for d in loaded.diagnostics]
    return LiguillaApp(loaded)


async def settle(pilot, times: int = 3) -> None:
    """Let call_after_refresh callbacks (focus moves, re-renders) run."""
    for _ in range(times):
        await pilot.pause()


async def goto_tab(pilot, number: int) -> None:
    """Show tab `number` the way a user does: t, then the tab's number (from anywhere)."""
    await pilot.press("t")
    await settle(pilot)
    await pilot.press(str(number))
    await settle(pilot)


def active_pane(app) -> str:
    from textual.widgets import TabbedContent

    return app.query_one(TabbedContent).active


# --- reading the screen ----------------------------------------------------------------


def screen_lines(app) -> list[str]:
    """What the terminal shows right now (the active screen, composited), as text lines."""
    return ["".join(segment.text for segment in strip) for strip in app.screen._compositor.render_strips()]


def screen_text(app) -> str:
    return "\n".join(screen_lines(app))


def find_on_screen(app, needle: str) -> tuple[int, int] | None:
    """(x, y) of the first place the screen shows `needle`, or None."""
    for y, line in enumerate(screen_lines(app)):
        x = line.find(needle)
        if x >= 0:
            return x, y
    return None


def static_text(widget) -> str:
    """The plain text a Static shows (markup is never interpreted here: this is what is shown)."""
    rendered = widget.render()
    return getattr(rendered, "plain", None) or str(rendered)


def row_list(table) -> list[list[str]]:
    """A DataTable's rows, in the order shown, as plain text."""
    return [[getattr(c, "plain", str(c)) for c in table.get_row(row.key)] for row in table.ordered_rows]


def row_texts(table) -> dict[str, list[str]]:
    """A DataTable's rows as plain text, keyed by row key (for tables with named rows);
    a tie card's rows likewise."""
    if hasattr(table, "row_keys"):  # a TieCard
        return {key: [cell.plain for cell in table.get_row(key)] for key in table.row_keys}
    keys = [row.key.value for row in table.ordered_rows]
    assert None not in keys and len(set(keys)) == len(keys), keys
    return dict(zip(keys, row_list(table)))


def grid(app, round_key: str, index: int):
    from liguilla_tui.widgets.score_grid import ScoreGrid

    return app.query_one(f"#grid-{round_key}-{index}", ScoreGrid)


def card(app, round_key: str, index: int):
    """A tie's card: the tie's grid is the card itself (widgets/tie_card.py)."""
    from liguilla_tui.widgets.tie_card import TieCard

    return app.query_one(f"#grid-{round_key}-{index}", TieCard)


def summary(app, round_key: str, index: int) -> str:
    return card(app, round_key, index).summary_text.plain


def tie_title(app, round_key: str, index: int) -> str:
    return card(app, round_key, index).title_text.plain


def notifications(app) -> list[str]:
    return [n.message for n in app._notifications]


def needs_shown(app) -> str:
    """What the General table's panel says a team needs ("" while it is closed)."""
    view = app.query_one("GeneralTableView")
    return static_text(view.query_one(".needs")) if view.has_class("-needs") else ""


def tree_labels(tree) -> list[str]:
    """Every node label of a Tree, depth first, as plain text."""
    out = []

    def walk(node) -> None:
        out.append(node.label.plain)
        for child in node.children:
            walk(child)

    walk(tree.root)
    return out


# --- the season ------------------------------------------------------------------------


def tie(resolved, round_key: str, index: int):
    result = resolved.round(round_key)
    assert result is not None, round_key
    return result.ties[index]


def find_leg(season: Season, round_key: str, number: int, team: str) -> Leg:
    found = [l for l in season.legs if l.round == round_key and l.leg == number and team in (l.home, l.away)]
    assert len(found) == 1, (round_key, number, team, found)
    return found[0]


def leg_data(leg: Leg) -> tuple:
    """A leg without where-in-the-file: the fields that say what happened."""
    values = []
    for name in LEG_FIELDS:
        value = getattr(leg, name)
        if name == "goals":
            value = tuple((g.team, g.player, g.minute, g.penalty, g.own_goal) for g in value)
        values.append(value)
    return tuple(values)


def legs_data(season: Season) -> list[tuple]:
    return sorted(leg_data(l) for l in season.legs)


def comment_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.lstrip().startswith("#")]


def rename_team(text: str, old: str, new: str) -> tuple[str, int]:
    """Rename a team wherever the file names it as a team (teams, table, barred, matches,
    goals, stated), quoting the new name as a YAML double-quoted scalar. Aliases and
    comments are left alone. Returns the text and how many places changed."""
    quoted = '"' + new.replace("\\", "\\\\").replace('"', '\\"') + '"'
    pattern = re.compile(
        r"\b(name|team|home|away|champion|runner_up): " + re.escape(old) + r"(?=[,}\s]|$)", re.MULTILINE
    )
    return pattern.subn(lambda m: f"{m.group(1)}: {quoted}", text)


class UI:
    """Namespace of the helpers above, handed out by the `ui` fixture."""

    SIZE = SIZE
    open_app = staticmethod(open_app)
    settle = staticmethod(settle)
    goto_tab = staticmethod(goto_tab)
    active_pane = staticmethod(active_pane)
    screen_lines = staticmethod(screen_lines)
    screen_text = staticmethod(screen_text)
    find_on_screen = staticmethod(find_on_screen)
    static_text = staticmethod(static_text)
    row_list = staticmethod(row_list)
    row_texts = staticmethod(row_texts)
    grid = staticmethod(grid)
    card = staticmethod(card)
    summary = staticmethod(summary)
    tie_title = staticmethod(tie_title)
    notifications = staticmethod(notifications)
    needs_shown = staticmethod(needs_shown)
    tree_labels = staticmethod(tree_labels)
    tie = staticmethod(tie)
    find_leg = staticmethod(find_leg)
    leg_data = staticmethod(leg_data)
    legs_data = staticmethod(legs_data)
    comment_lines = staticmethod(comment_lines)
    rename_team = staticmethod(rename_team)


@pytest.fixture(scope="session")
def ui() -> type[UI]:
    return UI


@pytest.fixture(scope="session")
def bundled_text() -> str:
    return default_season().read_text(encoding="utf-8")


@pytest.fixture
def season_path(tmp_path: Path) -> Path:
    """A private copy of the bundled 2013 Clausura."""
    path = tmp_path / default_season().name
    shutil.copyfile(default_season(), path)
    return path


@pytest.fixture
def write_season(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write season text to a file in tmp_path and return its path."""

    def write(text: str, name: str = "season.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
