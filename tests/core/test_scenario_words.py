"""What the scenarios' text and Markdown say around the words: the grid's legend says only
the marks the grid shows, a final's heading and words."""

from __future__ import annotations

from liguilla_tui.core.scenarios import scenarios
from liguilla_tui.report.scenarios_report import render_markdown, render_text

T = ("Leones", "Tigres", "Pumas", "Gallos", "Toros", "Rayos", "Zorros", "Lobos")


def _qf_caption(kit, preset: str, legs: list) -> str:
    resolved = kit.resolve_text(kit.season_text(table=T, format=preset, legs=legs))
    lines = render_text(resolved, scenarios(resolved)).splitlines()
    at = lines.index("QF 1 v 8 (Quarter-finals): Leones v Lobos")
    return lines[at + 3]


def test_the_grid_legend_says_away_goals_only_in_an_era_with_them(kit):
    # Both legs left. 2011: a level aggregate goes to the higher seed, no away goals.
    without = _qf_caption(kit, "liga-mx-2011", [])
    assert "away goals" not in without and without.endswith("? depends on the margin"), without
    with_away = _qf_caption(kit, "liga-mx-2012", [])
    assert with_away.endswith("? depends on away goals or the margin"), with_away


def test_the_grid_legend_has_no_level_mark_where_no_result_is_level(kit):
    # Away goals, then the higher seed: no result leaves the tie level, no "=" in the grid.
    leg1 = [kit.leg("quarterfinals", 1, "Lobos", "Leones", (1, 0))]
    caption = _qf_caption(kit, "liga-mx-2012", leg1)
    assert "= level" not in caption and caption.endswith("? depends on the margin"), caption
    resolved = kit.resolve_text(kit.season_text(table=T, format="liga-mx-2012", legs=leg1))
    markdown = render_markdown(resolved, scenarios(resolved))
    assert "= level" not in markdown


# ---- the table's needs: a list cut short says so -------------------------------------------


def _last_matchday_left(tmp_path, name: str):
    """A bundled season with its last matchday's scores removed, its outlook and inputs."""
    import yaml

    from liguilla_tui.core.load import load_season
    from liguilla_tui.core.table_outlook import standings, table_outlook
    from tests.open_seasons import seasons_dir

    data = yaml.safe_load((seasons_dir() / name).read_text(encoding="utf-8"))
    last = max(r.get("matchday") or 0 for r in data["results"])
    for result in data["results"]:
        if result.get("matchday") == last:
            result.pop("score", None)
    data["matches"] = []
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    season = load_season(path).season
    return table_outlook(season), standings(season)


def _all_conditions(outlook, stats, eligible, team: str, last: int) -> list[str]:
    from liguilla_tui.core.table_needs import one_matchday_needs

    [own] = [f for f in outlook.fixtures if team in f]
    rest = [f for f in outlook.fixtures if team not in f]
    return [n.text for n in one_matchday_needs(team, own, last, stats, rest, eligible, outlook.order)]


def test_needs_with_more_conditions_than_said_say_others_exist(tmp_path):
    outlook, (teams, stats, _fixtures) = _last_matchday_left(tmp_path, "2024-clausura.yaml")
    cruz = outlook.team("Cruz Azul")
    assert cruz is not None and cruz.needs is not None
    assert cruz.needs == (
        "To reach the Liguilla: a win is enough; or any result, and UANL not beating Tijuana; "
        "or any result, and Pachuca not beating Mazatlán; among other ways"
    )
    [liguilla] = [z for z in outlook.zones if z.key == "liguilla"]
    found = _all_conditions(outlook, stats, teams, "Cruz Azul", liguilla.last)
    assert len(found) > 3 and "any result, and Guadalajara not beating Atlas" in found
    # Nor does a list that is not proven whole: a smaller win than 6 may do with help.
    leon = outlook.team("León")
    assert leon is not None and leon.needs == (
        "To reach the Play-in: a win by 6 or more is enough; or a draw, and UNAM beating Querétaro; among other ways"
    )


