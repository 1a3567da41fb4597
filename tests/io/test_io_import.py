"""`import_football_txt`: the 2013 Clausura against the hand-made season, and every kind of
line the importer must report rather than drop."""

from __future__ import annotations

from pathlib import Path

import pytest

from liguilla_tui.core import load_season, load_season_text, resolve
from liguilla_tui.core.table import compare_tables
from liguilla_tui.footballtxt.importer import BARRED_REASON, import_football_txt, import_season
from liguilla_tui.seasons import default_season

REPO = Path(__file__).resolve().parents[2]
SEED_AMERICA = REPO / "tests" / "data" / "2013-clausura-seed-america.yaml"


@pytest.fixture(scope="module")
def clausura_2013(openfootball):
    folder = openfootball / "2012-13"
    return import_season([folder / "1-clausura.txt", folder / "1-clausura_liguilla.txt"])


def _leg_key(leg):
    return (leg.round, leg.leg, leg.home, leg.away, leg.score, leg.extra_time, leg.penalties)


def test_2013_clausura_imports_with_only_the_barred_warning(clausura_2013, openfootball):
    [d] = clausura_2013.diagnostics
    assert not d.is_error
    assert d.format() == (
        f"{openfootball / '2012-13' / '1-clausura.txt'}: warning: Querétaro (8th in the computed table, 24 pts) "
        f"did not take part in the Liguilla: barred, {BARRED_REASON}; Monterrey (9th) takes its place"
    )
    season = clausura_2013.season
    assert (season.competition, season.tournament, season.year, season.format.preset) == (
        "Liga MX",
        "Clausura",
        2013,
        "liga-mx-2012",
    )
    assert [(b.team, b.reason) for b in season.barred] == [("Querétaro", BARRED_REASON)]
    assert season.table == ()  # computed from the results, never stated
    assert len(season.results) == 153 and all(r.score is not None for r in season.results)
    assert sorted({r.matchday for r in season.results}) == list(range(1, 18))
    assert season.results[0] == season.results[0].__class__(
        "Morelia", "Cruz Azul", (3, 3), 1, "2013-01-04", "19:30", season.results[0].mark
    )
    assert (season.start_date, season.end_date) == ("2013-05-08", "2013-05-26")
    assert season.source == (
        "openfootball/mexico (CC0 1.0), football.txt: 2012-13/1-clausura.txt, 2012-13/1-clausura_liguilla.txt"
    )
    teams = {t.name: t.aliases for t in season.teams}
    assert teams["UANL"] == ("Tigres UANL",) and teams["América"] == ("Club América",)
    assert teams["Cruz Azul"] == () and teams["Toluca"] == ("Deportivo Toluca FC",)
    assert len(teams) == 18


def test_2013_clausura_agrees_with_the_hand_made_season_leg_by_leg(clausura_2013):
    hand_made = load_season(default_season()).season
    imported = sorted(map(_leg_key, clausura_2013.season.legs))
    assert imported == sorted(map(_leg_key, hand_made.legs))
    assert len(imported) == 14
    final = [leg for leg in clausura_2013.season.legs if leg.round == "final" and leg.leg == 2]
    assert [(f.home, f.score, f.extra_time, f.penalties) for f in final] == [("América", (2, 1), (0, 0), (4, 2))]
    # Dates and kickoffs too (the hand-made file took its kickoffs from openfootball).
    when = lambda legs: sorted((leg.round, leg.leg, leg.home, leg.date, leg.kickoff) for leg in legs)  # noqa: E731
    assert when(clausura_2013.season.legs) == when(hand_made.legs)


def test_2013_clausura_resolves_as_the_hand_made_season(clausura_2013):
    mine, theirs = resolve(clausura_2013.season), resolve(load_season(default_season()).season)
    assert [(q.seed, q.team, q.position) for q in mine.qualified] == [
        (q.seed, q.team, q.position) for q in theirs.qualified
    ]
    ties = lambda r: [(t.label, t.winner, t.decided_by, t.aggregate) for rr in r.rounds for t in rr.ties]  # noqa: E731
    assert ties(mine) == ties(theirs)
    assert (mine.champion, mine.runner_up, mine.matches_played, mine.goals) == ("América", "Cruz Azul", 14, 35)
    assert not mine.errors and mine.kept_legs == ()


