"""PathsMemo: the Scenarios tab's memo of paths() answers what paths() answers, and is
worked out again whenever something paths() reads has changed."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import liguilla_tui.core.paths as paths_module
from liguilla_tui.core import load_season_text, resolve
from liguilla_tui.core.paths import PathsMemo, paths

T = ("Leones", "Tigres", "Pumas", "Gallos", "Toros", "Rayos", "Zorros", "Lobos", "Potros", "Halcones")
SCORE = st.tuples(st.integers(0, 3), st.integers(0, 3))


def _qf(a: int, b: int, number: int) -> tuple[str, int, str, str]:
    high, low = T[a - 1], T[b - 1]
    return ("quarterfinals", number, low, high) if number == 1 else ("quarterfinals", number, high, low)


# Legs each format can hold, stray ones included (kept, not counted): the first round's,
# and later rounds' between teams that may or may not meet there.
QF = [_qf(a, b, n) for a, b in ((1, 8), (2, 7), (3, 6), (4, 5)) for n in (1, 2)]
SF = [
    ("semifinals", n, h, a) for h, a in (("Leones", "Gallos"), ("Tigres", "Pumas"), ("Toros", "Lobos")) for n in (1, 2)
]
PLAY_IN = [
    ("playin", 1, "Zorros", "Lobos"),
    ("playin", 1, "Potros", "Halcones"),
    ("playin_8th", 1, "Lobos", "Potros"),
    ("playin_8th", 1, "Zorros", "Halcones"),
]
FORMATS = {
    "liga-mx-2011": (T[:8], QF + SF),
    "liga-mx-2012": (T[:8], QF + SF),
    "liga-mx-2023-play-in": (T[:10], PLAY_IN + QF),
}


@st.composite
def seasons(draw):
    preset = draw(st.sampled_from(sorted(FORMATS)))
    table, candidates = FORMATS[preset]
    chosen = draw(st.lists(st.sampled_from(candidates), unique=True, max_size=len(candidates)))
    legs = [(leg, draw(SCORE)) for leg in chosen]
    return preset, table, legs


_SHARED = PathsMemo()  # one memo across every example: each is an edit of the one before


@settings(max_examples=80, deadline=None)
@given(season=seasons())
def test_the_memo_answers_what_paths_answers(kit, season):
    preset, table, legs = season
    text = kit.season_text(
        table=table, format=preset, legs=[kit.leg(r, n, h, a, score) for (r, n, h, a), score in legs]
    )
    loaded = load_season_text(text, "<test>")
    assume(loaded.season is not None)
    resolved = resolve(loaded.season)
    assert _SHARED.paths(resolved) == paths(resolved)


def _counting(monkeypatch) -> list[int]:
    worked: list[int] = []
    work = paths_module.paths

    def counting(resolved):
        worked.append(1)
        return work(resolved)

    monkeypatch.setattr(paths_module, "paths", counting)
    return worked


def test_a_score_that_decides_nothing_is_answered_from_the_memo(kit, monkeypatch):
    worked = _counting(monkeypatch)
    memo = PathsMemo()
    legs = kit.qf_legs(
        {(1, 8): ((1, 0), None), (2, 7): ((0, 0), None), (3, 6): ((2, 0), (0, 0)), (4, 5): ((1, 1), None)}
    )
    first = memo.paths(kit.resolve_text(kit.season_text(format="liga-mx-2012", legs=legs)))
    legs = kit.qf_legs(
        {(1, 8): ((3, 0), None), (2, 7): ((0, 0), None), (3, 6): ((2, 0), (0, 0)), (4, 5): ((1, 1), None)}
    )
    again = kit.resolve_text(kit.season_text(format="liga-mx-2012", legs=legs))
    assert memo.paths(again) == first == paths_module.paths(again)
    assert len(worked) == 2  # the first answer, and the fresh one just compared with


def test_a_tie_decided_or_a_later_leg_works_the_paths_out_again(kit, monkeypatch):
    worked = _counting(monkeypatch)
    memo = PathsMemo()
    open_qf1 = {(1, 8): ((1, 0), None), (2, 7): ((0, 0), (1, 0)), (3, 6): ((2, 0), (0, 0)), (4, 5): ((1, 1), (2, 0))}
    legs = kit.qf_legs(open_qf1)

    def season(*legs):
        return kit.resolve_text(kit.season_text(format="liga-mx-2012", legs=list(legs)))

    before = memo.paths(season(*legs))
    assert {p.team for p in before} >= {"Leones", "Lobos"}
    assert memo.paths(season(*legs)) == before and len(worked) == 1  # the same season again

    decided = season(*kit.qf_legs({**open_qf1, (1, 8): ((1, 0), (0, 2))}))
    assert memo.paths(decided) == paths(decided) != before
    assert len(worked) == 2

    # A semi-final leg already in the file (QF 1 still open): it is read for the worlds
    # where that pairing is played, so the paths are worked out again.
    assert memo.paths(season(*legs)) == before and len(worked) == 3
    with_semi = season(*legs, kit.leg("semifinals", 1, "Gallos", "Leones", (0, 0)))
    assert memo.paths(with_semi) == paths(with_semi)
    assert len(worked) == 4
