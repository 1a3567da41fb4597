"""Real processes in a real terminal (tmux): a killed instance's edits come back, a live one's
never do, and a damaged journal neither crashes the app nor changes its exit code (issue 12)."""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from liguilla_tui.core.load import load_season
from liguilla_tui.seasons import default_season

TITLE = "2013 Liga MX Clausura Liguilla"


class Terminal:
    """One tmux server of our own; each window a `liguilla` process, its exit status shown."""

    def __init__(self, state: Path) -> None:
        tmux = shutil.which("tmux")
        if tmux is None:
            if os.environ.get("CI"):
                pytest.fail("tmux is missing on CI")
            pytest.skip("tmux is not installed (apt-get install tmux)")
        self.tmux, self.socket = tmux, f"liguilla-journal-{uuid.uuid4().hex[:8]}"
        self.folder = tempfile.mkdtemp(prefix="tmux-")
        self.env = {**os.environ, "TMUX_TMPDIR": self.folder, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
        self.state = state

    def _run(self, *args: str) -> str:
        return subprocess.run(
            [self.tmux, "-u", "-f", "/dev/null", "-L", self.socket, *args],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout

    def start(self, name: str, season: Path) -> None:
        env = ["env", "TERM=xterm-256color", f"LIGUILLA_STATE_DIR={self.state}"]
        if os.environ.get("PYTHONPATH"):
            env.append(f"PYTHONPATH={os.environ['PYTHONPATH']}")
        command = (
            f"{shlex.join([*env, sys.executable, '-m', 'liguilla_tui', str(season)])}; "
            f'echo "liguilla exited with $?"; sleep 120'
        )
        self._run("new-session", "-d", "-s", name, "-x", "80", "-y", "24", command)

    def keys(self, name: str, *keys: str) -> None:
        for key in keys:
            self._run("send-keys", "-t", name, key)
            time.sleep(0.2)

    def screen(self, name: str) -> str:
        return self._run("capture-pane", "-p", "-t", name)

    def wait_for(self, name: str, text: str, timeout: float = 20.0) -> str:
        deadline, screen = time.monotonic() + timeout, ""
        while time.monotonic() < deadline:
            screen = self.screen(name)
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared in {name}; the screen was:\n{screen}")

    def kill_app(self, name: str) -> None:
        """SIGKILL the app itself (the pane's shell's child): nothing it could clean up."""
        shell = int(self._run("display-message", "-p", "-t", name, "#{pane_pid}"))
        children = subprocess.run(["pgrep", "-P", str(shell)], capture_output=True, text=True).stdout.split()
        for child in children:
            if "liguilla_tui" in Path(f"/proc/{child}/cmdline").read_bytes().decode(errors="replace"):
                os.kill(int(child), signal.SIGKILL)

    def close(self) -> None:
        subprocess.run([self.tmux, "-L", self.socket, "kill-server"], env=self.env, capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def terminal(tmp_path):
    term = Terminal(tmp_path / "state")
    yield term
    term.close()


def _edit_monterrey(term: Terminal, name: str, goals: str, aggregate: str) -> None:
    for _ in range(10):  # a key that lands before the app reads its terminal is lost: "t 2" again is harmless
        term.keys(name, "t", "2")
        try:
            term.wait_for(name, "Monterrey win 2–1 on aggregate", timeout=3)
            break
        except AssertionError:
            continue
    term.keys(name, goals)
    term.wait_for(name, aggregate)


def test_a_killed_instances_edits_come_back_and_a_live_ones_never(tmp_path, terminal):
    season = tmp_path / "season.yaml"
    shutil.copy(default_season(), season)
    terminal.start("a", season)
    terminal.start("b", season)
    terminal.wait_for("a", TITLE)
    terminal.wait_for("b", TITLE)
    _edit_monterrey(terminal, "b", "5", "Monterrey win 6–1 on aggregate")  # B: 5-0, never saved
    _edit_monterrey(terminal, "a", "3", "Monterrey win 4–1 on aggregate")  # A: 3-0, saved
    terminal.keys("a", "C-s")
    terminal.wait_for("a", "Saved")
    assert next(leg for leg in load_season(season).season.legs if leg.home == "Monterrey").score == (3, 0)
    terminal.keys("a", "4")  # A keeps editing, unsaved, and stays alive: 4-0 is A's alone
    terminal.wait_for("a", "Monterrey win 5–1 on aggregate")
    terminal.kill_app("b")
    terminal.wait_for("b", "liguilla exited with 137")

    terminal.start("c", season)
    screen = terminal.wait_for("c", "from an earlier session")
    # B's 5-0 is offered, against the 3-0 A saved since: a conflict, shown leg by leg.
    assert "5–0" in screen and "3–0" in screen, screen
    assert "4–0" not in screen, "a live instance's unsaved edit was offered"
    terminal.keys("c", "Enter")  # restore as chosen: the file's 3-0 where both changed
    time.sleep(1.0)
    assert "from an earlier session" not in terminal.screen("c"), "something else was offered"
    assert "Monterrey win 5–1 on aggregate" in terminal.screen("a")  # A untouched, still running


def test_a_damaged_journal_neither_crashes_the_app_nor_its_exit_code(tmp_path, terminal):
    season = tmp_path / "season.yaml"
    shutil.copy(default_season(), season)
    terminal.state.mkdir(parents=True)
    key = hashlib.sha256(str(season.resolve()).encode()).hexdigest()[:24]
    (terminal.state / f"{key}.jsonl").write_bytes(b'[{"version": 1, "file": "\\u001b]2;pwned\\u0007"}]\n{}\n')
    terminal.start("a", season)
    screen = terminal.wait_for("a", "set aside")
    assert TITLE in screen and "Traceback" not in screen
    terminal.keys("a", "q")
    terminal.wait_for("a", "liguilla exited with 0")
