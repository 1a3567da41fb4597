"""Hand-made seasons for each preset, each table criterion and the `entrants` format errors."""

from __future__ import annotations

import json

import pytest

from liguilla_tui.core import load_season_text
from liguilla_tui.core.results import DECIDED, LEVEL, NOT_STARTED

# Twelve teams; with a made-up table their seeds are their places here (1 = Leones).
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
QF = ("QF 1 v 8", "QF 2 v 7", "QF 3 v 6", "QF 4 v 5")


def pairs(resolved, key):
    return [(t.higher.team, t.lower.team, t.higher.seed, t.lower.seed) for t in resolved.round(key).ties]


def single(kit, key, home, away, score, **extra):
    return kit.leg(key, 1, home, away, score, **extra)


# --- liga-mx-2011 and liga-mx-2012 ---------------------------------------------------------

# QF 1 v 8 level 3-3; Lobos (8) scored 3 away, Leones (1) 1. The other ties won at home.
LEVEL_QF = {(1, 8): ((0, 1), (2, 3)), (2, 7): ((0, 1), (1, 0)), (3, 6): ((0, 0), (2, 0)), (4, 5): ((1, 1), (1, 0))}


@pytest.mark.parametrize(
    "preset, through, how, sf",
    [
        ("liga-mx-2011", "Leones", "higher_seed", [("Leones", "Gallos", 1, 4), ("Tigres", "Pumas", 2, 3)]),
        ("liga-mx-2012", "Lobos", "away_goals", [("Tigres", "Lobos", 2, 8), ("Pumas", "Gallos", 3, 4)]),
    ],
)
def test_level_quarter_final_by_era(kit, preset, through, how, sf):
    resolved = kit.resolve_text(kit.season_text(table=T[:8], format=preset, legs=kit.qf_legs(LEVEL_QF, T[:8])))
    assert not resolved.errors
    tie = kit.find_tie(resolved, "QF 1 v 8")
    assert tie.state == DECIDED and tie.aggregate == (3, 3) and tie.away_goals == (1, 3)
    assert (tie.winner, tie.decided_by) == (through, how)
    assert pairs(resolved, "semifinals") == sf  # re-seeded from the winners


# --- repechaje ------------------------------------------------------------------------------


def repechaje_legs(kit, penalties=(4, 2)):
    """12 wins away, 6 beats 11 on penalties after 1-1, 7 wins at home, 9 wins away."""
    extra = {"penalties": list(penalties)} if penalties else {}
    return [
        single(kit, "reclassification", "Toros", "Diablos", (0, 1)),
        single(kit, "reclassification", "Rayos", "Cobras", (1, 1), **extra),
        single(kit, "reclassification", "Zorros", "Halcones", (2, 1)),
        single(kit, "reclassification", "Lobos", "Potros", (0, 2)),
    ]


# QF 1 v 12: 0-0 at Diablos, 1-1 at Leones: level, Diablos 1 away goal to none.
QF_AWAY = [("quarterfinals", 1, "Diablos", "Leones", (0, 0)), ("quarterfinals", 2, "Leones", "Diablos", (1, 1))]


