"""Every complete Liguilla in openfootball, 2010 Apertura to 2024 Apertura: the preset of its
era plus the general table computed from its regular season reproduce the pairings that
were actually played, and the data rules out the neighbouring eras' rules.

"Reproduce" means: the resolved bracket holds every leg (no "is not a pairing" error, no
kept legs), no errors at all, and the champion is the real one. Teams in the table's
qualifying places that did not play the Liguilla are inferred as barred and reported.
"""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from liguilla_tui.core.model import Entrants
from liguilla_tui.core.presets import preset_for
from liguilla_tui.core.resolve import resolve
from liguilla_tui.footballtxt.importer import BARRED_REASON, import_season

# (folder, tournament) -> (year, preset of the era, champion)
EXPECTED = {
    ("2010-11", "apertura"): (2010, "liga-mx-2011", "Monterrey"),
    ("2010-11", "clausura"): (2011, "liga-mx-2011", "UNAM"),
    ("2011-12", "apertura"): (2011, "liga-mx-2011", "UANL"),
    ("2011-12", "clausura"): (2012, "liga-mx-2011", "Santos Laguna"),
    ("2012-13", "apertura"): (2012, "liga-mx-2012", "Tijuana"),
    ("2012-13", "clausura"): (2013, "liga-mx-2012", "América"),
    ("2013-14", "apertura"): (2013, "liga-mx-2012", "León"),
    ("2013-14", "clausura"): (2014, "liga-mx-2012", "León"),
    ("2014-15", "apertura"): (2014, "liga-mx-2012", "América"),
    ("2014-15", "clausura"): (2015, "liga-mx-2012", "Santos Laguna"),
    ("2015-16", "apertura"): (2015, "liga-mx-2012", "UANL"),
    ("2015-16", "clausura"): (2016, "liga-mx-2012", "Pachuca"),
    ("2017-18", "apertura"): (2017, "liga-mx-2012", "UANL"),
    ("2017-18", "clausura"): (2018, "liga-mx-2012", "Santos Laguna"),
    ("2018-19", "apertura"): (2018, "liga-mx-2012", "América"),
    ("2018-19", "clausura"): (2019, "liga-mx-2012", "UANL"),
    ("2019-20", "apertura"): (2019, "liga-mx-2012", "Monterrey"),
    ("2020-21", "apertura"): (2020, "liga-mx-2020-repechaje", "León"),
    ("2020-21", "clausura"): (2021, "liga-mx-2020-repechaje", "Cruz Azul"),
    ("2021-22", "apertura"): (2021, "liga-mx-2021-repechaje", "Atlas"),
    ("2021-22", "clausura"): (2022, "liga-mx-2021-repechaje", "Atlas"),
    ("2023-24", "apertura"): (2023, "liga-mx-2023-play-in", "América"),
    ("2023-24", "clausura"): (2024, "liga-mx-2023-play-in", "América"),
    # The play-in's Tijuana 2-2 América is written `2-2 pen. (2-3, 1-0)`: the full-time score and
    # the shoot-out swapped. Read swapped (América win the shoot-out 3-2), and the bracket agrees.
    ("2024-25", "apertura"): (2024, "liga-mx-2023-play-in", "América"),
}
# Inferred from the results: in the table's qualifying places, absent from the Liguilla.
BARRED = {("2012-13", "clausura"): ["Querétaro"]}  # relegated (seed note 1; as.com 2013-05-06)


def _import(job, preset=None):
    return import_season(list(job.paths), preset=preset, tournament=job.tournament if job.single_file else None)


@pytest.fixture(scope="module")
def jobs(build_seasons, openfootball):
    return {job.key: job for job in build_seasons.bundled_jobs(openfootball)}


def test_the_complete_liguillas_are_the_expected_ones(jobs, build_seasons, openfootball):
    assert set(jobs) == set(EXPECTED)
    skipped = {job.key for job in build_seasons.jobs(openfootball)} - set(jobs)
    assert skipped == {("2019-20", "clausura"), ("2024-25", "clausura")}  # abandoned; no results yet


