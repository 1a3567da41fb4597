"""The season cache: a file opened before gives exactly what loading it gives, without YAML."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from liguilla_tui import season_cache
from liguilla_tui.core.load import load_season
from liguilla_tui.season_cache import cache_dir, load_cached

REPO = Path(__file__).resolve().parents[2]
BAD = sorted((REPO / "tests" / "data" / "bad").glob("*.yaml"))
BUNDLED = [REPO / "seasons" / name for name in ("2013-clausura.yaml", "2012-clausura.yaml", "2021-apertura.yaml", "2024-clausura.yaml")]


def _same(a, b) -> None:
    assert (a.path, a.season, a.diagnostics, a.text) == (b.path, b.season, b.diagnostics, b.text)


def _entries() -> list[Path]:
    return sorted(cache_dir().glob("*.msgpack")) if cache_dir().is_dir() else []


@pytest.mark.parametrize("path", BUNDLED + BAD, ids=lambda p: p.name)
def test_first_and_second_opens_give_what_the_loader_gives(path, tmp_path):
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    expected = load_season(copy)
    _same(load_cached(copy), expected)   # first open: loaded, and cached if it gave a season
    assert len(_entries()) == (expected.season is not None)
    _same(load_cached(copy), expected)   # second open: from the cache when there is one


def test_a_cached_open_does_not_import_yaml(tmp_path):
    copy = tmp_path / "season.yaml"
    shutil.copy(BUNDLED[0], copy)
    load_cached(copy)
    assert len(_entries()) == 1
    code = ("import sys; from liguilla_tui.season_cache import load_cached; "
            f"loaded = load_cached({str(copy)!r}); "
            "print(loaded.season.title, len(loaded.season.legs), 'yaml' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=os.environ.copy(),
                         capture_output=True, text=True, timeout=60, check=True).stdout.split()
    assert out[-2:] == [str(len(load_season(copy).season.legs)), "False"]


def test_a_changed_file_is_read_again(tmp_path):
    copy = tmp_path / "season.yaml"
    text = BUNDLED[0].read_text(encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    before = load_cached(copy)
    copy.write_text(text.replace('title: "2013', 'title: "Changed 2013', 1), encoding="utf-8")
    after = load_cached(copy)
    _same(after, load_season(copy))
    assert after.season.title.startswith("Changed") and not before.season.title.startswith("Changed")
    assert len(_entries()) == 2


def test_a_damaged_entry_is_ignored_and_replaced(tmp_path):
    copy = tmp_path / "season.yaml"
    shutil.copy(BUNDLED[0], copy)
    load_cached(copy)
    [entry] = _entries()
    entry.write_bytes(b"\x93not msgpack of a season")
    _same(load_cached(copy), load_season(copy))
    _same(load_cached(copy), load_season(copy))
    assert entry.read_bytes() != b"\x93not msgpack of a season"


def test_a_cache_that_cannot_be_written_is_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("LIGUILLA_CACHE_DIR", str(blocker / "seasons"))
    copy = tmp_path / "season.yaml"
    shutil.copy(BUNDLED[0], copy)
    _same(load_cached(copy), load_season(copy))
    _same(load_cached(copy), load_season(copy))
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_files_that_cannot_be_read_say_why_as_the_loader_does(tmp_path):
    for path in (tmp_path / "missing.yaml", tmp_path):
        _same(load_cached(path), load_season(path))
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\x00\x01")
    _same(load_cached(binary), load_season(binary))
    assert _entries() == []


def test_only_the_newest_entries_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(season_cache, "KEEP", 2)
    text = BUNDLED[0].read_text(encoding="utf-8")
    for n in range(4):
        path = tmp_path / f"s{n}.yaml"
        path.write_text(text + f"\n# copy {n}\n", encoding="utf-8")
        load_cached(path)
    assert len(_entries()) == 2
    _same(load_cached(tmp_path / "s3.yaml"), load_season(tmp_path / "s3.yaml"))
