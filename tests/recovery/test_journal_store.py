"""The journal's storage: what one instance records is exactly what the next start gets back,
after any kill, in any rewrite, whatever characters the names hold; a live instance's is its own."""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
from pathlib import Path

from msgspec.structs import replace

from liguilla_tui import journal
from liguilla_tui.core.edits import set_goals, set_result, set_score
from liguilla_tui.core.load import load_season
from liguilla_tui.core.model import Goal, Season
from liguilla_tui.core.save import same_data
from liguilla_tui.recovery import apply_changes, fits, plan
from tests.forking import fork_until_killed

HERE = Path(__file__).resolve().parent
SEASON = HERE.parents[1] / "seasons" / "2012-clausura.yaml"  # 153 results and a whole Liguilla
NOBODY = Path("/nonexistent")


def _copy(tmp_path: Path) -> tuple[Path, Season, str]:
    path = tmp_path / "season.yaml"
    shutil.copy(SEASON, path)
    loaded = load_season(path)
    assert loaded.season is not None and loaded.season.results and loaded.season.legs
    return path, loaded.season, path.read_text(encoding="utf-8")


def _restore(path: Path, saved: Season, text: str) -> Season | None:
    """What the next start restores, every change kept; None when nothing is offered."""
    found = [f for f in journal.leftovers(path, NOBODY)]
    assert all(isinstance(f, journal.Leftover) for f in found), found
    if not found:
        return None
    [leftover] = found
    try:
        changes = plan(leftover, saved)
        assert fits(leftover, journal.text_digest(text), changes)
        return apply_changes(saved, changes, [True] * len(changes)) if changes else None
    finally:
        leftover.release()


def _scores(season: Season) -> list:
    return [r.score for r in season.results]


def test_result_and_leg_edits_come_back_with_the_files_marks(tmp_path):
    path, saved, text = _copy(tmp_path)
    first, last, leg = saved.results[0], saved.results[-1], saved.legs[0]
    edited = set_result(saved, first.home, first.away, (7, 0))
    edited = set_result(edited, last.home, last.away, None)
    edited = set_score(edited, leg.round, leg.leg, leg.home, leg.away, (8, 8))
    session = journal.Journal(path, text)
    session.record(saved, edited)
    session.release()
    restored = _restore(path, saved, text)
    assert restored is not None and same_data(restored, edited)
    assert restored.results[0].mark == saved.results[0].mark and restored.legs[0].mark == saved.legs[0].mark


def test_nothing_is_offered_when_the_edits_were_undone(tmp_path):
    path, saved, text = _copy(tmp_path)
    session = journal.Journal(path, text)
    session.record(saved, set_result(saved, saved.results[0].home, saved.results[0].away, (9, 9)))
    session.record(saved, saved)
    session.release()
    assert _restore(path, saved, text) is None


def test_every_snapshot_is_the_state_of_its_own_edit_through_rewrites(tmp_path, monkeypatch):
    monkeypatch.setattr(journal, "REWRITE_ABOVE", 4 * 1024)
    path, saved, text = _copy(tmp_path)
    rng = random.Random(5)
    season = saved
    session = journal.Journal(path, text)
    for _ in range(60):
        if rng.random() < 0.5:
            leg = rng.choice(season.legs)
            season = set_score(season, leg.round, leg.leg, leg.home, leg.away, (rng.randrange(6), rng.randrange(6)))
        else:
            result = rng.choice(season.results)
            season = set_result(season, result.home, result.away, (rng.randrange(6), rng.randrange(6)))
        for _ in range(rng.randrange(1, 30)):  # the same state again and again: the journal grows, then rewrites
            session.record(saved, season)
        assert session.path.stat().st_size < 4 * 1024 + 8 * 1024
        session.release()  # as a kill would: the next start reads it
        restored = _restore(path, saved, text)
        assert same_data(restored if restored is not None else saved, season)