def test_computed_table_matches_the_hand_made_table_but_for_cruz_azul(clausura_2013):
    computed = resolve(clausura_2013.season).table
    stated = load_season(default_season()).season.table  # América already corrected there
    assert [d.message for d in compare_tables(stated, computed)] == [
        "Cruz Azul: GA stated 19, the results give 20",
        "Cruz Azul: GD stated 16, the results give 15",
    ]


def test_computed_table_against_the_seed_rows(clausura_2013):
    """The seed (Wikipedia, from ligamx.net) has América GF 41 GA 9; the results give 30 and 15."""
    computed = resolve(clausura_2013.season).table
    seed = load_season(SEED_AMERICA).season.table
    assert [d.message for d in compare_tables(seed, computed)] == [
        "América: GF stated 41, the results give 30",
        "América: GA stated 9, the results give 15",
        "Cruz Azul: GA stated 19, the results give 20",
        "Cruz Azul: GD stated 16, the results give 15",
    ]
    assert [r.team for r in computed[:9]] == [r.team for r in seed]  # same order, positions 1-9


def test_the_text_is_a_clean_season_file(clausura_2013):
    loaded = load_season_text(clausura_2013.text, "imported.yaml")
    assert loaded.season is not None
    assert not [d for d in loaded.diagnostics if d.is_error]
    # The only warnings: goals without scorers (football.txt gives none).
    assert all("no scorer listed" in d.message for d in resolve(loaded.season).diagnostics)
    assert "\nformat: liga-mx-2012\n" in clausura_2013.text
    assert "\ntable:" not in clausura_2013.text
    assert clausura_2013.text.startswith("# 2013 Liga MX Clausura Liguilla: imported by `liguilla import`")


def test_import_football_txt_returns_text_and_diagnostics(openfootball):
    folder = openfootball / "2012-13"
    text, diagnostics = import_football_txt([folder / "1-clausura_liguilla.txt", folder / "1-clausura.txt"])
    assert text is not None and "barred:" in text
    assert [d.is_error for d in diagnostics] == [False]


# --- one file, both tournaments ----------------------------------------------------------------


def test_a_file_with_both_tournaments_needs_one_chosen(openfootball):
    path = openfootball / "2023-24" / "1-ligamx.txt"
    text, diagnostics = import_football_txt([path])
    assert text is None
    assert [d.format() for d in diagnostics] == [
        f"{path}: error: the files hold the Apertura and the Clausura: choose one with --tournament apertura|clausura"
    ]
    imported = import_season([path], tournament="clausura")
    assert imported.diagnostics == []
    season = imported.season
    assert (season.year, season.tournament, season.format.preset) == (2024, "Clausura", "liga-mx-2023-play-in")
    rounds = [leg.round for leg in season.legs]
    assert rounds[:3] == ["playin", "playin", "playin_8th"]
    apertura = import_season([path], tournament="Apertura").season
    assert apertura.year == 2023 and resolve(apertura).champion == "América"


def test_round_1_of_the_2020_apertura_is_the_reclassification(openfootball):
    season = import_season([openfootball / "2020-21" / "1-ligamx.txt"], tournament="apertura").season
    assert season.format.preset == "liga-mx-2020-repechaje"
    assert [leg.round for leg in season.legs[:4]] == ["reclassification"] * 4
    shootout = next(leg for leg in season.legs if leg.penalties)
    assert (shootout.home, shootout.away, shootout.score, shootout.penalties) == ("Monterrey", "Puebla", (2, 2), (2, 4))


