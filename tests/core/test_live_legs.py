"""A leg being played: scheduled -> live (score so far, minute) -> final.

A live leg counts for its tie's score so far, but the tie is never decided by it and the
rounds after it stay open; the file, the writer, the JSON contract, `check` and the
scenarios carry it. The oracle for scenarios is the whole pipeline: the final score
written into the season file, loaded and resolved.
"""

from __future__ import annotations

import pytest

from liguilla_tui.core import edits
from liguilla_tui.core.emit import emit_season
from liguilla_tui.core.live_entry import FINAL, LIVE, MINUTE, apply_state
from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.resolve import resolve
from liguilla_tui.core.results import DECIDED, IN_PROGRESS, LEVEL, PENDING
from liguilla_tui.core.save import render_season, same_data
from liguilla_tui.core.scenarios import tie_scenarios
from liguilla_tui.core.tie_outcomes import AGGREGATE, GRID, LEG, grid, open_ties, outcomes
from liguilla_tui.report.describe import describe_tie
from liguilla_tui.report.json_report import document

T = ("Leones", "Tigres", "Pumas", "Gallos", "Toros", "Rayos", "Zorros", "Lobos")


def qf_all(kit, qf18_leg2: dict | None, **leg2_fields) -> list[dict]:
    """Every quarter-final played, the seed-1 side winning, but QF 1 v 8's leg 2 as given."""
    legs = []
    for high, low in ((1, 8), (2, 7), (3, 6), (4, 5)):
        h, lo = T[high - 1], T[low - 1]
        legs.append(kit.leg("quarterfinals", 1, lo, h, (0, 1)))
        if (high, low) == (1, 8):
            if qf18_leg2 is not None:
                legs.append({**qf18_leg2, **leg2_fields})
        else:
            legs.append(kit.leg("quarterfinals", 2, h, lo, (1, 0)))
    return legs


def live_leg2(kit, score, **fields) -> dict:
    return kit.leg("quarterfinals", 2, "Leones", "Lobos", score, status="live", **fields)


def outcome_of_file(kit, legs: list[dict], label: str, fmt="liga-mx-2012"):
    tie = kit.find_tie(kit.resolve_text(kit.season_text(table=T, legs=legs, format=fmt)), label)
    if tie.state == DECIDED:
        return tie.winner, tie.decided_by
    assert tie.state == LEVEL, tie
    return None, tie.awaiting


# ---- resolution ------------------------------------------------------------------------------


def test_a_live_leg_never_decides_its_tie_and_the_rounds_after_stay_open(kit):
    # 3-0 up in the last leg: final, Leones would be through; live, nobody is yet.
    resolved = kit.resolve_text(kit.season_text(table=T, legs=qf_all(kit, live_leg2(kit, (3, 0), minute=63))))
    tie = kit.find_tie(resolved, "QF 1 v 8")
    assert (tie.state, tie.live, tie.minute, tie.winner, tie.aggregate) == (IN_PROGRESS, True, "63", None, (4, 0))
    # Re-seeding: with QF 1 v 8 open, SF 1's lower seed could be Lobos or Tigres... nobody is placed.
    semis = resolved.round("semifinals")
    assert semis is not None and all(t.state == PENDING for t in semis.ties)
    assert "QF 1 v 8" in semis.ties[0].higher.waiting_for + semis.ties[0].lower.waiting_for
    assert resolved.champion is None
    # The same score, final: decided, and the semi-finals are paired.
    final = kit.resolve_text(
        kit.season_text(table=T, legs=qf_all(kit, kit.leg("quarterfinals", 2, "Leones", "Lobos", (3, 0))))
    )
    assert kit.find_tie(final, "QF 1 v 8").state == DECIDED
    assert all(t.teams is not None for t in final.round("semifinals").ties)


