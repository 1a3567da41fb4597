"""Files that are not season files: each is one error with a place, never an exception."""

from __future__ import annotations

import subprocess
import sys

import pytest

from liguilla_tui.core import Severity, load_season, load_season_text
from liguilla_tui.core.yamlsource import MAX_BYTES


def single_error(loaded):
    assert loaded.season is None
    assert len(loaded.diagnostics) == 1, loaded.diagnostics
    d = loaded.diagnostics[0]
    assert d.severity is Severity.ERROR
    return d


def test_yaml_syntax_error_fixture_has_line_and_column(kit):
    path = kit.CORE_DATA / "syntax-error.yaml"
    text = path.read_text(encoding="utf-8")
    d = single_error(load_season(path))
    assert d.message == "YAML syntax: did not find expected ',' or ']'"
    # The unclosed "[1, 0" runs on; the parser gives up at the next line's colon.
    line = kit.line_of(text, "    date: 2013-05-08")
    assert kit.line_of(text, "score: [1, 0\n") == line - 1
    assert (d.line, d.column) == (line, kit.column_of(text, ":", line))
    assert d.format(str(path)) == f"{path}:{line}:{d.column}: error: {d.message}"


@pytest.mark.parametrize(
    ("text", "line", "column", "problem"),
    [
        ("competition: Liga MX\nyear: 2013: 5\n", 2, 11, "mapping values are not allowed"),
        ("teams:\n  - name: A\n - name: B\n", 3, 2, ""),
        ("competition: 'unclosed\n", 2, 1, "found unexpected end of stream"),
        ("a: 1\n\tb: 2\n", 2, 1, ""),
    ],
)
def test_yaml_syntax_errors_inline(text, line, column, problem):
    d = single_error(load_season_text(text, "x.yaml"))
    assert d.message.startswith("YAML syntax: " + problem)
    assert (d.line, d.column) == (line, column)


def test_python_object_tag_is_refused(kit):
    path = kit.CORE_DATA / "python-tag.yaml"
    text = path.read_text(encoding="utf-8")
    d = single_error(load_season(path))
    assert d.message == "unsupported tag !!python/object/apply:os.system"
    line = kit.line_of(text, "source: !!python")
    assert (d.line, d.column) == (line, kit.column_of(text, "!!python", line))


@pytest.mark.parametrize(
    "text",
    [
        "!!python/object:os.system {}\n",
        "teams: !!python/name:os.system\n",
        "teams: !!set {a, b}\n",
        "year: !custom 2013\n",
    ],
)
def test_tags_outside_the_core_schema_are_refused(text):
    d = single_error(load_season_text(text))
    assert d.message.startswith("unsupported tag ")
    assert d.line == 1


BOMB = r"""
import sys, time
from liguilla_tui.core import load_season
start = time.perf_counter()
loaded = load_season(sys.argv[1])
print(time.perf_counter() - start)
print(loaded.season is None, len(loaded.diagnostics))
for d in loaded.diagnostics:
    print(d.severity.value, d.line, d.message)
"""


