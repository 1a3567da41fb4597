"""Qualifiers, re-seeding, unfinished rounds and legs kept out of the bracket."""

from __future__ import annotations

from msgspec.structs import replace

from liguilla_tui.core import load_season_text, resolve
from liguilla_tui.core.results import DECIDED, IN_PROGRESS, NOT_STARTED, PENDING

QF_LABELS = ("QF 1 v 8", "QF 2 v 7", "QF 3 v 6", "QF 4 v 5")

# QF results (leg 1 at the lower seed, leg 2 at the higher) that leave seeds 1, 3, 5, 7.
UPSETS = {(1, 8): ((0, 1), (1, 0)), (2, 7): ((2, 0), (1, 1)), (3, 6): ((1, 1), (2, 0)), (4, 5): ((3, 0), (1, 1))}


def test_barred_team_is_skipped_and_the_next_one_takes_its_seed(resolved_2013):
    seeds = {q.team: (q.seed, q.position) for q in resolved_2013.qualified}
    assert "Querétaro" not in seeds
    assert seeds["Monterrey"] == (8, 9)
    assert [q.seed for q in resolved_2013.qualified] == list(range(1, 9))
    assert [(e.team, e.position, e.reason) for e in resolved_2013.excluded] == [
        ("Querétaro", 8, "relegated to Ascenso MX")
    ]
    assert resolved_2013.seed_of("Monterrey") == 8
    assert resolved_2013.seed_of("Querétaro") is None


def test_barred_team_in_a_mini_season(kit):
    text = kit.season_text(table=kit.TEAMS[:10], barred=[("Gallos", "stadium ban")])
    resolved = kit.resolve_text(text)
    assert [q.team for q in resolved.qualified] == [
        "Leones",
        "Tigres",
        "Pumas",
        "Toros",
        "Rayos",
        "Zorros",
        "Lobos",
        "Potros",
    ]
    assert [q.position for q in resolved.qualified] == [1, 2, 3, 5, 6, 7, 8, 9]
    assert [(e.team, e.position, e.reason) for e in resolved.excluded] == [("Gallos", 4, "stadium ban")]
    qf4 = kit.find_tie(resolved, "QF 4 v 5")
    assert (qf4.higher.team, qf4.lower.team) == ("Toros", "Rayos")


def test_table_too_short_once_barred_teams_are_skipped(kit):
    text = kit.season_text(table=kit.TEAMS[:8], barred=[("Lobos", "relegated")])
    resolved = kit.resolve_text(text)
    errs = kit.errors(resolved.diagnostics)
    assert len(errs) == 1
    assert "7 eligible teams" in errs[0].message and "needs 8" in errs[0].message
    assert errs[0].line == kit.line_of(text, "team: Lobos, pld")  # the table's last row
    assert resolved.champion is None


def test_semi_finals_are_reseeded_by_table_position(kit):
    resolved = kit.resolve_text(kit.season_text(legs=kit.qf_legs(UPSETS)))
    assert [t.winner for t in resolved.round("quarterfinals").ties] == ["Leones", "Zorros", "Pumas", "Toros"]
    sf = resolved.round("semifinals").ties
    assert [t.label for t in sf] == ["SF 1", "SF 2"]
    # 1 v 7 and 3 v 5 (best v worst), not the fixed 1/8 v 4/5 path.
    assert [(t.higher.team, t.lower.team) for t in sf] == [("Leones", "Zorros"), ("Pumas", "Toros")]
    assert [(t.higher.seed, t.lower.seed) for t in sf] == [(1, 7), (3, 5)]
    assert all(t.state == NOT_STARTED for t in sf)


def test_higher_seed_hosts_the_second_leg_in_every_round(kit):
    resolved = kit.resolve_text(kit.season_text(legs=kit.qf_legs(UPSETS)))
    for result in resolved.rounds:
        for t in result.ties:
            if t.teams is None:
                continue
            assert [s.number for s in t.legs] == [1, 2]
            assert (t.legs[0].home, t.legs[0].away) == (t.lower.team, t.higher.team)
            assert (t.legs[1].home, t.legs[1].away) == (t.higher.team, t.lower.team)


def test_final_is_reseeded_from_the_semi_final_winners(kit):
    legs = kit.qf_legs(UPSETS) + [
        kit.leg("semifinals", 1, "Zorros", "Leones", (2, 0)),
        kit.leg("semifinals", 2, "Leones", "Zorros", (1, 0)),  # Zorros 2-1
        kit.leg("semifinals", 1, "Toros", "Pumas", (0, 0)),
        kit.leg("semifinals", 2, "Pumas", "Toros", (0, 1)),  # Toros 1-0
    ]
    resolved = kit.resolve_text(kit.season_text(legs=legs))
    final = kit.find_tie(resolved, "Final")
    assert (final.higher.team, final.lower.team) == ("Toros", "Zorros")
    assert (final.higher.seed, final.lower.seed) == (5, 7)
    assert (final.legs[1].home, final.state) == ("Toros", NOT_STARTED)


