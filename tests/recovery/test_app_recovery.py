"""Kill the app with SIGKILL after unsaved edits; the next start offers them back."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from liguilla_tui.seasons import default_season


def _tmux() -> str:
    tmux = shutil.which("tmux")
    if tmux is None:
        if os.environ.get("CI"):
            pytest.fail("tmux is missing on CI: .ci/run should have installed it")
        pytest.skip("tmux is not installed (apt-get install tmux)")
    return tmux


def _screen(tmux: str, session: str) -> str:
    return subprocess.run([tmux, "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout


def _wait_for(tmux: str, session: str, text: str, timeout: float = 15.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _screen(tmux, session)
        if text in screen:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")


def _start(tmux: str, session: str, season: Path, state: Path) -> None:
    command = f"exec {sys.executable} -m liguilla_tui {season}"
    env = {**os.environ, "LIGUILLA_STATE_DIR": str(state), "TERM": "xterm-256color"}
    subprocess.run([tmux, "new-session", "-d", "-s", session, "-x", "80", "-y", "24", command], check=True, env=env)


def test_sigkill_after_unsaved_edits_then_restore(tmp_path):
    tmux = _tmux()
    season = tmp_path / "season.yaml"
    shutil.copy(default_season(), season)
    original = season.read_text(encoding="utf-8")
    state = tmp_path / "state"
    session = f"liguilla-recovery-{uuid.uuid4().hex[:8]}"
    try:
        _start(tmux, session, season, state)
        _wait_for(tmux, session, "2013 Liga MX Clausura Liguilla")
        subprocess.run([tmux, "send-keys", "-t", session, "t", "2"], check=True)  # tab 2
        _wait_for(tmux, session, "Monterrey win 2–1 on aggregate")
        subprocess.run([tmux, "send-keys", "-t", session, "5"], check=True)  # Monterrey 5–0 UANL
        _wait_for(tmux, session, "Monterrey win 6–1 on aggregate")
        pid = int(
            subprocess.run(
                [tmux, "display-message", "-p", "-t", session, "#{pane_pid}"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        os.kill(pid, signal.SIGKILL)
        subprocess.run([tmux, "kill-session", "-t", session], capture_output=True)
        assert season.read_text(encoding="utf-8") == original  # nothing was saved

        _start(tmux, session, season, state)
        _wait_for(tmux, session, "from an earlier session")
        subprocess.run([tmux, "send-keys", "-t", session, "Enter"], check=True)  # Restore is the default
        _wait_for(tmux, session, "● unsaved")
        subprocess.run([tmux, "send-keys", "-t", session, "t", "2"], check=True)  # tab 2
        _wait_for(tmux, session, "Monterrey win 6–1 on aggregate")
    finally:
        subprocess.run([tmux, "kill-session", "-t", session], capture_output=True)
