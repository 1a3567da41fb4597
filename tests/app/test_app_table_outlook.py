"""The table with matches left (issue 14): Status and Places on the General table, what a
team needs on Enter, and "The table" on the Scenarios tab, each following every edit."""

from __future__ import annotations

import re

import pytest
from textual.widgets import DataTable, TabbedContent

from liguilla_tui.core.table_outlook import table_outlook
from liguilla_tui.seasons import seasons_dir
from liguilla_tui.views.outlook import WORKING, best_zone, needs_words, places_words
from liguilla_tui.widgets.results_grid import ResultsGrid
from tests.open_seasons import last_matchday_open


async def landed(app, pilot, ui) -> None:
    """The outlook's worker done and its result drawn."""
    await app.workers.wait_for_complete()
    await ui.settle(pilot)


def shown_outlook(ui, table: DataTable) -> dict[str, tuple[str, str]]:
    labels = [c.label.plain for c in table.columns.values()]
    team, status, places = labels.index("Team"), labels.index("Status"), labels.index("Places")
    return {row[team]: (row[status], row[places]) for row in ui.row_list(table) if row[status]}


def expected_outlook(season) -> dict[str, tuple[str, str]]:
    outlook = table_outlook(season)
    marks = {"clinched": "✓", "eliminated": "✗", "open": "·"}
    return {
        t.team: (f"{marks[best_zone(outlook, t)[0]]} {best_zone(outlook, t)[1]}", places_words(t))
        for t in outlook.teams
    }


async def goto_scenarios(app, pilot, ui) -> None:
    tabs = [pane.id for pane in app.query_one(TabbedContent).query("TabPane")]
    await ui.goto_tab(pilot, tabs.index("scenarios") + 1)
    assert ui.active_pane(app) == "scenarios"


