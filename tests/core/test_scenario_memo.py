"""ScenarioMemo: the Scenarios tab's per-tie memo gives what a fresh computation gives,
works out again exactly the ties that changed, and keeps only the latest of each."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import liguilla_tui.core.scenarios as scenarios_module
from liguilla_tui import i18n
from liguilla_tui.core.scenarios import ScenarioMemo, tie_scenarios

PAIRS = ((1, 8), (2, 7), (3, 6), (4, 5))
SCORE = st.none() | st.tuples(st.integers(0, 4), st.integers(0, 4))
# Each quarter-final: no leg, leg 1 only, or both (a leg 2 without a leg 1 is not a season).
TIE = st.one_of(st.just((None, None)), st.tuples(SCORE, st.none()), st.tuples(SCORE, SCORE))
FORMATS = st.sampled_from(["liga-mx-2011", "liga-mx-2012"])

_SHARED = ScenarioMemo()  # one memo across every example: each is an edit of the one before


def _resolved(kit, results: dict, preset: str = "liga-mx-2012"):
    legs = kit.qf_legs({pair: scores for pair, scores in results.items() if scores != (None, None)})
    return kit.resolve_text(kit.season_text(format=preset, legs=legs))


@settings(max_examples=60, deadline=None)
@given(ties=st.tuples(TIE, TIE, TIE, TIE), preset=FORMATS)
def test_the_memo_gives_what_a_fresh_computation_gives(kit, ties, preset):
    resolved = _resolved(kit, dict(zip(PAIRS, ties, strict=True)), preset)
    assert tie_scenarios(resolved, memo=_SHARED) == tie_scenarios(resolved)
    assert tie_scenarios(resolved, memo=_SHARED) == tie_scenarios(resolved)  # asked again: the same


def test_only_the_tie_that_changed_is_worked_out_again(kit, monkeypatch):
    worked: list[str] = []
    needs = scenarios_module.needs

    def counting(open_tie):
        worked.append(open_tie.tie.label)
        return needs(open_tie)

    monkeypatch.setattr(scenarios_module, "needs", counting)
    memo = ScenarioMemo()
    results = {(1, 8): ((1, 0), None), (2, 7): ((0, 0), None), (3, 6): (None, None), (4, 5): ((2, 2), None)}
    first = tie_scenarios(_resolved(kit, results), memo=memo)
    assert len(worked) == 4
    worked.clear()

    # QF 1's first leg goes from 1-0 to 3-0: QF 1 alone is worked out again, and says so.
    edited = tie_scenarios(_resolved(kit, {**results, (1, 8): ((3, 0), None)}), memo=memo)
    assert worked == ["QF 1 v 8"]
    assert edited[0].words != first[0].words
    assert edited[1:] == first[1:] and all(a is b for a, b in zip(edited[1:], first[1:], strict=True))
    worked.clear()

    # Undone: QF 1 is worked out again (only the latest of a slot is kept), not served
    # from the entry for 1-0 two edits ago.
    back = tie_scenarios(_resolved(kit, results), memo=memo)
    assert worked == ["QF 1 v 8"]
    assert back == first


def test_a_tie_that_leaves_and_comes_back_is_worked_out_again(kit, monkeypatch):
    worked: list[str] = []
    needs = scenarios_module.needs
    monkeypatch.setattr(scenarios_module, "needs", lambda t: worked.append(t.tie.label) or needs(t))
    memo = ScenarioMemo()
    open_qf1 = {(1, 8): ((1, 0), None), (2, 7): (None, None), (3, 6): (None, None), (4, 5): (None, None)}
    tie_scenarios(_resolved(kit, open_qf1), memo=memo)
    decided = {**open_qf1, (1, 8): ((1, 0), (0, 3))}  # QF 1 decided: no longer open
    assert [s.label for s in tie_scenarios(_resolved(kit, decided), memo=memo)] == ["QF 2 v 7", "QF 3 v 6", "QF 4 v 5"]
    worked.clear()
    again = tie_scenarios(_resolved(kit, open_qf1), memo=memo)  # its slot was dropped: worked out afresh
    assert worked == ["QF 1 v 8"]
    assert again == tie_scenarios(_resolved(kit, open_qf1))


def test_a_change_of_language_says_every_tie_again(kit):
    memo = ScenarioMemo()
    resolved = _resolved(
        kit, {(1, 8): ((1, 0), None), (2, 7): (None, None), (3, 6): (None, None), (4, 5): (None, None)}
    )
    english = tie_scenarios(resolved, memo=memo)
    was = i18n.language()
    try:
        i18n.set_language("es_MX")
        spanish = tie_scenarios(resolved, memo=memo)
        assert spanish == tie_scenarios(resolved)
        assert all(a.words != b.words for a, b in zip(spanish, english, strict=True))
    finally:
        i18n.set_language(was)
    assert tie_scenarios(resolved, memo=memo) == english
