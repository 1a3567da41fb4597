"""The atomic writer at the edges: what is not a regular file, names near the limit, NAME.bak."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from liguilla_tui.core.atomic import NotRegularFile, write_atomic, write_output


def _names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_named_pipe_is_never_opened_nor_replaced(fifo, tmp_path):
    with pytest.raises(NotRegularFile) as caught:
        write_atomic(fifo.path, "season: 1\n")
    assert "named pipe" in caught.value.strerror
    fifo.stop()
    assert fifo.is_fifo(), "the pipe was replaced by a regular file"
    assert not fifo.read_attempted, "the writer opened the pipe to read it (a hang without a writer)"
    assert _names(tmp_path) == ["pipe.yaml"]  # no NAME.bak, no temporary file


def test_a_device_is_never_read_nor_replaced(char_device):
    before = os.stat(char_device)
    with pytest.raises(NotRegularFile) as caught:
        write_atomic(char_device, "season: 1\n")
    assert "device" in caught.value.strerror
    after = os.stat(char_device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev and after.st_ino == before.st_ino
    assert not os.path.exists(f"{char_device}.bak")


def test_a_folder_is_refused_with_a_message(tmp_path):
    with pytest.raises(NotRegularFile, match="folder"):
        write_atomic(tmp_path, "x\n")


def test_a_name_near_the_limit_can_be_saved(tmp_path):
    """245 characters open fine; the temporary names must not push past 255 bytes."""
    target = tmp_path / ("s" * 240 + ".yaml")
    target.write_text("old\n", encoding="utf-8")
    write_atomic(target, "new\n")
    write_atomic(target, "newer\n")
    assert target.read_text(encoding="utf-8") == "newer\n"
    assert (tmp_path / (target.name + ".bak")).read_text(encoding="utf-8") == "new\n"
    assert _names(tmp_path) == sorted([target.name, target.name + ".bak"])


def test_a_long_name_in_wide_characters_can_be_saved(tmp_path):
    target = tmp_path / ("é" * 120 + ".yaml")  # 245 bytes in UTF-8
    target.write_text("old\n", encoding="utf-8")
    write_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"


def test_when_the_backup_cannot_be_written_the_message_names_it(tmp_path):
    target = tmp_path / "season.yaml"
    target.write_text("old\n", encoding="utf-8")
    (tmp_path / "season.yaml.bak").mkdir()
    with pytest.raises(OSError) as caught:
        write_atomic(target, "new\n")
    assert "season.yaml.bak" in caught.value.strerror
    assert target.read_text(encoding="utf-8") == "old\n"  # nothing replaced without its backup
    assert _names(tmp_path) == ["season.yaml", "season.yaml.bak"]


def test_a_backup_name_past_the_limit_is_named(tmp_path):
    target = tmp_path / ("s" * 247 + ".yaml")  # 252 bytes: NAME.bak would be 256
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(OSError) as caught:
        write_atomic(target, "new\n")
    assert target.name + ".bak" in caught.value.strerror
    assert target.read_text(encoding="utf-8") == "old\n"
    assert _names(tmp_path) == [target.name]


def test_the_backup_is_the_previous_version_even_without_hard_links(tmp_path, monkeypatch):
    target = tmp_path / "season.yaml"
    target.write_text("old\n", encoding="utf-8")
    os.chmod(target, 0o640)

    def no_links(src, dst):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    write_atomic(target, "new\n")
    backup = tmp_path / "season.yaml.bak"
    assert backup.read_text(encoding="utf-8") == "old\n" and stat.S_IMODE(backup.stat().st_mode) == 0o640
    assert _names(tmp_path) == ["season.yaml", "season.yaml.bak"]


# --- write_output: the CLI's -o -----------------------------------------------------------


def test_output_into_a_pipe_with_a_reader(tmp_path):
    path = tmp_path / "out.pipe"
    os.mkfifo(path)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(path.read_bytes()), daemon=True)
    reader.start()
    text = "x" * 200_000 + "\n"  # more than a pipe holds: the writer must wait for the reader
    for _ in range(500):  # the reader may not have opened its end yet
        try:
            write_output(path, text)
            break
        except OSError as exc:
            assert "no program reading" in exc.strerror
            threading.Event().wait(0.01)
    reader.join(timeout=10)
    assert got == [text.encode()] and stat.S_ISFIFO(os.stat(path).st_mode)


def test_output_into_a_pipe_nobody_reads_is_refused_at_once(fifo):
    with pytest.raises(OSError, match="no program reading"):
        write_output(fifo.path, "x\n")
    fifo.stop()
    assert fifo.is_fifo()


def test_output_into_a_device(char_device):
    before = os.stat(char_device)
    write_output(char_device, "swallowed\n")
    after = os.stat(char_device)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_output_onto_a_regular_file_is_atomic_and_keeps_its_mode(tmp_path):
    target = tmp_path / "out.md"
    target.write_text("old\n", encoding="utf-8")
    os.chmod(target, 0o640)
    write_output(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n" and stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_nul_in_a_name_is_an_oserror_that_names_it(tmp_path):
    from liguilla_tui.core.atomic import write_atomic, write_output

    for write in (write_atomic, write_output):
        with pytest.raises(OSError, match="cannot hold a NUL byte") as raised:
            write(tmp_path / "a\x00b.yaml", "x")
        assert raised.value.filename.endswith("a\\x00b.yaml")
    assert list(tmp_path.iterdir()) == []
