"""Warnings about the general table's arithmetic and order, and about stated facts."""

from __future__ import annotations

from liguilla_tui import i18n
from liguilla_tui.core import Severity, load_season, load_season_text, resolve


def table_warnings(kit, rows):
    text = kit.season_text(table=rows)
    resolved = resolve(kit.load_ok(text).season)
    assert kit.errors(resolved.diagnostics) == []
    return text, kit.warnings(resolved.diagnostics)


def rows_with(kit, pos, **override):
    return [kit.table_row(i, t, **(override if i == pos else {})) for i, t in enumerate(kit.TEAMS[:8], start=1)]


def test_consistent_table_has_no_warnings(kit):
    _, found = table_warnings(kit, rows_with(kit, 0))
    assert found == []


def test_points_not_three_per_win_plus_draws(kit):
    text, found = table_warnings(kit, rows_with(kit, 3, pts=29))  # 9 w, 1 d: 28
    assert [d.message for d in found] == ["Pumas: Pts 29 but 3×W + D = 28"]
    assert (found[0].line, found[0].column) == (kit.line_of(text, "{pos: 3, team: Pumas"), 5)


def test_played_not_wins_draws_losses(kit):
    text, found = table_warnings(kit, rows_with(kit, 5, pld=18))
    assert [d.message for d in found] == ["Toros: Pld 18 but W + D + L = 17"]
    assert found[0].line == kit.line_of(text, "{pos: 5, team: Toros")


def test_goal_difference_not_goals_for_minus_against(kit):
    text, found = table_warnings(kit, rows_with(kit, 8, gd=-7))
    assert [d.message for d in found] == ["Lobos: GD -7 but GF − GA = 22 − 15 = +7"]
    assert found[0].line == kit.line_of(text, "{pos: 8, team: Lobos")


def test_seed_america_row_warns_on_its_line(kit):
    text = kit.SEED_AMERICA.read_text(encoding="utf-8")
    loaded = load_season(kit.SEED_AMERICA)
    assert loaded.diagnostics == ()
    resolved = resolve(loaded.season)
    assert [(d.severity, d.message) for d in resolved.diagnostics] == [
        (Severity.WARNING, "América: GD +15 but GF − GA = 41 − 9 = +32")
    ]
    line = kit.line_of(text, "{pos: 2, team: América")
    assert (resolved.diagnostics[0].line, resolved.diagnostics[0].column) == (line, 5)
    assert resolved.diagnostics[0].format(str(kit.SEED_AMERICA)) == (
        f"{kit.SEED_AMERICA}:{line}:5: warning: América: GD +15 but GF − GA = 41 − 9 = +32"
    )
    assert resolved.champion == "América"  # a table warning changes nothing in the bracket


def test_table_out_of_order(kit):
    rows = rows_with(kit, 0)
    rows[3], rows[4] = ({**rows[4], "pos": 4}, {**rows[3], "pos": 5})  # Toros (22 pts) above Gallos (25)
    text, found = table_warnings(kit, rows)
    assert [d.message for d in found] == [
        "Gallos (25 pts, GD +11, GF 26) is placed below Toros (22 pts, GD +10, GF 25): the table is out of order"
    ]
    assert found[0].line == kit.line_of(text, "{pos: 5, team: Gallos")


def test_ties_on_points_are_ordered_by_goal_difference_then_goals_for(kit):
    rows = rows_with(kit, 0)
    rows[1] = {**rows[1], "pts": rows[0]["pts"], "w": rows[0]["w"], "l": rows[0]["l"]}  # level on points
    rows[1] = {**rows[1], "gf": rows[0]["gf"] + 1, "ga": rows[0]["ga"] + 1, "gd": rows[0]["gd"]}  # more GF
    text, found = table_warnings(kit, rows)
    assert len(found) == 1 and "Tigres" in found[0].message and "out of order" in found[0].message
    assert found[0].line == kit.line_of(text, "{pos: 2, team: Tigres")


def test_positions_must_run_one_two_three(kit):
    rows = rows_with(kit, 0)
    rows[2] = {**rows[2], "pos": 4}
    rows[3] = {**rows[3], "pos": 5}
    text, found = table_warnings(kit, rows)
    messages = [d.message for d in found]
    assert "Pumas: position 4 where 3 was expected" in messages
    assert next(d for d in found if d.message.startswith("Pumas")).line == kit.line_of(text, "team: Pumas")


def test_stated_goals_disagreeing(kit, text_2013):
    text = text_2013.replace("  goals: 35\n", "  goals: 36\n")
    assert text != text_2013
    resolved = resolve(load_season_text(text, "s.yaml").season)
    assert [d.message for d in resolved.diagnostics] == ["the source states 36 goals, the results give 35"]
    d = resolved.diagnostics[0]
    assert d.severity is Severity.WARNING
    line = kit.line_of(text, "  goals: 36\n")
    assert (d.line, d.column) == (line, kit.column_of(text, "36", line))
    assert d.format("s.yaml") == f"s.yaml:{line}:{d.column}: warning: the source states 36 goals, the results give 35"


