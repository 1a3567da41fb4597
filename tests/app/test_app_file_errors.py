"""A file with errors opens saying each one; a leg naming an unknown team shows in its tie."""

from __future__ import annotations

from liguilla_tui.core.load import load_season
from liguilla_tui.seasons import default_season

MISSPELT = "    home: Cruz Asul\n"  # QF 4 leg 1: Cruz Azul 4-2 Morelia, at line 111


def _misspelt(tmp_path):
    text = default_season().read_text(encoding="utf-8")
    assert text.splitlines()[110] == "    home: Cruz Azul"
    path = tmp_path / "misspelt.yaml"
    path.write_text(text.replace("    home: Cruz Azul\n", MISSPELT, 1), encoding="utf-8")
    return path


async def test_a_file_opened_with_errors_says_each_one_at_file_line_col(ui, tmp_path):
    """As `liguilla FILE` opens it (LiguillaApp on the loaded file), not only from the picker."""
    path = _misspelt(tmp_path)
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        said = ui.notifications(app)
        assert any(f"{path}:111:11: error: unknown team 'Cruz Asul'; did you mean 'Cruz Azul'?" in m for m in said), (
            said
        )
        titles = [n.title for n in app._notifications]
        assert "1 error in misspelt.yaml" in titles


async def test_a_leg_naming_an_unknown_team_shows_in_its_tie_as_a_stray_leg(ui, tmp_path):
    path = _misspelt(tmp_path)
    app = ui.open_app(path)
    assert len(load_season(path).season.stray_legs) == 1
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        card = ui.card(app, "quarterfinals", 3)  # QF 4: Morelia v Cruz Azul
        stray = card.strays_text.plain
        assert stray == (
            "⚠ Stray leg 1 (line 107), not counted: Cruz Asul 4-2 Morelia: "
            "unknown team 'Cruz Asul'; did you mean 'Cruz Azul'?"
        )
        assert "⚠ Stray leg 1 (line 107)" in ui.screen_text(app)  # drawn under the tie
        for other in (0, 1, 2):
            assert not ui.card(app, "quarterfinals", other).strays_text.plain
        card.focus()
        await ui.settle(pilot)
        assert "Stray leg 1 (line 107)" in ui.screen_text(app)