@pytest.mark.parametrize(
    "preset, through, how",
    [
        ("liga-mx-2020-repechaje", "Diablos", "away_goals"),
        ("liga-mx-2021-repechaje", "Leones", "higher_seed"),
    ],
)
def test_repechaje_single_matches_then_reranked_quarter_finals(kit, preset, through, how):
    legs = repechaje_legs(kit) + [kit.leg(*entry) for entry in QF_AWAY]
    resolved = kit.resolve_text(kit.season_text(table=T, format=preset, legs=legs))
    assert not resolved.errors
    assert [q.team for q in resolved.qualified] == list(T)
    re = resolved.round("reclassification").ties
    assert [t.label for t in re] == ["RE 5 v 12", "RE 6 v 11", "RE 7 v 10", "RE 8 v 9"]
    assert [(t.higher.seed, t.lower.seed) for t in re] == [(5, 12), (6, 11), (7, 10), (8, 9)]
    for t in re:  # one match, at the better-placed team's ground
        assert [(s.number, s.home, s.away) for s in t.legs] == [(1, t.higher.team, t.lower.team)]
        assert t.state == DECIDED
    assert [t.winner for t in re] == ["Diablos", "Rayos", "Zorros", "Potros"]
    assert (re[1].penalties, re[1].decided_by) == ((4, 2), "penalties")
    # Winners 6, 7, 9, 12 re-ranked after 1-4: 1 v 12, 2 v 9, 3 v 7, 4 v 6; seeds kept.
    assert [t.label for t in resolved.round("quarterfinals").ties] == list(QF)
    assert pairs(resolved, "quarterfinals") == [
        ("Leones", "Diablos", 1, 12),
        ("Tigres", "Potros", 2, 9),
        ("Pumas", "Zorros", 3, 7),
        ("Gallos", "Rayos", 4, 6),
    ]
    qf = kit.find_tie(resolved, "QF 1 v 8")
    assert [(s.home, s.away) for s in qf.legs] == [("Diablos", "Leones"), ("Leones", "Diablos")]
    assert (qf.aggregate, qf.away_goals) == ((1, 1), (0, 1))
    assert (qf.winner, qf.decided_by) == (through, how)


def test_repechaje_draw_waits_for_penalties_then_the_shootout_decides(kit):
    loaded_text = kit.season_text(table=T, format="liga-mx-2020-repechaje", legs=repechaje_legs(kit, None))
    resolved = kit.resolve_text(loaded_text)
    assert not resolved.errors
    tie = kit.find_tie(resolved, "RE 6 v 11")
    assert (tie.state, tie.awaiting, tie.winner, tie.aggregate) == (LEVEL, "penalties", None, (1, 1))
    qf = resolved.round("quarterfinals").ties
    # 1 v 12 is the same whoever wins (12 is the worst seed either way); the rest wait.
    assert (qf[0].higher.team, qf[0].lower.team, qf[0].state) == ("Leones", "Diablos", NOT_STARTED)
    assert qf[1].higher.team == "Tigres" and qf[1].lower.team is None
    assert set(qf[1].lower.candidates) == {"Potros", "Cobras"}  # 9 if 6 wins, 11 if 11 wins
    # Cobras (11) win the shoot-out, entered with Rayos at home: winners 7, 9, 11, 12.
    resolved = kit.resolve_text(
        kit.season_text(table=T, format="liga-mx-2020-repechaje", legs=repechaje_legs(kit, (2, 3)))
    )
    tie = kit.find_tie(resolved, "RE 6 v 11")
    assert (tie.state, tie.winner, tie.decided_by, tie.penalties) == (DECIDED, "Cobras", "penalties", (2, 3))
    assert pairs(resolved, "quarterfinals") == [
        ("Leones", "Diablos", 1, 12),
        ("Tigres", "Cobras", 2, 11),
        ("Pumas", "Potros", 3, 9),
        ("Gallos", "Zorros", 4, 7),
    ]


# --- liga-mx-2023-play-in -------------------------------------------------------------------


def later_teams(resolved):
    return {
        team
        for r in resolved.rounds
        if r.spec.key not in ("playin",)
        for t in r.ties
        for team in (t.higher.team, t.lower.team)
    }


