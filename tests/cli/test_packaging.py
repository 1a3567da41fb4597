"""What pyproject.toml promises: ranges CI tests at both ends, one version."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import liguilla_tui

ROOT = Path(__file__).resolve().parents[2]

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - 3.10
    import tomli as tomllib


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def _lowest() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "tests" / "lowest-deps.txt").read_text().splitlines():
        line = line.split("#")[0].split(";")[0].strip()
        if line:
            name, version = line.split("==")
            pins[name.lower()] = version
    return pins


def test_every_lower_bound_is_the_version_ci_tests():
    lower = {}
    for requirement in _project()["dependencies"]:
        match = re.match(r"([A-Za-z0-9_.-]+)>=([0-9.]+)[^;]*(;.*)?$", requirement)
        assert match, f"{requirement}: every dependency states a tested lower bound"
        lower[match[1].lower()] = match[2]
    assert lower == _lowest()


def test_the_test_extra_pins_a_textual_inside_the_range():
    textual = next(r for r in _project()["dependencies"] if r.startswith("textual"))
    upper = re.search(r"<([0-9.]+)", textual)[1]
    pinned = next(r for r in _project()["optional-dependencies"]["test"] if r.startswith("textual=="))
    version = tuple(map(int, pinned.split("==")[1].split(".")))
    assert tuple(map(int, _lowest()["textual"].split("."))) <= version < tuple(map(int, upper.split(".")))


def test_one_version_and_the_cli_prints_it():
    assert "version" in _project()["dynamic"] and "version" not in _project()
    out = subprocess.run([sys.executable, "-m", "liguilla_tui", "--version"], capture_output=True, text=True)
    assert out.returncode == 0
    assert out.stdout.strip() == f"liguilla-tui {liguilla_tui.__version__}"
