"""Shared paths for the football.txt tests: the vendored copy of openfootball/mexico (CC0)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
OPENFOOTBALL = REPO / "tests" / "data" / "openfootball"


@pytest.fixture(scope="session")
def openfootball() -> Path:
    return OPENFOOTBALL


@pytest.fixture(scope="session")
def build_seasons():
    """tools/build_seasons.py as a module (it is a script, not part of the package)."""
    path = REPO / "tools" / "build_seasons.py"
    spec = importlib.util.spec_from_file_location("build_seasons", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_seasons"] = module
    spec.loader.exec_module(module)
    return module