def test_names_of_any_characters_come_back_as_they_were(tmp_path):
    path, saved, text = _copy(tmp_path)
    leg = next(leg for leg in saved.legs if leg.score and sum(leg.score) >= 1)
    scorer = leg.home if leg.score[0] else leg.away
    names = ["Jiménez", "del\x7f", "line\u2028sep", "nel\x85", "⚽ 😀", "esc\x1b[31m", 'quo"te\\', "\ufeff\ufffe"]
    goals = (Goal(scorer, "".join(names), "90+3"),)
    goals += tuple(Goal(scorer, n, "12") for n in names)[: leg.goals_of(scorer) - 1]
    edited = set_goals(saved, leg.round, leg.leg, leg.home, leg.away, goals)
    session = journal.Journal(path, text)
    session.record(saved, edited)
    session.release()
    restored = _restore(path, saved, text)
    assert restored is not None and same_data(restored, edited)


def test_a_live_instances_journal_is_never_offered(tmp_path):
    path, saved, text = _copy(tmp_path)
    live = journal.Journal(path, text)
    live.record(saved, set_result(saved, saved.results[0].home, saved.results[0].away, (4, 4)))
    assert journal.leftovers(path, NOBODY) == []  # it holds its lock
    assert journal.leftovers(path, live.path) == []
    live.release()  # what its death does
    assert _restore(path, saved, text).results[0].score == (4, 4)


def test_a_save_under_a_new_name_leaves_no_journal_of_the_old(tmp_path):
    path, saved, text = _copy(tmp_path)
    session = journal.Journal(path, text)
    session.record(saved, replace(saved, results=saved.results[1:] + saved.results[:1]))
    assert session.path.exists()
    old = session.path
    session.rebase(tmp_path / "other.yaml", text)
    assert not old.exists() and not session.path.exists()


KILLS = 20


