"""football.txt out and back in: the same season; and the CSV export's layout (the wikitext
export has its own tests, tests/io/test_wikitext.py)."""

from __future__ import annotations

import csv
import io

import pytest
from msgspec.structs import replace

from liguilla_tui.core import load_season, resolve
from liguilla_tui.core.diagnostics import NOWHERE
from liguilla_tui.core.model import Leg, Result, Season
from liguilla_tui.footballtxt.importer import import_season
from liguilla_tui.footballtxt.writer import write_football_txt
from liguilla_tui.report.csv_report import COLUMNS, render_csv
from liguilla_tui.seasons import bundled_seasons, default_season


def comparable(season: Season) -> Season:
    """The season as data, less what football.txt does not carry: other spellings of the
    team names, the source and the notes (and positions in a file)."""
    return replace(
        season,
        diagnostics=(),
        source=None,
        notes=(),
        teams=tuple(replace(t, aliases=()) for t in season.teams),
        results=tuple(replace(r, mark=NOWHERE) for r in season.results),
        legs=tuple(replace(leg, mark=NOWHERE) for leg in season.legs),
        barred=tuple(replace(b, mark=NOWHERE) for b in season.barred),
    )


IMPORTED = [p for p in bundled_seasons() if p.resolve() != default_season().resolve()]


def test_every_imported_season_is_bundled():
    assert len(IMPORTED) == 24  # 2010 Apertura to 2024 Apertura, the 2013 Clausura twice
    assert default_season() in bundled_seasons()


@pytest.mark.parametrize("path", IMPORTED, ids=lambda p: p.stem if p.parent.name == "seasons" else f"imported-{p.stem}")
def test_football_txt_round_trip(path, tmp_path):
    season = load_season(path).season
    exported = tmp_path / "1-ligamx.txt"
    exported.write_text(write_football_txt(season), encoding="utf-8")
    again = import_season([exported], preset=season.format.preset)
    assert again.errors == [], [d.format() for d in again.diagnostics]
    assert comparable(again.season) == comparable(season)
    # And the exported text is stable: writing the re-imported season gives it back.
    assert write_football_txt(again.season) == exported.read_text(encoding="utf-8").replace(
        f"# source: {season.source}", f"# source: {again.season.source}"
    )


def test_score_notation_written_is_read_back():
    base = load_season(default_season()).season
    legs = (
        Leg("final", 1, "Cruz Azul", "América", "2013-05-23", "21:00", (1, 0)),
        Leg("final", 2, "América", "Cruz Azul", "2013-05-26", "20:00", (2, 1), (0, 0), (4, 2)),
    )
    text = write_football_txt(
        replace(
            base,
            legs=legs,
            results=(
                Result("América", "UANL", (2, 2), 1, "2013-01-05", "17:00"),
                Result("Atlas", "UNAM", None, 1, "2013-01-05", None),
                Result("UNAM", "Atlas", (0, 1), 2, None, None),
            ),
        )
    )
    assert "  20.00  América    2-1 a.e.t. 4-2 pen. (2-1)  Cruz Azul" not in text
    assert "  20.00  América    4-2 pen. 2-1 a.e.t. (2-1)  Cruz Azul" in text
    assert "[Sat Jan/5 2013]\n  17.00  America  2-2  UANL".replace("America", "América") in text
    # A match without a kickoff after one with a kickoff gets its date line again, so that
    # the reader does not carry the kickoff over.
    assert "  17.00  América  2-2  UANL\n[Sat Jan/5 2013]\n         Atlas    -  UNAM" in text
    assert text.startswith("= Liga MX 2012/13\n")
    assert "\n== Clausura\n" in text and "\n== Clausura - Liguilla\n" in text


def test_the_hand_made_season_exports_its_liguilla_only(tmp_path):
    """No results, so no regular season to write: the import says what is missing."""
    season = load_season(default_season()).season
    text = write_football_txt(season)
    assert "== Clausura\n" not in text and "== Clausura - Liguilla" in text
    path = tmp_path / "2013.txt"
    path.write_text(text, encoding="utf-8")
    imported = import_season([path])
    assert [d.message for d in imported.errors] == [
        "no Clausura regular season in the files: the general table needs its results (give the regular-season "
        "file too, e.g. 1-clausura.txt with 1-clausura_liguilla.txt)"
    ]


def test_csv_names_are_inert():
    season = load_season(default_season()).season
    hostile = "UNAM}}{{Delete|x]]\x1b[31m"
    renamed = replace(
        season,
        teams=tuple(replace(t, name=hostile) if t.name == "UNAM" else t for t in season.teams),
        table=tuple(replace(r, team=hostile) if r.team == "UNAM" else r for r in season.table),
        legs=tuple(
            replace(
                leg,
                home=hostile if leg.home == "UNAM" else leg.home,
                away=hostile if leg.away == "UNAM" else leg.away,
                goals=(),
            )
            for leg in season.legs
        ),
    )
    rows = list(csv.reader(io.StringIO(render_csv(resolve(renamed)))))
    assert any(row[6] == "UNAM}}{{Delete|x]]\\x1b[31m" for row in rows[1:])


def test_csv_has_a_row_per_leg():
    rows = list(csv.reader(io.StringIO(render_csv(resolve(load_season(default_season()).season)))))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == 15
    assert rows[-1] == [
        "final",
        "Final",
        "Final",
        "2",
        "2013-05-26",
        "20:00",
        "América",
        "Cruz Azul",
        "2",
        "1",
        "0",
        "0",
        "4",
        "2",
        "played",
    ]


def test_csv_guards_formula_cells():
    from liguilla_tui.report.csv_report import cell

    assert [cell(v) for v in ("=1+1", "+x", "-x", "@x", "Atlas")] == ["'=1+1", "'+x", "'-x", "'@x", "Atlas"]
