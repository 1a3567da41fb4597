"""A new season typed from nothing in the app: New season… in the palette, its teams, its
table a row at a time (e), the first legs of the quarter-finals, saved and reopened."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList, CommandPalette
from textual.widgets import DataTable, Input, TextArea

from liguilla_tui.core.load import load_season
from liguilla_tui.core.resolve import resolve
from liguilla_tui.screens.new_season import NewSeasonScreen
from liguilla_tui.screens.table_row import TableRowScreen

TEAMS = ["Tigres", "Santos", "Leon", "America", "Cruz Azul", "Monterrey", "Toluca", "Tijuana", "Pachuca", "Atlas"]
# The table as it ends, best first: (Pld, W, D, L, GF, GA), all points different.
ROWS = {team: (17, 12 - i, 3, 2 + i, 30 - i, 10 + i) for i, team in enumerate(TEAMS)}
# First legs, at the lower seed's ground: (home goals, away goals) in the QF order 1v8, 2v7, 3v6, 4v5.
FIRST_LEGS = [(1, 0), (2, 1), (0, 0), (3, 2)]


async def _palette(ui, pilot, query: str) -> None:
    app = pilot.app
    await pilot.press("ctrl+p")
    await ui.settle(pilot)
    assert isinstance(app.screen, CommandPalette)
    await pilot.press(*query)
    for _ in range(50):
        await pilot.pause(0.05)
        options = app.screen.query_one(CommandList).options
        if options and str(getattr(options[0].prompt, "plain", options[0].prompt)).startswith(query):
            break
    await pilot.press("enter")
    await ui.settle(pilot)


async def _until(pilot, condition, what: str) -> None:
    for _ in range(100):
        if condition():
            return
        await pilot.pause(0.05)
    asked = getattr(pilot.app.screen, "question", "")
    raise AssertionError(f"{what} did not happen; on screen: {pilot.app.screen!r} {asked}")


async def _type(pilot, text: str) -> None:
    await pilot.press(*["space" if ch == " " else ch for ch in text])


async def _type_row(ui, pilot, values: tuple[int, ...]) -> None:
    await pilot.press("e")
    await ui.settle(pilot)
    assert isinstance(pilot.app.screen, TableRowScreen)
    for value in values:  # each box starts selected: typing replaces it; Enter goes on, and on GA is Done
        await _type(pilot, str(value))
        await pilot.press("enter")
    await ui.settle(pilot)


async def test_new_season_typed_from_nothing_saved_and_reopened(ui, season_path, tmp_path, monkeypatch):
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)  # with no settings file, the new season is offered in the current folder
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await _palette(ui, pilot, "New season")
        assert isinstance(app.screen, NewSeasonScreen)
        dialog = app.screen

        # The year: the format follows it (the 2013 Clausura: away goals, 8 teams).
        dialog.query_one("#year", Input).focus()
        await _type(pilot, "2013")
        await ui.settle(pilot)
        assert str(dialog.query_one("#preset").value) == "liga-mx-2012"
        dialog.query_one("#tournament").value = "Clausura"

        # The teams, one a line; a name twice is refused with its line and the dialog stays.
        dialog.query_one("#teams", TextArea).focus()
        for team in [*TEAMS, "tigres"]:
            await _type(pilot, team)
            await pilot.press("enter")
        await pilot.press("ctrl+s")
        await ui.settle(pilot)
        assert app.screen is dialog
        assert "Teams, line 11, column 1: tigres is listed twice (first on line 1)" in ui.static_text(
            dialog.query_one(".status")
        )
        await pilot.press("backspace", *["backspace"] * len("tigres"))
        await pilot.press("ctrl+s")
        await ui.settle(pilot)

        # Where to save it: the current folder, named after the tournament.
        prompt = app.screen.query_one("#path", Input)
        assert prompt.value == str(here / "2013-clausura.yaml")
        await pilot.press("enter")
        new_path = here / "2013-clausura.yaml"
        await _until(pilot, lambda: app.document.path == new_path, "opening the new season")
        await ui.settle(pilot)
        assert [t.name for t in app.document.season.teams] == TEAMS
        assert not app.document.dirty

        # The table, typed row by row from the top; each row sorts into its place.
        table = app.query_one("#general-table", DataTable)
        table.focus()
        table.move_cursor(row=0)
        await ui.settle(pilot)
        await _type_row(ui, pilot, (17, 12, 3, 3, 30, 10))  # W + D + L = 18: refused, the dialog stays
        assert isinstance(app.screen, TableRowScreen)
        assert "W + D + L = 18, but Pld is 17" in ui.static_text(app.screen.query_one(".status"))
        await pilot.press("escape")
        await ui.settle(pilot)
        for index, team in enumerate(TEAMS):
            assert ui.row_list(table)[table.cursor_row][2].startswith(team)
            await _type_row(ui, pilot, ROWS[team])
            assert not isinstance(app.screen, TableRowScreen), ui.notifications(app)
            await pilot.press("down", *(["down"] if index == 7 else []))  # past the cut line after seed 8
            await ui.settle(pilot)
        season = app.document.season
        assert [(r.team, r.points) for r in season.table] == [(t, 3 * (12 - i) + 3) for i, t in enumerate(TEAMS)]
        assert [q.team for q in app.resolved.qualified] == TEAMS[:8]

        # Each row is one edit: undo takes the last back, redo puts it again.
        await pilot.press("ctrl+z")
        await ui.settle(pilot)
        assert app.document.season.table[-1].points == 0
        await pilot.press("ctrl+y")
        await ui.settle(pilot)
        assert app.document.season == season

        # The quarter-finals follow the table: 1 v 8 is Tigres v Tijuana. Their first legs.
        await ui.goto_tab(pilot, 2)
        assert ui.active_pane(app) == "quarterfinals"
        for home, away in FIRST_LEGS:
            await pilot.press(str(home), "l", str(away), "h", "down", "down")
            await ui.settle(pilot)
        ties = app.resolved.round("quarterfinals").ties
        assert [t.teams for t in ties] == [
            ("Tigres", "Tijuana"),
            ("Santos", "Toluca"),
            ("Leon", "Monterrey"),
            ("America", "Cruz Azul"),
        ]
        await pilot.press("ctrl+s")
        await ui.settle(pilot)
        await _until(pilot, lambda: not app.document.dirty, "saving")

    # The reloaded file holds everything typed.
    reloaded = load_season(new_path)
    assert reloaded.season is not None and not any(d.is_error for d in reloaded.diagnostics)
    season = reloaded.season
    assert (season.tournament, season.year, season.format.preset) == ("Clausura", 2013, "liga-mx-2012")
    assert [(r.team, r.played, r.won, r.drawn, r.lost, r.goals_for, r.goals_against) for r in season.table] == [
        (t, *ROWS[t]) for t in TEAMS
    ]
    legs = sorted((l.home, l.away, l.leg, l.score) for l in season.legs)
    lower = ["Tijuana", "Toluca", "Monterrey", "Cruz Azul"]
    higher = ["Tigres", "Santos", "Leon", "America"]
    assert legs == sorted((lo, hi, 1, score) for lo, hi, score in zip(lower, higher, FIRST_LEGS))
    # Only the goals without scorers are said (no goal events were typed): no table warning.
    assert [d.message for d in resolve(season).diagnostics] == [
        "9 goals in 3 legs have no scorer listed (those legs list no goal events)"
    ]


# Matchday 1 played, matchday 2 still to play (tests/cli/test_new.py starts from it too).
SO_FAR = (Path(__file__).resolve().parents[1] / "data" / "2026-clausura-so-far.txt").read_text(encoding="utf-8")


async def test_a_season_started_from_football_txt_is_typed_by_its_results(tmp_path, ui):
    """`liguilla new --from`: the played matches are results, the rest fixtures typed in the
    General table's matchday grid; e (typing a row) is not offered, the table follows them."""
    from liguilla_tui.cli import main
    from liguilla_tui.widgets.results_grid import ResultsGrid

    source = tmp_path / "1-ligamx.txt"
    source.write_text(SO_FAR, encoding="utf-8")
    path = tmp_path / "2026-clausura.yaml"
    assert main(["new", str(path), "--from", str(source)]) == 0
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        grid = app.query_one(ResultsGrid)
        assert grid.display and "América" in ui.screen_text(app)
        assert "Edit row" not in ui.screen_text(app)  # the footer: the table is computed here
        grid.focus()
        # It opens on matchday 2, the first still to play: América v Tijuana.
        assert ui.static_text(app.query_one("GeneralTableView .matchday")).startswith("Matchday 2 of")
        await ui.settle(pilot)
        grid.place(0, 3)
        await pilot.press("4")
        await ui.settle(pilot)
        row = next(r for r in app.resolved.table if r.team == "América")
        assert (row.played, row.won, row.points) == (2, 1, 3)
        await pilot.press("e")  # not the table row dialog: the table is the results'
        await ui.settle(pilot)
        assert not isinstance(app.screen, TableRowScreen)