def _record_edits(path: Path, edits: int):
    """The child's work: record result edits as fast as it can, then wait to be killed."""

    def work(ready) -> None:
        journal.REWRITE_ABOVE = 32 * 1024  # rewrite every few edits, so kills land in rewrites too
        saved = load_season(path).season
        assert saved is not None
        recorder = journal.Journal(path, path.read_text(encoding="utf-8"))
        season = saved
        for i in range(1, edits + 1):  # the test replays the same edits to know every state
            result = saved.results[i % len(saved.results)]
            season = set_result(season, result.home, result.away, (i % 10, i // 10 % 10))
            recorder.record(saved, season)
            if i == 1:
                ready()
        while True:
            time.sleep(1)

    return work


def test_sigkill_while_journaling_leaves_an_edit_that_was_made(tmp_path):
    """A process recording result edits as fast as it can (rewriting its journal every few
    dozen) is killed anywhere: the journal gives back exactly the state after some edit."""
    path, saved, text = _copy(tmp_path)
    state = Path(os.environ["LIGUILLA_STATE_DIR"])  # tests/conftest.py: one per test; the child's too
    states = {tuple(_scores(saved)): 0}
    season = saved
    for i in range(1, 3001):  # the edits _record_edits makes, in its order
        result = saved.results[i % len(saved.results)]
        season = set_result(season, result.home, result.away, (i % 10, i // 10 % 10))
        states[tuple(_scores(season))] = i
    rng = random.Random(2012)
    reached = []
    for _ in range(KILLS):
        shutil.rmtree(state, ignore_errors=True)
        pid = fork_until_killed(_record_edits(path, 3000))  # a process of its own, forked: no start-up
        time.sleep(rng.uniform(0, 0.05))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        restored = _restore(path, saved, text)
        assert restored is not None, "the kill lost every journaled edit"
        assert restored.legs == saved.legs
        key = tuple(_scores(restored))
        assert key in states, "the journal gave back a state no edit made"
        reached.append(states[key])
    assert max(reached) > 100, f"the kills all landed too early to test anything: {reached}"


def test_a_leg_changed_twice_in_one_line_is_restored_once(tmp_path):
    # A crafted line cannot put one leg in the document twice (the save would then hold an error).
    path, saved, text = _copy(tmp_path)
    leg = saved.legs[0]
    was = journal.leg_map(leg)
    line = {"legs": [[was, {**was, "score": [5, 5]}], [was, {**was, "score": [6, 6]}]], "results": []}
    state = Path(os.environ["LIGUILLA_STATE_DIR"])
    state.mkdir(parents=True)
    header = {"version": journal.VERSION, "file": str(path), "base": journal.text_digest(text)}
    (state / f"{journal._key(path)}.dead.jsonl").write_bytes(journal._line(header) + journal._line(line))
    [found] = journal.leftovers(path, NOBODY)
    changes = plan(found, saved)
    found.release()
    assert [c.usable for c in changes] == [True, False] and "changed twice" in changes[1].journal
    restored = apply_changes(saved, changes, [True, True])
    assert [x.score for x in restored.legs if (x.round, x.leg, x.home) == (leg.round, leg.leg, leg.home)] == [(5, 5)]
    assert len(restored.legs) == len(saved.legs)


def test_extra_time_and_a_shootout_set_aside_come_back_after_a_kill(tmp_path):
    """A final made not level keeps its extra time and shoot-out aside (kept_*): the
    journal must carry them, or a crash would lose what the user had typed."""
    from liguilla_tui.core.resolve import resolve
    from liguilla_tui.core.score_entry import apply_key

    path = tmp_path / "season.yaml"
    shutil.copy(HERE.parents[1] / "seasons" / "2013-clausura.yaml", path)
    text = path.read_text(encoding="utf-8")
    saved = load_season(path).season
    final = resolve(saved).round("final")
    spec = next(s for s in saved.format.rounds if s.key == "final")
    outcome = apply_key(saved, spec, final.ties[0], "leg2", 0, "set", 3)
    edited = outcome.season
    assert edited is not None
    kept = [leg for leg in edited.legs if leg.kept_penalties is not None]
    assert kept and kept[0].kept_extra_time is not None
    session = journal.Journal(path, text)
    session.record(saved, edited)
    session.release()
    restored = _restore(path, saved, text)
    assert restored is not None and same_data(restored, edited)


def test_a_burst_of_edits_is_written_at_once_and_synced_to_disk_once_after_it(tmp_path, monkeypatch):
    """Each edit is in the journal file when record() returns (a killed app keeps it); the
    fsync (for a power cut) waits for a pause in the edits, so a burst is synced once and
    the disk's work stays out of the frames of the keys being typed."""
    path, saved, text = _copy(tmp_path)
    monkeypatch.setenv("LIGUILLA_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setattr(journal, "SYNC_AFTER", 30.0)  # no pause this long in the burst
    monkeypatch.setattr(journal, "SYNC_WITHIN", 60.0)
    store = journal.Journal(path, text)
    synced: list[int] = []  # this journal's fsyncs (other tests' journals may sync meanwhile)
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if os.path.samestat(os.fstat(fd), os.stat(store.path)):
            synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    edited, size = saved, 0
    for goals in range(20):
        first = edited.results[0]
        edited = set_result(edited, first.home, first.away, (goals, 0))
        assert store.record(saved, edited) is None
        assert store.path.stat().st_size > size  # on file at once
        size = store.path.stat().st_size
    assert synced == []  # the burst has not paused
    monkeypatch.setattr(journal, "SYNC_AFTER", 0.01)  # the pause after the next edit: now short
    first = edited.results[0]
    edited = set_result(edited, first.home, first.away, (20, 0))
    assert store.record(saved, edited) is None
    deadline = time.monotonic() + 30
    while not synced and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.1)  # room for a second fsync, were there one: nothing asks for it
    assert len(synced) == 1
    store.release()
    restored = _restore(path, saved, text)
    assert restored is not None and _scores(restored) == _scores(edited)