def test_aet_in_a_round_without_extra_time_is_dropped_with_a_warning_and_a_note(openfootball):
    path = openfootball / "2021-22" / "1-ligamx.txt"
    imported = import_season([path], tournament="clausura")
    assert not imported.errors
    messages = [d.format() for d in imported.diagnostics]
    assert (
        f"{path}:650:3: warning: Cruz Azul v Necaxa (Repechaje): openfootball gives 3-1 a.e.t., but the "
        "Repechaje have no extra time: the full-time 1-1 is kept and the a.e.t. score dropped" in messages
    )
    leg = next(leg for leg in imported.season.legs if leg.home == "Cruz Azul" and leg.round == "reclassification")
    assert (leg.score, leg.extra_time, leg.penalties) == ((1, 1), None, (3, 1))
    assert any(
        "openfootball writes 3-1 a.e.t., but the Repechaje had no extra time" in n for n in imported.season.notes
    )


def test_awarded_matches_count_and_are_noted(openfootball):
    path = openfootball / "2020-21" / "1-ligamx.txt"
    imported = import_season([path], tournament="clausura")
    assert [d.format() for d in imported.diagnostics] == [
        f"{path}:443:3: warning: Atlas v América (matchday 7) was awarded 3-0: the awarded score counts in the table"
    ]
    assert any("awarded 3-0 (openfootball: [awarded])" in n for n in imported.season.notes)
    assert any(r.home == "Atlas" and r.away == "América" and r.score == (3, 0) for r in imported.season.results)


def test_no_liguilla_is_a_warning_and_cancelled_matches_do_not_count(openfootball):
    path = openfootball / "2019-20" / "1-ligamx.txt"
    imported = import_season([path], tournament="clausura")
    assert not imported.errors
    assert (
        imported.diagnostics[0].format()
        == f"{path}:330:1: warning: no Clausura Liguilla in the files: the season has no legs yet"
    )
    cancelled = [d for d in imported.diagnostics if "was cancelled" in d.message]
    assert len(cancelled) == 63
    assert imported.season.legs == ()
    assert sum(r.score is None for r in imported.season.results) == 63


def test_the_2024_apertura_imports_with_its_swapped_shootout_read_and_marked(openfootball):
    """`2-2 pen. (2-3, 1-0)`: the only reading where every number fits is the two swapped;
    the later rounds (América in the quarter-finals, Tijuana in the play-in for 8th) agree."""
    path = openfootball / "2024-25" / "1-ligamx.txt"
    imported = import_season([path], tournament="apertura")
    assert imported.errors == []
    assert [d.format() for d in imported.diagnostics] == [
        f"{path}:267:3: warning: Tijuana v América (Play-in): '2-2 pen. (2-3, 1-0)': a shoot-out cannot end "
        "level, and one follows only a level score: read as the full-time score and the shoot-out swapped: "
        "2-2 at full time, 2-3 on penalties; the later rounds show América went through, as that reading says"
    ]
    leg = next(leg for leg in imported.season.legs if leg.round == "playin" and leg.home == "Tijuana")
    assert (leg.away, leg.score, leg.penalties, leg.penalties_winner) == ("América", (2, 2), (2, 3), None)
    assert any("'2-2 pen. (2-3, 1-0)'" in note for note in imported.season.notes)
    assert resolve(imported.season).champion == "América"


# --- what cannot be imported ----------------------------------------------------------------