def test_play_in_seventh_wins_and_eighth_keeps_seed_eight(kit):
    legs = [
        single(kit, "playin", "Zorros", "Lobos", (1, 0)),
        single(kit, "playin", "Potros", "Halcones", (2, 1)),
        single(kit, "playin_8th", "Lobos", "Potros", (1, 0)),
    ]
    resolved = kit.resolve_text(kit.season_text(table=T[:10], format="liga-mx-2023-play-in", legs=legs))
    assert not resolved.errors
    assert len(resolved.qualified) == 10
    assert [t.label for t in resolved.round("playin").ties] == ["PI 7 v 8", "PI 9 v 10"]
    assert [t.winner for t in resolved.round("playin").ties] == ["Zorros", "Potros"]
    p8 = kit.find_tie(resolved, "Play-in for 8th")
    assert (p8.higher.team, p8.lower.team) == ("Lobos", "Potros")  # the 8th at home
    assert [(s.home, s.away) for s in p8.legs] == [("Lobos", "Potros")]
    assert (p8.winner, p8.decided_by) == ("Lobos", "aggregate")
    qf = pairs(resolved, "quarterfinals")
    assert [t.label for t in resolved.round("quarterfinals").ties] == list(QF)
    assert qf == [
        ("Leones", "Lobos", 1, 8),
        ("Tigres", "Zorros", 2, 7),
        ("Pumas", "Rayos", 3, 6),
        ("Gallos", "Toros", 4, 5),
    ]
    assert "Halcones" not in later_teams(resolved)  # the 9 v 10 loser is out


def test_play_in_eighth_wins_and_tenth_takes_seed_eight_after_penalties(kit):
    legs = [single(kit, "playin", "Zorros", "Lobos", (0, 1)), single(kit, "playin", "Potros", "Halcones", (1, 1))]
    text = kit.season_text(table=T[:10], format="liga-mx-2023-play-in", legs=legs)
    resolved = kit.resolve_text(text)
    pi = kit.find_tie(resolved, "PI 9 v 10")
    assert (pi.state, pi.awaiting) == (LEVEL, "penalties")
    p8 = kit.find_tie(resolved, "Play-in for 8th")
    assert p8.higher.team == "Zorros" and set(p8.lower.candidates) == {"Potros", "Halcones"}
    legs[1] = single(kit, "playin", "Potros", "Halcones", (1, 1), penalties=[2, 4])
    legs.append(single(kit, "playin_8th", "Zorros", "Halcones", (0, 2)))
    resolved = kit.resolve_text(kit.season_text(table=T[:10], format="liga-mx-2023-play-in", legs=legs))
    assert not resolved.errors
    pi = kit.find_tie(resolved, "PI 9 v 10")
    assert (pi.winner, pi.loser, pi.decided_by, pi.penalties) == ("Halcones", "Potros", "penalties", (2, 4))
    p8 = kit.find_tie(resolved, "Play-in for 8th")
    assert (p8.higher.team, p8.lower.team, p8.winner) == ("Zorros", "Halcones", "Halcones")
    assert pairs(resolved, "quarterfinals") == [
        ("Leones", "Halcones", 1, 8),
        ("Tigres", "Lobos", 2, 7),
        ("Pumas", "Rayos", 3, 6),
        ("Gallos", "Toros", 4, 5),
    ]
    assert "Potros" not in later_teams(resolved)
    # The seeds given by the play-in hold from then on: the semi-finals re-seed with them.
    # QF winners (leg 1 at the lower seed): Halcones 1-0, Lobos 3-1, Pumas 1-0, Gallos 1-0.
    for low, high, first, second in (
        ("Halcones", "Leones", (1, 0), (0, 0)),
        ("Lobos", "Tigres", (2, 0), (1, 1)),
        ("Rayos", "Pumas", (0, 0), (1, 0)),
        ("Toros", "Gallos", (0, 0), (1, 0)),
    ):
        legs += [kit.leg("quarterfinals", 1, low, high, first), kit.leg("quarterfinals", 2, high, low, second)]
    resolved = kit.resolve_text(kit.season_text(table=T[:10], format="liga-mx-2023-play-in", legs=legs))
    assert not resolved.errors
    assert pairs(resolved, "semifinals") == [("Pumas", "Halcones", 3, 8), ("Gallos", "Lobos", 4, 7)]


# --- table criteria, from results -------------------------------------------------------------

