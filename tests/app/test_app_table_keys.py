"""The General table tab's keys, as a new user's trial found them: the help (?) listed only
the score keys there, Enter's "what it needs" came as notifications that stacked over the
table for seconds, and , . stepped the matchday only from inside the results grid."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from liguilla_tui import i18n
from liguilla_tui.core.table_outlook import table_outlook
from liguilla_tui.screens.help import HelpScreen
from liguilla_tui.views.outlook import needs_words
from liguilla_tui.widgets.results_grid import ResultsGrid
from tests.open_seasons import last_matchday_open


def _sections(app) -> dict[str, dict[str, str]]:
    """The help's sections as {title: {words: keys}}."""
    assert isinstance(app.screen, HelpScreen)
    return {title: {words: keys for keys, words in rows} for title, rows in app.screen.sections}


async def _help(ui, pilot) -> dict[str, dict[str, str]]:
    await pilot.press("question_mark")
    await ui.settle(pilot)
    sections = _sections(pilot.app)
    await pilot.press("escape")
    await ui.settle(pilot)
    return sections


async def _open_table(ui, pilot):
    app = pilot.app
    await app.workers.wait_for_complete()
    await ui.settle(pilot)
    table = app.query_one("#general-table", DataTable)
    table.focus()
    await ui.settle(pilot)
    return table


def _teams(ui, table) -> list[str]:
    """The Team column, in the order shown (where it is depends on the width)."""
    at = [column.label.plain for column in table.columns.values()].index("Team")
    return [row[at] for row in ui.row_list(table)]


async def _cursor_on(ui, pilot, table, team: str) -> None:
    table.move_cursor(row=_teams(ui, table).index(team))
    await ui.settle(pilot)


