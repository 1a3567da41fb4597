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
