"""What `liguilla import` reads: regular files only, a bounded size, a bounded number of
diagnostics printed, and long source text shortened where a message echoes it."""

from __future__ import annotations

import os
import subprocess
import sys

from liguilla_tui.cli import main

MAX_IMPORT_DIAGNOSTICS = 200  # printed; the rest counted
MAX_INPUT_BYTES = 4 * 1024 * 1024

HEAD = "= Liga MX 2012/13, Clausura\n\nJornada 1\n[Vie. 4.1.]\n"


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "liguilla_tui", *args], capture_output=True, text=True, timeout=timeout
    )


def test_a_device_is_refused_not_read(capsys):
    """`import /dev/zero` once read for 11 s into a MemoryError traceback."""
    assert main(["import", "/dev/zero"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "/dev/zero: error: not a regular file (a device, pipe or socket?)\nliguilla import: 1 error; nothing written\n"
    )


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "1-clausura.txt"
    os.mkfifo(fifo)
    result = _run("import", str(fifo), timeout=30)  # opening it for reading would block forever
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{fifo}: error: not a regular file (a device, pipe or socket?)" in result.stderr


def test_an_alias_file_that_is_a_device_is_refused(tmp_path, capsys, openfootball):
    source = openfootball / "2012-13" / "1-clausura.txt"
    assert main(["import", str(source), "--aliases", "/dev/zero"]) == 1
    assert "/dev/zero: error: cannot read the alias file: not a regular file" in capsys.readouterr().err


def test_an_alias_file_not_in_utf8_is_refused_by_name(tmp_path, capsys, openfootball):
    source = openfootball / "2012-13" / "1-clausura.txt"
    aliases = tmp_path / "aliases.yaml"
    aliases.write_bytes("Quer\xe9taro: [Queretaro]\n".encode("latin-1"))
    assert main(["import", str(source), "--aliases", str(aliases)]) == 1
    assert f"{aliases}: error: cannot read the alias file: not valid UTF-8 text" in capsys.readouterr().err


def test_an_oversized_file_is_refused(tmp_path, capsys):
    path = tmp_path / "1-clausura.txt"
    path.write_bytes(HEAD.encode() + b"#" * MAX_INPUT_BYTES)
    assert main(["import", str(path)]) == 1
    assert f"{path}: error: larger than 4 MiB: not a season of football.txt" in capsys.readouterr().err


def test_diagnostics_are_capped_with_a_count_of_the_rest(tmp_path):
    path = tmp_path / "1-clausura.txt"
    path.write_text(HEAD + "  garbage that is no match\n" * 120_000, encoding="utf-8")
    assert path.stat().st_size > 2_500_000
    result = _run("import", str(path))
    lines = result.stderr.splitlines()
    assert result.returncode == 1
    assert len(lines) == MAX_IMPORT_DIAGNOSTICS + 2
    assert all(line.startswith(f"{path}:") for line in lines[:MAX_IMPORT_DIAGNOSTICS])
    assert lines[-2] == "liguilla import: 119801 more diagnostics not shown (119800 errors, 1 warning)"
    assert lines[-1] == "liguilla import: 120000 errors; nothing written"


def test_long_source_text_is_shortened_where_a_message_echoes_it(tmp_path, capsys):
    team = "Club " + "X" * 100_000
    path = tmp_path / "1-clausura.txt"
    path.write_text(
        HEAD + f"  19.30  {team}  3-3  Cruz Azul\n"
        f"  21.00  Club Atlas  1-0 {'9' * 50_000}  Club América\n"
        f"[Vie. 4.1.{'x' * 50_000}]\n"
        f"Jornada {'Z' * 50_000}\n",
        encoding="utf-8",
    )
    assert main(["import", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) >= 3 and all(len(line) < 400 for line in err), [len(line) for line in err]
    assert any("unknown team 'Club XXXX" in line and "…'" in line for line in err)
    assert any("cannot read the date [Vie. 4.1.xxx" in line for line in err)


def test_spelling_hints_are_bounded_per_import(tmp_path):
    """A hint costs a difflib search; a file of 120,000 unknown names once took a minute."""
    from liguilla_tui.footballtxt.importer import import_season

    path = tmp_path / "1-clausura.txt"
    path.write_text(
        HEAD + "".join(f"  19.30  Club Americ{i:03d}   1-0  Cruz Azul\n" for i in range(150)), encoding="utf-8"
    )
    unknown = [d.message for d in import_season([path]).errors if d.message.startswith("unknown team")]
    assert len(unknown) == 150
    hinted = [m for m in unknown if "did you mean" in m]
    assert len(hinted) == 100 and unknown[:100] == hinted