def test_a_live_tie_says_who_leads_never_who_goes_through(kit):
    resolved = kit.resolve_text(kit.season_text(table=T, legs=qf_all(kit, live_leg2(kit, (1, 1), minute="90+2"))))
    tie = kit.find_tie(resolved, "QF 1 v 8")
    assert describe_tie(tie, 2) == "Leones lead 2–1 on aggregate · 90+2'"
    level = kit.resolve_text(kit.season_text(table=T, legs=qf_all(kit, live_leg2(kit, (0, 1), minute="HT"))))
    assert describe_tie(kit.find_tie(level, "QF 1 v 8"), 2) == "Level 1–1 on aggregate · HT"
    no_minute = kit.resolve_text(kit.season_text(table=T, legs=qf_all(kit, live_leg2(kit, (0, 3)))))
    said = describe_tie(kit.find_tie(no_minute, "QF 1 v 8"), 2)
    assert said == "Lobos lead 3–1 on aggregate · live"
    assert "through" not in said and "win" not in said


def test_totals_and_stated_facts_count_final_legs_only(kit):
    # 7 final legs with 7 goals; the live leg's 2 goals are not yet facts.
    text = kit.season_text(table=T, legs=qf_all(kit, live_leg2(kit, (2, 0))), stated={"matches": 7, "goals": 7})
    resolved = kit.resolve_text(text)
    assert (resolved.matches_played, resolved.goals) == (7, 7)
    assert not [d for d in resolved.diagnostics if "the source states" in d.message]
    # Made final, the same file's stated facts no longer hold: check says so.
    final = kit.resolve_text(text.replace("    status: live\n", ""))
    assert (final.matches_played, final.goals) == (8, 9)
    assert any("7 matches played, the results give 8" in d.message for d in final.diagnostics)


# ---- file format: loader and writer -------------------------------------------------------------


def test_status_minute_and_venue_round_trip_through_both_writers(kit):
    text = kit.season_text(
        table=T, legs=qf_all(kit, live_leg2(kit, (1, 0), minute="HT", venue="Estadio Universitario"))
    )
    loaded = kit.load_ok(text)
    [leg] = [g for g in loaded.season.legs if g.live]
    assert (leg.state, leg.minute, leg.venue, leg.score) == ("live", "HT", "Estadio Universitario", (1, 0))
    for written in (emit_season(loaded.season), render_season(text, loaded.season, loaded.season)):
        back = load_season_text(written).season
        assert back is not None and same_data(back, loaded.season)
    # An edit saved surgically: minute and status change in place, the rest stays as written.
    edited = edits.set_minute(loaded.season, "quarterfinals", 2, "Leones", "Lobos", "90+2")
    saved = render_season(text, loaded.season, edited)
    assert 'minute: "90+2"' in saved and "venue: Estadio Universitario" in saved
    made_final = edits.mark_final(edited, "quarterfinals", 2, "Leones", "Lobos")
    saved = render_season(text, loaded.season, made_final)
    assert "status:" not in saved and "minute:" not in saved
    assert same_data(load_season_text(saved).season, made_final)


def test_files_without_status_keep_their_meaning(kit, loaded_2013):
    assert not any(leg.live for leg in loaded_2013.season.legs)
    assert {leg.state for leg in loaded_2013.season.legs} == {"final"}


@pytest.mark.parametrize(
    ("fields", "message", "key"),
    [
        (
            {"status": "lvie"},
            "status 'lvie' of Leones v Lobos is not one (did you mean 'live'? live or final)",
            "status",
        ),
        ({"status": "live", "minute": "63 min"}, "is not a minute such as 63, 90+2 or HT", "minute"),
    ],
)
def test_a_bad_status_or_minute_names_its_line(kit, fields, message, key):
    text = kit.season_text(table=T, legs=qf_all(kit, kit.leg("quarterfinals", 2, "Leones", "Lobos", (1, 0), **fields)))
    loaded = load_season_text(text)
    [found] = [d for d in loaded.diagnostics if message in d.message]
    assert found.is_error
    assert found.mark.line == kit.line_of(text, f"    {key}:")


