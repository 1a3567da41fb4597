"""Issue 13: dates and kickoffs are edited in the app (d on a leg's score cell); they used
to show "date tbc" with no way to set them."""

from __future__ import annotations

from textual.widgets import Input

from liguilla_tui.core.load import load_season
from liguilla_tui.screens.schedule import ScheduleScreen


async def _fill(pilot, field: str, text: str) -> None:
    screen = pilot.app.screen
    box = screen.query_one(f"#{field}", Input)
    box.focus()
    box.value = ""
    await pilot.press(*text)


async def test_a_leg_date_and_kickoff_are_set_saved_and_read_back(ui, season_path):
    original = season_path.read_text(encoding="utf-8")
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        qf1 = ui.grid(app, "quarterfinals", 0)
        assert ui.row_texts(qf1)["leg1"][1] == "May 8"
        await pilot.press("d")
        await ui.settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ScheduleScreen)
        assert "Monterrey v UANL" in ui.screen_text(app)
        assert dialog.query_one("#date", Input).value == "2013-05-08"
        assert dialog.query_one("#kickoff", Input).value == "19:00"

        # Checked by the rules before anything is applied.
        await _fill(pilot, "date", "2013-02-30")
        await pilot.press("enter")
        await ui.settle(pilot)
        assert app.screen is dialog
        assert "not a day of the calendar" in ui.static_text(dialog.query_one(".status"))
        await _fill(pilot, "date", "2013-05-09")
        await _fill(pilot, "kickoff", "7:30")
        await pilot.press("enter")
        await ui.settle(pilot)
        assert not isinstance(app.screen, ScheduleScreen)
        assert ui.row_texts(qf1)["leg1"][1] == "May 9"
        assert app.focused is qf1
        await pilot.press("ctrl+s")
        await ui.settle(pilot)
        assert not app.document.dirty

    saved = season_path.read_text(encoding="utf-8")
    assert saved.count("#") == original.count("#")  # the file's comments are kept
    leg = ui.find_leg(load_season(season_path).season, "quarterfinals", 1, "UANL")
    assert (leg.date, leg.kickoff, leg.score) == ("2013-05-09", "07:30", (1, 0))

    app = ui.open_app(season_path)  # reopened: the grid shows the new date
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        assert ui.row_texts(ui.grid(app, "quarterfinals", 0))["leg1"][1] == "May 9"


async def test_a_leg_with_no_date_gets_one_and_escape_changes_nothing(ui, bundled_text, write_season):
    text = bundled_text.replace('    date: 2013-05-08\n    kickoff: "19:00"\n', "", 1)
    assert text != bundled_text
    path = write_season(text)
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        qf1 = ui.grid(app, "quarterfinals", 0)
        assert ui.row_texts(qf1)["leg1"][1] == ""
        before = app.document.season
        await pilot.press("d")
        await ui.settle(pilot)
        await pilot.press("escape")
        await ui.settle(pilot)
        assert app.document.season is before
        await pilot.press("d")
        await ui.settle(pilot)
        assert app.screen.query_one("#date", Input).value == ""
        await pilot.press(*"2013-05-07", "enter")
        await ui.settle(pilot)
        assert ui.row_texts(qf1)["leg1"][1] == "May 7"
        leg = ui.find_leg(app.document.season, "quarterfinals", 1, "UANL")
        assert (leg.date, leg.kickoff) == ("2013-05-07", None)
        await pilot.press("ctrl+z")  # one edit
        await ui.settle(pilot)
        assert app.document.season is before


async def test_a_venue_is_typed_saved_and_read_back_and_a_hostile_one_refused(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        await pilot.press("d")
        await ui.settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ScheduleScreen) and dialog.query_one("#venue", Input).value == ""
        box = dialog.query_one("#venue", Input)
        box.value = "Estadio\u202eTecnológico"  # pasted, with a bidi override
        await pilot.press("enter")
        await ui.settle(pilot)
        assert app.screen is dialog and app.focused is box
        assert "U+202E" in ui.static_text(dialog.query_one(".status"))
        box.value = ""
        await _fill(pilot, "venue", "Estadio  Tecnológico ")  # spaces tidied
        await pilot.press("enter")
        await ui.settle(pilot)
        assert not isinstance(app.screen, ScheduleScreen)
        leg = ui.find_leg(app.document.season, "quarterfinals", 1, "UANL")
        assert (leg.date, leg.kickoff, leg.venue) == ("2013-05-08", "19:00", "Estadio Tecnológico")
        await pilot.press("ctrl+s")
        await ui.settle(pilot)
        assert not app.document.dirty
    leg = ui.find_leg(load_season(season_path).season, "quarterfinals", 1, "UANL")
    assert leg.venue == "Estadio Tecnológico"

    app = ui.open_app(season_path)  # reopened: the dialog shows it
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        await pilot.press("d")
        await ui.settle(pilot)
        assert app.screen.query_one("#venue", Input).value == "Estadio Tecnológico"


async def test_a_date_edit_keeps_the_venue_the_file_holds_whatever_it_is(ui, bundled_text, write_season):
    """The dialog checks a venue the user types, not one the file already holds: a long
    venue, or one with a tab or a zero-width joiner, is kept exactly (shown with escapes
    visible) when only the date changes."""
    long_venue = ("Estadio " + "Universitario " * 7).strip()  # over the 80 characters typed at most
    cases = (
        (long_venue, long_venue),
        ("Estadio\u200dBBVA", "Estadio\\u200dBBVA"),
        ("Estadio\tBBVA", "Estadio\\tBBVA"),
    )
    for number, (venue, quoted) in enumerate(cases):
        text = bundled_text.replace("    date: 2013-05-08\n", f'    date: 2013-05-08\n    venue: "{quoted}"\n', 1)
        path = write_season(text, f"venue-{number}.yaml")  # each its own file and journal
        app = ui.open_app(path)
        async with app.run_test(size=ui.SIZE) as pilot:
            await ui.goto_tab(pilot, 2)
            assert ui.find_leg(app.document.season, "quarterfinals", 1, "UANL").venue == venue
            await pilot.press("d")
            await ui.settle(pilot)
            await _fill(pilot, "date", "2013-05-09")
            await pilot.press("enter")
            await ui.settle(pilot)
            assert not isinstance(app.screen, ScheduleScreen), ui.static_text(app.screen.query_one(".status"))
            leg = ui.find_leg(app.document.season, "quarterfinals", 1, "UANL")
            assert (leg.date, leg.venue) == ("2013-05-09", venue)