def test_stated_champion_runner_up_matches_and_top_scorer(kit, text_2013):
    text = (
        text_2013.replace("  matches: 14\n", "  matches: 15\n")
        .replace("  champion: América\n", "  champion: Cruz Azul\n")
        .replace("  runner_up: Cruz Azul\n", "  runner_up: América\n")
        .replace("{player: Christian Benítez, goals: 5}", "{player: Raúl Jiménez, goals: 5}")
    )
    resolved = resolve(load_season_text(text).season)
    got = {d.line: d.message for d in resolved.diagnostics}
    assert all(not d.is_error for d in resolved.diagnostics)
    assert got == {
        kit.line_of(text, "  matches: 15"): "the source states 15 matches played, the results give 14",
        kit.line_of(text, "  champion: Cruz"): "the source states champion: Cruz Azul, the results give América",
        kit.line_of(text, "  runner_up: Am"): "the source states runner-up: América, the results give Cruz Azul",
        kit.line_of(text, "  top_scorer:"): "the source states top scorer Raúl Jiménez, the results give "
        "Christian Benítez",
    }


def test_stated_top_scorer_goals(kit, text_2013):
    text = text_2013.replace("{player: Christian Benítez, goals: 5}", "{player: Christian Benítez, goals: 6}")
    resolved = resolve(load_season_text(text).season)
    assert [(d.line, d.message) for d in resolved.diagnostics] == [
        (kit.line_of(text, "  top_scorer:"), "the source states Christian Benítez scored 6, the results give 5")
    ]


def test_stated_champion_before_the_final_is_played(kit):
    text = kit.season_text(stated={"champion": "Leones", "matches": 0, "goals": 0})
    resolved = resolve(kit.load_ok(text).season)
    assert [(d.line, d.message) for d in resolved.diagnostics] == [
        (kit.line_of(text, "  champion:"), "the source states champion: Leones, the results give none yet")
    ]


def _league_of_eight(kit, **changed):
    """A whole table of eight teams, one round played out 1-0 by the higher placed team;
    `changed` replaces a team's row (each row right on its own)."""
    rows = []
    for pos, team in enumerate(kit.TEAMS[:8], start=1):
        won = 8 - pos
        row = {"pos": pos, "team": team, "pld": 7, "w": won, "d": 0, "l": 7 - won, "gf": won, "ga": 7 - won}
        row.update(changed.get(team, {}))
        row.update(gd=row["gf"] - row["ga"], pts=3 * row["w"] + row["d"])
        rows.append(row)
    return rows


def test_a_whole_table_adds_up(kit):
    _, found = table_warnings(kit, _league_of_eight(kit))
    assert found == []


def test_a_whole_table_whose_wins_or_goals_do_not_add_up_is_warned_of(kit):
    """Each row right on its own, the table wrong as a whole: a row typed with `e`, or a
    source's misprint (a new user's trial: 107 wins and 87 losses, no warning)."""
    last = kit.TEAMS[7]
    text, found = table_warnings(kit, _league_of_eight(kit, **{last: {"ga": 5}}))
    assert [d.message for d in found] == ["the table's goals for add up to 28 but its goals against to 26"]
    assert found[0].line == kit.line_of(text, f"{{pos: 1, team: {kit.TEAMS[0]}")
    second = kit.TEAMS[1]  # 6 wins, 1 loss: 7 wins now
    _, found = table_warnings(kit, _league_of_eight(kit, **{second: {"w": 7, "l": 0}}))
    assert [d.message for d in found] == ["the table's wins add up to 29 but its losses to 27"]


def test_part_of_a_table_is_not_summed(kit):
    """Eight of a league's rows, 17 played each (as the 2013 Clausura states its top nine)."""
    _, found = table_warnings(kit, rows_with(kit, 0))
    assert found == []


def test_a_draw_no_other_team_shares_is_warned_of(kit):
    second = kit.TEAMS[1]  # its loss made a draw: one draw in the whole table, one loss short
    _, found = table_warnings(kit, _league_of_eight(kit, **{second: {"d": 1, "l": 0}}))
    assert [d.message for d in found] == [
        "the table's wins add up to 28 but its losses to 27",
        "the table's draws add up to 1, an odd number",
    ]


def test_stated_facts_read_as_spanish_sentences(kit, text_2013):
    # They once read "la fuente da champion: Leones, los resultados dan none yet".
    text = kit.season_text(stated={"champion": "Leones", "runner_up": "Toros", "matches": 1, "goals": 1})
    i18n.set_language("es_MX")
    try:
        resolved = resolve(kit.load_ok(text).season)
        messages = [d.message for d in resolved.diagnostics]
        scored = resolve(
            load_season_text(
                text_2013.replace("{player: Christian Benítez, goals: 5}", "{player: Nadie Más, goals: 5}")
            ).season
        )
        top = [d.message for d in scored.diagnostics]
    finally:
        i18n.set_language(None)
    assert sorted(messages) == [
        "la fuente da 1 gol; los resultados, 0",
        "la fuente da 1 partido jugado; los resultados, 0",
        "la fuente da como campeón a Leones; los resultados aún no dan campeón",
        "la fuente da como subcampeón a Toros; los resultados aún no dan subcampeón",
    ]
    assert top == ["la fuente da como líder de goleo a Nadie Más, los resultados dan Christian Benítez"]


def test_an_out_of_order_row_is_described_in_spanish(kit):
    rows = rows_with(kit, 0)
    rows[5], rows[6] = rows[6], rows[5]
    rows[5] = {**rows[5], "pos": 6}
    rows[6] = {**rows[6], "pos": 7}
    text = kit.season_text(table=rows)
    i18n.set_language("es_MX")
    try:
        found = [d.message for d in resolve(kit.load_ok(text).season).diagnostics if "debajo" in d.message]
    finally:
        i18n.set_language(None)
    assert found and "pts, Dif +" in found[0] and "GD" not in found[0]
