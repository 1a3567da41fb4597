"""Diagnostics about a season's content, each at the line (and column) it is about."""

from __future__ import annotations

import pytest

from liguilla_tui.core import Severity, load_season_text, resolve

QF1 = {(1, 8): ((1, 0), (2, 0))}  # Lobos 1-0 Leones, Leones 2-0 Lobos: Leones 2-1


def only(diagnostics, severity=None, containing=""):
    found = [d for d in diagnostics if containing in d.message and (severity is None or d.severity is severity)]
    assert len(found) == 1, [(d.line, d.message) for d in diagnostics]
    return found[0]


def at(text, kit, marker, value=None, start=1):
    """(line, column) of `marker`; the column is that of `value` on the line if given."""
    line = kit.line_of(text, marker, start)
    return line, kit.column_of(text, value if value is not None else marker.strip(), line)


def test_unknown_team_suggests_the_nearest_name(kit):
    legs = [kit.leg("quarterfinals", 1, "Tigre", "Zorros", (0, 0))]
    text = kit.season_text(legs=legs)
    loaded = load_season_text(text)
    d = only(loaded.diagnostics, Severity.ERROR, "unknown team")
    assert d.message == "unknown team 'Tigre'; did you mean 'Tigres'?"
    assert (d.line, d.column) == at(text, kit, "home: Tigre\n", "Tigre")


def test_unknown_team_without_a_near_name(kit):
    text = kit.season_text(stated={"champion": "Xochimilco"})
    d = only(load_season_text(text).diagnostics, Severity.ERROR)
    assert d.message == "unknown team 'Xochimilco'"
    assert (d.line, d.column) == at(text, kit, "champion: Xochimilco", "Xochimilco")


def test_aliases_are_accepted_for_team_names(kit, text_2013):
    text = text_2013.replace("home: UANL\n", "home: Tigres UANL\n")
    assert text != text_2013
    loaded = load_season_text(text)
    assert loaded.diagnostics == ()
    assert any(leg.home == "UANL" and leg.away == "Monterrey" for leg in loaded.season.legs)


def test_team_declared_twice(kit):
    text = kit.season_text(teams=list(kit.TEAMS[:8]) + ["Tigres"])
    d = only(load_season_text(text).diagnostics, Severity.ERROR)
    assert d.message == "team 'Tigres' is declared twice"
    _first, second = kit.lines_of(text, "  - name: Tigres\n")
    assert (d.line, d.column) == (second, kit.column_of(text, "Tigres", second))
    assert [t.name for t in load_season_text(text).season.teams].count("Tigres") == 1


def test_team_twice_in_the_table(kit):
    rows = [kit.table_row(i, t) for i, t in enumerate(kit.TEAMS[:8], start=1)]
    rows.append(kit.table_row(9, "Pumas"))
    text = kit.season_text(table=rows)
    d = only(load_season_text(text).diagnostics, Severity.ERROR)
    assert d.message == "Pumas appears twice in the table"
    assert d.line == kit.line_of(text, "{pos: 9, team: Pumas")


def test_leg_between_teams_the_round_does_not_pair(kit):
    legs = kit.qf_legs(QF1) + [kit.leg("quarterfinals", 1, "Zorros", "Leones", (1, 1))]
    text = kit.season_text(legs=legs)
    resolved = resolve(load_season_text(text).season)
    d = only(resolved.diagnostics, Severity.ERROR)
    assert d.message.startswith(
        "Zorros v Leones is not a pairing of the Quarter-finals (they are "
        "Leones v Lobos, Tigres v Zorros, Pumas v Rayos, Gallos v Toros)"
    )
    assert d.line == kit.line_of(text, "    home: Zorros\n    away: Leones") - 2
    assert [(leg.home, leg.away) for leg in resolved.kept_legs] == [("Zorros", "Leones")]
    assert kit.find_tie(resolved, "QF 1 v 8").aggregate == (2, 1)


