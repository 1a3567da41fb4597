"""Typing the general table by hand (core/table_edit.py) and the new season's team list."""

from __future__ import annotations

from liguilla_tui.core.load import load_season
from liguilla_tui.core.new_season import blank_season, read_team_list
from liguilla_tui.core.resolve import resolve
from liguilla_tui.core.table_edit import RowValues, row_problem, set_table_row
from liguilla_tui.seasons import default_season

TEAMS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]


def test_a_row_gets_its_points_and_the_table_is_sorted_by_the_era_order():
    season = blank_season("Clausura", 2013, TEAMS, "liga-mx-2012")
    season = set_table_row(season, "J", RowValues(17, 10, 5, 2, 30, 14))
    season = set_table_row(season, "I", RowValues(17, 10, 5, 2, 31, 14))  # level on points, better GD
    rows = [(r.position, r.team, r.points, r.goal_difference) for r in season.table]
    assert rows[:3] == [(1, "I", 35, 17), (2, "J", 35, 16), (3, "A", 0, 0)]
    # Level rows keep the order they had: the rest as listed.
    assert [r.team for r in season.table[2:]] == TEAMS[:8]
    resolved = resolve(season)
    assert [q.team for q in resolved.qualified][:2] == ["I", "J"]
    assert not resolved.diagnostics  # the table's arithmetic and order are right


def test_goals_for_breaks_a_tie_on_points_and_goal_difference():
    season = blank_season("Clausura", 2013, TEAMS, "liga-mx-2012")
    season = set_table_row(season, "B", RowValues(2, 1, 0, 1, 3, 3))
    season = set_table_row(season, "C", RowValues(2, 1, 0, 1, 4, 4))
    assert [r.team for r in season.table[:2]] == ["C", "B"]


def test_an_impossible_row_is_refused_in_words():
    season = blank_season("Clausura", 2013, TEAMS, "liga-mx-2012")
    assert row_problem(season, "A", RowValues(17, 10, 5, 3, 0, 0)) == (
        "W + D + L = 18, but Pld is 17: a team plays each match once."
    )
    assert "between 0 and 999" in row_problem(season, "A", RowValues(1000, 1000, 0, 0, 0, 0))
    assert "not a team of this season" in row_problem(season, "Z", RowValues(0, 0, 0, 0, 0, 0))
    assert row_problem(season, "A", RowValues(17, 10, 5, 2, 0, 0)) is None


def test_a_table_computed_from_results_is_not_typed():
    imported = load_season(default_season()).season
    assert imported is not None and not imported.results
    from msgspec.structs import replace

    from liguilla_tui.core.model import Result

    with_results = replace(imported, results=(Result(imported.table[0].team, imported.table[1].team, (1, 0)),))
    assert "computed from the results" in row_problem(with_results, imported.table[0].team, RowValues(0, 0, 0, 0, 0, 0))


def test_team_list_from_the_dialog_text_is_read_as_the_file():
    names, problems = read_team_list("A\n\nB\r\n a \n")
    assert names == ["A", "B"]
    assert [(d.line, d.column, d.message) for d in problems] == [(4, 2, "a is listed twice (first on line 1)")]


def test_saving_a_typed_row_is_not_taken_for_dropping_the_table():
    from liguilla_tui.core.load import load_season_text
    from liguilla_tui.core.new_season import season_text
    from liguilla_tui.core.save import emit_season
    from liguilla_tui.core.save_guard import would_drop

    text, _ = season_text(blank_season("Clausura", 2013, TEAMS, "liga-mx-2012"))
    old = load_season_text(text, "new.yaml").season
    new = set_table_row(old, "J", RowValues(17, 10, 5, 2, 30, 14))
    assert not would_drop(text, old, new, emit_season(new))
    # Dropping a row the edit did not touch is still caught.
    from msgspec.structs import replace

    fewer = replace(new, table=new.table[:-1])
    assert would_drop(text, old, new, emit_season(fewer)).sections == ["table"]