def test_live_without_a_score_is_an_error_and_a_minute_off_a_live_leg_a_warning(kit):
    text = kit.season_text(table=T, legs=[kit.leg("quarterfinals", 1, "Lobos", "Leones", None, status="live")])
    loaded = load_season_text(text)
    assert any(d.is_error and "is live but has no score" in d.message for d in loaded.diagnostics)
    text = kit.season_text(table=T, legs=[kit.leg("quarterfinals", 1, "Lobos", "Leones", (1, 0), minute=63)])
    loaded = kit.load_ok(text)
    assert any(not d.is_error and "has a minute but is not live" in d.message for d in loaded.diagnostics)
    assert loaded.season.legs[0].state == "final"  # kept, and written back, but it is final


def test_extra_time_on_a_live_leg_is_set_aside_not_lost(kit):
    fields = {"status": "live", "extra_time": [1, 0]}
    text = kit.season_text(
        table=["Leones", "Tigres"],
        format=kit.FINAL_ONLY,
        legs=[
            kit.leg("final", 1, "Tigres", "Leones", (0, 0)),
            kit.leg("final", 2, "Leones", "Tigres", (1, 1), **fields),
        ],
    )
    loaded = load_season_text(text)
    assert any(d.is_error and "is live" in d.message for d in loaded.diagnostics)
    [leg] = [g for g in loaded.season.legs if g.leg == 2]
    assert (leg.live, leg.extra_time, leg.kept_extra_time) == (True, None, (1, 0))


# ---- JSON contract ---------------------------------------------------------------------------------


def test_json_gives_each_leg_its_state_and_a_live_tie_its_minute(kit):
    resolved = kit.resolve_text(kit.season_text(table=T, legs=qf_all(kit, live_leg2(kit, (1, 1), minute=63))))
    doc = document(resolved)
    qf = next(r for r in doc["rounds"] if r["key"] == "quarterfinals")
    tie = next(t for t in qf["ties"] if t["label"] == "QF 1 v 8")
    assert (tie["state"], tie["live"], tie["minute"], tie["winner"]) == ("in_progress", True, "63", None)
    assert [(leg["state"], leg["minute"]) for leg in tie["legs"]] == [("final", None), ("live", "63")]
    assert (tie["legs"][1]["home_goals"], tie["legs"][1]["away_goals"]) == (1, 1)
    other = next(t for t in qf["ties"] if t["label"] == "QF 2 v 7")
    assert other["live"] is False and {leg["state"] for leg in other["legs"]} == {"final"}
    semis = next(r for r in doc["rounds"] if r["key"] == "semifinals")
    assert all(leg["state"] == "scheduled" for t in semis["ties"] for leg in t["legs"])


# ---- scenarios from a live score -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["liga-mx-2011", "liga-mx-2012"])
@pytest.mark.parametrize("so_far", [(0, 0), (1, 1), (0, 2), (2, 0)])
def test_live_last_leg_outcomes_against_the_whole_pipeline(kit, fmt, so_far):
    resolved = kit.resolve_text(kit.season_text(table=T, legs=qf_all(kit, live_leg2(kit, so_far)), format=fmt))
    [open_tie] = [o for o in open_ties(resolved) if o.tie.label == "QF 1 v 8"]
    assert (open_tie.basis, open_tie.live, open_tie.floor) == (LEG, so_far, so_far)
    assert [s.state for s in open_tie.remaining] == ["live"]
    listed = outcomes(open_tie)
    h0, a0 = so_far
    assert [(o.home_goals, o.away_goals) for o in listed] == [
        (h, a) for h in range(h0, h0 + GRID + 1) for a in range(a0, a0 + GRID + 1)
    ]
    for o in listed:  # brute force: that final score written into the file and resolved
        final = kit.leg("quarterfinals", 2, "Leones", "Lobos", (o.home_goals, o.away_goals))
        assert (o.through, o.decided_by) == outcome_of_file(kit, qf_all(kit, final), "QF 1 v 8", fmt), o
    cells = grid(open_tie)
    for i in range(GRID + 1):
        for j in range(GRID + 1):
            final = kit.leg("quarterfinals", 2, "Leones", "Lobos", (h0 + i, a0 + j))
            if (i + j) % 3 == 0:  # a sample of cells (each costs a whole resolve)
                assert (cells[i][j].through, cells[i][j].decided_by) == outcome_of_file(
                    kit, qf_all(kit, final), "QF 1 v 8", fmt
                )


