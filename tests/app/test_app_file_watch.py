"""Two people on one file: what one saves shows in the other's app; a clash asks."""

from __future__ import annotations

import os

from liguilla_tui.core import edits
from liguilla_tui.core.load import load_season
from liguilla_tui.document import Document
from liguilla_tui.persistence import save
from liguilla_tui.screens.choice import ChoiceScreen

QF_1 = ("quarterfinals", 1, "Monterrey", "UANL")  # 1-0 in the file
QF_2 = ("quarterfinals", 2, "UANL", "Monterrey")  # 1-1 in the file


async def _until(pilot, condition, tries: int = 100) -> bool:
    """Pause until `condition()` holds (the watch polls every 0.4 s); False if it never does."""
    for _ in range(tries):
        if condition():
            return True
        await pilot.pause(0.1)
    return condition()


def _score(app, fixture):
    leg = edits.find_leg(app.document.season, *fixture)
    return leg.score if leg else None


def _other_instance_saves(path, fixture, score) -> None:
    """What another instance's ctrl+s does: its document, its edit, the same save path.
    (Two Pilot apps in one event loop share Textual's active-app context, so the other
    instance is this, not a second app.)"""
    other = Document.from_loaded(load_season(path))
    other.history.push(edits.set_score(other.season, *fixture, score))
    assert save(other, path) is None


async def test_another_instances_save_shows_and_merges_with_my_edits(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        await pilot.press("7")  # mine: QF 1 leg 1 Monterrey 7-0 UANL, unsaved
        await ui.settle(pilot)
        assert _score(app, QF_1) == (7, 0)
        assert ui.summary(app, "quarterfinals", 0) == "Monterrey win 8–1 on aggregate"  # 7-0 and 1-1
        _other_instance_saves(season_path, QF_2, (0, 1))  # theirs: QF 1 leg 2 UANL 0-1 Monterrey
        assert await _until(pilot, lambda: _score(app, QF_2) == (0, 1)), ui.notifications(app)
        await ui.settle(pilot)
        assert ui.summary(app, "quarterfinals", 0) == "Monterrey win 8–0 on aggregate"  # 7-0 and 0-1
        assert _score(app, QF_1) == (7, 0) and app.document.dirty  # my edit stays
        assert not isinstance(app.screen, ChoiceScreen)  # no question: other legs
        assert any("changed on disk" in m for m in ui.notifications(app))
        # My save now writes both: theirs came in, mine on top, and nothing is asked.
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await ui.settle(pilot)
        assert not isinstance(app.screen, ChoiceScreen)
        assert any(m.startswith("Saved") for m in ui.notifications(app))
    saved = load_season(season_path).season
    assert edits.find_leg(saved, *QF_1).score == (7, 0) and edits.find_leg(saved, *QF_2).score == (0, 1)


async def test_an_editors_write_of_the_same_size_and_mtime_is_seen(ui, season_path):
    """`cp -p`: same size, same mtime; only the content says it changed."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        before = os.stat(season_path)
        text = season_path.read_text(encoding="utf-8")
        changed = text.replace("    score: [1, 0]\n", "    score: [4, 0]\n", 1)
        assert len(changed) == len(text)
        season_path.write_text(changed, encoding="utf-8")
        os.utime(season_path, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert await _until(pilot, lambda: _score(app, QF_1) == (4, 0)), ui.notifications(app)
        assert not app.document.dirty  # nothing of mine: the file's season, as saved


async def test_a_leg_changed_on_both_sides_asks_keep_mine_or_take_theirs(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        await pilot.press("7")  # mine: Monterrey 7-0 UANL
        await ui.settle(pilot)
        _other_instance_saves(season_path, QF_1, (2, 2))
        assert await _until(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        question = app.screen.question
        assert "Quarter-finals leg 1 was changed both here (Monterrey 7-0 UANL" in question
        assert "there (Monterrey 2-2 UANL" in question
        assert _score(app, QF_1) == (7, 0)  # nothing changes before the answer
        await ui.settle(pilot)  # the dialog laid out before it is clicked
        assert await pilot.click("#answer-mine")
        assert await _until(pilot, lambda: not isinstance(app.screen, ChoiceScreen))
        await ui.settle(pilot)
        assert _score(app, QF_1) == (7, 0) and app.document.dirty
        assert app.document.text == season_path.read_text(encoding="utf-8")  # their file is the base now
        # Once more, taking theirs this time.
        _other_instance_saves(season_path, QF_1, (3, 3))
        assert await _until(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        await ui.settle(pilot)
        assert await pilot.click("#answer-theirs")
        assert await _until(pilot, lambda: _score(app, QF_1) == (3, 3))
        assert not app.document.dirty


async def test_a_stale_save_is_still_asked_about(ui, season_path):
    """The save's own check stays: a write the watch has not seen yet is not overwritten."""
    doc = Document.from_loaded(load_season(season_path))
    doc.history.push(edits.set_score(doc.season, *QF_1, (7, 0)))
    text = season_path.read_text(encoding="utf-8")
    before = os.stat(season_path)
    season_path.write_text(text.replace("    score: [1, 0]\n", "    score: [4, 0]\n", 1), encoding="utf-8")
    os.utime(season_path, ns=(before.st_atime_ns, before.st_mtime_ns))  # cp -p: same size and mtime
    assert save(doc, season_path) == "changed on disk"


async def test_a_change_that_cannot_be_read_is_said_and_the_save_still_asks(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        await pilot.press("7")
        await ui.settle(pilot)
        mine = app.document.season
        season_path.write_text("competition: Liga MX\nteams: [unclosed\n", encoding="utf-8")
        said = lambda: [m for m in ui.notifications(app) if "cannot be merged here" in m]  # noqa: E731
        assert await _until(pilot, lambda: bool(said())), ui.notifications(app)
        assert f"{season_path}:3:1: error: YAML syntax" in said()[0]
        assert app.document.season is mine and app.document.dirty
        await pilot.press("ctrl+s")
        await ui.settle(pilot, 5)
        assert isinstance(app.screen, ChoiceScreen) and "changed on disk" in app.screen.question
        assert season_path.read_text(encoding="utf-8").startswith("competition: Liga MX\nteams: [unclosed")


async def test_a_new_format_on_disk_reopens_the_file_when_nothing_is_unsaved(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        before = app.document.season.format
        text = season_path.read_text(encoding="utf-8").replace("format: liga-mx-2012", "format: liga-mx-2011")
        season_path.write_text(text, encoding="utf-8")
        assert await _until(pilot, lambda: app.document.text == text)
        await ui.settle(pilot)
        assert app.document.season.format != before and not app.document.dirty
        assert "away_goals" not in app.document.season.format.rounds[0].tiebreak