async def test_new_season_asks_about_unsaved_edits_and_a_cancelled_save(ui, season_path, tmp_path, monkeypatch):
    """The open season's edits are asked about first (Cancel keeps them); a season typed in
    the dialog is not dropped by an Escape at the path prompt without asking."""
    from liguilla_tui.screens.choice import ChoiceScreen
    from liguilla_tui.screens.path_prompt import PathPrompt

    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        await pilot.press("7")  # an edit: QF 1 leg 1
        await ui.settle(pilot)
        edited = app.document.season
        assert app.document.dirty
        await _palette(ui, pilot, "New season")
        await _until(pilot, lambda: isinstance(app.screen, ChoiceScreen), "asking about the edits")
        assert "has unsaved edits. Save them before starting a new season?" in app.screen.question
        await pilot.press("escape")  # Cancel
        await ui.settle(pilot)
        assert not isinstance(app.screen, NewSeasonScreen) and app.document.season is edited

        await _palette(ui, pilot, "New season")
        await _until(pilot, lambda: isinstance(app.screen, ChoiceScreen), "asking about the edits")
        app.screen.query_one("#answer-drop").press()  # go on (the edits go once the new season opens)
        await _until(pilot, lambda: isinstance(app.screen, NewSeasonScreen), "the dialog")
        await ui.settle(pilot)  # composed
        app.screen.query_one("#take").press()  # the open season's teams as a start
        await ui.settle(pilot)
        dialog = app.screen
        assert dialog.query_one("#teams", TextArea).text.splitlines()[0] == edited.teams[0].name
        dialog.query_one("#preset").value = "liga-mx-2023-play-in"
        await pilot.press("ctrl+s")  # the hand-made 2013 Clausura lists 9 teams: not enough for a play-in
        await ui.settle(pilot)
        assert app.screen is dialog
        assert "list at least 10 (now 9)" in ui.static_text(dialog.query_one(".status"))
        dialog.query_one("#tournament").value = "Clausura"
        dialog.query_one("#year", Input).value = "2013"
        dialog.query_one("#preset").value = "liga-mx-2012"
        await pilot.press("ctrl+s")
        await _until(pilot, lambda: isinstance(app.screen, PathPrompt), "the path prompt")
        await pilot.press("escape")
        await _until(pilot, lambda: isinstance(app.screen, ChoiceScreen), "asking before dropping it")
        assert app.screen.question == "The new season is not saved yet."
        app.screen.query_one("#answer-where").press()
        await _until(pilot, lambda: isinstance(app.screen, PathPrompt), "the path prompt again")
        await pilot.press("enter")
        new_path = here / "2013-clausura.yaml"
        await _until(pilot, lambda: app.document.path == new_path, "opening the new season")
        assert [t.name for t in app.document.season.teams] == [t.name for t in edited.teams]
