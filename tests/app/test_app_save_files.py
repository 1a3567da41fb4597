"""Saving from the app onto what is not an ordinary file: a named pipe, a long name, a NAME.bak
that cannot be written. The screen never freezes and the message says what went wrong."""

from __future__ import annotations

import shutil

from textual.widgets import Input

from liguilla_tui.core.load import load_season


async def _edit_and_save(ui, pilot) -> None:
    await ui.goto_tab(pilot, 2)
    await pilot.press("down", "3")  # QF 1 leg 2: a score edited
    await ui.settle(pilot)
    assert pilot.app.document.dirty
    await pilot.press("ctrl+s")
    await pilot.app.workers.wait_for_complete()
    await ui.settle(pilot)


async def test_save_as_onto_a_named_pipe_says_so_and_never_waits_on_it(ui, season_path, fifo):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        app.action_save_as()
        await ui.settle(pilot)
        app.screen.query_one(Input).value = str(fifo.path)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await ui.settle(pilot)
        fifo.stop()
        assert not fifo.read_attempted, "saving opened the pipe to read it: the screen froze until a writer came"
        assert fifo.is_fifo(), "the named pipe was replaced by a regular file"
        assert any("named pipe" in note for note in ui.notifications(app)), ui.notifications(app)
        assert app.document.path == season_path
        await pilot.press("q")  # still answering keys
        await pilot.pause()
    assert app.return_code == 0


async def test_a_file_with_a_long_name_can_be_saved(ui, season_path):
    long = season_path.with_name("l" * 240 + ".yaml")  # 245 characters
    shutil.copyfile(season_path, long)
    app = ui.open_app(long)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await _edit_and_save(ui, pilot)
        assert not app.document.dirty, ui.notifications(app)
    assert load_season(long).season.legs == app.document.season.legs


async def test_when_name_bak_cannot_be_written_the_message_names_it(ui, season_path):
    backup = season_path.with_name(season_path.name + ".bak")
    backup.mkdir()
    before = season_path.read_text(encoding="utf-8")
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await _edit_and_save(ui, pilot)
        assert app.document.dirty
        assert any(backup.name in note for note in ui.notifications(app)), ui.notifications(app)
    assert season_path.read_text(encoding="utf-8") == before


async def test_save_as_a_name_holding_a_nul_byte_says_so_and_writes_nothing(ui, season_path):
    # A NUL pasted into Save as: os.stat raises ValueError (not OSError) on such a name,
    # which once escaped as a traceback from the save.
    app = ui.open_app(season_path)
    before = sorted(p.name for p in season_path.parent.iterdir())
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        app.action_save_as()
        await ui.settle(pilot)
        app.screen.query_one(Input).value = str(season_path.with_name("new\x00.yaml"))
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await ui.settle(pilot)
        notes = ui.notifications(app)
        assert any("cannot hold a NUL byte" in note and "\\x00" in note for note in notes), notes
        assert app.document.path == season_path
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert sorted(p.name for p in season_path.parent.iterdir()) == before
