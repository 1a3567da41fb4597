"""SVG snapshots in Mexican Spanish at 80×24 (issue 16): the General table, the
Quarter-finals, the Bracket and the help, so that longer Spanish words are seen to fit
(tab row, column headers, tie rows, footer).

Same frozen 2013 season as test_snapshots.py. Review changes with `pytest --snapshot-update`
and a look at the SVGs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from liguilla_tui import i18n
from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "2013-clausura-snapshot.yaml"


@pytest.fixture(autouse=True)
def spanish():
    i18n.set_language("es_MX")
    yield
    i18n.set_language(None)


def make_app() -> LiguillaApp:
    loaded = load_season(FIXTURE)
    assert loaded.season is not None
    return LiguillaApp(loaded)


def _show(pane: str):
    async def run_before(pilot) -> None:
        await pilot.pause()
        pilot.app.show_pane(pane)
        for _ in range(3):  # the pane's view built and focused: the footer shows its keys
            await pilot.pause()

    return run_before


@pytest.mark.parametrize("pane", ["general", "quarterfinals", "bracket"])
def test_spanish_tab_at_80x24(snap_compare, pane):
    assert snap_compare(make_app(), run_before=_show(pane), terminal_size=(80, 24))


def test_spanish_help_at_80x24(snap_compare):
    assert snap_compare(make_app(), press=["question_mark"], terminal_size=(80, 24))