def test_live_first_leg_of_two_counts_from_its_score(kit):
    """Leg 1 live at Lobos 1-0 Leones: every result of the two legs that holds that score."""
    legs = [leg for leg in qf_all(kit, None) if not (leg["leg"] == 1 and "Leones" in (leg["home"], leg["away"]))]
    legs.append(kit.leg("quarterfinals", 1, "Lobos", "Leones", (1, 0), status="live"))
    resolved = kit.resolve_text(kit.season_text(table=T, legs=legs))
    [open_tie] = [o for o in open_ties(resolved) if o.tie.label == "QF 1 v 8"]
    assert open_tie.basis == AGGREGATE and open_tie.floor == (0, 1)  # Leones 0, Lobos 1 at least
    listed = outcomes(open_tie)
    assert min(o.away_goals for o in listed) == 1
    # Brute force on the splits listed: leg 1 = (Lobos home goals, Leones away goals).
    for o in listed:
        if o.home_away_goals is None:
            ha, aa = open_tie.least_split
        else:
            ha, aa = o.home_away_goals, o.away_away_goals
        leg1 = (o.away_goals - aa, ha)  # Lobos at home, Leones away
        leg2 = (o.home_goals - ha, aa)
        assert leg1[0] >= 1, o  # never below the live score
        final = [
            *(leg for leg in legs if not (leg["round"] == "quarterfinals" and leg["home"] in ("Lobos", "Leones"))),
            kit.leg("quarterfinals", 1, "Lobos", "Leones", leg1),
            kit.leg("quarterfinals", 2, "Leones", "Lobos", leg2),
        ]
        assert (o.through, o.decided_by) == outcome_of_file(kit, final, "QF 1 v 8"), (o, leg1, leg2)


def test_live_words_say_who_goes_through_if_it_ends_so(kit):
    # Aggregate 1-1 so far, one away goal each: Leones, the higher seed, if it ends so.
    said = {}
    for fmt in ("liga-mx-2011", "liga-mx-2012"):
        resolved = kit.resolve_text(kit.season_text(table=T, legs=qf_all(kit, live_leg2(kit, (0, 1))), format=fmt))
        [scenario] = [s for s in tie_scenarios(resolved) if s.label == "QF 1 v 8"]
        said[fmt] = scenario.words
    assert said["liga-mx-2011"] == "Leones go through if it ends so; Lobos need to outscore Leones by 1 goal from here"
    # With away goals a 2-1 Lobos win would do but a 1-0 one would not: the full need is said.
    assert (
        said["liga-mx-2012"] == "Leones go through if it ends so; Lobos need a win by 2, or a 1-goal win of 2–1 or more"
    )
    single = kit.resolve_text(
        kit.season_text(
            table=["Leones", "Tigres"],
            format={**kit.FINAL_ONLY, "rounds": [{**kit.FINAL_ONLY["rounds"][0], "legs": 1}]},
            legs=[kit.leg("final", 1, "Leones", "Tigres", (1, 1), status="live", minute=80)],
        )
    )
    [final] = tie_scenarios(single)
    assert final.words == (
        "level if it ends so: extra time, then penalties; Leones or Tigres: whoever scores more from here is champion"
    )


# ---- edits and the keys' meaning ---------------------------------------------------------------------


