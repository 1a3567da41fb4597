"""The save guard: a rewrite is checked against the loaded text; what it would drop is named."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liguilla_tui.core import edits
from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.model import Goal, Season
from liguilla_tui.core.save import emit_season, render_season, render_surgical
from liguilla_tui.core.save_guard import comments, would_drop

ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "seasons" / "2013-clausura.yaml").read_text(encoding="utf-8")
QF_1 = ("quarterfinals", 1, "Monterrey", "UANL")


def load(text: str) -> Season:
    season = load_season_text(text).season
    assert season is not None
    return season


def oversized() -> str:
    """2013 plus 1,000 more legs: past the loader's limit, so it places none of them."""
    extra = "".join(
        f"  - round: quarterfinals\n    leg: 1\n    date: 2013-06-01\n    home: Monterrey\n"
        f"    away: UANL\n    score: [{n % 7}, 1]  # leg {n}\n"
        for n in range(1000)
    )
    return TEXT + extra


def test_a_rewrite_of_a_file_past_the_loaders_limit_would_drop_every_leg():
    text = oversized()
    old = load(text)
    assert old.legs == ()
    new = edits.set_score(old, *QF_1, (5, 0))
    out = render_season(text, old, new)  # what the app wrote before: one leg
    assert out.count("- round:") == 1
    dropped = would_drop(text, old, new, out)
    assert dropped.legs == 1014 and dropped.comments == 40 + 1000
    assert "1,014 legs" in dropped.summary()


def test_the_canonical_emit_keeps_the_data_but_drops_the_comments():
    old = load(TEXT)
    new = edits.set_score(old, *QF_1, (5, 0))
    dropped = would_drop(TEXT, old, new, emit_season(new))
    assert (dropped.legs, dropped.results, dropped.sections) == (0, 0, [])
    assert dropped.comments == sum(comments(TEXT).values()) == 40


def test_a_surgical_save_drops_nothing():
    old = load(TEXT)
    new = edits.set_score(old, *QF_1, (5, 0))
    new = edits.set_goals(new, *QF_1, (Goal("Monterrey", "X", "3"),) * 5)
    new = edits.set_extra_time(new, "final", 2, "América", "Cruz Azul", None)  # drops a line
    new = edits.set_score(new, "semifinals", 1, "UANL", "Atlas", (1, 1))  # a new leg
    out = render_surgical(TEXT, old, new)
    assert out is not None
    assert not would_drop(TEXT, old, new, out)


def test_a_key_the_loader_ignores_is_missed_by_a_full_rewrite():
    text = TEXT.replace(
        "    home: Monterrey\n    away: UANL\n    score: [1, 0]\n",
        "    home: Monterrey\n    away: UANL\n    referee: Marco Rodríguez\n    score: [1, 0]\n",
        1,
    )
    assert "referee" in text
    old = load(text)
    new = edits.set_score(old, "final", 1, "Cruz Azul", "América", (0, 0))
    assert not would_drop(text, old, new, render_surgical(text, old, new))
    dropped = would_drop(text, old, new, emit_season(new))
    first_leg = text[: text.index("  - round: quarterfinals")].count("\n") + 1
    assert dropped.legs == 1 and dropped.first_line == first_leg


def test_a_leg_with_a_misspelt_team_is_kept_by_a_surgical_save_and_missed_by_a_full_one():
    text = TEXT.replace("    home: Monterrey\n    away: UANL\n", "    home: Monterey\n    away: UANL\n", 1)
    old = load(text)
    assert len(old.legs) == len(load(TEXT).legs) - 1
    new = edits.set_score(old, "final", 1, "Cruz Azul", "América", (0, 0))
    assert not would_drop(text, old, new, render_surgical(text, old, new))
    assert would_drop(text, old, new, emit_season(new)).legs == 1


def test_results_and_other_sections_are_checked_too():
    old = load(TEXT)
    text = TEXT.replace("country: MEX\n", "country: MEX\nbroadcaster: Televisa\n")
    assert would_drop(text, load(text), old, TEXT).sections == ["broadcaster"]


def test_a_hash_inside_quotes_is_no_comment():
    assert comments("a: \"x # y\"\nb: '#z'  # real\n# whole\n") == {"# real": 1, "# whole": 1}


def test_text_that_is_no_yaml_is_never_taken_as_keeping_everything():
    old = load(TEXT)
    assert would_drop(TEXT, old, old, "teams: [unclosed\n").unreadable


FIXTURES = [(leg.round, leg.leg, leg.home, leg.away) for leg in load(TEXT).legs]
_pairs = st.none() | st.tuples(st.integers(0, 99), st.integers(0, 99))
_steps = st.one_of(
    st.tuples(st.just("score"), st.sampled_from(FIXTURES + [("semifinals", 1, "UANL", "Atlas")]), _pairs),
    st.tuples(st.just("goals"), st.sampled_from(FIXTURES), st.integers(0, 3)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(_steps, min_size=1, max_size=6))
def test_random_surgical_saves_never_look_lossy(steps):
    """No false alarm: whatever the app's edits, the text it writes surgically passes."""
    old = new = load(TEXT)
    for kind, fixture, value in steps:
        if kind == "score":
            new = edits.set_score(new, *fixture, value)
        else:
            new = edits.set_goals(new, *fixture, tuple(Goal(fixture[2], f"P{n}", str(n + 1)) for n in range(value)))
    out = render_surgical(TEXT, old, new)
    assert out is not None
    assert not would_drop(TEXT, old, new, out)