async def test_status_and_places_columns_match_the_outlook_with_a_matchday_left(tmp_path, ui):
    app = ui.open_app(last_matchday_open(tmp_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await landed(app, pilot, ui)
        table = app.query_one("#general-table", DataTable)
        labels = [c.label.plain for c in table.columns.values()]
        assert labels.index("Status") == labels.index("Pts") + 1 and labels.index("Places") == labels.index("Pts") + 2
        shown = shown_outlook(ui, table)
        assert shown == expected_outlook(app.resolved.season)
        assert len(shown) == 18
        assert shown["América"][0] == "✓ Liguilla"  # first, made sure of a direct place
        assert shown["Cruz Azul"][0] == "✓ Top 10"  # sure of the play-in at least, of no zone yet
        assert {status[0] for status, _ in shown.values()} >= {"✓", "·", "✗"}
        legend = ui.static_text(app.query_one("GeneralTableView .legend"))
        assert "✓ clinched, ✗ out of reach, · open; places: best–worst" in legend
        assert "Provisional: after matchday 16 of 17" in ui.static_text(app.query_one("GeneralTableView .heading"))
        assert WORKING not in legend


async def test_typing_a_result_recomputes_the_outlook_in_the_worker(tmp_path, ui):
    app = ui.open_app(last_matchday_open(tmp_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await landed(app, pilot, ui)
        table = app.query_one("#general-table", DataTable)
        before = shown_outlook(ui, table)
        grid = app.query_one(ResultsGrid)
        grid.focus()
        last_day = max(r.matchday for r in app.document.season.results)
        for _ in range(last_day):
            await pilot.press("full_stop")
        await ui.settle(pilot)
        first = app.document.season.results[int(grid.ordered_rows[0].key.value)]
        assert first.score is None
        grid.place(0, 3)
        await pilot.press("9")  # the home side wins 9-0 on the last matchday
        await ui.settle(pilot)
        typed = next(r for r in app.document.season.results if (r.home, r.away) == (first.home, first.away))
        assert typed.score is not None and typed.score[0] == 9
        await landed(app, pilot, ui)
        after = shown_outlook(ui, table)
        assert after == expected_outlook(app.document.season)
        assert after != before
        assert WORKING not in ui.static_text(app.query_one("GeneralTableView .legend"))


async def test_enter_on_a_team_says_what_it_needs(tmp_path, ui):
    app = ui.open_app(last_matchday_open(tmp_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await landed(app, pilot, ui)
        outlook = table_outlook(app.resolved.season)
        needing = next(t for t in outlook.teams if t.needs)
        table = app.query_one("#general-table", DataTable)
        table.focus()
        rows = [row[2] for row in ui.row_list(table)]
        table.move_cursor(row=rows.index(needing.team))
        await ui.settle(pilot)
        await pilot.press("enter")
        await ui.settle(pilot)
        said = ui.needs_shown(app)
        assert said.startswith(needs_words(outlook, needing))
        assert needing.needs in said and not ui.notifications(app)


async def test_with_two_matchdays_left_enter_names_others_results(tmp_path, ui):
    path = last_matchday_open(tmp_path, drop_table=True, days=2, season="2024-apertura")
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await landed(app, pilot, ui)
        outlook = table_outlook(app.resolved.season)
        assert outlook.matchdays_left == 2
        # Monterrey (5th) need two wins and another team to drop points: one of those named.
        monterrey = outlook.team("Monterrey")
        assert monterrey is not None and monterrey.needs is not None
        assert monterrey.needs.startswith("To reach the Liguilla: two wins, and ")
        assert " not beating " in monterrey.needs
        table = app.query_one("#general-table", DataTable)
        table.focus()
        rows = [row[2] for row in ui.row_list(table)]
        table.move_cursor(row=rows.index("Monterrey"))
        await ui.settle(pilot)
        await pilot.press("enter")
        await ui.settle(pilot)
        assert monterrey.needs in ui.needs_shown(app)
        await goto_scenarios(app, pilot, ui)
        assert monterrey.needs in ui.static_text(app.query_one("#scenarios-table"))


async def test_scenarios_tab_shows_the_table_section_above_the_ties(tmp_path, ui):
    app = ui.open_app(last_matchday_open(tmp_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await goto_scenarios(app, pilot, ui)
        await landed(app, pilot, ui)
        section = app.query_one("#scenarios-table")
        assert section.display and section.has_class("-shown")
        text = ui.static_text(section)
        assert text.startswith("The table  1 matchday left")
        outlook = table_outlook(app.resolved.season)
        flat = text.replace("\n", " ")
        for t in outlook.teams:
            if t.needs:
                assert f"    {t.needs}" in flat  # under its team, no "needs:" label
            assert t.team in text
        # A list of conditions cut to three says so (Cruz Azul: four found).
        assert "Cruz Azul" in flat and "not beating Mazatlán; among other ways" in flat
        assert "✓ Liguilla made sure of: América" in text
        assert "Out of reach:" in text
        # The section is above the ties' note and cards.
        view = app.query_one("ScenariosView")
        assert view.children.index(section) < view.children.index(app.query_one(".scenarios-note"))


async def test_a_finished_season_gets_no_outlook_columns_nor_section(tmp_path, ui):
    path = tmp_path / "finished.yaml"
    path.write_text((seasons_dir() / "2024-clausura.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await landed(app, pilot, ui)
        labels = [c.label.plain for c in app.query_one("#general-table", DataTable).columns.values()]
        assert "Status" not in labels and "Places" not in labels
        assert "matchday left" not in ui.static_text(app.query_one("GeneralTableView .legend"))
        await goto_scenarios(app, pilot, ui)
        assert not app.query_one("#scenarios-table").has_class("-shown")


async def test_team_names_with_markup_are_shown_as_text_in_the_outlook(tmp_path, ui):
    path = last_matchday_open(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("Necaxa", "'[red]Necaxa[/]'"), encoding="utf-8")
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await landed(app, pilot, ui)
        table = app.query_one("#general-table", DataTable)
        rows = [row[2] for row in ui.row_list(table)]
        assert "[red]Necaxa[/]" in rows
        assert "[red]Necaxa[/]" in shown_outlook(ui, table)
        table.focus()
        table.move_cursor(row=rows.index("[red]Necaxa[/]"))
        await pilot.press("enter")
        await ui.settle(pilot)
        assert ui.needs_shown(app).startswith("[red]Necaxa[/] (")
        await goto_scenarios(app, pilot, ui)
        await landed(app, pilot, ui)
        assert "[red]Necaxa[/]" in ui.static_text(app.query_one("#scenarios-table"))


async def test_status_and_places_stay_on_a_60_cell_screen(tmp_path, ui):
    """At 60 cells Seed, Pld, W, D, L (and GF, GA) give way, so Status and Places are on
    screen beside the team names; at 80 the table has them all but GF and GA."""
    app = ui.open_app(last_matchday_open(tmp_path))
    async with app.run_test(size=(60, 20)) as pilot:
        await landed(app, pilot, ui)
        table = app.query_one("#general-table", DataTable)
        labels = [c.label.plain for c in table.columns.values()]
        assert labels[:6] == ["Pos", "Team", "GD", "Pts", "Status", "Places"]
        places = list(table.columns.values())[5]
        right = sum(c.get_render_width(table) for c in list(table.columns.values())[:6])
        assert right <= table.scrollable_content_region.width, (right, places)
        assert table.scroll_x == 0
        await pilot.resize_terminal(80, 24)
        await ui.settle(pilot)
        labels = [c.label.plain for c in table.columns.values()]
        assert labels[:11] == ["Pos", "Seed", "Team", "Pld", "W", "D", "L", "GD", "Pts", "Status", "Places"]


async def test_scenarios_tab_says_who_is_sure_of_the_top_10_as_the_cli_does(tmp_path, ui, capsys):
    """Cruz Azul, with a matchday left, are sure of the play-in at least and of no zone yet:
    their marks (· Liguilla · Play-in) do not say it, so the tab says it in a line of its
    own, the very line `liguilla scenarios` prints."""
    from liguilla_tui.cli import main

    path = last_matchday_open(tmp_path)
    assert main(["scenarios", str(path)]) == 0
    said = [line for line in capsys.readouterr().out.splitlines() if "Sure of the top 10" in line]
    assert len(said) == 1 and said[0].startswith("✓ Sure of the top 10 (at least the Play-in), no zone yet: Cruz Azul")
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await goto_scenarios(app, pilot, ui)
        await landed(app, pilot, ui)
        lines = ui.static_text(app.query_one("#scenarios-table")).splitlines()
        assert said[0] in lines


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_wrapped_needs_keep_their_indent_on_screen(tmp_path, ui, size):
    """A team's needs run over several lines; each line after the first starts where
    the sentence does, not at the left edge (a new user's trial at 80 and 60 columns)."""
    app = ui.open_app(last_matchday_open(tmp_path))
    async with app.run_test(size=size) as pilot:
        await goto_scenarios(app, pilot, ui)
        await landed(app, pilot, ui)
        lines = ui.screen_lines(app)
        starts = [i for i, line in enumerate(lines) if line.lstrip().startswith("To reach ")]
        assert starts, lines
        continued = 0
        for i in starts:
            indent = lines[i].index("To reach ")
            for line in lines[i + 1 : -1]:  # the footer aside
                if re.match(r"\s*(\d+\. |✓|✗|To reach |$)", line):
                    break  # the next team, the decided lines, or the section's end
                assert line[:indent].isspace() and not line[indent].isspace(), (size, line)
                continued += 1
        assert continued >= 2, lines  # wrapped at this size, on the screen shown
