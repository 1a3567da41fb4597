"""Shared test set-up: journals go to a temporary folder, never the user's state folder."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path, monkeypatch):
    monkeypatch.setenv("LIGUILLA_STATE_DIR", str(tmp_path / "state"))