REGULAR = """= Liga MX 2012/13, Clausura

Jornada 1
[Vie. 4.1.]
  19.30  Monarcas Morelia         3-3 (2-2)  Cruz Azul
  21.00  Club Atlas               1-0  Club América
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_team_spelling_is_an_error_pointing_at_the_alias_file(tmp_path):
    path = _write(
        tmp_path,
        "1-clausura.txt",
        REGULAR + "  12.00  Chivas Rayadas  1-1  Club Americas\n  13.00  Chivas Rayadas  0-1  Cruz Azul\n",
    )
    text, diagnostics = import_football_txt([path])
    assert text is None
    assert [d.format() for d in diagnostics if d.is_error] == [
        f"{path}:7:10: error: unknown team 'Chivas Rayadas' (and 1 more match) Add it to an alias file and "
        "pass --aliases FILE, e.g. a line `Canonical Name: [Chivas Rayadas]`",
        f"{path}:7:31: error: unknown team 'Club Americas'; did you mean América? Add it to an alias file and "
        "pass --aliases FILE, e.g. a line `América: [Club Americas]`",
    ]


def test_aliases_extend_the_shipped_ones(tmp_path):
    path = _write(tmp_path, "1-clausura.txt", REGULAR + "  12.00  Chivas Rayadas  1-1  Club Americas\n")
    aliases = _write(tmp_path, "aliases.yaml", "Guadalajara: [Chivas Rayadas]\nAmérica: [Club Americas]\n")
    imported = import_season([path], aliases=aliases)
    # Five teams cannot fill a Liguilla of eight, but every name is known.
    assert [d.message for d in imported.errors] == ["the table has 5 eligible teams; the format needs 8"]
    teams = {t.name: t.aliases for t in imported.season.teams}
    assert teams["América"] == ("Club América", "Club Americas")
    assert teams["Guadalajara"] == ("Chivas Rayadas",)
    as_mapping = import_season([path], aliases={"Guadalajara": ["Chivas Rayadas"], "América": ["Club Americas"]})
    assert as_mapping.text == imported.text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[unclosed", "error: cannot read the alias file"),
        ("- a list\n", "error: an alias file must be a mapping"),
        ("América: {a: b}\n", "error: alias file: the spellings of América must be a list of names"),
    ],
)
def test_bad_alias_files(tmp_path, content, message):
    path = _write(tmp_path, "1-clausura.txt", REGULAR)
    aliases = _write(tmp_path, "aliases.yaml", content)
    text, diagnostics = import_football_txt([path], aliases=aliases)
    assert text is None
    assert any(d.path == str(aliases) and message in d.format() for d in diagnostics)


def test_an_unreadable_line_stops_the_import(tmp_path):
    path = _write(tmp_path, "1-clausura.txt", REGULAR + "  21.00  Club Atlas 1-0 Club America\n")
    text, diagnostics = import_football_txt([path])
    assert text is None
    assert [d.format() for d in diagnostics if d.is_error] == [
        f"{path}:7:3: error: cannot read this line as a match (time, home, score, away)"
    ]


def test_a_liguilla_round_the_format_does_not_have(tmp_path):
    path = _write(tmp_path, "1-clausura.txt", REGULAR)
    liguilla = _write(
        tmp_path,
        "1-clausura_liguilla.txt",
        "= Liga MX 2012/13, Clausura - Liguilla\n\nRepechaje\n[Mié. 8.5.]\n"
        "  21.00  Club Atlas  0-1  Cruz Azul\n\nOctavos\n[Mié. 8.5.]\n"
        "  21.00  Club Atlas  0-1  Cruz Azul\n",
    )
    text, diagnostics = import_football_txt([path, liguilla])
    assert text is None
    assert [d.format() for d in diagnostics] == [
        f"{liguilla}:3:1: error: 'Repechaje' is the reclassification round, which the format liga-mx-2012 does not "
        "have (it has: quarterfinals (Quarter-finals), semifinals (Semi-finals), final (Final)); its matches are not "
        "imported",
        f"{liguilla}:7:1: error: 'Octavos' is a round the format liga-mx-2012 does not have (it has: quarterfinals "
        "(Quarter-finals), semifinals (Semi-finals), final (Final)); its matches are not imported",
    ]


def test_legs_are_numbered_by_date_and_a_third_meeting_is_an_error(tmp_path):
    path = _write(tmp_path, "1-clausura.txt", REGULAR)
    liguilla = _write(
        tmp_path,
        "1-clausura_liguilla.txt",
        "= Liga MX 2012/13, Clausura - Liguilla\n\nFinal\n[Dom. 26.5.]\n"
        "  20.00  Club América  2-1  Cruz Azul\n[Jue. 23.5.]\n  21.00  Cruz Azul  1-0  Club América\n"
        "[Lun. 27.5.]\n  21.00  Cruz Azul  1-0  Club América\n",
    )
    imported = import_season([path, liguilla])
    assert [d.format() for d in imported.errors] == [
        f"{liguilla}:9:3: error: Cruz Azul and América meet 3 times in the Final; the round has 2 legs"
    ]
    text, _ = import_football_txt([path, liguilla.with_name("missing.txt")])
    assert text is None


def test_penalties_where_the_round_has_none_are_an_error(tmp_path):
    path = _write(tmp_path, "1-clausura.txt", REGULAR)
    liguilla = _write(
        tmp_path,
        "1-clausura_liguilla.txt",
        "= Liga MX 2012/13, Clausura - Liguilla\n\nCuartos de Final\n[Dom. 12.5.]\n"
        "  20.00  Club Atlas  4-3 pen. (1-1)  Cruz Azul\n",
    )
    _, diagnostics = import_football_txt([path, liguilla])
    assert [d.format() for d in diagnostics] == [
        f"{liguilla}:5:3: error: Atlas v Cruz Azul (Quarter-finals): penalties 4-3, but the Quarter-finals have no "
        "shoot-out in this format (--format another preset?)"
    ]


def test_a_liguilla_alone_has_no_table(tmp_path, openfootball):
    path = openfootball / "2012-13" / "1-clausura_liguilla.txt"
    text, diagnostics = import_football_txt([path])
    assert text is None
    assert [d.format() for d in diagnostics] == [
        f"{path}: error: no Clausura regular season in the files: the general table needs its results (give the "
        "regular-season file too, e.g. 1-clausura.txt with 1-clausura_liguilla.txt)"
    ]


def test_a_preset_can_be_chosen_and_an_unknown_one_is_an_error(openfootball):
    folder = openfootball / "2012-13"
    paths = [folder / "1-clausura.txt", folder / "1-clausura_liguilla.txt"]
    assert import_season(paths, preset="liga-mx-2011").season.format.preset == "liga-mx-2011"
    text, diagnostics = import_football_txt(paths, preset="liga-mx-1999")
    assert text is None and "unknown format preset 'liga-mx-1999'" in diagnostics[0].message


def test_the_shipped_alias_file_covers_every_spelling_in_openfootball(openfootball):
    from liguilla_tui.footballtxt.importer import load_aliases
    from liguilla_tui.footballtxt.reader import read_football_txt

    aliases = load_aliases()
    spellings = {
        team
        for path in openfootball.glob("*/*.txt")
        for s in read_football_txt(path.read_text(encoding="utf-8")).sections
        for r in s.rounds
        for m in r.matches
        for team in (m.home, m.away)
    }
    assert len(spellings) == 34
    assert {s for s in spellings if aliases.lookup(s) is None} == set()
    for canonical in (
        "UANL",
        "América",
        "Atlas",
        "Morelia",
        "Cruz Azul",
        "Santos Laguna",
        "UNAM",
        "Querétaro",
        "Monterrey",
    ):
        assert aliases.lookup(canonical) == canonical
    assert aliases.lookup("CF America") == "América" and aliases.lookup("gallos blancos") == "Querétaro"


def test_a_section_of_another_competition_is_skipped_with_a_warning(tmp_path, openfootball):
    text = (openfootball / "2023-24" / "1-ligamx.txt").read_text(encoding="utf-8")
    path = _write(
        tmp_path,
        "1-ligamx.txt",
        text + "\n== Campeón de Campeones\n\nFinal\n[Sun Jul/7]\n  19.00  CF América  2-1  UANL Tigres\n",
    )
    imported = import_season([path], tournament="clausura")
    line = len(text.splitlines()) + 2
    assert [d.format() for d in imported.diagnostics] == [
        f"{path}:{line}:1: warning: cannot tell whether section 'Campeón de Campeones' is the Apertura or the "
        "Clausura; its matches are not imported"
    ]
    only = _write(
        tmp_path, "other.txt", "= Copa MX 2019/20\n\nFinal\n[Sun Jul/7]\n  19.00  CF América  2-1  UANL Tigres\n"
    )
    text, diagnostics = import_football_txt([only])
    assert text is None
    assert [d.format() for d in diagnostics] == [
        f"{only}:3:1: error: cannot tell whether section 'Copa MX 2019/20' is the Apertura or the Clausura"
    ]
