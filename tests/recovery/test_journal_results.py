"""Regular-season results are journaled with the legs: a crash loses neither."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from msgspec.structs import replace

from liguilla_tui import journal as journal_module
from liguilla_tui.core.edits import set_result, set_score
from liguilla_tui.core.load import load_season
from liguilla_tui.core.model import Season
from liguilla_tui.journal import Journal, _leg_data

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SEASON = REPO / "seasons" / "2012-clausura.yaml"   # 153 results and a whole Liguilla


def _copy(tmp_path: Path) -> tuple[Path, Season, str]:
    path = tmp_path / "season.yaml"
    shutil.copy(SEASON, path)
    loaded = load_season(path)
    assert loaded.season is not None and loaded.season.results and loaded.season.legs
    return path, loaded.season, path.read_text(encoding="utf-8")


def _scores(season: Season) -> list:
    return [r.score for r in season.results]


def _first_leg_edit(season: Season) -> Season:
    leg = season.legs[0]
    return set_score(season, leg.round, leg.leg, leg.home, leg.away, (8, 8))


def test_result_edits_alone_are_journaled_and_restored(tmp_path):
    path, saved, text = _copy(tmp_path)
    first, last = saved.results[0], saved.results[-1]
    edited = set_result(saved, first.home, first.away, (7, 0))
    edited = set_result(edited, last.home, last.away, None)
    session = Journal(path, text)
    session.record(edited)

    recovered = Journal(path, text).find(saved, text)  # the next start
    assert recovered is not None, "edits to results alone were not offered back"
    assert recovered.edits == 1 and not recovered.file_changed
    restored = recovered.apply_to(saved)
    assert restored.results == edited.results  # scores back, marks and dates as in the file
    assert restored.legs == saved.legs
    assert restored.results[0].score == (7, 0) and restored.results[-1].score is None


def test_a_result_edit_and_a_leg_edit_both_come_back(tmp_path):
    path, saved, text = _copy(tmp_path)
    session = Journal(path, text)
    first = saved.results[0]
    step1 = set_result(saved, first.home, first.away, (0, 9))
    session.record(step1)
    step2 = _first_leg_edit(step1)
    session.record(step2)

    recovered = Journal(path, text).find(saved, text)
    assert recovered is not None and recovered.edits == 2
    restored = recovered.apply_to(saved)
    assert restored.results == step2.results
    assert restored.legs == step2.legs and restored.legs[0].score == (8, 8)


def test_nothing_is_offered_when_the_journal_matches_the_file(tmp_path):
    path, saved, text = _copy(tmp_path)
    first = saved.results[0]
    session = Journal(path, text)
    session.record(set_result(saved, first.home, first.away, (5, 5)))
    session.record(saved)  # typed back to what the file says
    assert Journal(path, text).find(saved, text) is None


def test_a_version_1_journal_without_results_still_restores_its_legs(tmp_path):
    """Journals already on disk, written before results were journaled."""
    path, saved, text = _copy(tmp_path)
    edited = _first_leg_edit(saved)
    journal = Journal(path, text)
    journal.path.parent.mkdir(parents=True, exist_ok=True)
    header = {"version": 1, "path": str(path.resolve()), "base": journal.base}
    lines = [json.dumps(header, ensure_ascii=False)]
    lines += [json.dumps({"legs": [_leg_data(leg) for leg in season.legs]}, ensure_ascii=False)
              for season in (saved, edited)]
    journal.path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    recovered = journal.find(saved, text)
    assert recovered is not None and recovered.edits == 2 and recovered.results is None
    restored = recovered.apply_to(saved)
    assert restored.legs == edited.legs
    assert restored.results is saved.results  # untouched: the journal knew nothing of them


def test_a_new_session_appends_to_an_old_journal_and_both_kinds_come_back(tmp_path):
    """Restored from a version-1 journal, then edited: the appended snapshot carries its fixtures."""
    path, saved, text = _copy(tmp_path)
    journal = Journal(path, text)
    journal.path.parent.mkdir(parents=True, exist_ok=True)
    edited = _first_leg_edit(saved)
    header = {"version": 1, "path": str(path.resolve()), "base": journal.base}
    journal.path.write_text(json.dumps(header) + "\n"
                            + json.dumps({"legs": [_leg_data(leg) for leg in edited.legs]}) + "\n",
                            encoding="utf-8")
    restored = journal.find(saved, text).apply_to(saved)
    first = saved.results[0]
    now = set_result(restored, first.home, first.away, (3, 3))
    journal.record(now)

    recovered = Journal(path, text).find(saved, text)
    assert recovered is not None and recovered.edits == 2
    again = recovered.apply_to(saved)
    assert again.legs == now.legs and again.results == now.results


def test_results_survive_the_journal_rewriting_itself(tmp_path, monkeypatch):
    monkeypatch.setattr(journal_module, "REWRITE_ABOVE", 12_000)
    path, saved, text = _copy(tmp_path)
    session = Journal(path, text)
    season = saved
    for i, result in enumerate(saved.results[:40]):
        season = set_result(season, result.home, result.away, (i % 10, 9 - i % 10))
        session.record(season)
    assert len(session.path.read_text(encoding="utf-8").splitlines()) < 40  # it did rewrite
    assert not session.path.with_name(session.path.name + ".new").exists()
    recovered = Journal(path, text).find(saved, text)
    assert recovered is not None
    assert recovered.apply_to(saved).results == season.results


def test_changed_fixtures_restore_what_matches_and_keep_the_legs(tmp_path):
    """The file was edited elsewhere since: a fixture gone, one added, the rest reordered."""
    path, saved, text = _copy(tmp_path)
    session = Journal(path, text)
    edited = _first_leg_edit(saved)
    for result in saved.results[:3]:
        edited = set_result(edited, result.home, result.away, (6, 6))
    session.record(edited)

    gone, *kept = saved.results
    newcomer = replace(saved.results[1], home="Nobody FC", score=(1, 2))
    moved = replace(saved.results[2], matchday=99)  # same teams, another matchday: matched by its pair
    other = replace(saved, results=(newcomer, *reversed([moved, *kept[2:]]), kept[0]))
    recovered = Journal(path, text).find(other, "the file as it is now")
    assert recovered is not None and recovered.file_changed
    restored = recovered.apply_to(other)
    assert restored.legs == edited.legs  # the legs never depend on the results matching
    expected = {(r.home, r.away): r.score for r in other.results}
    expected[(kept[0].home, kept[0].away)] = (6, 6)   # the same fixture, elsewhere in the list
    expected[(moved.home, moved.away)] = (6, 6)       # its pairing is on both lists once
    assert {(r.home, r.away): r.score for r in restored.results} == expected  # Nobody FC: as it was
    assert [(r.home, r.away, r.matchday) for r in restored.results] == [
        (r.home, r.away, r.matchday) for r in other.results]  # the file's fixtures, in its order
    assert (gone.home, gone.away) not in expected


def test_a_season_without_results_any_more_keeps_the_legs(tmp_path):
    path, saved, text = _copy(tmp_path)
    session = Journal(path, text)
    first = saved.results[0]
    edited = _first_leg_edit(set_result(saved, first.home, first.away, (4, 0)))
    session.record(edited)
    bare = replace(saved, results=())
    recovered = Journal(path, text).find(bare, text)
    assert recovered is not None
    restored = recovered.apply_to(bare)
    assert restored.legs == edited.legs and restored.results == ()


@pytest.mark.parametrize("damage", ["fixtures", "fx", "scores"])
def test_damaged_results_lose_only_the_results(tmp_path, damage):
    path, saved, text = _copy(tmp_path)
    session = Journal(path, text)
    first = saved.results[0]
    edited = _first_leg_edit(set_result(saved, first.home, first.away, (4, 0)))
    session.record(edited)
    header, line = (json.loads(x) for x in session.path.read_text(encoding="utf-8").splitlines())
    if damage == "fixtures":
        header["fixtures"] = [[1, 2, 3]]
    elif damage == "fx":
        line["fx"] = ["not", "a", "digest"]
    else:
        line["results"] = ["x"] * len(line["results"])
    session.path.write_text(json.dumps(header) + "\n" + json.dumps(line) + "\n", encoding="utf-8")

    recovered = Journal(path, text).find(saved, text)
    assert recovered is not None and recovered.results is None
    restored = recovered.apply_to(saved)
    assert restored.legs == edited.legs and restored.results == saved.results


KILLS = 40


def test_sigkill_while_journaling_results_leaves_an_edit_that_was_made(tmp_path):
    """A process recording result edits as fast as it can (rewriting the journal every few
    dozen) is killed anywhere: the journal gives back exactly the state after some edit."""
    path, saved, text = _copy(tmp_path)
    state = Path(os.environ["LIGUILLA_STATE_DIR"])  # tests/conftest.py: one per test
    env = {**os.environ, "LIGUILLA_STATE_DIR": str(state)}
    states = {tuple(_scores(saved)): 0}
    season = saved
    for i in range(1, 3001):  # the edits recorder.py makes, in its order
        result = saved.results[i % len(saved.results)]
        season = set_result(season, result.home, result.away, (i % 10, i // 10 % 10))
        states[tuple(_scores(season))] = i
    rng = random.Random(2012)
    reached = []
    for _ in range(KILLS):
        shutil.rmtree(state, ignore_errors=True)
        child = subprocess.Popen([sys.executable, str(HERE / "recorder.py"), str(path), "3000"],
                                 stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.05))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        recovered = Journal(path, text).find(saved, text)
        assert recovered is not None, "the kill lost every journaled edit"
        restored = recovered.apply_to(saved)
        assert restored.legs == saved.legs
        key = tuple(_scores(restored))
        assert key in states, "the journal gave back a state no edit made"
        reached.append(states[key])
    assert max(reached) > 100, f"the kills all landed too early to test anything: {reached}"


def test_each_snapshot_holds_the_legs_of_its_own_edit(tmp_path):
    # Legs are encoded once and reused while the season keeps that leg: every line must
    # still say exactly what the season held when it was written, edit after edit.
    path, saved, text = _copy(tmp_path)
    session = Journal(path, text)
    rng = random.Random(5)
    season = saved
    for _ in range(40):
        leg = rng.choice(season.legs)
        season = set_score(season, leg.round, leg.leg, leg.home, leg.away, (rng.randrange(6), rng.randrange(6)))
        session.record(season)
        last = path_lines(session)[-1]
        assert last["legs"] == json.loads(json.dumps([_leg_data(leg) for leg in season.legs]))
    session.record(saved)  # back to the file's legs: nothing stale is written
    assert path_lines(session)[-1]["legs"] == json.loads(json.dumps([_leg_data(leg) for leg in saved.legs]))


def path_lines(session: Journal) -> list[dict]:
    return [json.loads(line) for line in session.path.read_text(encoding="utf-8").splitlines()[1:]]