def test_unplayed_second_legs_leave_the_semi_finals_pending(kit):
    legs = kit.qf_legs({pair: (first, None) for pair, (first, _) in UPSETS.items()})
    resolved = kit.resolve_text(kit.season_text(legs=legs))
    assert kit.errors(resolved.diagnostics) == []
    qf = resolved.round("quarterfinals").ties
    assert [t.state for t in qf] == [IN_PROGRESS] * 4
    assert [t.label for t in qf] == list(QF_LABELS)
    qualifiers = {q.team for q in resolved.qualified}
    for t in resolved.round("semifinals").ties:
        assert t.state == PENDING
        assert t.teams is None and t.legs == ()
        for slot in (t.higher, t.lower):
            assert slot.team is None and not slot.known
            assert slot.waiting_for == QF_LABELS
            assert len(slot.candidates) > 2 and set(slot.candidates) <= qualifiers
            assert slot.label == "winner of " + " / ".join(QF_LABELS)
    sf1 = kit.find_tie(resolved, "SF 1")
    # The top SF slot goes to the best surviving seed: Leones, else the best of the rest.
    assert set(sf1.higher.candidates) == {"Leones", "Tigres", "Pumas", "Gallos", "Toros"}
    final = kit.find_tie(resolved, "Final")
    assert final.state == PENDING
    assert final.higher.waiting_for == QF_LABELS + ("SF 1", "SF 2")
    assert resolved.champion is None
    assert resolved.matches_played == 4


def test_one_undecided_quarter_final_leaves_two_candidates_per_slot(kit):
    legs = kit.qf_legs(
        {(1, 8): ((1, 1), None), (2, 7): ((0, 1), (2, 0)), (3, 6): ((0, 0), (1, 0)), (4, 5): ((1, 2), (0, 0))}
    )
    resolved = kit.resolve_text(kit.season_text(legs=legs))
    assert [t.state for t in resolved.round("quarterfinals").ties] == [IN_PROGRESS] + [DECIDED] * 3
    sf1, sf2 = resolved.round("semifinals").ties
    # Survivors {Leones or Lobos, Tigres, Pumas, Gallos}:
    #   Leones through -> SF Leones v Gallos, Tigres v Pumas
    #   Lobos through  -> SF Tigres v Lobos, Pumas v Gallos
    assert (sf1.higher.candidates, sf1.lower.candidates) == (("Leones", "Tigres"), ("Gallos", "Lobos"))
    assert (sf2.higher.candidates, sf2.lower.candidates) == (("Tigres", "Pumas"), ("Pumas", "Gallos"))
    for slot in (sf1.higher, sf1.lower, sf2.higher, sf2.lower):
        assert len(slot.candidates) <= 2
        assert slot.waiting_for == ("QF 1 v 8",)
    assert sf1.higher.label == "Leones or Tigres"


def test_candidates_follow_each_possible_reseeding(kit):
    # QF 1 v 8 undecided, seeds 7, 6, 5 through elsewhere: the survivors are {1 or 8, 5, 6, 7}.
    # Leones through: SF Leones v Zorros, Toros v Rayos; Lobos through: Toros v Lobos, Rayos v Zorros.
    legs = kit.qf_legs(
        {(1, 8): ((0, 0), None), (2, 7): ((1, 0), (0, 0)), (3, 6): ((1, 0), (0, 0)), (4, 5): ((1, 0), (0, 0))}
    )
    resolved = kit.resolve_text(kit.season_text(legs=legs))
    assert [t.winner for t in resolved.round("quarterfinals").ties][1:] == ["Zorros", "Rayos", "Toros"]
    sf1, sf2 = resolved.round("semifinals").ties
    assert (sf1.higher.candidates, sf1.lower.candidates) == (("Leones", "Toros"), ("Zorros", "Lobos"))
    assert (sf2.higher.candidates, sf2.lower.candidates) == (("Toros", "Rayos"), ("Rayos", "Zorros"))


