"""Shared test set-up: journals and settings live in temporary folders, never the user's; named
pipes and devices to write at."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

WORKERS_PER_CPU = 3
MOST_WORKERS = 16


def pytest_xdist_auto_num_workers(config) -> int:
    """`-n auto`: three workers a CPU. About half of the suite's time is waiting (Pilot waits
    for the app to settle, tmux panes, child processes), so one worker a CPU left the CPUs
    half idle. On 2 CPUs: 5 min 5 s with two workers, 3 min 40 s with four (Python 3.11, no
    coverage); 3 min 35 s with four, 3 min 15 s with six (3.13, coverage)."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(MOST_WORKERS, WORKERS_PER_CPU * max(1, cpus))


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path, monkeypatch):
    monkeypatch.setenv("LIGUILLA_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # settings: never the user's
    monkeypatch.delenv("LIGUILLA_CONFIG", raising=False)
    # English unless a test asks for Spanish: a developer's es_MX locale must not change what
    # the tests read (the app and the CLI follow LANGUAGE / LC_ALL / LANG).
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


# --- a season whose every text says something to the terminal ----------------------------

# OSC 52 (write the clipboard: "PWNED" in base64), OSC 2 (set the window title), OSC 8 (a
# hyperlink), CSI (7-bit clear screen, 8-bit reverse video), Textual markup that quits when
# clicked, a bidi override and a zero-width space. Both string terminators (ST and BEL).
ATTACK = (
    "\x1b]52;c;UFdORUQ=\x1b\\\x1b]52;c;UFdORUQ=\x07\x1b]2;PWNED\x1b\\\x1b]2;PWNED\x07"
    "\x1b]8;;http://evil.example/\x1b\\L\x1b]8;;\x1b\\\x1b[2J\x9b7m[b]\u202e\u200b"
)


def hostile(tag: str) -> str:
    """`tag` behind a clickable quit and before every attack: the markup shows first, where
    a cut cell still shows it."""
    return f"[@click=app.quit]{tag}[/]{ATTACK}"


# A file name may hold any byte but "/" and NUL.
HOSTILE_FILE_NAME = "\x1b]52;c;UFdORUQ=\x07\x1b]2;PWNED\x1b\\\x1b]8;;x:y\x1b\\\x9b2J[@click=app.quit]f[b]\u202e.yaml"


def hostile_season_text() -> str:
    """The bundled 2013 Clausura with every text field hostile: title, competition,
    tournament, source, notes, round names and shorts, teams, managers, captains (and
    their nationalities), players, barred reasons."""
    import yaml

    from liguilla_tui.seasons import default_season

    data = yaml.safe_load(default_season().read_text(encoding="utf-8"))
    teams = {t["name"]: hostile(f"T{i}") for i, t in enumerate(data["teams"])}
    players: dict[str, str] = {}

    def player(name: str) -> str:
        return players.setdefault(name, hostile(f"P{len(players)}"))

    for i, team in enumerate(data["teams"]):
        team["name"] = teams[team["name"]]
        team["aliases"] = []
        for role in ("manager", "captain"):
            team[role] = {"name": hostile(f"{role[0].upper()}{i}"), "nationality": hostile(f"{role[0]}n{i}")}
    for row in data["table"]:
        row["team"] = teams[row["team"]]
    for barred in data["barred"]:
        barred.update(team=teams[barred["team"]], reason=hostile("why"))
    for match in data["matches"]:
        match["home"], match["away"] = teams[match["home"]], teams[match["away"]]
        for goal in match.get("goals", []):
            goal["team"] = teams[goal["team"]]
            if goal.get("player"):
                goal["player"] = player(goal["player"])
    stated = data["stated"]
    stated.update(champion=teams[stated["champion"]], runner_up=teams[stated["runner_up"]])
    stated["top_scorer"]["player"] = player(stated["top_scorer"]["player"])
    data.update(
        title=hostile("title"),
        competition=hostile("comp"),
        tournament=hostile("tour"),
        source=hostile("src"),
        notes=[hostile("note")],
    )
    data["format"] = {
        "preset": "liga-mx-2012",
        "rounds": [
            {"key": key, "name": hostile(f"N{key[:2]}"), "short": hostile(f"S{key[:2]}")}
            for key in ("quarterfinals", "semifinals", "final")
        ],
    }
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6)


@pytest.fixture
def hostile_season(tmp_path):
    """The hostile season, in a file whose name is hostile too."""
    path = tmp_path / HOSTILE_FILE_NAME
    path.write_text(hostile_season_text(), encoding="utf-8")
    return path


class FifoWatch:
    """A named pipe, watched: code that opens it to read would wait forever for a writer, so
    a thread plays the writer (which gives the reader end-of-file) and records that it had to.
    A test then fails, instead of hanging, on code that reads the pipe."""

    def __init__(self, path) -> None:
        os.mkfifo(path)
        self.path = path
        self.read_attempted = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(0.02):
            try:
                if not stat.S_ISFIFO(os.stat(self.path).st_mode):
                    return  # replaced: the test sees that itself
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: nobody is reading
                continue
            self.read_attempted = True
            os.close(fd)

    def is_fifo(self) -> bool:
        return stat.S_ISFIFO(os.lstat(self.path).st_mode)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


@pytest.fixture
def fifo_at():
    """Makes watched named pipes (FifoWatch) where asked; no program reads them."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this platform")
    made: list[FifoWatch] = []

    def make(path) -> FifoWatch:
        made.append(FifoWatch(path))
        return made[-1]

    yield make
    for watch in made:
        watch.stop()


@pytest.fixture
def fifo(tmp_path, fifo_at):
    """A watched named pipe, tmp_path/pipe.yaml (FifoWatch)."""
    return fifo_at(tmp_path / "pipe.yaml")


@pytest.fixture
def char_device(tmp_path):
    """A character device that swallows what is written (as /dev/null does). Made in tmp_path
    when this user may (root): then a writer that replaced it would replace only this copy;
    else /dev/null itself, which a user who is not root cannot replace."""
    if os.geteuid() != 0:
        return Path("/dev/null")
    path = tmp_path / "null"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    return path
