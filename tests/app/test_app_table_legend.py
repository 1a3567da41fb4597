"""The legend under the General table (its marks ✓ ✗ ·, where the table comes from, barred
teams) and the matchday's line fit 80 and 60 columns in English and Spanish: at 80x24 the
legend's second line had been cut ("…qualify; seeds by"), at 60x20 the matchday's ("type
scores as in a"), and a long typed table had pushed the legend off a 60x20 screen."""

from __future__ import annotations

import shutil

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from liguilla_tui import i18n
from liguilla_tui.cli import main
from liguilla_tui.seasons import seasons_dir
from tests.open_seasons import last_matchday_open

TEAMS = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa", "Lambda", "Mu"]


def _season(tmp_path, kind: str):
    if kind == "open":  # results, a matchday left: the marks' line and the source's
        return last_matchday_open(tmp_path)
    if kind == "typed":  # typed without results, its matches named nowhere
        teams = tmp_path / "teams.txt"
        teams.write_text("\n".join(TEAMS) + "\n", encoding="utf-8")
        out = tmp_path / "t.yaml"
        assert main(["new", str(out), "--teams", str(teams), "--tournament", "apertura", "--year", "2026"]) == 0
        return out
    name = {"finished": "2024-clausura.yaml", "stated": "2013-clausura.yaml"}[kind]  # stated: a barred team
    path = tmp_path / name
    shutil.copy(seasons_dir() / name, path)
    return path


@pytest.mark.parametrize("kind", ["open", "finished", "stated", "typed"])
@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
@pytest.mark.parametrize("language", [None, "es_MX"])
async def test_the_legend_and_the_matchday_line_fit(ui, tmp_path, kind, size, language):
    i18n.set_language(language)
    try:
        app = ui.open_app(_season(tmp_path, kind))
        async with app.run_test(size=size) as pilot:
            await app.workers.wait_for_complete()
            await ui.settle(pilot, 4)
            view = app.query_one("GeneralTableView")
            legend = view.query_one(".legend")
            width = legend.content_region.width
            text = ui.static_text(legend)
            # On screen, above the footer, every line of it.
            assert legend.region.height > 0 and legend.region.bottom <= size[1] - 1, ui.screen_text(app)
            wrapped = Text(text).wrap(Console(width=width), width)
            assert len(wrapped) <= legend.region.height, (text, legend.region)
            # Each of its own lines in one screen line (a barred team's reason is the file's).
            for line in text.splitlines():
                if not line.startswith(("✗ ", "⚠ ")):
                    assert cell_len(line) <= width, (line, width)
            for line in text.splitlines():
                assert line in ui.screen_text(app) or line.startswith(("✗ ", "⚠ ")), line
            if kind in ("open", "finished"):
                matchday = view.query_one(".matchday")
                said = ui.static_text(matchday)
                assert cell_len(said) <= matchday.content_region.width and said in ui.screen_text(app), said
    finally:
        i18n.set_language(None)
