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
        assert "Keys that work here" in text and "Score grid (this tie)" in text
        assert "undo the last edit" in text and "set the goals in the cell" in text
        await pilot.press("escape")
        await ui.settle(pilot)
        assert not isinstance(app.screen, HelpScreen)
        assert app.focused is grid
        assert not app.document.dirty


def _sections(app) -> dict[str, dict[str, str]]:
    return {title: {words: keys for keys, words in rows} for title, rows in app.screen.sections}


async def test_help_names_every_tab_of_an_eight_round_era(ui, tmp_path):
    """A 2023 play-in season has 9 tabs; the help must say 1 … 9 and name each."""
    import shutil

    from liguilla_tui.seasons import seasons_dir

    path = tmp_path / "2023-apertura.yaml"
    shutil.copy(seasons_dir() / path.name, path)
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await pilot.press("question_mark")
        await ui.settle(pilot)
        anywhere = _sections(app)["Anywhere"]
        [(words, keys)] = [(w, k) for w, k in anywhere.items() if w.startswith("go to a tab")]
        assert keys == "t then 1 … 9"
        assert "1 Table" in words and "2 Play-in" in words and "8 Bracket" in words and "9 Scenarios" in words
        # From the table, the keys of the grid where its scores are typed: the matchday's.
        assert "Matchday results, under the table (Tab reaches them)" in _sections(app)
        assert "On a round tab, in a tie's score grid" not in _sections(app)


async def test_help_follows_the_focus_and_the_keymap(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        app.set_keymap({"app.undo": "f6", "grid.goals": "f7"})
        await ui.goto_tab(pilot, 2)
        await pilot.press("f1")
        await ui.settle(pilot)
        sections = _sections(app)
        assert next(iter(sections)) == "Score grid (this tie)"  # where the focus is, first
        assert sections["Anywhere"]["undo the last edit (500 steps)"] == "f6"
        assert sections["Score grid (this tie)"]["goal events of the leg: add or remove scorers"] == "f7"
        assert any(w.startswith("go to a tab") for w in sections["Anywhere"])  # t works in a grid too


async def test_help_fits_60_columns(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await ui.settle(pilot)
        await pilot.press("question_mark")
        await ui.settle(pilot)
        text = ui.screen_text(app)
        assert "what the team needs, or where it" in text  # words wrap beside their keys
        assert "↑ ↓ pgup pgdn" in text and "^home ^end" in text  # and keys at a space
        assert all(len(line) <= 60 for line in text.splitlines())


async def _names(provider) -> list[str]:
    return [str(hit.display) for hit in [h async for h in provider.discover()]]


async def test_season_commands_offer_save_only_with_edits(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        provider = SeasonCommands(app.screen)
        names = await _names(provider)
        assert "Save" not in names and "Discard edits" not in names and "Undo" not in names
        assert {"Open season file…", "Open bundled season…", "Save as…", "Export as Markdown", "Help: keys"} <= set(
            names
        )
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
        current = [
            str(o.prompt.plain if hasattr(o.prompt, "plain") else o.prompt).split("\n")[0]
            for o in app.screen.query_one(CommandList).options
        ]
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
