"""resolve() with a RoundMemo (the app's, kept across edits) gives what a fresh resolve()
gives after every edit, and works out again exactly the rounds whose inputs changed."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

from liguilla_tui import i18n
from liguilla_tui.core import load_season_text, resolve
from liguilla_tui.core.edits import set_score
from liguilla_tui.core.round_memo import RoundMemo
from tests.core.test_paths_memo import PLAY_IN, QF, T  # the same teams and legs

resolve_module = importlib.import_module("liguilla_tui.core.resolve")  # the module, not the function

# Later rounds' legs between teams that may or may not meet there (kept, not counted, if not).
SF = [
    ("semifinals", n, h, a) for h, a in (("Leones", "Gallos"), ("Tigres", "Pumas"), ("Gallos", "Lobos")) for n in (1, 2)
]
FINAL = [("final", n, h, a) for h, a in (("Leones", "Tigres"), ("Pumas", "Leones")) for n in (1, 2)]
FORMATS = {
    "liga-mx-2011": (T[:8], QF + SF + FINAL),
    "liga-mx-2012": (T[:8], QF + SF + FINAL),
    "liga-mx-2023-play-in": (T[:10], PLAY_IN + QF + SF),
}
SCORE = st.none() | st.tuples(st.integers(0, 3), st.integers(0, 3))


@st.composite
def edit_chains(draw):
    """A format, and edits as the app makes them: a score set or cleared (a new season that
    keeps every other leg object), an undo to an earlier season, or the file read again
    (every leg an equal but new object)."""
    preset = draw(st.sampled_from(sorted(FORMATS)))
    table, legs = FORMATS[preset]
    steps = draw(
        st.lists(
            st.one_of(
                st.tuples(st.just("score"), st.sampled_from(legs), SCORE),
                st.tuples(st.just("undo"), st.integers(1, 4)),
                st.tuples(st.just("reload")),
            ),
            min_size=1,
            max_size=25,
        )
    )
    return preset, table, steps


def _load(text: str):
    loaded = load_season_text(text, "<test>")
    assert loaded.season is not None
    return loaded.season


def _placed_legs_are_the_seasons(resolved, season) -> bool:
    """Every leg a tie shows is one of the season's very leg objects (resolve counts them
    as placed by identity: an equal leg from an earlier season would be counted twice)."""
    ids = {id(leg) for leg in season.legs}
    return all(s.leg is None or id(s.leg) in ids for r in resolved.rounds for t in r.ties for s in t.legs)


@settings(max_examples=120, deadline=None)
@given(chain=edit_chains())
def test_with_the_memo_every_edit_resolves_as_a_fresh_resolve(kit, chain):
    preset, table, steps = chain
    text = kit.season_text(table=table, format=preset, legs=[])
    memo = RoundMemo()
    history = [_load(text)]
    for step in steps:
        season = history[-1]
        if step[0] == "score":
            (round_key, number, home, away), score = step[1], step[2]
            season = set_score(season, round_key, number, home, away, score)
        elif step[0] == "undo":
            season = history[max(0, len(history) - 1 - step[1])]
        else:
            season = _load(kit.season_text(table=table, format=preset, legs=list(_as_entries(kit, season))))
        history.append(season)
        with_memo = resolve(season, memo)
        assert with_memo == resolve(season)
        assert _placed_legs_are_the_seasons(with_memo, season)


def _as_entries(kit, season):
    for leg in season.legs:
        yield kit.leg(leg.round, leg.leg, leg.home, leg.away, leg.score)


def _counting(monkeypatch) -> list[int]:
    worked: list[int] = []
    work = resolve_module._round

    def counting(spec, number, given, index):
        worked.append(number)
        return work(spec, number, given, index)

    monkeypatch.setattr(resolve_module, "_round", counting)
    return worked


def test_a_key_in_a_tie_that_stays_open_works_out_its_round_alone(kit, monkeypatch):
    worked = _counting(monkeypatch)
    legs = kit.qf_legs({(1, 8): ((1, 0), None), (2, 7): ((0, 0), (1, 0)), (3, 6): ((2, 0), None)})
    season = _load(kit.season_text(format="liga-mx-2012", legs=legs))
    memo = RoundMemo()
    first = resolve(season, memo)
    assert worked == [0, 1, 2]
    worked.clear()

    assert resolve(season, memo) == first and worked == []  # the same season: nothing again

    # QF 1 is Leones (seed 1) v Lobos (seed 8); its first leg was played at Lobos.
    typed = set_score(season, "quarterfinals", 1, "Lobos", "Leones", (3, 0))  # QF 1 stays open
    with_memo = resolve(typed, memo)
    assert worked == [0]  # the semi-finals and the final as they were
    assert with_memo == resolve(typed) != first
    worked.clear()

    decided = set_score(typed, "quarterfinals", 2, "Leones", "Lobos", (0, 0))  # QF 1 decided
    with_memo = resolve(decided, memo)
    assert worked == [0, 1, 2]  # who reaches the semi-finals moved: every round again
    assert with_memo == resolve(decided)


def test_past_the_worlds_followed_a_tie_decided_is_seen_by_the_rounds_after(kit):
    """Past MAX_WORLDS no worlds reach the later rounds, whatever is decided: their slots
    then name the ties they wait for, which a tie decided changes (the memo must not
    serve the rounds after it from the worlds alone)."""
    teams = [f"Club {i:02d}" for i in range(1, 33)]
    rounds = [
        {"key": key, "name": key, "short": key[:3].upper(), "legs": 1, "pairing": "reseed", "tiebreak": ["penalties"]}
        for key in ("round32", "round16", "quarters", "semis", "final")
    ]
    table = [
        kit.table_row(pos, team, pld=40, w=33 - pos, d=1, l=6 + pos, gf=40, ga=20 + pos, gd=20 - pos, pts=100 - 3 * pos)
        for pos, team in enumerate(teams, start=1)
    ]
    season = _load(kit.season_text(table=table, format={"qualifiers": 32, "rounds": rounds}, legs=[]))
    memo = RoundMemo()
    before = resolve(season, memo)
    assert before == resolve(season)
    waiting = before.rounds[1].ties[0].higher
    assert waiting.team is None and not waiting.candidates  # 2^16 worlds: not followed
    decided = set_score(season, "round32", 1, teams[0], teams[31], (1, 0))
    after = resolve(decided, memo)
    assert after == resolve(decided)
    assert after.rounds[1].ties[0].higher.waiting_for != waiting.waiting_for


def test_a_round_reused_after_a_language_switch_speaks_the_new_language(kit):
    # QF 2 (Tigres v Zorros) decided 2-0 on aggregate with extra time entered anyway: a
    # problem of the quarter-finals, a round a key in a semi-final leaves as it was.
    legs = kit.qf_legs(
        {(1, 8): ((0, 1), (1, 0)), (2, 7): ((0, 1), None), (3, 6): ((0, 1), (1, 0)), (4, 5): ((0, 1), (1, 0))}
    )
    legs.append(kit.leg("quarterfinals", 2, kit.TEAMS[1], kit.TEAMS[6], (1, 0), extra_time=[1, 0]))
    legs.append(kit.leg("semifinals", 1, kit.TEAMS[3], kit.TEAMS[0]))
    rounds = [
        {"key": key, "name": key, "short": key[:2].upper(), "legs": 2, "pairing": "reseed",
         "tiebreak": ["extra_time", "penalties"]}
        for key in ("quarterfinals", "semifinals", "final")
    ]  # fmt: skip
    text = kit.season_text(format={"qualifiers": 8, "rounds": rounds}, legs=legs)
    loaded = load_season_text(text, "<test>")
    season = loaded.season
    assert season is not None
    memo = RoundMemo()
    try:
        i18n.set_language("en")
        resolve(season, memo)
        i18n.set_language("es_MX")
        # A key in a semi-final after the switch, as the app resolves it: the problem is
        # Spanish in a fresh resolve, so it must be with the memo too.
        typed = set_score(season, "semifinals", 1, kit.TEAMS[3], kit.TEAMS[0], (2, 0))
        fresh = [d.message for d in resolve(typed).diagnostics]
        with_memo = [d.message for d in resolve(typed, memo).diagnostics]
        assert any("tiempo extra" in m or "tiempos extra" in m for m in fresh), fresh  # Spanish
        assert with_memo == fresh
    finally:
        i18n.set_language(None)


def test_with_no_worlds_a_round_is_counted_from_the_seeds(kit):
    """Too few eligible teams for the format: no world reaches any round, and a reseeded
    round's ties are counted from the qualifiers alone. Two seasons that differ only in
    who is barred (7 or 5 teams left for 8 places) differ in that count."""
    rounds = [
        {"key": key, "name": key, "short": key[:2].upper(), "legs": 2, "pairing": "reseed", "tiebreak": ["penalties"]}
        for key in ("quarterfinals", "semifinals", "final")
    ]
    fmt = {"qualifiers": 8, "rounds": rounds}
    one_out = _load(kit.season_text(format=fmt, barred=[(kit.TEAMS[7], "a test")]))
    three_out = _load(kit.season_text(format=fmt, barred=[(t, "a test") for t in kit.TEAMS[5:8]]))
    memo = RoundMemo()
    assert len(resolve(one_out, memo).rounds[0].ties) == 3
    again = resolve(three_out, memo)
    assert again == resolve(three_out) and len(again.rounds[0].ties) == 2
