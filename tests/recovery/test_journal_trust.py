"""The crash journal never stops the app, never lets a value the loader refuses through, never
mixes instances, and a journal that no longer fits its file is resolved leg by leg (issue 12)."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

import pytest
from textual.widgets import RadioButton, RadioSet

from liguilla_tui import journal
from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season
from liguilla_tui.seasons import default_season


async def _settle(pilot, times: int = 6) -> None:
    for _ in range(times):
        await pilot.pause()


def _copy(tmp_path: Path) -> Path:
    path = tmp_path / "season.yaml"
    shutil.copy(default_season(), path)
    return path


def _state() -> Path:
    return Path(os.environ["LIGUILLA_STATE_DIR"])


def _key(season: Path) -> str:
    return hashlib.sha256(str(season.resolve()).encode()).hexdigest()[:24]


def _journals(season: Path) -> list[Path]:
    return sorted(_state().glob(f"{_key(season)}*.jsonl"))


def _comment_lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.lstrip().startswith("#"))


def _monterrey_leg(season):
    return next(leg for leg in season.legs if leg.round == "quarterfinals" and leg.leg == 1 and leg.home == "Monterrey")


async def _leave_an_edit(path: Path) -> None:
    """Monterrey 7-0 UANL typed, then the app left without saving: what a kill leaves behind."""
    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        await pilot.press("t", "2", "7")
        await _settle(pilot)
        assert _monterrey_leg(app.document.season).score == (7, 0)


def _screen_text(app) -> str:
    return " ".join(str(getattr(w, "label", "")) + " " + str(getattr(w, "content", "")) for w in app.screen.query("*"))


# ---- a journal that cannot be read is set aside, and the season opens ----------------------------

HEADER = b'{"version": %d, "file": "season.yaml", "base": "x"}\n' % journal.VERSION  # this version's
DAMAGED = {
    "header is a list": b'[{"version": %d}]\n{"legs": []}\n' % journal.VERSION,
    "100,000 nested brackets": HEADER + b"[" * 100_000 + b"\n",
    "truncated": HEADER + b'{"legs": [[null, {"round": "quarterfin',
    "binary garbage": bytes(range(256)) * 4 + b"\n\xff\xfe\n",
    "a line that is not a mapping": HEADER + b'"just text"\n',
    "legs that are not a list": HEADER + b'{"legs": "x"}\n',
    "a change of one item": HEADER + b'{"legs": [[1]]}\n',
    "a result change cut short": HEADER + b'{"results": [[0, "Monterrey"]]}\n',
}


@pytest.mark.parametrize("damage", list(DAMAGED))
async def test_a_journal_that_cannot_be_read_is_set_aside_and_the_season_opens(tmp_path, damage):
    path = _copy(tmp_path)
    _state().mkdir(parents=True)
    # Where every version of the app looks for this file's journal.
    bad = _state() / f"{_key(path)}.jsonl"
    bad.write_bytes(DAMAGED[damage])
    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        assert app.is_running and app.title == "2013 Liga MX Clausura Liguilla"
        assert not bad.exists(), "the unreadable journal is still where it is read at every start"
        aside = list(_state().glob(f"{bad.name}.corrupt-*"))
        assert len(aside) == 1 and aside[0].read_bytes() == DAMAGED[damage]  # moved, not lost
        said = [n.message for n in app._notifications]
        assert any(str(aside[0]) in message for message in said), said
        assert app.document.season == load_season(path).season and not app.document.dirty


# ---- journaled values are checked as the file's are ----------------------------------------------

REFUSED = {
    # journaled text -> what the season loader says of it in a file
    "score one number": ('"score":[7,0]', '"score":[7]', "must be [home, away], two whole numbers, not a list"),
    "Infinity": (
        '"score":[7,0]',
        '"score":[Infinity,0]',
        "score of Monterrey v UANL (home) must be a whole number, not text",
    ),
    "negative": ('"score":[7,0]', '"score":[-5,0]', "score of Monterrey v UANL (home) must be at least 0, not -5"),
    "10**30": ('"score":[7,0]', f'"score":[{10**30},0]', f"(home) must be at most 99, not {10**30}"),
    "date a list": ('"date":"2013-05-08"', '"date":["x"]', "'date' in a match must be text, not a list"),
    "home a number": ('"home":"Monterrey"', '"home":5', "unknown team '5'"),
    "home a list": ('"home":"Monterrey"', '"home":[5]', "home must be a team name, not a list"),
    "unknown round": ('"round":"quarterfinals"', '"round":"nope"', "unknown round 'nope'"),
    "unknown team": ('"away":"UANL"', '"away":"Tigres B"', "unknown team 'Tigres B'"),
}


@pytest.mark.parametrize("case", list(REFUSED))
async def test_a_journaled_value_the_loader_refuses_never_reaches_the_document(tmp_path, case):
    path = _copy(tmp_path)
    await _leave_an_edit(path)
    [journal_file] = _journals(path)
    was, now, message = REFUSED[case]
    lines = journal_file.read_text(encoding="utf-8").splitlines(keepends=True)
    assert was in lines[-1]
    lines[-1] = lines[-1].replace(was, now)
    journal_file.write_text("".join(lines), encoding="utf-8")

    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        assert type(app.screen).__name__ == "RecoveryScreen", "the refused leg was offered as if it fitted"
        shown = _screen_text(app)
        assert message in shown and f"{journal_file}:{len(lines)}:" in shown  # FILE:LINE:COL, the loader's words
        await pilot.press("enter")  # restore as chosen: the refused leg can only keep the file's
        await _settle(pilot)
        assert app.document.season.legs == load_season(path).season.legs
        assert not app.document.dirty


# ---- journals are per instance ------------------------------------------------------------------


async def test_a_save_removes_only_its_own_journal_and_a_dead_instance_is_offered_back(tmp_path):
    path = _copy(tmp_path)
    a = LiguillaApp(load_season(path))
    async with a.run_test(size=(80, 24)) as pilot_a:
        await _settle(pilot_a)
        b = LiguillaApp(load_season(path))
        async with b.run_test(size=(80, 24)) as pilot_b:
            await _settle(pilot_b)
            await pilot_b.press("t", "2", "5")  # B: Monterrey 5-0 UANL, unsaved
            await _settle(pilot_b)
            await pilot_a.press("t", "2", "down", "3")  # A: another leg's score, then saved
            await _settle(pilot_a)
            await pilot_a.press("ctrl+s")
            await _settle(pilot_a)
            assert not a.document.dirty and b.document.dirty
            assert _monterrey_leg(load_season(path).season).score == (1, 0)
            assert len(_journals(path)) == 1, "A's save took B's unsaved edit with it"
            # A third instance while B runs: B's edits are B's own, never offered.
            c = LiguillaApp(load_season(path))
            async with c.run_test(size=(80, 24)) as pilot_c:
                await _settle(pilot_c)
                assert type(c.screen).__name__ not in ("ChoiceScreen", "RecoveryScreen")
        # B is gone with its edit unsaved (killed, as far as its journal knows).
        d = LiguillaApp(load_season(path))
        async with d.run_test(size=(80, 24)) as pilot_d:
            await _settle(pilot_d)
            assert type(d.screen).__name__ in ("ChoiceScreen", "RecoveryScreen"), "B's unsaved edit was lost"
            await pilot_d.press("enter")
            await _settle(pilot_d)
            assert _monterrey_leg(d.document.season).score == (5, 0)


# ---- an unwritable journal folder is said once ---------------------------------------------------


async def test_a_journal_folder_that_cannot_be_written_is_said_once(tmp_path, monkeypatch):
    path = _copy(tmp_path)
    not_a_folder = tmp_path / "state-is-a-file"
    not_a_folder.write_text("x")
    monkeypatch.delenv("LIGUILLA_STATE_DIR")
    monkeypatch.setenv("XDG_STATE_HOME", str(not_a_folder))
    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        await pilot.press("t", "2", "7", "6", "5")
        await _settle(pilot)
        assert app.is_running and app.document.dirty
        said = [n.message for n in app._notifications if "crash" in n.message.lower()]
        assert len(said) == 1, said
        assert str(not_a_folder) in said[0]


# ---- a journal that no longer fits its file ------------------------------------------------------


async def test_a_journal_whose_leg_names_a_renamed_team_is_not_written_over_the_file(tmp_path):
    path = _copy(tmp_path)
    await _leave_an_edit(path)
    path.write_text(path.read_text(encoding="utf-8").replace("Monterrey", "Rayados"), encoding="utf-8")
    changed = path.read_text(encoding="utf-8")

    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        assert type(app.screen).__name__ == "RecoveryScreen", "the journal was offered as if it fitted the file"
        assert "unknown team 'Monterrey'" in _screen_text(app)
        await pilot.press("enter")
        await _settle(pilot)
        await pilot.press("ctrl+s")
        await _settle(pilot)
    assert path.read_text(encoding="utf-8") == changed
    assert not [d for d in load_season(path).diagnostics if d.is_error]


async def test_restore_then_save_after_the_file_changed_keeps_its_comments(tmp_path):
    path = _copy(tmp_path)
    await _leave_an_edit(path)
    path.write_text(path.read_text(encoding="utf-8").replace("Santos Laguna", "Santos"), encoding="utf-8")
    changed = path.read_text(encoding="utf-8")
    comments = _comment_lines(changed)
    assert comments > 20

    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        assert type(app.screen).__name__ == "RecoveryScreen", "the changed file was not said"
        await pilot.press("enter")  # the edited leg was not touched in the file: the journal's is chosen
        await _settle(pilot)
        assert _monterrey_leg(app.document.season).score == (7, 0)
        await pilot.press("ctrl+s")
        await _settle(pilot)
    saved = path.read_text(encoding="utf-8")
    assert _comment_lines(saved) == comments
    assert not [d for d in load_season(path).diagnostics if d.is_error]
    assert _monterrey_leg(load_season(path).season).score == (7, 0)
    # Only the score's span changed: the rest of the file is as the other editor left it.
    assert saved == changed.replace(
        "score: [1, 0]\n    goals:\n      - {team: Monterrey, player: Humberto Suazo",
        "score: [7, 0]\n    goals:\n      - {team: Monterrey, player: Humberto Suazo",
        1,
    )


async def test_a_leg_changed_on_both_sides_is_asked_and_the_journal_can_win(tmp_path):
    path = _copy(tmp_path)
    await _leave_an_edit(path)
    text = path.read_text(encoding="utf-8")
    # Someone else gave the same leg another score, and added a comment.
    text = re.sub(r"(home: Monterrey\n    away: UANL\n    score: )\[1, 0\]", r"\1[2, 0]", text, count=1)
    path.write_text("# checked by the desk\n" + text, encoding="utf-8")
    assert _monterrey_leg(load_season(path).season).score == (2, 0)

    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        assert type(app.screen).__name__ == "RecoveryScreen"
        [choice] = app.screen.query(RadioSet)
        buttons = list(choice.query(RadioButton))
        assert "7–0" in str(buttons[0].label) and "2–0" in str(buttons[1].label)
        assert buttons[1].value, "a leg changed on both sides must not default to the journal's"
        buttons[0].value = True  # keep the journal's
        await _settle(pilot)
        await pilot.click("#restore")
        await _settle(pilot)
        assert _monterrey_leg(app.document.season).score == (7, 0)
        await pilot.press("ctrl+s")
        await _settle(pilot)
    saved = path.read_text(encoding="utf-8")
    assert saved.startswith("# checked by the desk\n") and _comment_lines(saved) == _comment_lines(text) + 1
    assert _monterrey_leg(load_season(path).season).score == (7, 0)


async def test_the_set_aside_notice_shows_a_hostile_path_as_text(tmp_path, monkeypatch):
    path = _copy(tmp_path)
    state = tmp_path / "st\x1b]52;c;cHduZWQ=\x07[b]ate"  # OSC 52 and markup in the folder's name
    monkeypatch.setenv("LIGUILLA_STATE_DIR", str(state))
    state.mkdir()
    (state / f"{_key(path)}.jsonl").write_bytes(DAMAGED["header is a list"])
    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        [notice] = [n for n in app._notifications if "set aside" in n.message]
        assert "\x1b" not in notice.message and "\x07" not in notice.message
        assert "st\\x1b]52;c;cHduZWQ=\\x07[b]ate" in notice.message and not notice.markup


# ---- keys typed before the recovery dialog is up -----------------------------------------------


async def test_keys_typed_before_the_recovery_dialog_wait_for_the_screen_behind_it(tmp_path):
    """'t 2 5' typed as the app starts, over a dead instance's journal: the offer comes up
    with the season untouched, and once it is answered the keys land where they were
    typed: the quarter-finals, Monterrey 5-0 (they edited the season being decided on, or
    went into the dialog, lost)."""
    from textual import events

    path = _copy(tmp_path)
    await _leave_an_edit(path)
    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("t", "2", "5"):
            app.post_message(events.Key(key, key))
        for _ in range(300):  # up to 30 s on a loaded machine; done as soon as it is up
            await pilot.pause(0.1)
            if type(app.screen).__name__ == "ChoiceScreen":
                break
        await _settle(pilot)
        assert type(app.screen).__name__ == "ChoiceScreen", "no offer of the dead instance's edit"
        assert _monterrey_leg(app.document.season).score == (1, 0), "a key edited the season under the offer"
        from textual.widgets import TabbedContent

        assert app.query_one(TabbedContent).active == "general"
        await pilot.press("escape")  # later: the journal's 7-0 is not restored now
        for _ in range(300):
            await pilot.pause(0.1)
            if _monterrey_leg(app.document.season).score == (5, 0):
                break
        await _settle(pilot)
        assert len(app.screen_stack) == 1
        assert app.query_one(TabbedContent).active == "quarterfinals"
        assert _monterrey_leg(app.document.season).score == (5, 0)


async def test_escape_on_the_recovery_offer_keeps_the_edits_for_the_next_start(tmp_path):
    """Escape (the footer's "Cancel") decides later: nothing restored, the journal kept and
    offered again at the next start. It discarded the journal, unasked (a new user's trial);
    "Discard them" still does."""
    path = _copy(tmp_path)
    await _leave_an_edit(path)
    for key, offered_again in (("escape", True), ("escape", True), (None, False)):
        app = LiguillaApp(load_season(path))
        async with app.run_test(size=(80, 24)) as pilot:
            await _settle(pilot)
            assert type(app.screen).__name__ == "ChoiceScreen", "the edit was not offered"
            if key:
                await pilot.press(key)
            else:
                await pilot.click("#answer-discard")
            await _settle(pilot)
            assert len(app.screen_stack) == 1
            assert _monterrey_leg(app.document.season).score == (1, 0) and not app.document.dirty
        assert (len(_journals(path)) == 1) is offered_again
    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        assert len(app.screen_stack) == 1, "a discarded journal was offered again"


async def test_a_recovery_offer_cancelled_before_it_ran_does_not_hold_the_keys(tmp_path):
    """Two offers asked for before the next frame (a file opened twice at once): the first
    worker is cancelled before its body runs, so its own release never ran, and every key
    after it was held for good (found by an independent review)."""
    from textual.widgets import TabbedContent

    path = _copy(tmp_path)
    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        app._offer_recovery()
        app._offer_recovery()
        await _settle(pilot)
        await pilot.press("t", "2")
        for _ in range(300):
            await pilot.pause(0.1)
            if app.query_one(TabbedContent).active == "quarterfinals":
                break
        assert app.query_one(TabbedContent).active == "quarterfinals"
        assert app._holding_for is None