def test_edits_walk_a_leg_from_scheduled_to_live_to_final(kit):
    season = kit.load_ok(kit.season_text(table=T, legs=qf_all(kit, None))).season
    live = edits.mark_live(season, "quarterfinals", 2, "Leones", "Lobos")
    [leg] = [g for g in live.legs if g.live]
    assert (leg.score, leg.minute) == ((0, 0), None)
    scored = edits.set_score(live, "quarterfinals", 2, "Leones", "Lobos", (2, 0))
    assert kit.find_tie(resolve(scored), "QF 1 v 8").state == IN_PROGRESS  # typing keeps it live
    timed = edits.set_minute(scored, "quarterfinals", 2, "Leones", "Lobos", "90+2'")
    assert kit.find_tie(resolve(timed), "QF 1 v 8").minute == "90+2"
    assert edits.set_minute(timed, "quarterfinals", 2, "Leones", "Lobos", "soon") is timed
    final = edits.mark_final(timed, "quarterfinals", 2, "Leones", "Lobos")
    tie = kit.find_tie(resolve(final), "QF 1 v 8")
    assert (tie.state, tie.winner) == (DECIDED, "Leones")
    assert all(t.teams is not None for t in resolve(final).round("semifinals").ties)
    cleared = edits.set_score(timed, "quarterfinals", 2, "Leones", "Lobos", None)
    [leg] = [g for g in cleared.legs if g.round == "quarterfinals" and g.leg == 2 and g.home == "Leones"]
    assert (leg.state, leg.minute) == ("scheduled", None)


def test_state_keys_refuse_what_means_nothing(kit):
    season = kit.load_ok(kit.season_text(table=T, legs=qf_all(kit, None))).season
    resolved = resolve(season)
    spec = resolved.round("quarterfinals").spec
    tie = kit.find_tie(resolved, "QF 1 v 8")
    assert apply_state(season, spec, tie, "leg2", FINAL).refused == "This leg is not live: L marks it live"
    assert apply_state(season, spec, tie, "leg2", MINUTE, "63").refused
    live = apply_state(season, spec, tie, "leg2", LIVE).season
    tie = kit.find_tie(resolve(live), "QF 1 v 8")
    assert apply_state(live, spec, tie, "leg2", LIVE).refused == "This leg is live already: F marks it final"
    assert apply_state(live, spec, tie, "leg2", MINUTE, "half").refused == "Not a minute: write 63, 90+2 or HT"
    timed = apply_state(live, spec, tie, "leg2", MINUTE, "ht").season
    assert kit.find_tie(resolve(timed), "QF 1 v 8").minute == "HT"
    semis = resolve(season).round("semifinals")
    assert apply_state(season, semis.spec, semis.ties[0], "leg1", LIVE).refused


def test_a_final_leg_made_live_keeps_its_score_and_sets_its_extra_time_aside(kit):
    text = kit.season_text(
        table=["Leones", "Tigres"],
        format=kit.FINAL_ONLY,
        legs=[
            kit.leg("final", 1, "Tigres", "Leones", (1, 1)),
            kit.leg("final", 2, "Leones", "Tigres", (0, 0), extra_time=[1, 0]),
        ],
    )
    season = kit.load_ok(text).season
    resolved = resolve(season)
    spec, tie = resolved.rounds[0].spec, resolved.rounds[0].ties[0]
    assert tie.state == DECIDED
    outcome = apply_state(season, spec, tie, "leg2", LIVE)
    assert outcome.note == "Leg 2 is live again at 0–0"
    [leg] = [g for g in outcome.season.legs if g.leg == 2]
    assert (leg.live, leg.score, leg.extra_time, leg.kept_extra_time) == (True, (0, 0), None, (1, 0))
    live_tie = resolve(outcome.season).rounds[0].ties[0]
    assert (live_tie.state, live_tie.winner) == (IN_PROGRESS, None)
    # Final again at a level score: the extra time set aside comes back, and decides it.
    back = apply_state(outcome.season, spec, live_tie, "leg2", FINAL).season
    tie = resolve(back).rounds[0].ties[0]
    assert (tie.state, tie.winner, tie.decided_by) == (DECIDED, "Leones", "extra_time")


def test_a_merge_conflict_between_a_live_and_a_final_score_says_which_is_which():
    from liguilla_tui.core.merge import describe
    from liguilla_tui.core.model import Leg

    live = Leg("quarterfinals", 2, "Leones", "Lobos", score=(1, 1), status="live", minute="63")
    assert describe(live) == "Leones 1-1 Lobos, live (63')"
    assert describe(Leg("quarterfinals", 2, "Leones", "Lobos", score=(1, 1))) == "Leones 1-1 Lobos"