def test_two_entries_for_one_leg_the_first_counts(kit):
    legs = kit.qf_legs(QF1) + [kit.leg("quarterfinals", 2, "Leones", "Lobos", (5, 0))]
    text = kit.season_text(legs=legs)
    loaded = load_season_text(text)
    first, second = (n - 1 for n in kit.lines_of(text, "    leg: 2\n    home: Leones"))
    d = only(loaded.diagnostics, Severity.ERROR)
    assert d.line == second
    assert f"is entered twice (first at line {first})" in d.message
    t = kit.find_tie(resolve(loaded.season), "QF 1 v 8")
    assert t.legs[1].leg.score == (2, 0)


def test_negative_goals(kit):
    text = kit.season_text(legs=kit.qf_legs({(1, 8): ((0, -1),)}))
    d = only(load_season_text(text).diagnostics, Severity.ERROR)
    assert d.message == "score of Lobos v Leones (away) must be at least 0, not -1"
    assert (d.line, d.column) == at(text, kit, "score: [0, -1]", "-1")


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("1.5", "a decimal number"),
        ('"two"', "text"),
        ("two", "text"),
        ("true", "a boolean"),
        ("null", "null"),
        ("[1]", "a list"),
    ],
)
def test_non_integer_goals(kit, value, kind):
    text = kit.season_text(legs=kit.qf_legs({(1, 8): ((0, 0),)})).replace("score: [0, 0]", f"score: [{value}, 0]")
    loaded = load_season_text(text)
    d = only(loaded.diagnostics, Severity.ERROR)
    assert d.message == f"score of Lobos v Leones (home) must be a whole number, not {kind}"
    assert (d.line, d.column) == at(text, kit, f"score: [{value}, 0]", value)
    assert loaded.season.legs[0].score is None  # unreadable, not guessed


def test_score_not_a_pair(kit):
    text = kit.season_text(legs=kit.qf_legs({(1, 8): ((0, 0),)})).replace("score: [0, 0]", "score: 3")
    d = only(load_season_text(text).diagnostics, Severity.ERROR)
    assert d.message == "score of Lobos v Leones must be [home, away], two whole numbers, not an integer"
    assert (d.line, d.column) == at(text, kit, "score: 3", "3")


def test_unreadable_score_gives_one_error_not_a_cascade(kit):
    # A leg whose score cannot be read should not also be said to have "scored 0".
    goals = [{"team": "Lobos", "player": "Uno", "minute": 10}]
    text = kit.season_text(legs=[kit.leg("quarterfinals", 1, "Lobos", "Leones", (1, 0), goals=goals)])
    text = text.replace("score: [1, 0]", "score: [1.5, 0]")
    errs = kit.errors(load_season_text(text).diagnostics)
    assert [d.message for d in errs] == ["score of Lobos v Leones (home) must be a whole number, not a decimal number"]


def test_more_goal_events_than_goals(kit):
    goals = [{"team": "Lobos", "player": "Uno", "minute": 10}, {"team": "Lobos", "player": "Dos", "minute": 20}]
    text = kit.season_text(legs=[kit.leg("quarterfinals", 1, "Lobos", "Leones", (1, 0), goals=goals)])
    d = only(load_season_text(text).diagnostics, Severity.ERROR)
    assert d.message == "2 goal events for Lobos but they scored 1 in Lobos v Leones"
    assert (d.line, d.column) == at(text, kit, "    goals: [", "[")


def test_goal_for_a_team_not_playing(kit):
    goals = [{"team": "Tigres", "player": "Uno", "minute": 10}]
    text = kit.season_text(legs=[kit.leg("quarterfinals", 1, "Lobos", "Leones", (0, 0), goals=goals)])
    d = only(load_season_text(text).diagnostics, Severity.ERROR)
    assert d.message == "goal for Tigres, who are not playing Lobos v Leones"
    assert (d.line, d.column) == at(text, kit, "goals: [{team: Tigres", "Tigres")


