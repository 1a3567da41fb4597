"""`liguilla export -o` / `import -o`: written as a save is written; pipes and devices never replaced."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from liguilla_tui.cli import main
from liguilla_tui.seasons import default_season

SEASON = str(default_season())
OPENFOOTBALL = Path(__file__).resolve().parents[1] / "data" / "openfootball"


def _markdown(capsys) -> str:
    assert main(["export", SEASON, "--format", "markdown"]) == 0
    return capsys.readouterr().out


def test_export_onto_a_pipe_nobody_reads_says_so_at_once(fifo, capsys):
    assert main(["export", SEASON, "--format", "markdown", "-o", str(fifo.path)]) == 1
    err = capsys.readouterr().err
    fifo.stop()
    assert fifo.is_fifo(), "the named pipe was replaced by a regular file"
    assert f"{fifo.path}: error: cannot write: a named pipe with no program reading it" in err
    assert "Traceback" not in err


def test_export_into_a_pipe_with_a_reader(tmp_path, capsys):
    expected = _markdown(capsys)
    pipe = tmp_path / "out.pipe"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()), daemon=True)
    reader.start()
    for _ in range(500):  # until the reader has its end open
        if main(["export", SEASON, "--format", "markdown", "-o", str(pipe)]) == 0:
            break
        threading.Event().wait(0.01)
    reader.join(timeout=10)
    assert got == [expected.encode("utf-8")]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_export_into_a_device_writes_into_it(char_device, capsys):
    before = os.stat(char_device)
    assert main(["export", SEASON, "--format", "csv", "-o", str(char_device)]) == 0
    after = os.stat(char_device)
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert not os.path.exists(f"{char_device}.bak")
    assert capsys.readouterr().err == ""


def test_export_over_a_file_keeps_its_mode_syncs_and_keeps_the_old_one(tmp_path, capsys, monkeypatch):
    out = tmp_path / "out.md"
    out.write_text("the previous export\n", encoding="utf-8")
    os.chmod(out, 0o640)
    synced: list[int] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    assert main(["export", SEASON, "-o", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.read_text(encoding="utf-8") == _markdown(capsys)
    assert synced, "the export was never flushed to disk (fsync)"
    assert (tmp_path / "out.md.bak").read_text(encoding="utf-8") == "the previous export\n"


def test_export_to_a_long_name(tmp_path, capsys):
    out = tmp_path / ("e" * 242 + ".md")  # 245 characters: a temporary name must stay within 255
    assert main(["export", SEASON, "-o", str(out)]) == 0, capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == _markdown(capsys)


def test_export_when_the_backup_cannot_be_written_names_it(tmp_path, capsys):
    out = tmp_path / "out.md"
    out.write_text("before\n", encoding="utf-8")
    (tmp_path / "out.md.bak").mkdir()
    assert main(["export", SEASON, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "out.md.bak" in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "before\n"


@pytest.mark.parametrize("command", ["export", "import"])
def test_output_onto_a_folder_is_refused(tmp_path, capsys, command):
    source = SEASON if command == "export" else str(OPENFOOTBALL / "2012-13" / "1-clausura.txt")
    args = [command, source, "-o", str(tmp_path)] + (["--format", "csv"] if command == "export" else [])
    assert main(args) == 1
    assert f"{tmp_path}: error: cannot write: a folder" in capsys.readouterr().err
    assert tmp_path.is_dir()
