"""Files from inside the app: a bad file never replaces the open season; a file changed on
disk is never overwritten without asking; a save removes the crash journal."""

from __future__ import annotations

import shutil

from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season
from liguilla_tui.screens.choice import ChoiceScreen
from liguilla_tui.seasons import default_season


def _copy(tmp_path):
    path = tmp_path / "season.yaml"
    shutil.copy(default_season(), path)
    return path


async def _settle(pilot, times: int = 4) -> None:
    for _ in range(times):
        await pilot.pause()


async def test_opening_a_bad_file_keeps_the_open_season(tmp_path):
    path = _copy(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text("competition: Liga MX\nteams: [unclosed\n", encoding="utf-8")
    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        before = app.document.season
        app.open_path(bad)
        await _settle(pilot)
        assert app.document.season is before and app.document.path == path
        shown = [n for n in app._notifications]
        assert any(f"{bad}:3:1: error: YAML syntax" in n.message for n in shown), [n.message for n in shown]
        assert any("current season stays open" in (n.title or "") for n in shown)
        assert app.is_running


async def test_a_file_changed_on_disk_is_not_overwritten_without_asking(tmp_path):
    path = _copy(tmp_path)
    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        await pilot.press("t", "2", "7")  # tab 2, then an edit: Monterrey 7-0 UANL
        await _settle(pilot)
        assert app.document.dirty
        outside = path.read_text(encoding="utf-8") + "# someone else's edit\n"
        path.write_text(outside, encoding="utf-8")
        await pilot.press("ctrl+s")
        await _settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        assert path.read_text(encoding="utf-8") == outside  # nothing written yet
        await pilot.click("#answer-cancel")
        await _settle(pilot)
        assert path.read_text(encoding="utf-8") == outside and app.document.dirty
        await pilot.press("ctrl+s")
        await _settle(pilot)
        await pilot.click("#answer-overwrite")
        await _settle(pilot)
        saved = load_season(path).season
        assert saved is not None and not app.document.dirty
        leg = next(leg for leg in saved.legs if leg.round == "quarterfinals" and leg.home == "Monterrey")
        assert leg.score == (7, 0)


async def test_save_removes_the_journal(tmp_path):
    path = _copy(tmp_path)
    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        await pilot.press("t", "2", "3")  # tab 2, then an edit
        await _settle(pilot)
        assert app.journal.path.exists()  # the edit is journaled as it is made
        await pilot.press("ctrl+s")
        await _settle(pilot)
        assert not app.journal.path.exists()


async def test_every_export_from_the_palette_writes_into_the_current_folder(tmp_path, monkeypatch):
    """Not beside the season: a bundled one lives inside the installed package."""
    path = _copy(tmp_path)
    out = tmp_path / "here"
    out.mkdir()
    monkeypatch.chdir(out)
    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        for fmt in ("markdown", "wikitext", "csv", "json", "football.txt"):
            app.action_export(fmt)
        await _settle(pilot)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["season.yaml"]
    written = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    assert written["season.md"].startswith("# 2013 Liga MX Clausura Liguilla")
    assert '"champion": "America"' in written["season.json"] or '"champion": "América"' in written["season.json"]
    assert "Cruz Azul" in written["season.csv"] and "{|" in written["season.wiki"]
    assert "4-2 pen." in written["season.football.txt"]


async def test_open_asks_beside_the_open_file_or_in_the_working_folder(tmp_path, monkeypatch):
    """From a bundled season the prompt starts in the folder the user works in, not the
    installed package's (a new user's trial: deep in .venv/lib/…/site-packages)."""
    from textual.widgets import Input

    from liguilla_tui.screens.path_prompt import PathPrompt

    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    for path, folder in ((default_season(), work), (_copy(tmp_path), tmp_path)):
        app = LiguillaApp(load_season(path))
        async with app.run_test(size=(80, 24)) as pilot:
            await _settle(pilot)
            app.action_open()
            await _settle(pilot)
            assert isinstance(app.screen, PathPrompt)
            assert app.screen.query_one(Input).value == f"{folder}/"
