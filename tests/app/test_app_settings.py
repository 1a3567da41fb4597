"""The user's settings in the running app: theme, keymap, export folder."""

from __future__ import annotations

from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season
from liguilla_tui.settings import load_settings


def _app(season_path, config):
    settings, problems = load_settings(config)
    assert problems == []
    return LiguillaApp(load_season(season_path), settings=settings)


async def test_the_theme_is_applied_and_a_new_one_remembered(ui, season_path, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('# kept\ntheme = "nord"\n')
    app = _app(season_path, config)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        assert app.theme == "nord"
        app.theme = "gruvbox"  # what the palette's theme picker does
        await ui.settle(pilot)
    assert config.read_text() == '# kept\ntheme = "gruvbox"\n'


async def test_an_unknown_theme_is_said_and_the_default_kept(ui, season_path, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('theme = "[b]no-such"\n')
    app = _app(season_path, config)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        assert app.theme == "textual-dark"
        [note] = [n for n in app._notifications if n.title == "Settings"]
        assert "'[b]no-such'" in note.message and not note.markup
    assert config.read_text() == 'theme = "[b]no-such"\n'  # nothing changed, nothing written


async def test_a_keymap_moves_a_binding(ui, season_path, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[keymap]\n"app.help" = "f2"\n"app.nothing" = "f3"\n')
    app = _app(season_path, config)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        [note] = [n for n in app._notifications if n.title == "Settings"]
        assert "app.nothing" in note.message
        await pilot.press("f2")
        await ui.settle(pilot)
        from liguilla_tui.screens.help import HelpScreen

        assert isinstance(app.screen, HelpScreen)


async def test_exports_go_to_the_settings_folder(ui, season_path, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    config = tmp_path / "config.toml"
    config.write_text(f'folder = "{folder}"\n')
    app = _app(season_path, config)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        app.action_export("markdown")
        await ui.settle(pilot)
    assert (folder / f"{season_path.stem}.md").read_text().startswith("# 2013")
