"""Fuzzing the loader: no input, however mangled, makes loading or resolving raise.

(a) The 2013 season's parsed structure with random values swapped in, keys deleted or
    renamed, list items duplicated or shuffled, dumped back to YAML.
(b) Random text, random bytes and random YAML-ish fragments.

Every run is derandomized, so CI sees the same examples each time.
"""

from __future__ import annotations

import copy
import os
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liguilla_tui.core import Diagnostic, Severity, load_season, load_season_text, resolve

REPO = Path(__file__).resolve().parents[2]
TEXT_2013 = (REPO / "seasons" / "2013-clausura.yaml").read_text(encoding="utf-8")
DATA_2013 = yaml.safe_load(TEXT_2013)
HANG_SECONDS = 30.0  # a guard against hangs (a blow-up runs for minutes), not a speed figure: benchmarks/

# LIGUILLA_FUZZ_EXAMPLES raises the count for a longer local hunt; CI keeps 200.
EXAMPLES = int(os.environ.get("LIGUILLA_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

KEYS = (
    "competition",
    "tournament",
    "year",
    "title",
    "country",
    "dates",
    "source",
    "notes",
    "stated",
    "format",
    "teams",
    "table",
    "barred",
    "matches",
    "preset",
    "qualifiers",
    "rounds",
    "key",
    "name",
    "short",
    "legs",
    "pairing",
    "tiebreak",
    "seeds",
    "reseed",
    "manager",
    "captain",
    "aliases",
    "nationality",
    "pos",
    "team",
    "pld",
    "w",
    "d",
    "l",
    "gf",
    "ga",
    "gd",
    "pts",
    "reason",
    "round",
    "leg",
    "date",
    "kickoff",
    "home",
    "away",
    "score",
    "extra_time",
    "penalties",
    "goals",
    "player",
    "minute",
    "penalty",
    "own_goal",
    "scroe",
    "<<",
    "start",
    "end",
    "champion",
    "runner_up",
    "top_scorer",
)
HOSTILE_TEXT = (
    "\x1b[2J",
    "\x9b31m",
    "\x07",
    "\x00",
    "[b]X",
    "[@click=app.quit]X[/]",
    "[/]",
    "América",
    "UANL",
    "Tigres",
    "Monterrey",
    "quarterfinals",
    "final",
    "liga-mx-2012",
    "liga-mx-2011",
    "reseed",
    "away_goals",
    "penalties",
    "90+3",
    "120+15",
    "abc",
    "",
    " ",
    "~",
    "null",
    "yes",
    "NaN",
    "1e999",
    "-0",
    "19:00",
    "2013-02-30",
    "\u202e",
    "\ufeff",
    "\u0085",
    "x" * 500,
)

scalars = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([0, 1, 2, 3, 8, -1, -3, 99, 100, 130, 2200, 99999, 100000, 2**63, 10**80]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.sampled_from(HOSTILE_TEXT),
    st.text(max_size=20),
    st.dates(min_value=date(1, 1, 1)),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in the structure: (key or index, ...) from the root."""
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, prefix + (index,))
    return out


def _parent(root: Any, path: tuple) -> Any:
    for step in path[:-1]:
        root = root[step]
    return root


def _mutate(data: Any, draw) -> Any:
    root = {"season": copy.deepcopy(data)}  # a holder, so that the season itself can go
    for _ in range(draw(st.integers(1, 6))):
        paths = [p for p in _paths(root) if p]
        path = draw(st.sampled_from(paths))
        parent, last = _parent(root, path), path[-1]
        target = parent[last]
        operation = draw(st.sampled_from(("replace", "replace", "delete", "rename", "duplicate", "shuffle")))
        if operation == "replace":
            parent[last] = draw(values)
        elif operation == "delete" and len(path) > 1:
            del parent[last]
        elif operation == "rename" and isinstance(parent, dict) and len(path) > 1:
            new_key = draw(st.sampled_from(KEYS) | st.text(max_size=8))
            parent[new_key] = parent.pop(last)
        elif operation == "duplicate" and isinstance(target, list) and target:
            target.insert(draw(st.integers(0, len(target))), copy.deepcopy(draw(st.sampled_from(target))))
        elif operation == "shuffle" and isinstance(target, list):
            target[:] = draw(st.permutations(target))
    return root["season"]


def _check(loaded, budget_start: float) -> None:
    diagnostics = loaded.diagnostics
    if loaded.season is not None:
        resolved = resolve(loaded.season)
        diagnostics = resolved.diagnostics
        assert loaded.season.diagnostics == loaded.diagnostics
    elapsed = time.perf_counter() - budget_start
    assert elapsed < HANG_SECONDS, f"took {elapsed:.2f}s"
    for d in diagnostics:
        assert isinstance(d, Diagnostic)
        assert d.severity in (Severity.ERROR, Severity.WARNING)
        assert isinstance(d.message, str) and d.message.strip()
        assert d.format(loaded.path)
    if loaded.season is None:
        assert any(d.is_error for d in diagnostics), "no season, yet no error says why"


def _load_text(text: str):
    start = time.perf_counter()
    loaded = load_season_text(text, "fuzz.yaml")
    _check(loaded, start)
    return loaded


@FUZZ
@given(st.data())
def test_mutated_2013_season_never_raises(data):
    mutated = _mutate(DATA_2013, data.draw)
    text = yaml.safe_dump(mutated, allow_unicode=True, sort_keys=False)
    loaded = _load_text(text)
    # A value the file has must give its problems a place in the file.
    for d in loaded.diagnostics:
        assert d.line >= 1 and d.column >= 1, d


@FUZZ
@given(st.text())
def test_random_text_never_raises(text):
    _load_text(text)


FRAGMENTS = (
    "- ",
    ": ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "&a ",
    "*a",
    "&b ",
    "*b",
    "? ",
    "|\n",
    ">-\n",
    "#",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "%TAG ! tag:x,2000:\n",
    "!!python/object/apply:os.system ",
    "!!python/name:os.system",
    "!foo ",
    "!!str ",
    "!!int ",
    "!!bool ",
    "!!timestamp ",
    "!!float ",
    "!!binary ",
    "!!set ",
    "!!omap ",
    "<<: ",
    "\n",
    "  ",
    "    ",
    "\t",
    "'",
    '"',
    "\\e",
    "\\x9b",
    "\\u0000",
    "1",
    "-3",
    "1.5",
    "1:2:3",
    "0x1F",
    "0o17",
    "0b101",
    ".nan",
    "1e999",
    "2013-02-30",
    "2013-05-08",
    "~",
    "null",
    "yes",
    "=",
    "teams",
    "table",
    "matches",
    "score",
    "goals",
    "minute",
    "name",
    "team",
    "format",
    "liga-mx-2012",
    "quarterfinals",
    "América",
    "\u0085",
    "\u2028",
    "\ufeff",
    "\x1b",
    "\x00",
    "\ud800",
)
LINES_2013 = tuple(TEXT_2013.splitlines(keepends=True))


@FUZZ
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join))
def test_yaml_fragments_never_raise(text):
    _load_text(text)


@FUZZ
@given(st.lists(st.sampled_from(LINES_2013), max_size=120).map("".join))
def test_shuffled_season_lines_never_raise(text):
    _load_text(text)


@FUZZ
@given(st.lists(st.sampled_from(LINES_2013) | st.sampled_from(FRAGMENTS), max_size=200).map("".join))
def test_season_lines_mixed_with_fragments_never_raise(text):
    _load_text(text)


@pytest.fixture(scope="module")
def fuzz_file(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "season.yaml"


@FUZZ
@given(
    raw=st.binary(max_size=2000)
    | st.builds(
        lambda head, tail: head + tail,
        st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", TEXT_2013.encode()[:400]]),
        st.binary(),
    )
)
def test_random_bytes_from_a_file_never_raise(fuzz_file, raw):
    fuzz_file.write_bytes(raw)
    start = time.perf_counter()
    loaded = load_season(fuzz_file)
    _check(loaded, start)
    assert loaded.path == str(fuzz_file)