FILLERS = T[:7]  # 12 points each: they beat Vaqueros and Venados home and away, 1-0
FOOT = ("Vaqueros", "Venados")  # 0 points: they lose to everyone


def results_text(table_order, focus, extra_results, stated=None):
    teams = [*FILLERS, *focus, *FOOT]
    results = [(f, v, 1, 0) for f in FILLERS for v in FOOT] + [(v, f, 0, 1) for f in FILLERS for v in FOOT]
    results += extra_results
    fmt = {"preset": "liga-mx-2012", "table_order": list(table_order)}
    out = [
        "competition: Test League",
        "tournament: Clausura",
        "year: 2013",
        f"format: {json.dumps(fmt)}",
        "teams:",
        *[f"  - name: {t}" for t in teams],
    ]
    if stated:
        out += ["table:", *[f"  - {json.dumps(row, ensure_ascii=False)}" for row in stated]]
    out += ["results:", *[f"  - {{home: {h}, away: {a}, score: [{x}, {y}]}}" for h, a, x, y in results]]
    return "\n".join(out) + "\n"


# Each: the table order, results for Alfa and Beta (and Cobra) where only the criterion
# puts Beta above Alfa (alphabetical order, the last resort, would not).
CRITERIA = {
    # Beta 6 pts (GD +2), Alfa 3 pts (GD +9, GF 9).
    "points": (["points"], [("Alfa", "Venados", 9, 0), ("Beta", "Venados", 1, 0), ("Venados", "Beta", 0, 1)]),
    # 3 pts each; Beta GD +2 GF 2, Alfa GD +1 GF 5.
    "goal_difference": (["points", "goal_difference"], [("Alfa", "Venados", 5, 4), ("Beta", "Venados", 2, 0)]),
    # 3 pts, GD +1 each; Beta GF 3, Alfa GF 1.
    "goals_for": (["points", "goal_difference", "goals_for"], [("Alfa", "Venados", 1, 0), ("Beta", "Venados", 3, 2)]),
    # 3 pts, GD +1 each; Beta concedes 0, Alfa 2 (the default order would put Alfa, GF 3, first).
    "goals_against": (
        ["points", "goal_difference", "goals_against"],
        [("Alfa", "Venados", 3, 2), ("Beta", "Venados", 1, 0)],
    ),
    # 6 pts, GD +1 each: Beta W2 L1 (GF 2), Alfa W1 D3 (GF 3, first by the default order).
    "wins": (
        ["points", "wins"],
        [
            ("Alfa", "Beta", 1, 0),
            ("Beta", "Venados", 1, 0),
            ("Venados", "Beta", 0, 1),
            ("Alfa", "Venados", 2, 2),
            ("Venados", "Alfa", 0, 0),
            ("Alfa", "Vaqueros", 0, 0),
        ],
    ),
    # 3 pts, GD +1, GF 2 each; Beta won away, Alfa at home.
    "away_goals": (
        ["points", "goal_difference", "goals_for", "away_goals"],
        [("Alfa", "Venados", 2, 1), ("Venados", "Beta", 1, 2)],
    ),
    # 6 pts, GD +2, GF 3, 1 away goal each; Beta won their meeting.
    "head_to_head": (
        ["points", "goal_difference", "goals_for", "head_to_head"],
        [("Alfa", "Beta", 0, 1), ("Beta", "Venados", 2, 1), ("Alfa", "Venados", 2, 0), ("Venados", "Alfa", 0, 1)],
    ),
}


