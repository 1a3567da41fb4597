"""Hostile season files: each gives a clear diagnostic with its place, never a crash or a hang.

The cases are the files in tests/data/bad/ (each derived from base.yaml there) plus a few
generated here, where exact bytes or sizes matter (NUL, latin-1, UTF-16, a raw ESC byte,
megabytes of nesting, a pipe, a folder, an unreadable file). tests/data/bad/expected.yaml
names the diagnostic each one must produce; entries marked `generated: true` are made by
the GENERATORS below.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from liguilla_tui.core import Diagnostic, Severity, load_season, resolve
from liguilla_tui.core.yamlsource import MAX_BYTES
from tests.forking import fork, read_all_within

REPO = Path(__file__).resolve().parents[2]
BAD = REPO / "tests" / "data" / "bad"
EXPECTED: dict[str, dict] = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))
HANG_SECONDS = 30.0  # a guard against hangs (a blow-up runs for minutes), not a speed figure: benchmarks/
CLI_TIMEOUT = 10

# Files run through the real CLI as well: one of each kind of failure.
CLI_CASES = (
    "01-yaml-unclosed-bracket.yaml",
    "03-yaml-tab-indentation.yaml",
    "04-goals-string.yaml",
    "10-top-level-list.yaml",
    "12-year-huge.yaml",
    "17-misspelt-team.yaml",
    "19-leg-not-paired.yaml",
    "22-penalties-not-level.yaml",
    "31-empty.yaml",
    "33-binary-nul.yaml",
    "34-latin1.yaml",
    "35-over-size-limit.yaml",
    "36-billion-laughs.yaml",
    "37-deep-flow.yaml",
    "38-deep-block-mapping.yaml",
    "39-deep-block-sequence.yaml",
    "40-python-apply-tag.yaml",
    "41-python-name-tag.yaml",
    "46-missing-path.yaml",
    "47-folder.yaml",
    "51-sexagesimal-number.yaml",
    "52-raw-escape-byte.yaml",
    "53-aliases-not-a-list.yaml",
    "62-fifo.yaml",
)


def _base() -> str:
    return (BAD / "base.yaml").read_text(encoding="utf-8")


GENERATORS: dict[str, Callable[[Path], None]] = {}


def generator(name: str):
    def register(make: Callable[[Path], None]) -> Callable[[Path], None]:
        GENERATORS[name] = make
        return make

    return register


@generator("33-binary-nul.yaml")
def _nul(path: Path) -> None:
    path.write_bytes(_base().encode().replace(b"\ncompetition", b"\n\x00competition", 1))


@generator("34-latin1.yaml")
def _latin1(path: Path) -> None:
    path.write_bytes(_base().encode("latin-1"))  # the first é: "  - name: América", line 9


@generator("35-over-size-limit.yaml")
def _oversize(path: Path) -> None:
    path.write_bytes(_base().encode() + b"# " + b"x" * MAX_BYTES + b"\n")


@generator("37-deep-flow.yaml")
def _deep_flow(path: Path) -> None:
    path.write_text(_base() + "notes: " + "[" * 10_000 + "]" * 10_000 + "\n", encoding="utf-8")


@generator("38-deep-block-mapping.yaml")
def _deep_block_mapping(path: Path) -> None:
    # 1400 levels of block mappings, one more space each: ~1 MB of indentation.
    nested = "".join(f"{' ' * (level + 1)}k{level}:\n" for level in range(1400))
    path.write_text(_base() + "notes:\n" + nested + " " * 1401 + "v\n", encoding="utf-8")


@generator("39-deep-block-sequence.yaml")
def _deep_block_sequence(path: Path) -> None:
    # 500 000 nested block sequences on one line: overflowed the C stack of PyYAML's
    # C composer (a segfault, not an exception) before the loader read events itself.
    path.write_text(_base() + "notes:\n  " + "- " * 500_000 + "x\n", encoding="utf-8")


@generator("46-missing-path.yaml")
def _missing(path: Path) -> None:
    pass  # nothing is written: the path does not exist


@generator("47-folder.yaml")
def _folder(path: Path) -> None:
    path.mkdir()


@generator("48-no-read-permission.yaml")
def _unreadable(path: Path) -> None:
    path.write_text(_base(), encoding="utf-8")
    path.chmod(0)


@generator("52-raw-escape-byte.yaml")
def _raw_escape(path: Path) -> None:
    path.write_bytes(_base().encode().replace(b"  - name: UNAM", b"  - name: UN\x1b[2JAM", 1))


@generator("60-utf16.yaml")
def _utf16(path: Path) -> None:
    path.write_bytes(_base().encode("utf-16"))  # with its byte order mark


@generator("62-fifo.yaml")
def _fifo(path: Path) -> None:
    if hasattr(os, "mkfifo"):
        os.mkfifo(path)  # reading it would block forever: no writer ever comes
    else:  # pragma: no cover - Windows
        path.write_text("", encoding="utf-8")


@generator("63-many-unknown-teams.yaml")
def _many_unknown(path: Path) -> None:
    # 2500 declared teams and 2500 table rows naming a near miss of each: a suggestion
    # per row against every team would be six million comparisons.
    teams = "".join(f"  - name: Team{i:05d}\n" for i in range(2500))
    rows = "".join(
        f"  - {{pos: {10 + i}, team: Tean{i:05d}, pld: 1, w: 1, d: 0, l: 0, gf: 1, ga: 0, gd: 1, pts: 3}}\n"
        for i in range(2500)
    )
    text = _base().replace("teams:\n", "teams:\n" + teams, 1).replace("barred:\n", rows + "barred:\n", 1)
    path.write_text(text, encoding="utf-8")


@generator("64-many-rounds.yaml")
def _many_rounds(path: Path) -> None:
    # 15 000 rounds: checking each key against all before it took seconds before the cap.
    rounds = "".join(f"    - {{key: r{i}, pairing: reseed}}\n" for i in range(15_000))
    text = _base().replace("format: liga-mx-2012\n", "format:\n  qualifiers: 8\n  rounds:\n" + rounds, 1)
    path.write_text(text, encoding="utf-8")


@generator("65-many-legs.yaml")
def _many_legs(path: Path) -> None:
    # 5000 legs no round pairs: each would be reported with every pairing of its round.
    legs = "".join(
        f"  - {{round: quarterfinals, leg: 1, home: UNAM, away: Atlas, score: [{i % 9}, 0]}}\n" for i in range(5000)
    )
    path.write_text(_base() + legs, encoding="utf-8")


@pytest.fixture(scope="session")
def generated_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("hostile")
    for name, make in GENERATORS.items():
        make(out / name)
    yield out
    unreadable = out / "48-no-read-permission.yaml"
    if unreadable.exists():
        unreadable.chmod(stat.S_IRUSR | stat.S_IWUSR)  # so that pytest can clean up


def case_path(name: str, generated_dir: Path) -> Path:
    return generated_dir / name if name in GENERATORS else BAD / name


def _skip_if_readable(name: str, path: Path) -> None:
    if name != "48-no-read-permission.yaml":
        return
    try:
        path.read_bytes()
    except PermissionError:
        return
    pytest.skip(
        "running as root, which chmod 0 does not stop: "
        "test_permission_denied_for_an_unprivileged_user checks this case instead"
    )


def _diagnostics(path: Path):
    loaded = load_season(path)
    diagnostics = resolve(loaded.season).diagnostics if loaded.season is not None else loaded.diagnostics
    return loaded, diagnostics


def test_expected_covers_every_case():
    committed = {p.name for p in BAD.glob("*.yaml")} - {"base.yaml", "expected.yaml"}
    assert set(EXPECTED) == committed | set(GENERATORS)
    assert len(EXPECTED) >= 40
    for name, spec in EXPECTED.items():
        assert bool(spec.get("generated")) == (name in GENERATORS), name
        assert spec.get("loads") or spec["severity"] in ("error", "warning"), name


def test_base_season_is_clean():
    loaded, diagnostics = _diagnostics(BAD / "base.yaml")
    assert loaded.season is not None
    assert diagnostics == ()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_file_gives_its_diagnostic(name, generated_dir):
    spec = EXPECTED[name]
    path = case_path(name, generated_dir)
    _skip_if_readable(name, path)
    start = time.perf_counter()
    loaded, diagnostics = _diagnostics(path)
    elapsed = time.perf_counter() - start
    assert elapsed < HANG_SECONDS, f"{name} took {elapsed:.2f}s"
    assert all(
        isinstance(d, Diagnostic) and d.severity in (Severity.ERROR, Severity.WARNING) and d.message.strip()
        for d in diagnostics
    )
    shown = [d.format(name) for d in diagnostics]
    if spec.get("loads"):
        assert loaded.season is not None, shown
        assert not any(d.is_error for d in diagnostics), shown
        return
    want = (spec["severity"], spec.get("line", 0), spec.get("column", 0))
    found = [d for d in diagnostics if spec["contains"] in d.message]
    assert found, f"no diagnostic containing {spec['contains']!r}: {shown}"
    assert want in [(d.severity.value, d.line, d.column) for d in found], shown
    if spec["severity"] == "error":
        assert loaded.season is None or any(d.is_error for d in diagnostics)


def _run_cli(*args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            [sys.executable, "-m", "liguilla_tui", *args], cwd=REPO, capture_output=True, timeout=CLI_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"liguilla {' '.join(args)} hung for more than {CLI_TIMEOUT}s")


@pytest.mark.parametrize("name", CLI_CASES)
def test_cli_check_reports_with_position_and_exit_1(name, generated_dir):
    spec = EXPECTED[name]
    path = case_path(name, generated_dir)
    result = _run_cli("check", str(path))
    out, err = result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in out + err
    assert result.returncode == 1, out + err
    where = f"{path}:{spec['line']}:{spec['column']}" if "line" in spec else str(path)
    prefix = f"{where}: {spec['severity']}: "
    assert any(line.startswith(prefix) and spec["contains"] in line for line in out.splitlines()), out
    assert "pwned" not in out + err  # the python tags ran nothing
    assert b"\x1b" not in result.stdout + result.stderr


def _loads_and_shows() -> list[str]:
    return sorted(n for n, spec in EXPECTED.items() if spec.get("loads"))


@pytest.mark.parametrize("name", _loads_and_shows())
@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_cli_show_writes_names_literally_and_no_escapes(name, fmt):
    result = _run_cli("show", "--format", fmt, str(BAD / name))
    raw = result.stdout + result.stderr
    text = raw.decode("utf-8")
    assert result.returncode == 0, text
    assert "Traceback" not in text
    for control in ("\x1b", "\x9b", "\x07"):
        assert control not in text, f"raw {control!r} reached the terminal"
    if fmt == "text":
        for literal in EXPECTED[name].get("shows", ()):
            assert literal in text, f"{literal!r} not shown literally"


def test_path_with_a_nul_character():
    loaded = load_season("season\0.yaml")
    assert loaded.season is None
    assert [d.message for d in loaded.diagnostics] == ["cannot read: the path is not a valid file name"]


SLOW_IN_PURE_PYTHON = {"63-many-unknown-teams.yaml", "64-many-rounds.yaml", "65-many-legs.yaml"}


@pytest.mark.parametrize("name", sorted(set(EXPECTED) - SLOW_IN_PURE_PYTHON))
def test_pure_python_parser_gives_the_same_places(name, generated_dir, monkeypatch):
    # PyYAML without libyaml falls back to its Python parser: it must be as safe, and
    # put every diagnostic at the same place (syntax errors may be worded differently).
    from liguilla_tui.core import yamlsource

    path = case_path(name, generated_dir)
    _skip_if_readable(name, path)
    with_c = _diagnostics(path)[1]
    monkeypatch.setattr(yamlsource, "_Loader", yaml.SafeLoader)
    pure = _diagnostics(path)[1]
    assert [(d.severity, d.line, d.column) for d in pure] == [(d.severity, d.line, d.column) for d in with_c]
    if not any(d.message.startswith("YAML syntax") for d in with_c):
        assert [d.message for d in pure] == [d.message for d in with_c]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="not root: the chmod-0 case above provokes 'permission denied' itself",
)
def test_permission_denied_for_an_unprivileged_user():
    """As root chmod 0 does not bite, so a forked child drops to 'nobody' and reads."""
    folder = Path(tempfile.mkdtemp(prefix="liguilla-perm-"))
    try:
        folder.chmod(0o755)
        secret = folder / "season.yaml"
        secret.write_text((BAD / "base.yaml").read_text(encoding="utf-8"), encoding="utf-8")
        secret.chmod(0)
        read_end, write_end = os.pipe()
        pid = fork()
        if pid == 0:  # the child: never returns into pytest
            try:
                os.close(read_end)
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
                loaded = load_season(secret)
                os.write(write_end, "\n".join(d.format(str(secret)) for d in loaded.diagnostics).encode())
            finally:
                os._exit(0)
        os.close(write_end)
        try:
            said = read_all_within(read_end, pid).decode()
        finally:
            os.close(read_end)
        os.waitpid(pid, 0)
        assert said == f"{secret}: error: permission denied"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