def test_unattributed_goals_are_a_warning(kit):
    goals = [{"team": "Leones", "player": "Uno", "minute": 10}, {"team": "Leones", "minute": 50}]
    text = kit.season_text(legs=[kit.leg("quarterfinals", 1, "Lobos", "Leones", (0, 3), goals=goals)])
    loaded = load_season_text(text)
    assert kit.errors(loaded.diagnostics) == []
    missing = only(loaded.diagnostics, Severity.WARNING, "no scorer listed")
    assert missing.message == "1 of Leones's 3 goals in Lobos v Leones have no scorer listed"
    assert missing.line == kit.line_of(text, "    goals: [")
    unnamed = only(loaded.diagnostics, Severity.WARNING, "has no scorer")
    assert unnamed.message == "a goal for Leones in Lobos v Leones has no scorer"
    assert (unnamed.line, unnamed.column) == at(text, kit, "    goals: [", "{team: Leones, minute: 50}")
    resolved = resolve(loaded.season)
    assert (resolved.unattributed_goals, resolved.goals) == (2, 3)
    assert [(s.player, s.goals) for s in resolved.scorers] == [("Uno", 1)]


@pytest.mark.parametrize("leg2", [(2, 0), (1, 1)])
def test_penalties_where_the_aggregate_is_not_level(kit, leg2):
    legs = [
        kit.leg("final", 1, "Tigres", "Leones", (1, 0)),
        kit.leg("final", 2, "Leones", "Tigres", leg2, extra_time=[0, 0], penalties=[4, 3]),
    ]
    text = kit.season_text(table=kit.TEAMS[:2], format=kit.FINAL_ONLY, legs=legs)
    resolved = resolve(load_season_text(text).season)
    agg = (leg2[0], 1 + leg2[1])
    pens = only(resolved.diagnostics, Severity.ERROR, "penalties entered")
    assert pens.message == (f"penalties entered in Leones v Tigres but the aggregate was not level ({agg[0]}-{agg[1]})")
    assert pens.line == kit.line_of(text, "    leg: 2") - 1
    et = only(resolved.diagnostics, Severity.ERROR, "extra time entered")
    assert et.line == pens.line
    t = kit.find_tie(resolved, "Final")
    assert (t.penalties, t.extra_time, t.decided_by) == (None, None, "aggregate")
    assert t.winner == ("Leones" if agg[0] > agg[1] else "Tigres")


def test_level_shootout(kit):
    legs = [
        kit.leg("final", 1, "Tigres", "Leones", (1, 0)),
        kit.leg("final", 2, "Leones", "Tigres", (1, 0), extra_time=[0, 0], penalties=[3, 3]),
    ]
    text = kit.season_text(table=kit.TEAMS[:2], format=kit.FINAL_ONLY, legs=legs)
    loaded = load_season_text(text)
    d = only(loaded.diagnostics, Severity.ERROR)
    assert d.message == "a penalty shoot-out cannot end level (3-3)"
    assert (d.line, d.column) == at(text, kit, "penalties: [3, 3]", "[3, 3]")
    t = kit.find_tie(resolve(loaded.season), "Final")
    assert (t.state, t.awaiting) == ("level", "penalties")


def test_extra_time_outside_the_final(kit):
    text = kit.season_text(legs=[kit.leg("quarterfinals", 2, "Leones", "Lobos", (0, 0), extra_time=[1, 0])])
    d = only(load_season_text(text).diagnostics, Severity.ERROR)
    assert d.message == "Quarter-finals have no extra time"
    assert (d.line, d.column) == at(text, kit, "extra_time: [1, 0]", "[1, 0]")


def test_extra_time_after_the_first_leg_of_the_final(kit):
    legs = [kit.leg("final", 1, "Tigres", "Leones", (1, 1), extra_time=[1, 0])]
    text = kit.season_text(table=kit.TEAMS[:2], format=kit.FINAL_ONLY, legs=legs)
    loaded = load_season_text(text)
    d = only(loaded.diagnostics, Severity.ERROR)
    assert d.message == "extra time and penalties come only after the last leg of the Final"
    assert d.line == kit.line_of(text, "  - round: final")
    assert loaded.season.legs[0].extra_time is None


