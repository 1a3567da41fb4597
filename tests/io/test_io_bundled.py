"""The bundled seasons: each one checks with no errors, its warnings are explained in its
notes, and the imported ones are exactly what tools/build_seasons.py makes now."""

from __future__ import annotations

from pathlib import Path

import pytest

from liguilla_tui.cli import main
from liguilla_tui.core import load_season, resolve
from liguilla_tui.seasons import bundled_seasons, default_season

SEASONS = Path(__file__).resolve().parents[2] / "seasons"


def test_bundled_seasons_lists_the_subfolder_too():
    names = [p.relative_to(SEASONS).as_posix() for p in bundled_seasons()]
    assert len(names) == 25
    assert "2013-clausura.yaml" in names and "imported/2013-clausura.yaml" in names
    assert names[0] == "2010-apertura.yaml" and "2024-clausura.yaml" in names
    assert "2024-apertura.yaml" in names  # its play-in line is wrong in the data: read and marked
    assert "2020-clausura.yaml" not in names and "2025-clausura.yaml" not in names  # abandoned, unplayed


@pytest.mark.parametrize("path", bundled_seasons(), ids=lambda p: p.relative_to(SEASONS).as_posix())
def test_each_bundled_season_checks_clean_and_explains_its_warnings(path, capsys):
    assert main(["check", "-q", str(path)]) == 0
    assert capsys.readouterr().out == ""
    season = load_season(path).season
    resolved = resolve(season)
    assert resolved.errors == () and resolved.kept_legs == () and resolved.champion is not None
    warnings = [d.message for d in resolved.diagnostics]
    if path == default_season():
        assert warnings == []
        return
    # The only warnings: openfootball gives no scorers. The notes say so.
    assert warnings and all("no scorer listed" in w for w in warnings)
    assert any("gives no goal scorers" in note for note in season.notes)
    assert season.source.startswith("openfootball/mexico (CC0 1.0)")


def test_barred_and_data_errors_are_in_the_notes():
    imported_2013 = load_season(SEASONS / "imported" / "2013-clausura.yaml").season
    assert [b.team for b in imported_2013.barred] == ["Querétaro"]
    assert any("relegated to Ascenso MX" in note for note in imported_2013.notes)
    assert any("Cruz Azul GA 20" in note for note in imported_2013.notes)
    clausura_2022 = load_season(SEASONS / "2022-clausura.yaml").season
    assert any("3-1 a.e.t." in note for note in clausura_2022.notes)
    assert any("[awarded]" in note for note in clausura_2022.notes)


def test_the_hand_made_2013_clausura_stays_the_default():
    text = default_season().read_text(encoding="utf-8")
    assert text.startswith("# 2013 Liga MX Clausura Liguilla: general table, qualifiers and all 14 legs.")
    assert default_season().name == "2013-clausura.yaml" and default_season().parent == SEASONS


def test_the_imported_seasons_are_up_to_date(build_seasons, capsys):
    """tools/build_seasons.py --check: each file equals a fresh import of the vendored data."""
    assert build_seasons.main(["--check"]) == 0
    out = capsys.readouterr().out
    assert out.count("ok   ") == 24 and "DIFF" not in out and "FAIL" not in out
