"""A private tmux server driven through one control-mode client (`tmux -C`).

Spawning `tmux capture-pane` per poll costs a process start (milliseconds on a loaded
machine) and would set the polling resolution; one control client answers each command
in a fraction of a millisecond. The client also hears `%output` whenever a pane's program
writes, which the benchmark uses to wake its poll at once instead of sleeping it out.
The client is attached with `ignore-size`, so the panes keep the size they were made with.
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


class TmuxServer:
    """`tmux -L SOCKET` with no config file; sessions made by `new_session`; `close()` kills it."""

    def __init__(self, socket: str, env: dict[str, str]) -> None:
        self.socket = socket
        self.env = env  # the server's global environment is the first client's
        self._client: subprocess.Popen | None = None
        self._buffer = b""
        self._lines: list[bytes] = []
        self.output_seen = False

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

    def attach_control(self, session: str) -> None:
        self._client = subprocess.Popen(
            ["tmux", "-L", self.socket, "-f", os.devnull, "-C", "attach-session", "-t", session, "-f", "ignore-size"],
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            bufsize=0,
        )
        marker = f"sync-{uuid.uuid4().hex}"
        deadline = time.monotonic() + 10
        self._send(f"display-message -p {marker}")
        while time.monotonic() < deadline:  # skip the attach's own reply and the notifications
            if marker in self._block():
                return
        raise TmuxError("the control client did not answer")

    # ---- the control protocol ---------------------------------------------------------
    def _send(self, command: str) -> None:
        assert self._client is not None and self._client.stdin is not None
        self._client.stdin.write(command.encode() + b"\n")

    def _fill(self, timeout: float | None) -> bool:
        """Read what the client wrote within `timeout` into whole lines; False when nothing came."""
        assert self._client is not None and self._client.stdout is not None
        fd = self._client.stdout.fileno()
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return False
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            raise TmuxError("the control client exited")
        *whole, self._buffer = (self._buffer + chunk).split(b"\n")
        self._lines.extend(whole)
        return True

    def _line(self) -> bytes:
        while not self._lines:
            self._fill(5.0)
        return self._lines.pop(0)

    def _notification(self, line: bytes) -> None:
        if line.startswith(b"%output ") or line.startswith(b"%extended-output "):
            self.output_seen = True

    def _block(self) -> str:
        """The next command reply (between %begin and %end); raises on %error."""
        while True:
            line = self._line()
            if line.startswith(b"%begin "):
                break
            self._notification(line)
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

    def wait_output(self, timeout: float) -> None:
        """Return when a pane wrote something (a %output arrived) or after `timeout` seconds."""
        end = time.perf_counter() + timeout
        while not self.output_seen:
            left = end - time.perf_counter()
            if left <= 0 or not self._fill(left):
                return
            while self._lines:
                self._notification(self._lines.pop(0))

    # ---- panes ------------------------------------------------------------------------
    def capture(self, target: str) -> str:
        """The visible screen of `target`, with colours and attributes (-e): a cursor move
        in a table changes only those."""
        return self.command(f"capture-pane -p -e -t {target}")

    def send_keys(self, target: str, key: str) -> None:
        self.command(f"send-keys -t {target} {key}")

    def close(self) -> None:
        if self._client is not None:
            try:
                self._client.stdin.close()  # type: ignore[union-attr]
                self._client.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                self._client.kill()
            self._client = None
        with contextlib.suppress(TmuxError, subprocess.TimeoutExpired):  # already gone: fine
            self._tmux("kill-server")
