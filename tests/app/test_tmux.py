"""The real thing: the installed `liguilla` command in a real terminal (tmux), at 80x24.

Pilot tests drive the app in-process; this one checks what a user gets: the console
script starts, draws, takes keys through a terminal, recomputes the tie, asks before
quitting with unsaved edits and exits cleanly. Runs once with TERM=xterm-256color
("Save and quit") and once with TERM=screen ("Quit without saving").
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
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
EXITED = re.compile(r"liguilla exited with (\d+)")


def _tmux() -> str:
    tmux = shutil.which("tmux")
    if tmux is None:
        message = "tmux is not installed (apt-get install tmux); the real-terminal test needs it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return tmux


def _liguilla_argv(path: Path) -> list[str]:
    """The console script installed beside this Python, else on PATH, else `-m liguilla_tui`."""
    for candidate in (Path(sys.executable).parent / "liguilla", shutil.which("liguilla")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return [str(candidate), str(path)]
    return [sys.executable, "-m", "liguilla_tui", str(path)]


class Terminal:
    """One tmux server of our own (private socket in a private folder, no config file)
    with one 80x24 session. The folder is short-named under the system temp dir: a unix
    socket path must stay under ~100 bytes, which a pytest tmp_path need not."""

    def __init__(self, tmux: str) -> None:
        self.tmux = tmux
        self.folder = tempfile.mkdtemp(prefix="lgt-")
        self.socket = f"liguilla-test-{uuid.uuid4().hex[:12]}"
        self.session = "app"
        self.env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "TMUX_PANE")}
        self.env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", TMUX_TMPDIR=self.folder)

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            [self.tmux, "-u", "-f", "/dev/null", "-L", self.socket, *args],
            env=self.env,
            capture_output=True,
            text=True,
            check=check,
            timeout=10,
        )

    def start(self, argv: list[str], term: str) -> None:
        # The app runs under `env` so TERM is exactly the one asked for (tmux would set its
        # own), then the shell reports the exit status and keeps the pane (and any
        # traceback) readable until the server is killed.
        env = ["env", f"TERM={term}", "LANG=C.UTF-8", "LC_ALL=C.UTF-8"]
        for name in ("PYTHONPATH", "LIGUILLA_STATE_DIR"):  # LIGUILLA_STATE_DIR: tests/conftest.py
            if os.environ.get(name):
                env.append(f"{name}={os.environ[name]}")
        command = f'{shlex.join(env + argv)}; echo "liguilla exited with $?"; sleep 120'
        self._run("new-session", "-d", "-s", self.session, "-x", "80", "-y", "24", command)

    def keys(self, *keys: str) -> None:
        for key in keys:
            self._run("send-keys", "-t", self.session, key)
            time.sleep(0.15)

    def screen(self) -> str:
        result = self._run("capture-pane", "-p", "-t", self.session, check=False)
        return result.stdout

    def wait_for(self, pattern: str | re.Pattern, timeout: float = 30.0) -> str:
        """Poll the pane until `pattern` (a regex) shows; fail with the last screen if not."""
        regex = re.compile(pattern) if isinstance(pattern, str) else pattern
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if regex.search(screen):
                return screen
            time.sleep(0.1)
        pytest.fail(f"{regex.pattern!r} did not appear within {timeout} s; the terminal shows:\n{screen}")

    def size(self) -> str:
        return self._run("display-message", "-p", "-t", self.session, "#{pane_width}x#{pane_height}").stdout.strip()

    def kill(self) -> None:
        self._run("kill-server", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.mark.parametrize("term,answer", [("xterm-256color", "save"), ("screen", "quit")])
def test_liguilla_in_tmux(tmp_path, term, answer):
    tmux = _tmux()
    path = tmp_path / default_season().name
    shutil.copyfile(default_season(), path)
    original = path.read_text(encoding="utf-8")
    terminal = Terminal(tmux)
    try:
        terminal.start(_liguilla_argv(path), term)
        assert terminal.size() == "80x24"
        # The first start imports textual: allow it more time than a redraw.
        screen = terminal.wait_for(r"\^p palette", timeout=60)  # the whole first frame, footer included
        assert "1 Table" in screen and "6 Bracket" in screen

        terminal.keys("t", "2")  # tab 2: t then its number (a digit alone is a score)
        screen = terminal.wait_for(r"QF 1 v 8")
        assert re.search(r"Monterrey win 2.1 on aggregate", screen), screen

        # QF 1 leg 1, the home cell (Monterrey): 5 goals.
        terminal.keys("5")
        terminal.wait_for(r"Monterrey win 6.1 on aggregate")
        # Then UANL's cell in the same leg: 5-5, and UANL go through on away goals.
        terminal.keys("l", "5")
        screen = terminal.wait_for(r"UANL through on away goals after 6.6")
        assert "unsaved" in screen.splitlines()[0]

        terminal.keys("q")
        terminal.wait_for(r"has unsaved edits")
        if answer == "save":
            terminal.keys("Enter")  # "Save and quit" is the default answer
        else:
            terminal.keys("Tab", "Enter")  # "Quit without saving"
        screen = terminal.wait_for(EXITED)
        assert EXITED.search(screen).group(1) == "0", screen
        assert "Traceback" not in screen, screen
    finally:
        terminal.kill()

    saved = path.read_text(encoding="utf-8")
    if answer == "save":
        season = load_season(path).season
        assert season is not None
        leg = next(l for l in season.legs if l.round == "quarterfinals" and l.leg == 1 and l.away == "UANL")
        assert leg.score == (5, 5)
    else:
        assert saved == original
