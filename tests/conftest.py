"""Shared test set-up: journals, cached seasons and settings live in temporary folders, never the user's."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path, monkeypatch):
    monkeypatch.setenv("LIGUILLA_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("LIGUILLA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # settings: never the user's
    monkeypatch.delenv("LIGUILLA_CONFIG", raising=False)