async def test_help_on_the_general_table_lists_every_key_that_works_there(ui, tmp_path):
    app = ui.open_app(last_matchday_open(tmp_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await _open_table(ui, pilot)
        sections = await _help(ui, pilot)
        assert next(iter(sections)) == "General table"  # where the focus is, first
        table = sections["General table"]
        assert table["what the team needs, or where it stands, under the table"] == "⏎"
        assert table["previous / next matchday"] == ", ."
        assert table["to the matchday's results, to type scores"] == "tab"
        assert table["move between the rows: one, a page, to the first / last"] == "↑ ↓ pgup pgdn ^home ^end"
        assert "type the team's row: Pld W D L GF GA (a table without results)" not in table  # computed: no e
        assert "close what the team needs (the legend and the matchday again)" not in table  # nothing to close
        # The matchday's grid under the table, not a round tab's: its keys, and only those that work.
        results = sections["Matchday results, under the table (Tab reaches them)"]
        assert results["previous / next matchday"] == ", pgup . pgdn"
        assert results["move between score cells"] == "← h → l ↑ k ↓ j"
        assert "On a round tab, in a tie's score grid" not in sections
        for words in ("goal events of the match", "date, kickoff and venue of the leg", "L live (score so far)"):
            assert not any(w.startswith(words) for w in results), words

        # With what a team needs open, Escape closes it: listed then.
        await pilot.press("enter")
        await ui.settle(pilot)
        table = (await _help(ui, pilot))["General table"]
        assert table["close what the team needs (the legend and the matchday again)"] == "esc"

        # In the grid: its own keys first; d and g (a tie's leg's dialogs) are not bound there.
        await pilot.press("tab")
        await ui.settle(pilot)
        assert isinstance(app.focused, ResultsGrid)
        sections = await _help(ui, pilot)
        assert next(iter(sections)) == "Matchday results"
        assert sections["Matchday results"]["first / last match of the matchday"] == "^home ^end"
        assert not any(w.startswith(("goal events", "date, kickoff")) for w in sections["Matchday results"])
        assert sections["Anywhere"]["move the focus: tab bar, table, score grids"] == "tab shift+tab"
        await pilot.press("d", "g")
        await ui.settle(pilot)
        assert not ui.notifications(app) and app.screen is app.screen_stack[0]  # no dialog, no warning


async def test_help_of_a_stated_table_lists_e_and_follows_the_keymap(ui, season_path):
    app = ui.open_app(season_path)  # the 2013 Clausura: a table as stated, no results
    async with app.run_test(size=ui.SIZE) as pilot:
        await _open_table(ui, pilot)
        app.set_keymap({"table.needs": "f8"})
        table = (await _help(ui, pilot))["General table"]
        assert table["type the team's row: Pld W D L GF GA (a table without results)"] == "e"
        assert table["what the team needs, or where it stands, under the table"] == "f8"
        assert "previous / next matchday" not in table and "to the matchday's results, to type scores" not in table
        await pilot.press("f8")
        await ui.settle(pilot)
        assert ui.needs_shown(app).startswith("UANL finished 1st in the table.")


async def test_help_on_the_general_table_in_spanish(ui, tmp_path):
    i18n.set_language("es_MX")
    try:
        app = ui.open_app(last_matchday_open(tmp_path))
        async with app.run_test(size=ui.SIZE) as pilot:
            await _open_table(ui, pilot)
            sections = await _help(ui, pilot)
            table = sections["Tabla general"]
            assert table["qué necesita el equipo, o cómo está, bajo la tabla"] == "⏎"
            assert table["jornada anterior / siguiente"] == ", ."
            assert table["a los resultados de la jornada, para capturar marcadores"] == "tab"
            assert "Resultados de la jornada, bajo la tabla (se llega con Tab)" in sections
    finally:
        i18n.set_language(None)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_what_a_team_needs_shows_under_the_table_one_at_a_time(ui, tmp_path, size):
    """Enter: one panel under the table (never over it), following the cursor; Escape, Tab
    or a matchday key gives the legend and the matchday back. No notification."""
    app = ui.open_app(last_matchday_open(tmp_path))
    async with app.run_test(size=size) as pilot:
        table = await _open_table(ui, pilot)
        outlook = table_outlook(app.resolved.season)
        view = app.query_one("GeneralTableView")
        needs, legend, results = (view.query_one(s) for s in (".needs", ".legend", ".results"))
        for team in ("UNAM", "Necaxa"):  # the longest needs, then another: not stacked
            await _cursor_on(ui, pilot, table, team)
            await pilot.press("enter")
            await ui.settle(pilot)
            found = outlook.team(team)
            assert found is not None
            assert ui.needs_shown(app).startswith(needs_words(outlook, found))
        assert not ui.notifications(app)
        # Under the table, whole, on screen; the table keeps its rows and the team asked about.
        assert needs.region.y >= table.region.bottom and needs.region.bottom <= app.size.height - 1
        assert needs.region.height == needs.virtual_size.height  # every line of it shown
        assert table.region.height >= 4
        assert not legend.display and not results.display
        cursor_y = table.region.y + table.header_height + table.cursor_row - round(table.scroll_y)
        assert table.region.y < cursor_y < table.region.bottom
        # It follows the cursor.
        await pilot.press("down")
        await ui.settle(pilot)
        below = outlook.team(_teams(ui, table)[table.cursor_row])
        assert below is not None and ui.needs_shown(app).startswith(needs_words(outlook, below))
        # Escape: the legend and the matchday again.
        await pilot.press("escape")
        await ui.settle(pilot)
        assert ui.needs_shown(app) == "" and legend.display and results.display
        # Tab reaches the results even while the needs hide them.
        await pilot.press("enter")
        await ui.settle(pilot)
        await pilot.press("tab")
        await ui.settle(pilot)
        assert isinstance(app.focused, ResultsGrid) and results.display and ui.needs_shown(app) == ""


async def test_comma_and_full_stop_step_the_matchday_from_the_table(ui, tmp_path):
    app = ui.open_app(last_matchday_open(tmp_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await _open_table(ui, pilot)
        view = app.query_one("GeneralTableView")
        assert view.matchday == 17
        await pilot.press("comma", "comma")
        await ui.settle(pilot)
        assert view.matchday == 15 and "Matchday 15 of 17" in ui.screen_text(app)
        await pilot.press("enter", "full_stop")  # a matchday key closes what a team needs
        await ui.settle(pilot)
        assert view.matchday == 16 and ui.needs_shown(app) == ""
        assert isinstance(app.focused, DataTable) and not isinstance(app.focused, ResultsGrid)


@pytest.mark.parametrize(
    ("tab", "section", "wanted"),
    [
        (6, "Bracket", {"fold or unfold what leads to the line under the cursor": "⏎ space"}),
        (6, "Bracket", {"up / down the bracket": "↑ ↓"}),
        (7, "Scenarios", {"scroll up / down": "↑ ↓", "a page up / down": "pgup pgdn"}),
    ],
)
async def test_help_on_the_bracket_and_the_scenarios_lists_their_keys(ui, season_path, tab, section, wanted):
    """Help on those tabs listed the keys that work anywhere only: nothing said how to
    fold the bracket or scroll the scenarios (a new user's trial)."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, tab)
        sections = await _help(ui, pilot)
        assert section in sections, sections.keys()
        assert {words: sections[section].get(words) for words in wanted} == wanted