def test_unknown_key_names_the_nearest_one(kit):
    text = kit.season_text(legs=kit.qf_legs(QF1)).replace("    score: [1, 0]", "    scroe: [1, 0]")
    d = only(load_season_text(text).diagnostics, Severity.WARNING, "unknown key")
    assert d.message == "unknown key 'scroe' in a match; did you mean 'score'?"
    assert (d.line, d.column) == at(text, kit, "    scroe:", "scroe")


def test_unknown_top_level_key(kit):
    text = kit.season_text(extra="touranment: Apertura\n")
    d = only(load_season_text(text).diagnostics, Severity.WARNING)
    assert d.message == "unknown key 'touranment' in the season; did you mean 'tournament'?"
    assert (d.line, d.column) == (kit.line_of(text, "touranment:"), 1)


def test_unknown_round_and_preset(kit):
    text = kit.season_text(legs=[kit.leg("cuartos", 1, "Lobos", "Leones", (0, 0))])
    d = only(load_season_text(text).diagnostics, Severity.ERROR)
    assert d.message == "unknown round 'cuartos' (this format has: quarterfinals, semifinals, final)"
    assert d.line == kit.line_of(text, "round: cuartos")
    loaded = load_season_text(kit.season_text(format="liga_mx_2011"))
    assert loaded.season is None
    assert "unknown format preset 'liga_mx_2011'; did you mean 'liga-mx-2011'?" in kit.messages(loaded.diagnostics)


def test_penalties_after_an_extra_time_that_was_not_level(kit):
    legs = [
        kit.leg("final", 1, "Tigres", "Leones", (1, 0)),
        kit.leg("final", 2, "Leones", "Tigres", (1, 0), extra_time=[1, 0], penalties=[4, 3]),
    ]
    text = kit.season_text(table=kit.TEAMS[:2], format=kit.FINAL_ONLY, legs=legs)
    resolved = resolve(load_season_text(text).season)
    d = only(resolved.diagnostics, Severity.ERROR)
    assert d.message == "penalties entered in Leones v Tigres but the aggregate was not level (2-1)"
    assert d.line == kit.line_of(text, "    leg: 2") - 1
    t = kit.find_tie(resolved, "Final")
    assert (t.winner, t.decided_by, t.penalties) == ("Leones", "extra_time", None)


@pytest.mark.parametrize("minute", ["0", "121", "ninety", "90+x", "true"])
def test_goal_minute_out_of_range_or_not_a_minute(kit, minute):
    goals = [{"team": "Lobos", "player": "Uno", "minute": 10}]
    text = kit.season_text(legs=[kit.leg("quarterfinals", 1, "Lobos", "Leones", (1, 0), goals=goals)])
    text = text.replace("minute: 10}", f"minute: {minute}}}")
    loaded = load_season_text(text)
    d = only(loaded.diagnostics, Severity.ERROR)
    assert "minute" in d.message and minute in d.message.lower()
    line = kit.line_of(text, "    goals: [")
    assert (d.line, d.column) == (line, kit.column_of(text, f"{minute}}}", line))
    assert loaded.season.legs[0].goals[0].minute is None


@pytest.mark.parametrize(("minute", "kept"), [(1, "1"), ("90+3", "90+3"), (120, "120"), ("45'", "45")])
def test_goal_minutes_accepted(kit, minute, kept):
    goals = [{"team": "Lobos", "player": "Uno", "minute": minute}]
    loaded = load_season_text(
        kit.season_text(legs=[kit.leg("quarterfinals", 1, "Lobos", "Leones", (1, 0), goals=goals)])
    )
    assert kit.errors(loaded.diagnostics) == []
    assert loaded.season.legs[0].goals[0].minute == kept