@pytest.mark.parametrize("criterion", list(CRITERIA))
def test_each_table_criterion_alone_separates_two_teams(kit, criterion):
    order, extra = CRITERIA[criterion]
    resolved = kit.resolve_text(results_text(order, ("Alfa", "Beta"), extra))
    assert not resolved.diagnostics, [d.message for d in resolved.diagnostics]
    teams = [r.team for r in resolved.table]
    assert sorted(teams[:7]) == sorted(FILLERS) and set(teams[9:]) == set(FOOT)
    assert teams[7:9] == ["Beta", "Alfa"]
    assert [r.position for r in resolved.table] == list(range(1, 12))
    rows = {r.team: r for r in resolved.table}
    for earlier in order[:-1]:  # level on every criterion before the deciding one
        field = {"points": "points", "goal_difference": "goal_difference", "goals_for": "goals_for"}[earlier]
        assert getattr(rows["Alfa"], field) == getattr(rows["Beta"], field)
    assert [q.team for q in resolved.qualified][7] == "Beta" and resolved.seed_of("Alfa") is None
    qf = kit.find_tie(resolved, "QF 1 v 8")
    assert (qf.lower.team, qf.lower.seed) == ("Beta", 8)
    # Without the deciding criterion Alfa is above Beta again.
    teams = [r.team for r in kit.resolve_text(results_text(order[:-1] or ["goals_for"], ("Alfa", "Beta"), extra)).table]
    assert teams.index("Alfa") < teams.index("Beta")


def test_head_to_head_mini_table_of_three(kit):
    # Among themselves Alfa beat Beta 1-0, Beta beat Cobra 3-0, Cobra beat Alfa 2-1:
    # 3 pts each; GD Beta +2, Alfa 0, Cobra -2. Overall 6 pts, GF 7, GA 4 each.
    extra = [
        ("Alfa", "Beta", 1, 0),
        ("Beta", "Cobra", 3, 0),
        ("Cobra", "Alfa", 2, 1),
        ("Alfa", "Venados", 5, 2),
        ("Beta", "Venados", 4, 3),
        ("Cobra", "Venados", 5, 0),
    ]
    order = ["points", "goal_difference", "goals_for", "head_to_head"]
    resolved = kit.resolve_text(results_text(order, ("Alfa", "Beta", "Cobra"), extra))
    assert not resolved.diagnostics
    rows = {r.team: (r.points, r.goal_difference, r.goals_for) for r in resolved.table}
    assert rows["Alfa"] == rows["Beta"] == rows["Cobra"] == (6, 3, 7)
    assert [r.team for r in resolved.table][7:10] == ["Beta", "Alfa", "Cobra"]
    assert resolved.seed_of("Beta") == 8 and resolved.seed_of("Alfa") is resolved.seed_of("Cobra") is None


def test_stated_table_disagreeing_with_the_results_warns_per_cell(kit):
    order, extra = CRITERIA["goal_difference"]
    computed = kit.resolve_text(results_text(order, ("Alfa", "Beta"), extra)).table
    stated = [
        {
            "pos": r.position,
            "team": r.team,
            "pld": r.played,
            "w": r.won,
            "d": r.drawn,
            "l": r.lost,
            "gf": r.goals_for,
            "ga": r.goals_against,
            "gd": r.goal_difference,
            "pts": r.points,
        }
        for r in computed
    ]
    first, second = stated[0]["team"], stated[1]["team"]  # fillers: level on everything
    stated[0]["team"], stated[1]["team"] = second, first
    alfa = next(row for row in stated if row["team"] == "Alfa")
    assert (alfa["pos"], alfa["pld"], alfa["l"], alfa["gf"], alfa["ga"]) == (9, 1, 0, 5, 4)
    alfa.update(pld=2, l=1, gf=6, ga=5)  # still consistent in itself: only the cross-check warns
    text = results_text(order, ("Alfa", "Beta"), extra, stated)
    resolved = kit.resolve_text(text)
    got = sorted((d.line, d.message) for d in resolved.diagnostics)
    assert all(not d.is_error for d in resolved.diagnostics)

    def line(team):
        return kit.line_of(text, f'"team": "{team}"')

    assert got == sorted(
        [
            (line(second), f"{second}: position stated 1, the results give 2"),
            (line(first), f"{first}: position stated 2, the results give 1"),
            (line("Alfa"), "Alfa: Pld stated 2, the results give 1"),
            (line("Alfa"), "Alfa: L stated 1, the results give 0"),
            (line("Alfa"), "Alfa: GF stated 6, the results give 5"),
            (line("Alfa"), "Alfa: GA stated 5, the results give 4"),
        ]
    )
    assert [r.team for r in resolved.table][7:9] == ["Beta", "Alfa"]  # the results still rule