def test_three_conditions_with_one_other_result_still_look_for_a_fourth(tmp_path):
    """2013 Apertura, UANL: three conditions with one other result each; more with two
    others exist, and were not looked for (the words read as the whole condition)."""
    outlook, _inputs = _last_matchday_left(tmp_path, "2013-apertura.yaml")
    uanl = outlook.team("UANL")
    assert uanl is not None and uanl.needs is not None
    assert uanl.needs.endswith("; or a win, and Querétaro not beating Pachuca; among other ways"), uanl.needs


def test_among_other_ways_in_spanish(tmp_path):
    from liguilla_tui import i18n

    i18n.set_language("es_MX")
    try:
        outlook, _inputs = _last_matchday_left(tmp_path, "2024-clausura.yaml")
    finally:
        i18n.set_language(None)
    cruz = outlook.team("Cruz Azul")
    assert cruz is not None and cruz.needs is not None and cruz.needs.endswith("; entre otras combinaciones")


# ---- the final -------------------------------------------------------------------------------


def _final_text(kit, legs: list, language: str | None = None) -> list[str]:
    from liguilla_tui import i18n

    resolved = kit.resolve_text(kit.season_text(table=T[:2], format=kit.FINAL_ONLY, legs=legs))
    i18n.set_language(language)
    try:
        return render_text(resolved, scenarios(resolved)).splitlines()
    finally:
        i18n.set_language(None)


def test_the_final_is_headed_once_and_its_words_say_champion(kit):
    lines = _final_text(kit, [kit.leg("final", 1, "Tigres", "Leones", (1, 1))])
    assert "Final: Leones v Tigres" in lines and not any("Final (Final)" in line for line in lines)
    resolved = kit.resolve_text(
        kit.season_text(table=T[:2], format=kit.FINAL_ONLY, legs=[kit.leg("final", 1, "Tigres", "Leones", (1, 1))])
    )
    markdown = render_markdown(resolved, scenarios(resolved)).splitlines()
    assert "## Final" in markdown and "### Leones v Tigres" in markdown and "### Final: Leones v Tigres" not in markdown
    assert "  Leones or Tigres: whoever wins is champion; level after 90: extra time, then penalties" in lines
    spanish = _final_text(kit, [kit.leg("final", 1, "Tigres", "Leones", (1, 1))], "es_MX")
    assert any(line.startswith("  Leones o Tigres: quien gane es campeón; ") for line in spanish), spanish
    lines = _final_text(kit, [kit.leg("final", 1, "Tigres", "Leones", (0, 1))])
    assert any(line.startswith("  Leones are champions with a draw or any win; Tigres need ") for line in lines)
    spanish = _final_text(kit, [kit.leg("final", 1, "Tigres", "Leones", (0, 1))], "es_MX")
    assert any(line.startswith("  Leones es campeón con el empate o cualquier victoria; ") for line in spanish)


def test_a_level_final_says_what_follows_extra_time_once(kit):
    legs = [kit.leg("final", 1, "Tigres", "Leones", (1, 1)), kit.leg("final", 2, "Leones", "Tigres", (0, 0))]
    lines = _final_text(kit, legs)
    at = lines.index("Final: Leones v Tigres")
    assert lines[at + 1].startswith("  Level 1–1 on aggregate: extra time to come")
    assert lines[at + 2] == "  penalties if still level after extra time"
    legs[1]["extra_time"] = [0, 0]
    lines = _final_text(kit, legs)
    assert lines[at + 1].startswith("  Level 1–1 on aggregate: penalties to come")
    assert lines[at + 2] == "  whoever wins the shoot-out is champion"
    spanish = _final_text(kit, legs, "es_MX")
    assert spanish[at + 2] == "  quien gane la tanda de penales es campeón"


def test_a_quarter_final_still_goes_through(kit):
    """Only the last round's tie makes a champion."""
    resolved = kit.resolve_text(
        kit.season_text(table=T, format="liga-mx-2011", legs=[kit.leg("quarterfinals", 1, "Lobos", "Leones", (0, 1))])
    )
    [qf] = [s for s in scenarios(resolved).ties if s.label == "QF 1 v 8"]
    assert qf.words.startswith("Leones go through with ") and "champion" not in qf.words
