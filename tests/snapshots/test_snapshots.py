"""SVG snapshots of every tab at 80×24, and the bracket and a round at 120×40.

The fixture is a frozen copy of the 2013 season, so editing the bundled file never moves
these. Review changes with `pytest --snapshot-update` and a look at the SVGs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "2013-clausura-snapshot.yaml"
TABS = ["1", "2", "3", "4", "5", "6"]  # t then the number: the tab keys


def make_app(path: Path = FIXTURE) -> LiguillaApp:
    loaded = load_season(path)
    assert loaded.season is not None
    return LiguillaApp(loaded)


@pytest.mark.parametrize("tab", TABS)
def test_every_tab_at_80x24(snap_compare, tab):
    assert snap_compare(make_app(), press=["t", tab], terminal_size=(80, 24))


@pytest.mark.parametrize("tab", ["2", "6"])
def test_round_and_bracket_at_120x40(snap_compare, tab):
    assert snap_compare(make_app(), press=["t", tab], terminal_size=(120, 40))


def test_what_if_uanl_through_semifinals(snap_compare):
    # QF 1 v 8, leg 2 (UANL at home): 3–1 puts UANL through and re-seeds the semi-finals.
    assert snap_compare(make_app(), press=["t", "2", "down", "3", "]"], terminal_size=(80, 24))


def test_unfinished_quarterfinal_leaves_semis_waiting(snap_compare):
    # Leg 2 of QF 1 v 8 made unplayed: the semi-final slots list who can still fill them.
    assert snap_compare(make_app(), press=["t", "2", "down", "delete", "]"], terminal_size=(80, 24))


def test_help_screen(snap_compare):
    assert snap_compare(make_app(), press=["question_mark"], terminal_size=(80, 24))


def test_goals_dialog(snap_compare):
    assert snap_compare(make_app(), press=["t", "2", "g"], terminal_size=(80, 24))