# --- format errors in `entrants` ------------------------------------------------------------


def format_text(kit, rounds_yaml, preset="liga-mx-2012", table=T[:8]):
    text = kit.season_text(table=table, format="PLACEHOLDER")
    return text.replace("format: PLACEHOLDER", f"format:\n  preset: {preset}\n  rounds:\n{rounds_yaml}")


@pytest.mark.parametrize(
    "rounds_yaml, preset, table, bad, message",
    [
        (
            "    - key: quarterfinals\n    - key: semifinals\n      entrants: [{winners: final}]\n    - key: final\n",
            "liga-mx-2012",
            T[:8],
            "- key: semifinals",
            "entrants of round 'semifinals' name 'final', which is not an earlier round",
        ),
        (
            (
                "    - key: playin\n    - key: playin_8th\n    - key: quarterfinals\n"
                "      entrants: [{seeds: [1, 6]}, {winner: playin, tie: 3, as_seed: 7}, {winner: playin_8th, tie: 1}]\n"
                "    - key: semifinals\n    - key: final\n"
            ),
            "liga-mx-2023-play-in",
            T[:10],
            "- key: quarterfinals",
            "round 'playin' has no tie 3",
        ),
        (
            "    - key: quarterfinals\n      entrants: [{seeds: [1, 9]}]\n    - key: semifinals\n    - key: final\n",
            "liga-mx-2012",
            T[:9],
            "- key: quarterfinals",
            "entrants of round 'quarterfinals' name seed 9, but only 8 teams qualify",
        ),
    ],
)
def test_entrants_errors_at_the_round_in_the_format(kit, rounds_yaml, preset, table, bad, message):
    text = format_text(kit, rounds_yaml, preset, table)
    loaded = load_season_text(text, "<test>")
    errs = kit.errors(loaded.diagnostics)
    assert [e.message for e in errs] == [message]
    line = kit.line_of(text, bad)
    assert (errs[0].line, errs[0].column) == (line, kit.column_of(text, "key:", line))
    assert loaded.season is None


def test_preset_seeds_beyond_overridden_qualifiers_error_at_the_format(kit):
    text = kit.season_text(table=T, format="PLACEHOLDER").replace(
        "format: PLACEHOLDER", "format: {preset: liga-mx-2020-repechaje, qualifiers: 10}"
    )
    loaded = load_season_text(text, "<test>")
    errs = kit.errors(loaded.diagnostics)
    assert [e.message for e in errs] == ["entrants of round 'reclassification' name seed 12, but only 10 teams qualify"]
    line = kit.line_of(text, "format:")
    assert (errs[0].line, errs[0].column) == (line, kit.column_of(text, "{preset", line))
    assert loaded.season is None


def test_entrants_that_name_the_same_teams_twice_are_an_error():
    text = (
        "\n".join(
            [
                "competition: Test",
                "tournament: Apertura",
                "year: 2024",
                "format:",
                "  preset: liga-mx-2012",
                "  rounds:",
                "    - {key: quarterfinals}",
                "    - {key: semifinals, entrants: [{winners: quarterfinals}, {winner: quarterfinals, tie: 1}]}",
                "    - {key: final}",
                "teams: [{name: A}, {name: B}]",
                "table: [{pos: 1, team: A, pld: 0, w: 0, d: 0, l: 0, gf: 0, ga: 0, gd: 0, pts: 0}]",
            ]
        )
        + "\n"
    )
    loaded = load_season_text(text)
    messages = [d.message for d in loaded.diagnostics if d.is_error]
    assert "entrants of round 'semifinals' name the same teams twice" in messages
    assert loaded.season is None
