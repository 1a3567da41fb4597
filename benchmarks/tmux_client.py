"""A private tmux server driven through one control-mode client (`tmux -C`).

Spawning `tmux capture-pane` per poll costs a process start (milliseconds on a loaded
machine) and would set the polling resolution; one control client answers each command
in a fraction of a millisecond. A control client also hears `%output` whenever a pane of its
session writes, which the benchmark uses to wake its poll at once instead of sleeping it
out: one client per session, since tmux tells a client nothing of other sessions. The
clients are attached with `ignore-size`, so the panes keep the size they were made with.
"""

from __future__ import annotations

import contextlib
import os
import select
import shlex
import subprocess
import time
import uuid


class TmuxError(RuntimeError):
    pass


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU of `pid` and its live descendants (all their threads), from
    /proc; None where /proc is not there."""
    try:
        stats = {}
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                with contextlib.suppress(OSError):
                    with open(f"/proc/{entry.name}/stat", "rb") as f:
                        fields = f.read().rsplit(b")", 1)[1].split()
                    stats[int(entry.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]))  # ppid, ticks
    except OSError:
        return None
    if pid not in stats:
        return None
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += stats[current][1]
        todo.extend(child for child, (parent, _) in stats.items() if parent == current)
    return total / _TICKS


class _Control:
    """One control-mode client: its process and the bytes it wrote not yet split into lines."""

    def __init__(self, process: subprocess.Popen, session: str) -> None:
        self.process = process
        self.session = session
        self.buffer = b""

    def fileno(self) -> int:
        assert self.process.stdout is not None
        return self.process.stdout.fileno()

    def read_lines(self) -> list[bytes]:
        chunk = os.read(self.fileno(), 1 << 20)
        if not chunk:
            raise TmuxError(f"the control client of {self.session} exited")
        *whole, self.buffer = (self.buffer + chunk).split(b"\n")
        return whole

    def close(self) -> None:
        try:
            self.process.stdin.close()  # type: ignore[union-attr]
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()


class TmuxServer:
    """`tmux -L SOCKET` with no config file; sessions made by `new_session`; `close()` kills it."""

    def __init__(self, socket: str, env: dict[str, str]) -> None:
        self.socket = socket
        self.env = env  # the server's global environment is the first client's
        self._clients: list[_Control] = []  # the first answers commands; each hears its session
        self._lines: list[bytes] = []  # the first client's lines not yet read
        self._seen: dict[str, bool] = {}  # session -> output since expect_output

    def _tmux(self, *args: str) -> str:
        proc = subprocess.run(
            ["tmux", "-L", self.socket, "-f", os.devnull, *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=20,
        )
        if proc.returncode != 0:
            raise TmuxError(f"tmux {' '.join(args)}: {proc.stderr.strip()}")
        return proc.stdout

    def new_session(self, name: str, command: list[str], width: int, height: int, env: dict[str, str]) -> None:
        extra = [a for key, value in env.items() for a in ("-e", f"{key}={value}")]
        self._tmux("new-session", "-d", "-s", name, "-x", str(width), "-y", str(height), *extra, shlex.join(command))
        self._tmux("set-option", "-t", name, "window-size", "manual")
        self._tmux("set-option", "-t", name, "remain-on-exit", "on")  # a crash stays readable

    def pane_pid(self, session: str) -> int:
        return int(self._tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip())

    def attach_control(self, *sessions: str) -> None:
        """A control client on each session: tmux tells a client only its own session's
        `%output`, so a program polled without one would be seen up to a poll late (the
        benchmark once gave only the bare table that wake-up). Commands go through the first."""
        for session in sessions:
            process = subprocess.Popen(
                [
                    "tmux",
                    "-L",
                    self.socket,
                    "-f",
                    os.devnull,
                    "-C",
                    "attach-session",
                    "-t",
                    session,
                    "-f",
                    "ignore-size",
                ],
                env=self.env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                bufsize=0,
            )
            self._clients.append(_Control(process, session))
            self._seen[session] = False
        marker = f"sync-{uuid.uuid4().hex}"
        deadline = time.monotonic() + 10
        self._send(f"display-message -p {marker}")
        while time.monotonic() < deadline:  # skip the attach's own reply and the notifications
            if marker in self._block():
                return
        raise TmuxError("the control client did not answer")

    # ---- the control protocol ---------------------------------------------------------
    def _send(self, command: str) -> None:
        stdin = self._clients[0].process.stdin
        assert stdin is not None
        stdin.write(command.encode() + b"\n")

    def _fill(self, timeout: float | None) -> bool:
        """Read what the clients wrote within `timeout`: the first one's lines are kept
        for its replies, the others' only noted (output or not). False when nothing came."""
        ready, _, _ = select.select(self._clients, [], [], timeout)
        for client in ready:
            lines = client.read_lines()
            if client is self._clients[0]:
                self._lines.extend(lines)
            else:
                for line in lines:
                    self._notification(client.session, line)
        return bool(ready)

    def _line(self) -> bytes:
        while not self._lines:
            self._fill(5.0)
        return self._lines.pop(0)

    def _notification(self, session: str, line: bytes) -> None:
        if line.startswith(b"%output ") or line.startswith(b"%extended-output "):
            self._seen[session] = True

    def _block(self) -> str:
        """The next command reply (between %begin and %end); raises on %error."""
        first = self._clients[0].session
        while True:
            line = self._line()
            if line.startswith(b"%begin "):
                break
            self._notification(first, line)
        body: list[bytes] = []
        while True:
            line = self._line()
            if line.startswith(b"%end ") or line.startswith(b"%error "):
                text = b"\n".join(body).decode("utf-8", "replace")
                if line.startswith(b"%error "):
                    raise TmuxError(text)
                return text
            body.append(line)

    def command(self, command: str) -> str:
        self._send(command)
        return self._block()

    def expect_output(self, session: str) -> None:
        """Forget `session`'s output so far: wait_output waits for what it writes next."""
        self._seen[session] = False

    def wait_output(self, session: str, timeout: float) -> bool:
        """True once `session`'s pane wrote something since expect_output (a %output
        arrived on its client); False after `timeout` seconds without."""
        end = time.perf_counter() + timeout
        first = self._clients[0].session
        while not self._seen[session]:
            while self._lines:  # notifications read along with a reply
                self._notification(first, self._lines.pop(0))
            if self._seen[session]:
                break
            left = end - time.perf_counter()
            if left <= 0 or not self._fill(left):
                return False
        return True

    # ---- panes ------------------------------------------------------------------------
    def capture(self, target: str) -> str:
        """The visible screen of `target`, with colours and attributes (-e): a cursor move
        in a table changes only those."""
        return self.command(f"capture-pane -p -e -t {target}")

    def send_keys(self, target: str, key: str) -> None:
        self.command(f"send-keys -t {target} {key}")

    def close(self) -> None:
        for client in self._clients:
            client.close()
        self._clients = []
        with contextlib.suppress(TmuxError, subprocess.TimeoutExpired):  # already gone: fine
            self._tmux("kill-server")
