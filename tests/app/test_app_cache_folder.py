"""What the app shows is what the file says, whatever its cache folder holds.

The app once kept loaded seasons in $XDG_CACHE_HOME/liguilla-tui/seasons and trusted them:
an entry copied over another file's made a 2019 file open as 2013 (and one edit then
saved it as 2013), a crafted entry brought a negative score past the loader's checks, and
a named pipe there hung the start. Each test below tampers with whatever the app leaves in
its cache folder, then opens the file again.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import msgspec
import pytest

from liguilla_tui.core.load import load_season

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache_folder(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("LIGUILLA_CACHE_DIR", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


@pytest.fixture
def seasons(tmp_path) -> tuple[Path, Path]:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    shutil.copyfile(REPO / "seasons" / "2013-clausura.yaml", first)
    shutil.copyfile(REPO / "seasons" / "2019-apertura.yaml", second)
    return first, second


def _entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


async def _open(ui, pilot, path: Path) -> None:
    pilot.app.open_path(path)
    await pilot.app.workers.wait_for_complete()
    await ui.settle(pilot)


def _shown_is_the_file(app, path: Path) -> None:
    expected = load_season(path).season
    assert app.document.path == path
    assert app.document.season.title == expected.title
    assert app.document.season.legs == expected.legs


async def test_an_entry_copied_over_another_does_not_change_the_season(ui, cache_folder, seasons):
    first, second = seasons
    app = ui.open_app(first)
    async with app.run_test(size=ui.SIZE) as pilot:
        await _open(ui, pilot, second)
        await _open(ui, pilot, first)
        entries = _entries(cache_folder)
        blobs = [entry.read_bytes() for entry in entries]
        for entry, blob in zip(entries, blobs[1:] + blobs[:1]):  # every entry gets another's bytes
            entry.write_bytes(blob)
        await _open(ui, pilot, second)
        _shown_is_the_file(app, second)
        await _open(ui, pilot, first)
        _shown_is_the_file(app, first)


def _negate_scores(value):
    if isinstance(value, dict):
        return {
            k: ([-5, *v[1:]] if k == "score" and isinstance(v, list) and v else _negate_scores(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_negate_scores(v) for v in value]
    return value


async def test_a_crafted_entry_cannot_bring_a_negative_score(ui, cache_folder, seasons):
    first, second = seasons
    app = ui.open_app(second)
    async with app.run_test(size=ui.SIZE) as pilot:
        await _open(ui, pilot, first)
        for entry in _entries(cache_folder):
            try:
                entry.write_bytes(msgspec.msgpack.encode(_negate_scores(msgspec.msgpack.decode(entry.read_bytes()))))
            except msgspec.DecodeError:
                continue
        await _open(ui, pilot, second)
        await _open(ui, pilot, first)
        _shown_is_the_file(app, first)
        assert all(goals >= 0 for leg in app.document.season.legs for goals in (leg.score or ()))


async def test_a_named_pipe_in_the_cache_folder_is_not_read(ui, cache_folder, seasons, fifo_at):
    first, second = seasons
    app = ui.open_app(second)
    async with app.run_test(size=ui.SIZE) as pilot:
        await _open(ui, pilot, first)
        pipes = []
        for entry in _entries(cache_folder):
            entry.unlink()
            pipes.append(fifo_at(entry))
        await _open(ui, pilot, second)
        await _open(ui, pilot, first)
        _shown_is_the_file(app, first)
        for pipe in pipes:
            pipe.stop()
        assert not any(pipe.read_attempted for pipe in pipes), "opening a season waited on a named pipe"