@pytest.mark.parametrize("key", sorted(EXPECTED), ids=lambda k: f"{k[0]}-{k[1]}")
def test_the_era_preset_reproduces_the_pairings_played(jobs, key):
    imported = _import(jobs[key])
    season = imported.season
    year, preset, champion = EXPECTED[key]
    assert (season.year, season.format.preset) == (year, preset)
    assert preset_for(season.year, season.tournament) == preset
    assert imported.errors == []
    resolved = resolve(season)
    assert [d.message for d in resolved.diagnostics if "is not a pairing" in d.message] == []
    assert resolved.errors == ()
    assert resolved.kept_legs == ()
    placed = [s.leg for r in resolved.rounds for t in r.ties for s in t.legs if s.leg is not None]
    assert sorted(map(id, placed)) == sorted(map(id, season.legs))  # every leg is in the bracket
    assert all(r.complete for r in resolved.rounds)
    assert resolved.champion == champion
    # Barred teams: inferred, listed with the standard reason, and reported as warnings.
    barred = BARRED.get(key, [])
    assert [(b.team, b.reason) for b in season.barred] == [(team, BARRED_REASON) for team in barred]
    reported = [d for d in imported.diagnostics if "did not take part in the Liguilla" in d.message]
    assert [d.message.split(" ")[0] for d in reported] == barred
    assert all(not d.is_error for d in reported)


# The data decides what the facts file left open: each case is a tie the other rules send
# the other way, so that the legs that follow are "not a pairing".
RULED_OUT = [
    # 2010 Apertura QF 2 v 7: Monterrey 4-4 Pachuca, Pachuca 3 away goals to 1, Monterrey through.
    (("2010-11", "apertura"), "liga-mx-2012", ("quarterfinals", "Monterrey", "higher_seed")),
    # 2011 Apertura SF 2: Santos Laguna 4-4 Morelia, Morelia 2 away goals to 1, Santos through.
    (("2011-12", "apertura"), "liga-mx-2012", ("semifinals", "Santos Laguna", "higher_seed")),
    # 2012 Clausura SF 1: Santos Laguna 3-3 UANL, UANL 2 away goals to 1, Santos through.
    (("2011-12", "clausura"), "liga-mx-2012", ("semifinals", "Santos Laguna", "higher_seed")),
    # 2014 Clausura QF 1 v 8: Cruz Azul 3-3 León, León through on away goals (2 to 1).
    (("2013-14", "clausura"), "liga-mx-2011", ("quarterfinals", "León", "away_goals")),
    # 2021 Clausura QF 2 v 7: América 5-5 Pachuca, Pachuca through on away goals (2 to 1).
    (("2020-21", "clausura"), "liga-mx-2021-repechaje", ("quarterfinals", "Pachuca", "away_goals")),
    # 2021 Apertura QF 2 v 7: Atlas 1-1 Monterrey, Monterrey 1 away goal to 0, Atlas through.
    (("2021-22", "apertura"), "liga-mx-2020-repechaje", ("quarterfinals", "Atlas", "higher_seed")),
]


@pytest.mark.parametrize(("key", "other", "decisive"), RULED_OUT, ids=lambda v: v if isinstance(v, str) else None)
def test_the_neighbouring_era_rules_do_not_reproduce(jobs, key, other, decisive):
    right = resolve(_import(jobs[key]).season)
    round_key, winner, how = decisive
    assert any(
        t.winner == winner and t.decided_by == how for r in right.rounds if r.spec.key == round_key for t in r.ties
    )
    wrong = resolve(_import(jobs[key], preset=other).season)
    assert any("is not a pairing" in d.message for d in wrong.errors)
    assert wrong.kept_legs != ()


REPECHAJE = [("2020-21", "apertura"), ("2020-21", "clausura"), ("2021-22", "apertura"), ("2021-22", "clausura")]


@pytest.mark.parametrize("key", REPECHAJE, ids=lambda k: f"{k[0]}-{k[1]}")
def test_repechaje_winners_are_re_ranked_not_a_fixed_bracket(jobs, key):
    """The facts file mentions a report of a fixed bracket (4 v winner of 5-12, ..., 1 v winner of
    8-9); in all four repechaje seasons that bracket does not give the quarter-finals played."""
    season = _import(jobs[key]).season
    fmt = season.format
    quarterfinals = fmt.round("quarterfinals")
    fixed = replace(
        quarterfinals,
        entrants=(
            Entrants("seeds", 1, 4),
            *(Entrants("winners", round="reclassification", tie=tie, as_seed=4 + tie) for tie in (1, 2, 3, 4)),
        ),
    )
    fixed_format = replace(fmt, preset=None, rounds=tuple(fixed if r.key == "quarterfinals" else r for r in fmt.rounds))
    assert resolve(season).errors == ()
    wrong = resolve(replace(season, format=fixed_format))
    assert any("is not a pairing of the Quarter-finals" in d.message for d in wrong.errors)
