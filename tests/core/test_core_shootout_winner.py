"""`penalties_winner`: a shoot-out known only by who won it (a source's score cannot be right,
but the later rounds show who went through). Read, resolved, saved and shown like a shoot-out
whose score is known, except for the score."""

from __future__ import annotations

import json

import pytest

from liguilla_tui.core import edits, load_season_text, resolve
from liguilla_tui.core.save import emit_season, render_season, same_data
from liguilla_tui.report.describe import describe_tie
from liguilla_tui.report.json_report import document
from liguilla_tui.report.text_report import render_text

# Leones (seed 1) v Tigres (seed 2), a two-legged final: 1-1, 1-1, 0-0 in extra time.
LEG_1 = {"round": "final", "leg": 1, "home": "Tigres", "away": "Leones", "score": [1, 1]}


def _text(kit, **last):
    entry = {
        "round": "final",
        "leg": 2,
        "home": "Leones",
        "away": "Tigres",
        "score": [1, 1],
        "extra_time": [0, 0],
        **last,
    }
    return kit.season_text(table=kit.TEAMS[:2], teams=kit.TEAMS[:3], format=kit.FINAL_ONLY, legs=[LEG_1, entry])


def _errors(text):
    return [d.message for d in load_season_text(text).diagnostics if d.is_error]


def test_the_winner_decides_the_tie_with_the_score_not_known(kit):
    season = kit.load_ok(_text(kit, penalties_winner="Tigres")).season
    assert season.legs[1].penalties_winner == "Tigres" and season.legs[1].penalties is None
    resolved = resolve(season)
    tie = resolved.rounds[0].ties[0]
    assert (tie.winner, tie.decided_by, tie.penalties, tie.state) == ("Tigres", "penalties", None, "decided")
    assert resolved.champion == "Tigres" and resolved.errors == ()
    assert describe_tie(tie, 2) == "Tigres win on penalties (score not known) after 2–2"
    assert "(Tigres win on pen., score not known)" in render_text(resolved)
    legs = json.loads(json.dumps(document(resolved)))["rounds"][0]["ties"][0]["legs"]
    assert [leg["penalties_winner"] for leg in legs] == [None, "Tigres"]


def test_without_it_the_tie_waits_for_penalties(kit):
    tie = resolve(kit.load_ok(_text(kit)).season).rounds[0].ties[0]
    assert (tie.state, tie.awaiting) == ("level", "penalties")


@pytest.mark.parametrize(
    ("last", "message"),
    [
        ({"penalties_winner": "Pumas"}, "penalties_winner Pumas is not playing Leones v Tigres"),
        (
            {"penalties_winner": "Tigres", "penalties": [4, 2]},
            "give the shoot-out's score ('penalties') or, when it is not known, its winner ('penalties_winner'), not both",
        ),
        ({"penalties_winner": "Tigrez"}, "unknown team 'Tigrez'; did you mean 'Tigres'?"),
    ],
)
def test_a_winner_that_cannot_be(kit, last, message):
    assert _errors(_text(kit, **last)) == [message]


def test_a_winner_on_the_first_leg_or_without_a_shootout_round(kit):
    text = kit.season_text(table=kit.TEAMS[:2], format=kit.FINAL_ONLY, legs=[{**LEG_1, "penalties_winner": "Tigres"}])
    assert _errors(text) == ["extra time and penalties come only after the last leg of the Final"]
    qf = kit.leg("quarterfinals", 2, "Leones", "Lobos", (1, 0), penalties_winner="Leones")
    assert _errors(kit.season_text(legs=[qf])) == ["Quarter-finals have no penalty shoot-out"]


def test_a_winner_where_the_aggregate_is_not_level_is_an_error(kit):
    text = _text(kit, penalties_winner="Tigres").replace(
        "score: [1, 1]\n    extra_time", "score: [2, 1]\n    extra_time"
    )
    assert "score: [2, 1]" in text
    resolved = resolve(kit.load_ok(text).season)
    assert [d.message for d in resolved.errors] == [
        "extra time entered in Leones v Tigres but the aggregate was not level (3-2)",
        "a shoot-out winner entered in Leones v Tigres but the aggregate was not level (3-2)",
    ]
    assert resolved.champion == "Leones"


def test_saved_and_read_back_unchanged(kit):
    text = _text(kit, penalties_winner="Tigres")
    season = kit.load_ok(text).season
    emitted = emit_season(season)
    assert "    penalties_winner: Tigres\n" in emitted
    assert same_data(load_season_text(emitted).season, season)
    # A season without it is different data: a save can never drop it unnoticed.
    without = kit.load_ok(_text(kit)).season
    assert not same_data(season, without)


def test_typing_the_shootout_score_replaces_the_winner_and_saves_in_place(kit):
    text = _text(kit, penalties_winner="Tigres")
    season = kit.load_ok(text).season
    typed = edits.set_penalties(season, "final", 2, "Leones", "Tigres", (3, 4))
    leg = typed.legs[1]
    assert (leg.penalties, leg.penalties_winner) == ((3, 4), None)
    out = render_season(text, season, typed)
    assert "penalties_winner" not in out and "penalties: [3, 4]" in out
    assert same_data(load_season_text(out).season, typed)
    assert resolve(typed).champion == "Tigres"


def test_a_score_that_breaks_the_tie_clears_the_winner_as_it_clears_a_shootout(kit):
    from liguilla_tui.core.score_entry import apply_key

    season = kit.load_ok(_text(kit, penalties_winner="Tigres")).season
    resolved = resolve(season)
    spec, tie = resolved.rounds[0].spec, resolved.rounds[0].ties[0]
    outcome = apply_key(season, spec, tie, "leg2", 0, "set", 3)  # Leones 3-1 Tigres in leg 2
    leg = outcome.season.legs[1]
    assert (leg.score, leg.extra_time, leg.penalties_winner) == ((3, 1), None, None)
    assert outcome.note == (
        "Extra time set aside and the shoot-out's winner cleared: Leones v Tigres is no longer "
        "level (undo brings the winner back)"
    )
    assert resolve(outcome.season).errors == ()
