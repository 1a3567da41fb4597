"""Language… in the palette: every word of the running app changes at once, the season and
the tab shown stay, and the choice is written to the settings file like the theme (issue 16)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import TabbedContent

from liguilla_tui import i18n
from liguilla_tui.core.load import load_season
from liguilla_tui.screens.choice import ChoiceScreen
from liguilla_tui.seasons import seasons_dir
from liguilla_tui.settings import Settings, load_settings, remember_language, remember_theme
from tests.i18n.english_left import english_left

PENDING_I18N_CORE: tuple[str, ...] = ()  # the core speaks Spanish too now: nothing is pending


@pytest.fixture(autouse=True)
def english_after():
    i18n.set_language(None)
    yield
    i18n.set_language(None)


def shown(app) -> str:
    return "\n".join("".join(s.text for s in strip) for strip in app.screen._compositor.render_strips())


async def settle(pilot, times: int = 4) -> None:
    for _ in range(times):
        await pilot.pause()


def make_app(tmp_path: Path, settings: Settings | None):
    from liguilla_tui.app import LiguillaApp

    path = tmp_path / "2013-clausura.yaml"
    shutil.copy(seasons_dir() / "2013-clausura.yaml", path)
    return LiguillaApp(load_season(path), settings=settings)


async def choose_language(app, pilot, code: str) -> None:
    """The palette's Language… command, then the language's button."""
    word = "Idioma" if i18n.language() == "es_MX" else "Language"
    await pilot.press("ctrl+p")
    await settle(pilot)
    await pilot.press(*word)
    for _attempt in range(50):  # the palette lists its hits as it finds them
        await pilot.pause(0.1)
        if f"{word}…" in shown(app):
            break
    await pilot.press("enter")
    for _attempt in range(50):
        await pilot.pause(0.1)
        if isinstance(app.screen, ChoiceScreen):
            break
    assert isinstance(app.screen, ChoiceScreen)
    await pilot.click(f"#answer-{code}")
    await settle(pilot, 8)


async def test_switching_changes_every_word_at_once_and_keeps_the_place(tmp_path):
    config = tmp_path / "config" / "config.toml"
    config.parent.mkdir()
    config.write_text('# mine\ntheme = "nord"\n\n[keymap]\n"app.save" = "ctrl+s"\n', encoding="utf-8")
    settings, problems = load_settings(config)
    assert not problems
    app = make_app(tmp_path, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.show_pane("quarterfinals")
        await settle(pilot)
        await pilot.press("7")  # an unsaved edit: it must survive the switch
        await settle(pilot)
        before = app.document.season
        assert "Quarter-finals" in shown(app) or "2 QF" in shown(app)

        await choose_language(app, pilot, "es_MX")
        assert i18n.language() == "es_MX"
        text = shown(app)
        assert "2 Cuartos" in text and "Ayuda" in text and "Guardar" in text, text
        assert not english_left(text, allow=PENDING_I18N_CORE), text
        assert app.query_one(TabbedContent).active == "quarterfinals"
        assert app.document.season is before and app.document.dirty
        assert "sin guardar" in app.sub_title
        app.show_pane("general")  # the tabs built after the switch are Spanish too
        await settle(pilot)
        assert "Equipo" in shown(app) and "PJ" in shown(app)

        await choose_language(app, pilot, "en")
        assert i18n.language() == "en"
        text = shown(app)
        assert "Team" in text and "Help" in text and "Equipo" not in text
        assert app.query_one(TabbedContent).active == "general"

    # Remembered like the theme: one line rewritten, every other line kept.
    saved = config.read_text(encoding="utf-8")
    assert saved.startswith('# mine\ntheme = "nord"\n') or 'theme = "nord"' in saved
    assert saved.count("language =") == 1 and 'language = "en"' in saved
    assert '"app.save" = "ctrl+s"' in saved and "# mine" in saved
    assert load_settings(config)[0].language == "en"


async def test_escape_keeps_the_language(tmp_path):
    app = make_app(tmp_path, None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.action_language()
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert i18n.language() == "en" and "Help" in shown(app)


def test_remember_language_sets_one_top_level_line(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('theme = "nord"\n\n[keymap]\n"app.save" = "f2"\n', encoding="utf-8")
    settings = Settings(path=config)
    assert remember_language(settings, "en") is None
    assert remember_language(settings, "es_MX") is None  # again: the same line rewritten
    text = config.read_text(encoding="utf-8")
    assert text.count("language =") == 1 and 'language = "es_MX"' in text
    assert text.index("language =") < text.index("[keymap]")  # a top-level key, before any table
    assert remember_theme(settings, "dracula") is None
    loaded, problems = load_settings(config)
    assert loaded.theme == "dracula" and loaded.language == "es_MX" and loaded.keymap == {"app.save": "f2"}
    assert [p.message for p in problems] == []


def test_remember_language_says_why_it_could_not(tmp_path):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    problem = remember_language(Settings(path=folder), "es_MX")
    assert problem is not None and str(folder) in problem
