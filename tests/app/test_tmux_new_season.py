"""In a real terminal (tmux, 80x24): `liguilla new --teams` makes a season, the app opens it,
a whole quarter-final round is typed (eight legs) and saved; the file holds it."""

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
from liguilla_tui.core.resolve import resolve

EXITED = re.compile(r"liguilla exited with (\d+)")
WAIT = 30.0  # a hang guard, never a timing assertion: each wait ends as soon as the screen shows
TEAMS = ["Tigres", "Santos", "León", "América", "Cruz Azul", "Monterrey", "Toluca", "Tijuana", "Pachuca", "Atlas"]
# Per tie (1v8, 2v7, 3v6, 4v5): leg 1 at the lower seed's ground, leg 2 at the higher's,
# each (home, away) as the grid shows it.
LEGS = [((1, 0), (2, 0)), ((2, 2), (1, 0)), ((0, 1), (1, 1)), ((3, 1), (0, 1))]


def _command(name: str) -> list[str]:
    script = Path(sys.executable).parent / name
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "liguilla_tui"]


class Tmux:
    """A private tmux server (its own -L socket under a short temp folder: a socket path must
    stay under ~100 bytes) with one 80x24 session, and no config file."""

    def __init__(self, tmux: str, env: dict[str, str]) -> None:
        self.tmux, self.folder = tmux, tempfile.mkdtemp(prefix="lgn-")
        self.socket = f"liguilla-new-{uuid.uuid4().hex[:12]}"
        self.env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "TMUX_PANE")}
        self.env.update(env, TMUX_TMPDIR=self.folder)

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            [self.tmux, "-u", "-f", "/dev/null", "-L", self.socket, *args],
            env=self.env,
            capture_output=True,
            text=True,
            check=check,
            timeout=10,
        )

    def start(self, argv: list[str], env: dict[str, str]) -> None:
        command = shlex.join(["env", *(f"{k}={v}" for k, v in env.items()), *argv])
        self.run(
            "new-session",
            "-d",
            "-s",
            "app",
            "-x",
            "80",
            "-y",
            "24",
            f'{command}; echo "liguilla exited with $?"; sleep 120',
        )

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("send-keys", "-t", "app", key)
            time.sleep(0.05)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "app", check=False).stdout

    def wait_for(self, pattern: str, timeout: float = WAIT) -> str:
        regex, deadline, screen = re.compile(pattern), time.monotonic() + timeout, ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if regex.search(screen):
                return screen
            time.sleep(0.1)
        pytest.fail(f"{pattern!r} did not appear within {timeout} s; the terminal shows:\n{screen}")

    def kill(self) -> None:
        self.run("kill-server", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def _terminal_env(tmp_path: Path) -> tuple[str, dict[str, str]]:
    tmux = shutil.which("tmux")
    if tmux is None:
        if os.environ.get("CI"):
            pytest.fail("tmux is not installed; the real-terminal test needs it")
        pytest.skip("tmux is not installed (apt-get install tmux)")
    xdg = {name: str(tmp_path / name.lower()) for name in ("XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")}
    env = {"TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", **xdg}
    for name in ("PYTHONPATH", "LIGUILLA_STATE_DIR"):
        if os.environ.get(name):
            env[name] = os.environ[name]
    return tmux, env


def _new_season(tmp_path: Path, env: dict[str, str]) -> Path:
    teams = tmp_path / "teams.txt"
    teams.write_text("\n".join(TEAMS) + "\n", encoding="utf-8")
    made = subprocess.run(
        [*_command("liguilla"), "new", "2013-clausura.yaml", "--teams", str(teams), "-y", "2013", "-t", "clausura"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        env={**os.environ, **env, "PYTHONIOENCODING": "utf-8"},
    )
    assert made.returncode == 0, made.stderr
    return tmp_path / "2013-clausura.yaml"


def _save_and_quit(terminal: Tmux) -> None:
    terminal.wait_for(r"Cruz Azul win 4.1 on aggregate")
    # The header's mark can be drawn a frame after the card (a loaded machine caught it
    # between them): wait for it on the first line, rather than assert it in that capture.
    screen = terminal.wait_for(r"\A[^\n]*unsaved")
    assert "unsaved" in screen.splitlines()[0]
    terminal.keys("C-s")
    # Saved: the "● unsaved" mark gives way to "· provisional" (ten teams that played nothing
    # yet), which the header cuts at 80 columns.
    terminal.wait_for(r"Liguilla — 2013-clausura\.yaml  · provis")
    terminal.keys("q")
    screen = terminal.wait_for(EXITED.pattern)
    assert EXITED.search(screen).group(1) == "0", screen
    assert "Traceback" not in screen


def _assert_round_saved(path: Path) -> None:
    season = load_season(path).season
    assert season is not None
    seeds = TEAMS[:8]
    pairs = [(seeds[0], seeds[7]), (seeds[1], seeds[6]), (seeds[2], seeds[5]), (seeds[3], seeds[4])]
    expected = []
    for (higher, lower), (first, second) in zip(pairs, LEGS):
        expected += [(1, lower, higher, first), (2, higher, lower, second)]
    legs = sorted((l.leg, l.home, l.away, l.score) for l in season.legs if l.round == "quarterfinals")
    assert legs == sorted(expected)
    resolved = resolve(season)
    assert all(t.winner for t in resolved.round("quarterfinals").ties)
    assert not [d for d in resolved.diagnostics if d.is_error]


def test_new_season_a_whole_quarter_final_round_typed_in_tmux(tmp_path):
    tmux, env = _terminal_env(tmp_path)
    path = _new_season(tmp_path, env)
    terminal = Tmux(tmux, env)
    try:
        terminal.start([*_command("liguilla"), str(path)], env)
        terminal.wait_for(r"\^p palette", timeout=60)  # the first start imports textual
        terminal.keys("t", "2")
        terminal.wait_for(r"QF 1 v 8")
        seeds = TEAMS[:8]
        for tie, (first, second) in enumerate(LEGS):  # leg 1, leg 2, then down into the next tie's card
            higher, lower = seeds[tie], seeds[7 - tie]
            # As a user does, each leg is typed, then looked at before going on.
            for number, (home, away), score in ((1, (lower, higher), first), (2, (higher, lower), second)):
                terminal.keys(str(score[0]), "l", str(score[1]), "h")
                terminal.wait_for(rf"Leg {number}\s+{home}\s+{score[0]}\s+–\s+{score[1]}\s+{away}")
                terminal.keys("Down")
        # The last tie: América (4) v Cruz Azul (5), 3-1 at Cruz Azul, 1-0 at América: 4-1 on aggregate.
        _save_and_quit(terminal)
    finally:
        terminal.kill()
    _assert_round_saved(path)


def test_a_whole_round_typed_in_one_burst_lands_each_leg_in_its_tie(tmp_path):
    """The same eight legs sent in one write, as a fast typist or a laggy SSH link delivers
    them: each key still lands in the cell the cursor is on by then, Down crossing from one
    tie into the next included (it used to put the next tie's scores in the tie left behind)."""
    tmux, env = _terminal_env(tmp_path)
    path = _new_season(tmp_path, env)
    terminal = Tmux(tmux, env)
    try:
        terminal.start([*_command("liguilla"), str(path)], env)
        terminal.wait_for(r"\^p palette", timeout=60)
        terminal.keys("t", "2")
        terminal.wait_for(r"QF 1 v 8")
        burst: list[str] = []
        for first, second in LEGS:
            for score in (first, second):
                burst += [str(score[0]), "l", str(score[1]), "h", "Down"]
        terminal.run("send-keys", "-t", "app", *burst)
        _save_and_quit(terminal)
    finally:
        terminal.kill()
    _assert_round_saved(path)
