"""A 2023+ season's nine tabs: at 60 columns all on screen, each with its number and a
label, in English and Spanish; narrower, every tab reachable, the tab row saying how many
tabs are out of view on each side ("‹3 1›"), and never a piece of a tab ("9" without its
label, "PI" without its number); at 120 columns all fit and no hint shows."""

from __future__ import annotations

import re
import shutil

import pytest
from textual.widgets import Tab, TabbedContent, Tabs

from liguilla_tui import i18n
from liguilla_tui.seasons import seasons_dir
from liguilla_tui.widgets.tab_overflow import TabOverflowHint, hidden_counts, hint_text


def _nine_tab_season(tmp_path):
    path = tmp_path / "2024-clausura.yaml"  # play-in, play-in for 8th: nine tabs
    shutil.copy(seasons_dir() / path.name, path)
    return path


def _seen(app) -> tuple[list[str], int, int]:
    """What the screen shows: the tabs wholly inside the row's visible part, and how many
    are (even partly) cut off to its left and right, read from the tabs' screen regions."""
    tabs = app.query_one(Tabs)
    view = tabs.query_one("#tabs-scroll").region
    shown = [tab for tab in tabs.query(Tab) if tab.display]
    inside = [tab.label.plain for tab in shown if view.contains_region(tab.region)]
    left = sum(1 for tab in shown if tab.region.x < view.x)
    right = sum(1 for tab in shown if tab.region.x >= view.x and tab.region.right > view.right)
    return inside, left, right


def _drawn(ui, app) -> list[str]:
    """The words of the tab row as the screen shows it, less the hint: "1", "Table", "2", …"""
    text = ui.screen_lines(app)[1]
    hint = app.query_one(TabOverflowHint)
    return (text[: hint.region.x] if hint.display else text).split()


def _pairs(words: list[str]) -> list[tuple[str, str]]:
    """The drawn words as (number, label) pairs; fails on a number without a label or a label
    without its number."""
    assert len(words) % 2 == 0 and all(re.fullmatch(r"\d", n) for n in words[::2]), words
    return list(zip(words[::2], words[1::2], strict=True))


@pytest.mark.parametrize("language", [None, "es_MX"])
async def test_nine_tabs_fit_60_columns_each_with_its_number_and_label(ui, tmp_path, language):
    """At 60x20 "9 Scenarios" had been cut to "9" (the hint over its label), and after a
    tab switch the row scrolled "2 PI" to "PI": every tab now fits, in either language."""
    i18n.set_language(language)
    try:
        app = ui.open_app(_nine_tab_season(tmp_path))
        async with app.run_test(size=(60, 20)) as pilot:
            await ui.settle(pilot, 4)
            for number in (1, 9, 2, 5, 1):
                await ui.goto_tab(pilot, number)
                await ui.settle(pilot, 4)
                labels = [tab.label.plain for tab in app.query_one(Tabs).query(Tab)]
                assert [" ".join(pair) for pair in _pairs(_drawn(ui, app))] == labels
                assert [label.split()[0] for label in labels] == [str(n) for n in range(1, 10)]
                assert _seen(app) == (labels, 0, 0) and not app.query_one(TabOverflowHint).display
            scenarios = labels[-1]
            assert scenarios == ("9 Escen." if language else "9 Scen.")  # the one word shortened
    finally:
        i18n.set_language(None)


async def test_every_tab_reachable_at_44x20_with_a_hint_that_follows(ui, tmp_path):
    app = ui.open_app(_nine_tab_season(tmp_path))
    async with app.run_test(size=(44, 20)) as pilot:
        await ui.settle(pilot)
        assert len(app.pane_ids) == 9
        seen_everywhere: set[str] = set()
        for number, pane in enumerate(app.pane_ids, start=1):
            await ui.goto_tab(pilot, number)
            await ui.settle(pilot, 4)
            assert ui.active_pane(app) == pane
            inside, left, right = _seen(app)
            active = app.query_one(TabbedContent).get_tab(pane).label.plain
            assert active in inside, f"tab {number} is active but not wholly on screen: {inside}"
            seen_everywhere.update(inside)
            # Nine short names need 60 cells: some are always out of view at 44 columns,
            # and the hint on the row counts them, side by side, as the screen shows them.
            assert left + right > 0
            hint = app.query_one(TabOverflowHint)
            assert hint.display
            assert str(hint.render()) == hint_text(left, right)
            assert hint_text(left, right).strip() in ui.screen_lines(app)[1]
            # Only the tabs wholly in view are drawn: a cut one leaves a blank, not a piece.
            assert [" ".join(pair) for pair in _pairs(_drawn(ui, app))] == inside
        assert len(seen_everywhere) == 9  # each tab was on screen at some point
        # The first tab and the last leave the hint pointing only one way.
        await ui.goto_tab(pilot, 1)
        await ui.settle(pilot, 4)
        assert _seen(app)[1] == 0 and "›" in ui.screen_lines(app)[1] and "‹" not in ui.screen_lines(app)[1]
        await ui.goto_tab(pilot, 9)
        await ui.settle(pilot, 4)
        assert _seen(app)[2] == 0 and "‹" in ui.screen_lines(app)[1]


async def test_no_hint_where_every_tab_fits(ui, tmp_path):
    app = ui.open_app(_nine_tab_season(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await ui.settle(pilot, 4)
        inside, left, right = _seen(app)
        assert (len(inside), left, right) == (9, 0, 0)
        assert not app.query_one(TabOverflowHint).display
        # Narrowed to 44 columns the hint appears; widened again it goes.
        await pilot.resize_terminal(44, 20)
        await ui.settle(pilot, 4)
        assert app.query_one(TabOverflowHint).display and _seen(app)[2] > 0
        await pilot.resize_terminal(120, 40)
        await ui.settle(pilot, 4)
        assert not app.query_one(TabOverflowHint).display and _seen(app)[1:] == (0, 0)


def test_hidden_counts_count_a_partly_cut_tab_as_out_of_view():
    tabs = [(0, 5), (5, 5), (10, 5), (15, 5)]  # four tabs of five cells
    assert hidden_counts(tabs, 0, 20) == (0, 0)
    assert hidden_counts(tabs, 0, 12) == (0, 2)  # the third is cut at cell 12
    assert hidden_counts(tabs, 3, 12) == (1, 1)  # the first is cut on the left
    assert hidden_counts(tabs, 10, 10) == (2, 0)
    assert hint_text(2, 0) == "‹2   " and hint_text(0, 3) == "   3›"
