"""Issue 13: dates and kickoffs are edited in the app: the rules for them, the edit, and a
save that changes only those lines (the file's comments stay)."""

from __future__ import annotations

import pytest

from liguilla_tui.core import edits
from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.save import render_season, same_data
from liguilla_tui.core.schedule import MAX_VENUE, date_problem, kickoff_problem, normalize_kickoff, venue_problem


@pytest.mark.parametrize("text", ["", "2013-05-26", "2024-02-29"])
def test_good_dates(text):
    assert date_problem(text) is None


@pytest.mark.parametrize(
    "text,says",
    [
        ("26/05/2013", "YYYY-MM-DD"),
        ("2013-5-26", "YYYY-MM-DD"),
        ("2013-02-30", "not a day"),
        ("2023-02-29", "not a day"),
        ("tomorrow", "YYYY-MM-DD"),
        ("2013-05-26\n", "YYYY-MM-DD"),
    ],
)
def test_bad_dates_say_why(text, says):
    assert says in date_problem(text)


@pytest.mark.parametrize("text", ["", "00:00", "19:06", "23:59"])
def test_good_kickoffs(text):
    assert kickoff_problem(text) is None


@pytest.mark.parametrize("text", ["24:00", "19:60", "1900", "7pm", "19:00:00", "19.00"])
def test_bad_kickoffs_say_why(text):
    assert "HH:MM" in kickoff_problem(text)


def test_a_single_digit_hour_is_padded():
    assert normalize_kickoff(" 7:05 ") == "07:05" and normalize_kickoff("19:00") == "19:00"


def test_a_date_set_and_a_kickoff_added_change_only_those_lines(loaded_2013, text_2013):
    season = loaded_2013.season
    new = edits.set_schedule(season, "final", 2, "América", "Cruz Azul", "2013-05-27", "20:30")
    text = render_season(text_2013, season, new)
    assert text.count("#") == text_2013.count("#")  # written in place: every comment stays
    changed = [(a, b) for a, b in zip(text_2013.splitlines(), text.splitlines()) if a != b]
    assert len(text.splitlines()) - len(text_2013.splitlines()) in (0, 1)
    assert any("2013-05-27" in b for _, b in changed)
    reread = load_season_text(text).season
    assert same_data(reread, new)
    back = edits.find_leg(reread, "final", 2, "América", "Cruz Azul")
    assert (back.date, back.kickoff) == ("2013-05-27", "20:30")


def test_clearing_a_date_removes_its_line_and_a_new_leg_gets_an_entry(loaded_2013, text_2013):
    season = loaded_2013.season
    cleared = edits.set_schedule(season, "final", 2, "América", "Cruz Azul", None, None)
    text = render_season(text_2013, season, cleared)
    assert same_data(load_season_text(text).season, cleared)
    assert text.count("#") == text_2013.count("#")
    # A leg with no entry yet: the schedule makes one, unplayed.
    fresh = edits.set_schedule(season, "final", 3, "América", "Cruz Azul", "2013-06-01", None)
    made = edits.find_leg(fresh, "final", 3, "América", "Cruz Azul")
    assert (made.date, made.kickoff, made.score) == ("2013-06-01", None, None)
    assert edits.set_schedule(season, "final", 3, "América", "Cruz Azul", None, None) is season


def test_a_venue_is_set_written_in_place_and_kept_when_only_the_date_changes(loaded_2013, text_2013):
    season = loaded_2013.season
    new = edits.set_schedule(season, "final", 2, "América", "Cruz Azul", "2013-05-26", "20:30", "Estadio Azteca")
    text = render_season(text_2013, season, new)
    assert text.count("#") == text_2013.count("#")
    reread = load_season_text(text).season
    assert same_data(reread, new)
    assert edits.find_leg(reread, "final", 2, "América", "Cruz Azul").venue == "Estadio Azteca"
    # A caller that gives no venue (the date alone) keeps it: no edit writes less than the file held.
    moved = edits.set_schedule(reread, "final", 2, "América", "Cruz Azul", "2013-05-27", "20:30")
    assert edits.find_leg(moved, "final", 2, "América", "Cruz Azul").venue == "Estadio Azteca"
    cleared = edits.set_schedule(reread, "final", 2, "América", "Cruz Azul", "2013-05-27", "20:30", None)
    assert edits.find_leg(cleared, "final", 2, "América", "Cruz Azul").venue is None
    # A leg with no entry yet gets one for a venue alone.
    fresh = edits.set_schedule(season, "final", 3, "América", "Cruz Azul", None, None, "Estadio Azul")
    assert edits.find_leg(fresh, "final", 3, "América", "Cruz Azul").venue == "Estadio Azul"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("x" * (MAX_VENUE + 1), f"at most {MAX_VENUE}"),
        ("Estadio\u202eAzteca", "U+202E"),  # a bidi override
        ("Estadio\x1b[2JAzteca", "U+001B"),  # an escape sequence
        ("Estadio\u200bAzteca", "U+200B"),  # a zero-width space
    ],
)
def test_a_venue_that_would_garble_a_screen_is_refused(text, said):
    assert said in venue_problem(text)


def test_a_venue_as_people_write_it_is_fine():
    assert venue_problem("Estadio Universitario de Nuevo León (El Volcán)") is None and venue_problem("") is None
