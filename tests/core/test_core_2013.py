"""The bundled 2013 Clausura end to end, and the core's import boundary."""

from __future__ import annotations

import subprocess
import sys

from liguilla_tui.core.results import DECIDED


def pairs(resolved, round_key):
    return [(t.higher.team, t.lower.team) for t in resolved.round(round_key).ties]


def test_loads_and_resolves_without_errors_or_warnings(loaded_2013, resolved_2013):
    assert loaded_2013.diagnostics == ()
    assert resolved_2013.diagnostics == ()
    assert resolved_2013.errors == ()
    assert resolved_2013.kept_legs == ()
    assert len(loaded_2013.season.legs) == 14


def test_qualifiers(resolved_2013):
    assert [(q.seed, q.team) for q in resolved_2013.qualified] == [
        (1, "UANL"),
        (2, "América"),
        (3, "Atlas"),
        (4, "Morelia"),
        (5, "Cruz Azul"),
        (6, "Santos Laguna"),
        (7, "UNAM"),
        (8, "Monterrey"),
    ]


def test_quarter_finals(resolved_2013):
    qf = resolved_2013.round("quarterfinals").ties
    assert [t.label for t in qf] == ["QF 1 v 8", "QF 2 v 7", "QF 3 v 6", "QF 4 v 5"]
    assert pairs(resolved_2013, "quarterfinals") == [
        ("UANL", "Monterrey"),
        ("América", "UNAM"),
        ("Atlas", "Santos Laguna"),
        ("Morelia", "Cruz Azul"),
    ]
    assert [t.winner for t in qf] == ["Monterrey", "América", "Santos Laguna", "Cruz Azul"]
    assert [t.aggregate for t in qf] == [(1, 2), (3, 1), (1, 3), (3, 4)]
    assert all(t.state == DECIDED and t.decided_by == "aggregate" for t in qf)


def test_semi_finals(resolved_2013):
    sf = resolved_2013.round("semifinals").ties
    assert pairs(resolved_2013, "semifinals") == [("América", "Monterrey"), ("Cruz Azul", "Santos Laguna")]
    assert [(t.winner, t.aggregate, t.decided_by) for t in sf] == [
        ("América", (4, 3), "aggregate"),
        ("Cruz Azul", (5, 1), "aggregate"),
    ]
    # The higher seed hosted the second leg.
    assert [(t.legs[1].home, t.legs[1].leg.score) for t in sf] == [("América", (2, 1)), ("Cruz Azul", (2, 1))]


def test_final_on_penalties(resolved_2013):
    (final,) = resolved_2013.round("final").ties
    assert final.label == "Final"
    assert (final.higher.team, final.lower.team) == ("América", "Cruz Azul")
    assert final.aggregate == (2, 2)
    assert final.extra_time == (0, 0)
    assert final.penalties == (4, 2)
    assert (final.winner, final.loser, final.decided_by) == ("América", "Cruz Azul", "penalties")
    assert (resolved_2013.champion, resolved_2013.runner_up) == ("América", "Cruz Azul")


def test_totals(resolved_2013):
    assert resolved_2013.matches_played == 14
    assert resolved_2013.goals == 35
    assert resolved_2013.own_goals == 1
    assert resolved_2013.unattributed_goals == 0


def test_scorers(resolved_2013):
    scorers = resolved_2013.scorers
    top = scorers[0]
    assert (top.rank, top.player, top.team, top.goals) == (1, "Christian Benítez", "América", 5)
    assert top.by_round == (("quarterfinals", 2), ("semifinals", 3))
    assert [s.player for s in scorers if s.rank == 1] == ["Christian Benítez"]
    jimenez = next(s for s in scorers if s.player == "Raúl Jiménez")
    assert (jimenez.goals, jimenez.penalties) == (2, 1)
    # Own goals do not count for the scorers ranking.
    assert "Rafael Figueroa" not in {s.player for s in scorers}
    # 35 goals = 34 credited + 1 own goal.
    assert sum(s.goals for s in scorers) == 34


def test_equal_goals_share_a_rank(resolved_2013):
    scorers = resolved_2013.scorers
    assert [s.goals for s in scorers] == sorted((s.goals for s in scorers), reverse=True)
    for s in scorers:
        assert s.rank == 1 + sum(1 for other in scorers if other.goals > s.goals)
    twos = [s for s in scorers if s.goals == 2]
    assert len(twos) >= 2 and {s.rank for s in twos} == {2}
    ones = [s for s in scorers if s.goals == 1]
    assert {s.rank for s in ones} == {2 + len(twos)}


def test_resolving_twice_gives_equal_results(loaded_2013, resolved_2013):
    from liguilla_tui.core import resolve

    assert resolve(loaded_2013.season) == resolved_2013


BOUNDARY = r"""
import importlib, pkgutil, sys
import liguilla_tui.core, liguilla_tui.report
from liguilla_tui.core import load_season, resolve
from liguilla_tui.report.describe import describe_tie
from liguilla_tui.seasons import default_season
for info in pkgutil.iter_modules(liguilla_tui.report.__path__):
    importlib.import_module("liguilla_tui.report." + info.name)
resolved = resolve(load_season(default_season()).season)
assert resolved.champion == "América", resolved.champion
for result in resolved.rounds:
    for tie in result.ties:
        describe_tie(tie)
print(sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich")))
"""


def test_core_and_report_never_import_textual_or_rich(kit):
    import importlib.util

    assert importlib.util.find_spec("textual") is not None  # otherwise this test proves nothing
    done = subprocess.run(
        [sys.executable, "-c", BOUNDARY], cwd=kit.REPO, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
