"""Every result of what is left of an open tie, against the whole pipeline.

The oracle is the app's own path: the result written into the season file, loaded and
resolved. Each preset's chain is covered (higher seed; away goals then higher seed;
extra time then penalties; penalties after a single match), with one leg left, both
legs left, a single match and a live leg.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liguilla_tui.core.results import DECIDED, LEVEL
from liguilla_tui.core.tie_outcomes import AGGREGATE, GRID, LEG, grid, open_ties, outcome_of, outcomes

T = (
    "Leones",
    "Tigres",
    "Pumas",
    "Gallos",
    "Toros",
    "Rayos",
    "Zorros",
    "Lobos",
    "Potros",
    "Halcones",
    "Cobras",
    "Diablos",
)
PRESETS = ("liga-mx-2011", "liga-mx-2012", "liga-mx-2020-repechaje", "liga-mx-2021-repechaje", "liga-mx-2023-play-in")
# What decides a quarter-final level on aggregate, preset by preset.
QF_CHAIN = {
    "liga-mx-2011": ("higher_seed",),
    "liga-mx-2012": ("away_goals", "higher_seed"),
    "liga-mx-2020-repechaje": ("away_goals", "higher_seed"),
    "liga-mx-2021-repechaje": ("higher_seed",),
    "liga-mx-2023-play-in": ("higher_seed",),
}


def before_quarterfinals(kit, preset: str) -> list[dict]:
    """Earlier rounds decided so that QF 1 v 8 is Leones (1) v Lobos (8) in every preset."""
    if "repechaje" in preset:
        return [kit.leg("reclassification", 1, T[h], T[a], (1, 0)) for h, a in ((4, 11), (5, 10), (6, 9), (7, 8))]
    if "play-in" in preset:
        return [
            kit.leg("playin", 1, "Zorros", "Lobos", (1, 0)),
            kit.leg("playin", 1, "Potros", "Halcones", (2, 0)),
            kit.leg("playin_8th", 1, "Lobos", "Potros", (1, 0)),
        ]
    return []


def season(kit, preset: str, legs: list[dict]):
    teams = 12 if "repechaje" in preset else 10 if "play-in" in preset else 8
    return kit.resolve_text(
        kit.season_text(table=T[:teams], format=preset, legs=before_quarterfinals(kit, preset) + legs)
    )


def qf(leg1=None, leg2=None) -> list[dict]:
    out = []
    if leg1 is not None:
        out.append({"round": "quarterfinals", "leg": 1, "home": "Lobos", "away": "Leones", "score": list(leg1)})
    if leg2 is not None:
        out.append({"round": "quarterfinals", "leg": 2, "home": "Leones", "away": "Lobos", "score": list(leg2)})
    return out


def the_open(resolved, label: str):
    found = [o for o in open_ties(resolved) if o.tie.label == label]
    assert len(found) == 1, [o.tie.label for o in open_ties(resolved)]
    return found[0]


def entered(kit, resolved_tie) -> tuple[str | None, str | None]:
    """(through, decided_by) as the resolver has it once the result is in the file."""
    if resolved_tie.state == DECIDED:
        return resolved_tie.winner, resolved_tie.decided_by
    assert resolved_tie.state == LEVEL
    return None, resolved_tie.awaiting


@pytest.mark.parametrize("preset", PRESETS)
@pytest.mark.parametrize("leg1", [(0, 0), (2, 1), (1, 3)])
def test_one_leg_left_every_result_as_the_file_would_have_it(kit, preset, leg1):
    open_tie = the_open(season(kit, preset, qf(leg1)), "QF 1 v 8")
    assert (open_tie.basis, open_tie.home, open_tie.away) == (LEG, "Leones", "Lobos")
    listed = outcomes(open_tie)
    assert [(o.home_goals, o.away_goals) for o in listed] == [(h, a) for h in range(6) for a in range(6)]
    for o in listed:
        tie = kit.find_tie(season(kit, preset, qf(leg1, (o.home_goals, o.away_goals))), "QF 1 v 8")
        assert (o.through, o.decided_by) == entered(kit, tie), (o, tie)
        if o.decided_by != "aggregate":
            assert o.decided_by in QF_CHAIN[preset]


def test_away_goals_era_differs_from_higher_seed_era_on_the_same_result(kit):
    # Lobos won 1-0 at home; 2-1 at Leones levels it 2-2 with Lobos ahead on away goals.
    with_away = outcome_of(the_open(season(kit, "liga-mx-2012", qf((1, 0))), "QF 1 v 8"), 2, 1)
    without = outcome_of(the_open(season(kit, "liga-mx-2011", qf((1, 0))), "QF 1 v 8"), 2, 1)
    assert (with_away.through, with_away.decided_by) == ("Lobos", "away_goals")
    assert (without.through, without.decided_by) == ("Leones", "higher_seed")


@pytest.mark.parametrize(
    "preset, round_key, label, home, away",
    [
        ("liga-mx-2020-repechaje", "reclassification", "RE 5 v 12", "Toros", "Diablos"),
        ("liga-mx-2023-play-in", "playin", "PI 7 v 8", "Zorros", "Lobos"),
    ],
)
def test_single_match_draw_goes_to_penalties(kit, preset, round_key, label, home, away):
    teams = 12 if "repechaje" in preset else 10
    resolved = kit.resolve_text(kit.season_text(table=T[:teams], format=preset))
    open_tie = the_open(resolved, label)
    assert (open_tie.basis, open_tie.home, open_tie.away, len(open_tie.remaining)) == (LEG, home, away, 1)
    for o in outcomes(open_tie):
        text = kit.season_text(
            table=T[:teams], format=preset, legs=[kit.leg(round_key, 1, home, away, (o.home_goals, o.away_goals))]
        )
        assert (o.through, o.decided_by) == entered(kit, kit.find_tie(kit.resolve_text(text), label))
        if o.home_goals == o.away_goals:
            assert (o.through, o.decided_by) == (None, "penalties")


def final_season(kit, *legs):
    return kit.resolve_text(kit.season_text(table=T[:2], format=kit.FINAL_ONLY, legs=list(legs)))


def test_final_level_after_ninety_waits_for_extra_time(kit):
    leg1 = kit.leg("final", 1, "Tigres", "Leones", (1, 1))
    open_tie = the_open(final_season(kit, leg1), "Final")
    for o in outcomes(open_tie):
        tie = kit.find_tie(
            final_season(kit, leg1, kit.leg("final", 2, "Leones", "Tigres", (o.home_goals, o.away_goals))), "Final"
        )
        assert (o.through, o.decided_by) == entered(kit, tie)
    level = [o for o in outcomes(open_tie) if o.through is None]
    assert level and all(o.home_goals == o.away_goals and o.decided_by == "extra_time" for o in level)


# ---- both legs left --------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    preset=st.sampled_from(["liga-mx-2011", "liga-mx-2012", "liga-mx-2023-play-in"]),
    leg1=st.tuples(st.integers(0, 4), st.integers(0, 4)),
    leg2=st.tuples(st.integers(0, 4), st.integers(0, 4)),
)
def test_both_legs_left_in_terms_of_aggregate_and_away_goals(kit, preset, leg1, leg2):
    open_tie = the_open(season(kit, preset, []), "QF 1 v 8")
    assert (open_tie.basis, len(open_tie.remaining)) == (AGGREGATE, 2)
    # Leg 1 at Lobos (Lobos, Leones), leg 2 at Leones: Leones score away in leg 1, Lobos in leg 2.
    aggregate = (leg1[1] + leg2[0], leg1[0] + leg2[1])
    o = outcome_of(open_tie, *aggregate, leg1[1], leg2[1])
    tie = kit.find_tie(season(kit, preset, qf(leg1, leg2)), "QF 1 v 8")
    assert (o.through, o.decided_by) == entered(kit, tie)


def test_both_legs_left_lists_away_goal_splits_only_where_they_matter(kit):
    with_away = outcomes(the_open(season(kit, "liga-mx-2012", []), "QF 1 v 8"))
    without = outcomes(the_open(season(kit, "liga-mx-2011", []), "QF 1 v 8"))
    assert len(without) == 36 and all(o.home_away_goals is None for o in without)
    level_2_2 = [o for o in with_away if (o.home_goals, o.away_goals) == (2, 2)]
    assert len(level_2_2) == 9  # each side 0, 1 or 2 of its goals away
    assert {(o.through, o.decided_by) for o in level_2_2 if o.home_away_goals == o.away_away_goals} == {
        ("Leones", "higher_seed")
    }
    assert all(o.through == "Lobos" for o in level_2_2 if o.away_away_goals > o.home_away_goals)
    assert all(o.home_away_goals is None for o in with_away if o.home_goals != o.away_goals)


# ---- a live leg --------------------------------------------------------------------------------


def test_live_leg_counts_from_its_current_score(kit):
    resolved = season(kit, "liga-mx-2012", qf((1, 0)))
    [open_tie] = [o for o in open_ties(resolved, live={"QF 1 v 8": (1, 1)}) if o.tie.label == "QF 1 v 8"]
    listed = outcomes(open_tie)
    assert (listed[0].home_goals, listed[0].away_goals) == (1, 1)
    assert min(o.home_goals for o in listed) == 1 and min(o.away_goals for o in listed) == 1
    assert len(listed) == (GRID + 1) ** 2
    for o in listed:  # a final score from 1-1 up: the same as that score entered
        tie = kit.find_tie(season(kit, "liga-mx-2012", qf((1, 0), (o.home_goals, o.away_goals))), "QF 1 v 8")
        assert (o.through, o.decided_by) == entered(kit, tie)
    # The grid starts at the live score too: its first cell is 1-1 (Lobos through on away goals).
    assert grid(open_tie)[0][0].through == "Lobos"


def test_live_score_needs_one_leg_left(kit):
    with pytest.raises(ValueError, match="one leg left"):
        open_ties(season(kit, "liga-mx-2012", []), live={"QF 1 v 8": (0, 0)})


# ---- the grid ------------------------------------------------------------------------------------


@pytest.mark.parametrize("preset, leg1", [("liga-mx-2012", (3, 0)), ("liga-mx-2011", (0, 2)), ("liga-mx-2012", (0, 1))])
def test_grid_more_cells_hold_one_team_through_or_say_it_depends(kit, preset, leg1):
    """A cell says "?" exactly when who goes through (or the step a level result awaits)
    differs among the results it stands for; how each is decided does not make it depend."""
    open_tie = the_open(season(kit, preset, qf(leg1)), "QF 1 v 8")
    cells = grid(open_tie)
    assert len(cells) == len(cells[0]) == GRID + 2
    for i, row in enumerate(cells):
        for j, cell in enumerate(row):
            hs = [i] if i <= GRID else list(range(GRID + 1, GRID + 20))
            as_ = [j] if j <= GRID else list(range(GRID + 1, GRID + 20))
            found = [outcome_of(open_tie, h, a) for h in hs for a in as_]
            who = {(o.through, o.decided_by if o.through is None else None) for o in found}
            ways = {o.decided_by for o in found}
            if cell.depends_on:
                assert len(who) > 1, (i, j)
            else:
                assert who == {(cell.through, cell.decided_by if cell.through is None else None)}, (i, j)
                assert cell.decided_by == (ways.pop() if len(ways) == 1 else None), (i, j)
    # Lobos won 3-0 (or lead 2-0 at Leones' ground earlier): somewhere in "more" the margin decides.
    if leg1 != (0, 1):
        assert any(c.depends_on == "margin" for c in cells[-1] + [r[-1] for r in cells])


def test_a_more_cell_one_team_wins_both_ways_is_that_teams():
    """2013 QF 2 v 7 (América won 1-0 at UNAM): at 5 v 6 or more UNAM go through, on away
    goals at 5-6 and on the aggregate beyond; the cell said "?" (depends on the margin)."""
    from pathlib import Path

    from liguilla_tui.core.load import load_season
    from liguilla_tui.core.resolve import resolve

    path = Path(__file__).resolve().parent.parent / "data" / "2013-clausura-open.yaml"
    [open_tie] = [o for o in open_ties(resolve(load_season(path).season)) if o.tie.label == "QF 2 v 7"]
    assert (open_tie.home, open_tie.away) == ("América", "UNAM")
    assert (outcome_of(open_tie, 5, 6).decided_by, outcome_of(open_tie, 5, 7).decided_by) == ("away_goals", "aggregate")
    cell = grid(open_tie)[5][GRID + 1]
    assert (cell.through, cell.decided_by, cell.depends_on) == ("UNAM", None, None)


def test_decided_and_pending_ties_are_not_open(kit):
    resolved = season(kit, "liga-mx-2012", qf((0, 1), (2, 0)))
    assert "QF 1 v 8" not in [o.tie.label for o in open_ties(resolved)]
    assert all(o.tie.teams is not None for o in open_ties(resolved))


def test_grid_before_leg_one_marks_the_level_aggregates_away_goals_decide(kit):
    with_away = grid(the_open(season(kit, "liga-mx-2012", []), "QF 1 v 8"))
    without = grid(the_open(season(kit, "liga-mx-2011", []), "QF 1 v 8"))
    for k in range(1, GRID + 1):
        assert with_away[k][k].depends_on == "away_goals"  # level k-k: who scored more away
        assert (without[k][k].through, without[k][k].decided_by) == ("Leones", "higher_seed")
    assert (with_away[0][0].through, with_away[0][0].decided_by) == ("Leones", "higher_seed")  # 0-0: no away goals
    assert (with_away[2][1].through, with_away[1][2].through) == ("Leones", "Lobos")
