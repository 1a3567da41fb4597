"""Found by an independent review of the two-matchday needs: table orders where a bigger
score within a class costs the team, a rival in three matches, and words that read as the
whole condition. Each failed before its fix."""

from __future__ import annotations

from pathlib import Path

from liguilla_tui.core.table_needs_two import two_matchday_needs
from liguilla_tui.core.table_positions import add_result, key
from liguilla_tui.core.table_rivals import ANY, DRAW, WIN, Board

ROOT = Path(__file__).resolve().parents[2]


def _ahead(stats, fixtures, scores, team, order):
    after = dict(stats)
    for (h, a), (x, y) in zip(fixtures, scores):
        after[h] = add_result(after[h], x, y, False)
        after[a] = add_result(after[a], y, x, True)
    mine = key(after[team], order)
    return sum(key(s, order) >= mine for t, s in after.items() if t != team)


def test_two_draws_are_not_enough_when_goals_against_follow_goal_difference():
    # table_order: [points, goal_difference, goals_against]. F (idle) is one goal against
    # worse than X; X's draws are judged at 0-0, but 1-1 twice adds two against X.
    order = ("points", "goal_difference", "goals_against")
    stats = {"X": (10, 3, 5, 5, 0), "F": (12, 4, 6, 6, 0), "A": (0, 0, 0, 20, 0), "B": (0, 0, 0, 20, 0)}
    own = [("X", "A"), ("B", "X")]
    needs = two_matchday_needs("X", own, [], 1, stats, list(stats), order)
    assert _ahead(stats, own, [(1, 1), (1, 1)], "X", order) == 1  # F level on all: lots
    assert (DRAW, DRAW) not in [n.own for n in needs]  # so two draws are not enough
    assert [n.own for n in needs] == [(WIN, ANY)]  # a win is (12 points, past F)


def test_a_win_and_a_draw_are_not_enough_when_away_goals_count():
    # table_order: [points, goal_difference, goals_for, away_goals]. X's home draw with A is
    # judged at 0-0; at 1-1 A gains an away goal X does not, and draws level on every criterion.
    order = ("points", "goal_difference", "goals_for", "away_goals")
    stats = {"X": (10, 3, 10, 5, 3), "A": (13, 4, 11, 5, 3), "B": (0, 0, 0, 20, 0)}
    own = [("X", "A"), ("B", "X")]
    needs = two_matchday_needs("X", own, [], 1, stats, list(stats), order)
    assert _ahead(stats, own, [(1, 1), (0, 1)], "X", order) == 1  # A level on all: lots
    # Drawing with A and winning at B by one is that outcome: not said. Beating A is enough
    # (X 14, A 13), and so is drawing with A and winning at B by 2 (level, X ahead on GD).
    assert [(n.own, n.any_order) for n in needs] == [((WIN, DRAW), False), ((DRAW, WIN + 1), False)]


def test_board_does_not_undercount_a_rival_in_three_matches():
    # Board is public; its search drops a team's points from a middle match of three
    # (_steps carries the old slot). R wins all three: 11 points, past X's 10.
    stats = {t: (0, 0, 0, 0, 0) for t in "ABC"} | {"X": (10, 3, 0, 0, 0), "R": (2, 0, 0, 0, 0)}
    rest = [("R", "A"), ("R", "B"), ("R", "C")]
    board = Board("X", stats, [], rest, list(stats), ("points",))
    assert board.most_ahead(()) == 1  # was 0: the middle match's points were dropped


def test_a_lone_need_with_help_is_not_said_as_the_whole_condition():
    # 2019 Apertura cut two matchdays short: Pachuca's only need names two results of
    # Tijuana's, but Pachuca also reaches the top 8 with Tijuana winning both.
    from benchmarks.table_outlook_bench import cut_short
    from liguilla_tui.core.load import load_season
    from liguilla_tui.core.table_outlook import standings, table_outlook

    season = cut_short(load_season(ROOT / "seasons" / "2019-apertura.yaml").season, 2)
    _, stats, fixtures = standings(season)
    scores = {
        ("Tijuana", "Monterrey"): (1, 0),
        ("Tijuana", "León"): (3, 2),
        ("UANL", "Pachuca"): (0, 1),
        ("Pachuca", "UNAM"): (1, 0),
        ("Veracruz", "América"): (0, 2),
        ("Morelia", "Puebla"): (0, 1),
        ("Atlético San Luis", "Necaxa"): (2, 1),
        ("Guadalajara", "Querétaro"): (1, 2),
        ("León", "Toluca"): (2, 0),
        ("Santos Laguna", "Cruz Azul"): (2, 0),
        ("UNAM", "Juárez"): (4, 2),
        ("Puebla", "Necaxa"): (3, 4),
        ("Querétaro", "Morelia"): (2, 1),
        ("Cruz Azul", "Atlético San Luis"): (2, 3),
        ("Monterrey", "Atlas"): (1, 0),
        ("Guadalajara", "Veracruz"): (0, 2),
        ("Toluca", "Santos Laguna"): (0, 0),
        ("Juárez", "UANL"): (3, 1),
    }
    order = season.format.table_order
    assert _ahead(stats, fixtures, [scores[f] for f in fixtures], "Pachuca", order) <= 7
    row = next(r for r in table_outlook(season).teams if r.team == "Pachuca")
    assert row.needs.startswith("To reach the Liguilla: two wins, and Tijuana v Monterrey drawn")
    assert row.needs.endswith("among other ways")  # was said as the whole condition


def test_least_results_that_differ_by_match_still_say_the_win_they_share(tmp_path):
    """2014 Apertura, two matchdays left: UNAM (18) can go through with a win over Cruz
    Azul, or a draw with it and a win over Monterrey, never with two draws (eight teams
    have 21 or more). Two least results, neither the other reversed: the words said
    nothing of its own results ("other results to go its way", a new user's trial)."""
    from liguilla_tui.core.load import load_season
    from liguilla_tui.core.table_outlook import table_outlook
    from tests.open_seasons import last_matchday_open

    loaded = load_season(last_matchday_open(tmp_path, drop_table=True, days=2, season="2014-apertura"))
    assert loaded.season is not None
    rows = {row.team: row for row in table_outlook(loaded.season).teams}
    assert rows["UNAM"].needs == "To reach the Liguilla: at least a win, and other results to go its way"
