"""A leg naming a team the season does not know is kept as a stray leg, never silently lost."""

from __future__ import annotations

from pathlib import Path

from liguilla_tui.core import edits
from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.save import render_surgical, same_data

ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "seasons" / "2013-clausura.yaml").read_text(encoding="utf-8")
MISSPELT = TEXT.replace("    home: Cruz Azul\n", "    home: Cruz Asul\n", 1)


def test_the_loader_keeps_the_leg_it_cannot_place_with_its_error():
    loaded = load_season_text(MISSPELT)
    (stray,) = loaded.season.stray_legs
    assert (stray.round, stray.leg, stray.home, stray.away, stray.score, stray.known) == (
        "quarterfinals",
        1,
        "Cruz Asul",
        "Morelia",
        (4, 2),
        ("Morelia",),
    )
    assert stray.problem == "unknown team 'Cruz Asul'; did you mean 'Cruz Azul'?"
    assert stray.mark.line == 107
    assert any(d.is_error and d.message == stray.problem for d in loaded.diagnostics)


def test_an_unknown_round_or_a_well_spelt_file_has_no_stray_legs():
    assert load_season_text(TEXT).season.stray_legs == ()
    odd = MISSPELT.replace(
        '  - round: quarterfinals\n    leg: 1\n    date: 2013-05-09\n    kickoff: "21:00"',
        '  - round: quaterfinals\n    leg: 1\n    date: 2013-05-09\n    kickoff: "21:00"',
        1,
    )
    assert odd != MISSPELT and load_season_text(odd).season.stray_legs == ()


def test_a_save_keeps_the_stray_leg_in_the_file():
    old = load_season_text(MISSPELT).season
    new = edits.set_score(old, "final", 1, "Cruz Azul", "América", (0, 0))
    out = render_surgical(MISSPELT, old, new)
    assert out is not None and "    home: Cruz Asul\n" in out
    assert same_data(load_season_text(out).season, new)
