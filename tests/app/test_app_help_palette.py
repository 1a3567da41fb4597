"""The help screen, and the command palette's season commands."""

from __future__ import annotations

import pytest
from textual.command import CommandList, CommandPalette

from liguilla_tui.commands.season_commands import SeasonCommands
from liguilla_tui.screens.help import HelpScreen


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_opens_and_closes(ui, season_path, key):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)  # from inside a score grid too
        grid = app.focused
        await pilot.press(key)
        await ui.settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = ui.screen_text(app)
        assert "liguilla-tui keys" in text and "ctrl+z / ctrl+y" in text
        await pilot.press("escape")
        await ui.settle(pilot)
        assert not isinstance(app.screen, HelpScreen)
        assert app.focused is grid
        assert not app.document.dirty


async def _names(provider) -> list[str]:
    return [str(hit.display) for hit in [h async for h in provider.discover()]]


async def test_season_commands_offer_save_only_with_edits(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        provider = SeasonCommands(app.screen)
        names = await _names(provider)
        assert "Save" not in names and "Discard edits" not in names and "Undo" not in names
        assert {"Open season file…", "Open bundled season…", "Save as…", "Export as Markdown", "Help: keys"} <= set(names)
        assert "Go to tab 6: bracket" in names

        await ui.goto_tab(pilot, 2)
        await pilot.press("5")
        await ui.settle(pilot)
        names = await _names(provider)
        assert names.count("Save") == 1 and "Discard edits" in names and "Undo" in names
        assert "Redo" not in names
        save = [h async for h in provider.search("save")]
        assert [str(h.text) for h in save] == ["Save", "Save as…"]

        await pilot.press("ctrl+z")
        await ui.settle(pilot)
        names = await _names(provider)
        assert "Save" not in names and "Redo" in names


async def _palette_options(ui, pilot, query: str) -> list[str]:
    app = pilot.app
    await pilot.press("ctrl+p")
    await ui.settle(pilot)
    assert isinstance(app.screen, CommandPalette)
    await pilot.press(*query)
    # The palette searches in a worker; wait until the list has settled.
    options: list[str] = []
    for _ in range(50):
        await pilot.pause(0.05)
        current = [str(o.prompt.plain if hasattr(o.prompt, "plain") else o.prompt).split("\n")[0]
                   for o in app.screen.query_one(CommandList).options]
        if current and current == options:
            break
        options = current
    await pilot.press("escape")
    await ui.settle(pilot)
    assert not isinstance(app.screen, CommandPalette)
    return options


async def test_palette_save_appears_after_an_edit_and_saves(ui, season_path, bundled_text):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        options = await _palette_options(ui, pilot, "save")
        assert "Save as…" in options and "Save" not in options

        await ui.goto_tab(pilot, 2)
        await pilot.press("down", "3")
        await ui.settle(pilot)
        options = await _palette_options(ui, pilot, "save")
        assert "Save" in options and "Save as…" in options

        # Choosing it saves.
        await pilot.press("ctrl+p")
        await ui.settle(pilot)
        await pilot.press(*"Save")
        for _ in range(50):
            await pilot.pause(0.05)
            options = app.screen.query_one(CommandList).options
            if options and str(getattr(options[0].prompt, "plain", options[0].prompt)).startswith("Save\n"):
                break
        await pilot.press("enter")
        await ui.settle(pilot)
        assert not isinstance(app.screen, CommandPalette)
        assert not app.document.dirty, ui.notifications(app)
        assert season_path.read_text(encoding="utf-8") != bundled_text