def test_a_tie_every_outcome_agrees_on_is_played_before_the_round_is_known(kit):
    # QF 4 v 5 undecided, seeds 1, 2, 3 through: SF 2 is Tigres v Pumas either way.
    legs = kit.qf_legs(
        {(1, 8): ((0, 1), (0, 0)), (2, 7): ((0, 1), (0, 0)), (3, 6): ((0, 1), (0, 0)), (4, 5): ((1, 1), None)}
    )
    legs += [kit.leg("semifinals", 1, "Pumas", "Tigres", (1, 0)), kit.leg("semifinals", 2, "Tigres", "Pumas", (0, 0))]
    resolved = kit.resolve_text(kit.season_text(legs=legs))
    assert kit.errors(resolved.diagnostics) == []
    sf1, sf2 = resolved.round("semifinals").ties
    assert (sf1.state, sf1.higher.team, sf1.lower.candidates) == (PENDING, "Leones", ("Gallos", "Toros"))
    assert sf1.lower.waiting_for == ("QF 4 v 5",)
    assert (sf2.higher.team, sf2.lower.team) == ("Tigres", "Pumas")
    assert (sf2.state, sf2.winner, sf2.aggregate) == (DECIDED, "Pumas", (0, 1))
    assert resolved.kept_legs == ()
    assert resolved.matches_played == 9


# --- Kept legs: the 2013 season with UANL through in QF 1 v 8 --------------------------------

QF1_LEG2 = """    home: UANL
    away: Monterrey
    score: [1, 1]"""
SF1_LEG1 = "  - round: semifinals\n    leg: 1\n    date: 2013-05-15"
SF1_LEG2 = "  - round: semifinals\n    leg: 2\n    date: 2013-05-18"


def test_changed_quarter_final_repairs_the_semi_finals_and_keeps_old_legs(kit, text_2013):
    changed = text_2013.replace(QF1_LEG2, QF1_LEG2.replace("[1, 1]", "[2, 0]"))
    assert changed != text_2013
    loaded = load_season_text(changed, "changed.yaml")
    resolved = resolve(loaded.season)
    assert kit.find_tie(resolved, "QF 1 v 8").winner == "UANL"
    sf = resolved.round("semifinals").ties
    assert [(t.higher.team, t.lower.team) for t in sf] == [("UANL", "Santos Laguna"), ("América", "Cruz Azul")]
    assert all(t.state == NOT_STARTED for t in sf)

    old = [
        leg
        for leg in loaded.season.legs
        if leg.round == "semifinals" and {leg.home, leg.away} == {"América", "Monterrey"}
    ]
    assert len(old) == 2
    kept_ids = {id(leg) for leg in resolved.kept_legs}
    assert all(id(leg) in kept_ids for leg in old)
    assert all(leg in resolved.season.legs for leg in old)
    bracket_legs = [s.leg for r in resolved.rounds for t in r.ties for s in t.legs if s.leg is not None]
    assert not any(leg in bracket_legs for leg in old)

    for leg, marker in ((old[0], SF1_LEG1), (old[1], SF1_LEG2)):
        line = kit.line_of(changed, marker)
        assert leg.mark.line == line
        found = [d for d in resolved.errors if d.line == line]
        assert len(found) == 1, [d.format("changed.yaml") for d in resolved.errors]
        assert f"{leg.home} v {leg.away} is not a pairing of the Semi-finals" in found[0].message
        assert "UANL v Santos Laguna, América v Cruz Azul" in found[0].message
        assert found[0].format("changed.yaml").startswith(f"changed.yaml:{line}:")
    assert resolved.champion is None
    assert resolved.matches_played == 8


def test_changing_the_score_back_restores_the_kept_legs(kit, text_2013):
    changed = text_2013.replace(QF1_LEG2, QF1_LEG2.replace("[1, 1]", "[2, 0]"))
    back = changed.replace(QF1_LEG2.replace("[1, 1]", "[2, 0]"), QF1_LEG2)
    assert back == text_2013
    resolved = kit.resolve_text(back)
    assert resolved.kept_legs == ()
    assert resolved.errors == ()
    sf1 = kit.find_tie(resolved, "SF 1")
    assert (sf1.higher.team, sf1.lower.team, sf1.winner) == ("América", "Monterrey", "América")
    assert [s.leg.score for s in sf1.legs] == [(2, 2), (2, 1)]
    assert resolved.champion == "América"


def test_kept_legs_return_when_the_season_value_is_edited_back(loaded_2013):
    season = loaded_2013.season
    qf1_leg2 = next(leg for leg in season.legs if leg.round == "quarterfinals" and leg.home == "UANL")
    edited = replace(season, legs=tuple(replace(leg, score=(2, 0)) if leg is qf1_leg2 else leg for leg in season.legs))
    moved = resolve(edited)
    assert {(leg.round, leg.home, leg.away) for leg in moved.kept_legs} >= {
        ("semifinals", "Monterrey", "América"),
        ("semifinals", "América", "Monterrey"),
        ("semifinals", "Santos Laguna", "Cruz Azul"),
        ("semifinals", "Cruz Azul", "Santos Laguna"),
    }
    restored = resolve(replace(edited, legs=season.legs))
    assert restored.kept_legs == ()
    assert restored.champion == "América"
