"""A save never writes less than the file held, nor over a read-only file, without asking."""

from __future__ import annotations

import os
import shutil

from liguilla_tui.screens.choice import ChoiceScreen
from liguilla_tui.screens.path_prompt import PathPrompt
from liguilla_tui.seasons import default_season


def _oversized(tmp_path):
    """The 2013 season plus 1,000 more legs: more than the loader reads (it reads none)."""
    text = default_season().read_text(encoding="utf-8")
    extra = "".join(
        f"  - round: quarterfinals  # extra {n}\n    leg: 1\n    date: 2013-06-{n % 28 + 1:02d}\n"
        f"    home: Monterrey\n    away: UANL\n    score: [{n % 5}, 1]\n"
        for n in range(1000)
    )
    path = tmp_path / "big.yaml"
    path.write_text(text + extra, encoding="utf-8")
    return path, text + extra


async def _edit_and_save(ui, pilot) -> None:
    await ui.goto_tab(pilot, 2)
    await pilot.press("7")  # QF 1 leg 1: Monterrey 7-0 UANL
    await ui.settle(pilot)
    assert pilot.app.document.dirty
    await pilot.press("ctrl+s")
    await ui.settle(pilot, 5)


async def test_a_save_that_would_drop_unread_legs_asks_and_writes_nothing(ui, tmp_path):
    path, before = _oversized(tmp_path)
    app = ui.open_app(path)
    assert app.document.season.legs == ()  # the loader refused all 1,014
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await _edit_and_save(ui, pilot)
        assert isinstance(app.screen, ChoiceScreen), ui.notifications(app)
        assert "1,014 legs" in app.screen.question and "big.yaml" in app.screen.question
        assert "reads at most 1000" in app.screen.question  # why: the loader's own error
        assert path.read_text(encoding="utf-8") == before
        await pilot.click("#answer-cancel")
        await ui.settle(pilot)
        assert path.read_text(encoding="utf-8") == before and app.document.dirty
        # Save as… stays open: the edit goes to another file, the original is kept whole.
        await pilot.press("ctrl+s")
        await ui.settle(pilot, 5)
        await pilot.click("#answer-save_as")
        await ui.settle(pilot)
        assert isinstance(app.screen, PathPrompt)
    assert path.read_text(encoding="utf-8") == before


async def test_dropping_what_the_file_held_only_when_the_user_says_so(ui, tmp_path):
    path, before = _oversized(tmp_path)
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await _edit_and_save(ui, pilot)
        await pilot.click("#answer-save")
        await app.workers.wait_for_complete()
        await ui.settle(pilot)
        assert not app.document.dirty
    assert path.read_text(encoding="utf-8") != before


async def test_an_ordinary_save_asks_nothing(ui, season_path, bundled_text):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await _edit_and_save(ui, pilot)
        await app.workers.wait_for_complete()
        assert not isinstance(app.screen, ChoiceScreen)
        assert any(m.startswith("Saved") for m in ui.notifications(app))
    assert ui.comment_lines(season_path.read_text(encoding="utf-8")) == ui.comment_lines(bundled_text)


async def test_a_read_only_file_is_not_saved_over_without_asking(ui, tmp_path):
    path = tmp_path / "locked.yaml"
    shutil.copy(default_season(), path)
    os.chmod(path, 0o444)
    before = path.read_bytes()
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await _edit_and_save(ui, pilot)  # as root, os.replace would go ahead regardless
        assert isinstance(app.screen, ChoiceScreen), ui.notifications(app)
        assert "read-only (mode 0444)" in app.screen.question
        await pilot.click("#answer-cancel")
        await ui.settle(pilot)
        assert path.read_bytes() == before and app.document.dirty
        await pilot.press("ctrl+s")
        await ui.settle(pilot, 5)
        await pilot.click("#answer-save")
        await app.workers.wait_for_complete()
        await ui.settle(pilot)
        assert not app.document.dirty
    assert path.read_bytes() != before
    assert os.stat(path).st_mode & 0o777 == 0o444  # saved over on request, still read-only
