"""A bundled season is read-only: saving it asks where, and nothing is written inside the package."""

from __future__ import annotations

from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season
from liguilla_tui.screens.path_prompt import PathPrompt
from liguilla_tui.seasons import default_season, is_bundled, seasons_dir


def _package_state() -> dict:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in seasons_dir().rglob("*") if p.is_file()}


async def test_ctrl_s_on_a_bundled_season_saves_a_copy_where_the_user_is(ui, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = _package_state()
    app = LiguillaApp(load_season(default_season()))
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        await pilot.press("7")  # Monterrey 7-0 UANL
        await pilot.press("ctrl+s")
        await ui.settle(pilot)
        prompt = app.screen
        assert isinstance(prompt, PathPrompt) and "read-only" in prompt.title_text
        assert prompt.value == str(tmp_path / default_season().name)
        await pilot.press("enter")
        await ui.settle(pilot, 6)
        assert app.document.path == tmp_path / default_season().name and not app.document.dirty
    assert "score: [7, 0]" in (tmp_path / default_season().name).read_text(encoding="utf-8")
    assert _package_state() == before  # no edit, no .bak, no temporary file in the package


async def test_save_and_quit_on_a_bundled_season_asks_where_instead(ui, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = _package_state()
    app = LiguillaApp(load_season(default_season()))
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        await pilot.press("7")
        assert await app.save_to(app.document.path) is False
        await ui.settle(pilot)
        assert isinstance(app.screen, PathPrompt)
    assert _package_state() == before


def test_only_files_under_the_bundled_folder_are_bundled(tmp_path):
    assert is_bundled(default_season())
    assert not is_bundled(tmp_path / default_season().name)