def test_billion_laughs_is_refused(kit):
    # In a child process: a regression would otherwise expand 9**9 values and hang the suite.
    path = kit.CORE_DATA / "alias-bomb.yaml"
    try:
        done = subprocess.run(
            [sys.executable, "-c", BOMB, str(path)],
            cwd=kit.REPO,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("loading the alias bomb did not finish within 30 s")
    assert done.returncode == 0, done.stderr
    _elapsed, verdict, first = done.stdout.splitlines()[:3]  # the child's bound is the hang guard
    assert verdict == "True 1"
    severity, line, message = first.split(" ", 2)
    assert severity == "error" and int(line) >= 3
    assert message.startswith("document expands to more than ")


def test_deep_nesting_is_refused():
    d = single_error(load_season_text("teams: " + "[" * 500 + "]" * 500 + "\n"))
    assert d.message.startswith("document nested deeper than")
    block = "".join(f"{'  ' * i}k{i}:\n" for i in range(200)) + "  " * 200 + "v: 1\n"
    d = single_error(load_season_text(block))
    assert d.message.startswith("document nested deeper than")


@pytest.mark.parametrize("content", [b"", b"\n\n", b"# only a comment\n", b"   \n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.yaml"
    path.write_bytes(content)
    d = single_error(load_season(path))
    assert (d.message, d.line, d.column) == ("file is empty", 1, 1)


@pytest.mark.parametrize("text", ["- a\n- b\n", "just text\n", "42\n"])
def test_top_level_must_be_a_mapping(text):
    loaded = load_season_text(text)
    assert loaded.season is None
    assert [(d.line, d.message) for d in loaded.diagnostics] == [
        (1, "a season file must be a mapping of keys such as 'teams' and 'matches'")
    ]


def test_binary_file(tmp_path):
    path = tmp_path / "season.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    d = single_error(load_season(path))
    assert d.message == "binary file, not a YAML season"


def test_non_utf8_file_gives_the_byte_position(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(
        b"competition: Liga MX\ntournament: Clausura\nteams:\n  - name: Quer" + "étaro\n".encode("latin-1")
    )
    d = single_error(load_season(path))
    assert d.message == "not valid UTF-8 text"
    assert (d.line, d.column) == (4, len("  - name: Quer") + 1)


@pytest.mark.parametrize(
    ("content", "where"),
    [
        (b"\xef\xbb\xbfcompetition: x\ntournament: \xff\n", (2, 13)),
        (b"\xef\xbb\xbfa: 1\n\xff\n", (2, 1)),
    ],
    ids=["same-line", "next-line"],
)
def test_non_utf8_after_a_byte_order_mark(tmp_path, content, where):
    # The decoder skips the BOM (3 bytes); the position must still be the bad byte's,
    # as it is for the same file without a BOM.
    with_bom, without = tmp_path / "bom.yaml", tmp_path / "plain.yaml"
    with_bom.write_bytes(content)
    without.write_bytes(content[3:])
    plain = single_error(load_season(without))
    assert (plain.line, plain.column) == where
    d = single_error(load_season(with_bom))
    assert d.message == "not valid UTF-8 text"
    assert (d.line, d.column) == where


def test_byte_order_mark_is_accepted(tmp_path, kit):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + kit.SEASON_2013.read_bytes())
    loaded = load_season(path)
    assert loaded.season is not None and loaded.diagnostics == ()


def test_missing_path(tmp_path):
    path = tmp_path / "nope.yaml"
    loaded = load_season(path)
    d = single_error(loaded)
    assert (d.message, d.line) == ("no such file", 0)
    assert loaded.path == str(path)
    assert d.format(str(path)) == f"{path}: error: no such file"


def test_a_folder(tmp_path):
    d = single_error(load_season(tmp_path))
    assert d.message == "is a folder, not a season file"


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    d = single_error(load_season(path))
    assert d.message.startswith("file is larger than the ")


def test_duplicate_key_in_a_mapping(kit):
    text = kit.season_text().replace("year: 2013\n", "year: 2013\nyear: 2014\n")
    loaded = load_season_text(text)
    assert [(d.severity, d.line, d.message) for d in loaded.diagnostics] == [
        (
            Severity.ERROR,
            kit.line_of(text, "year: 2014"),
            "key 'year' appears twice in one mapping; the last one would win",
        )
    ]
    assert loaded.season.year == 2014


def test_missing_required_keys(kit):
    loaded = load_season_text("competition: Liga MX\ntournament: Clausura\n")
    assert loaded.season is None
    assert {d.message for d in loaded.diagnostics} >= {
        "the season needs 'year'",
        "a season needs 'format' (e.g. format: liga-mx-2012)",
        "a season needs 'teams'",
        "a season needs 'table' (the general table) or 'results' to compute it from",
    }
    assert all(d.is_error and d.line == 1 for d in loaded.diagnostics)
