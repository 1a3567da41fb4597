"""`liguilla serve`: the real server on a loopback port, the page it serves, and the app behind it."""

from __future__ import annotations

import asyncio
import html
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from liguilla_tui.core.load import load_season
from liguilla_tui.seasons import default_season
from liguilla_tui.serve import MISSING_EXTRA, app_command, is_loopback, origin_allowed, serve, warning

NO_AUTH = "this page has NO authentication"
DEADLINE = 20.0  # seconds, for the server to answer and for the app to draw


@pytest.fixture
def serve_extra() -> None:
    """The serve extra is in the test extra, so CI must have it: never skip there."""
    if importlib.util.find_spec("textual_serve") is None:
        if os.environ.get("CI"):
            pytest.fail("textual-serve is not installed, but it is in the test extra", pytrace=False)
        pytest.skip("textual-serve is not installed: pip install -e '.[test]'")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(tmp_path: Path, *args: str) -> tuple[subprocess.Popen, Path]:
    """`python -m liguilla_tui serve ARGS`, its output (stdout and stderr) going to a file."""
    out = tmp_path / "serve.out"
    env = {**os.environ, "LIGUILLA_STATE_DIR": str(tmp_path / "state"), "PYTHONIOENCODING": "utf-8"}
    with out.open("wb") as handle:
        proc = subprocess.Popen(
            [sys.executable, "-m", "liguilla_tui", "serve", *args],
            stdin=subprocess.DEVNULL,
            stdout=handle,
            stderr=subprocess.STDOUT,
            env=env,
        )
    return proc, out


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def get_page(proc: subprocess.Popen, out: Path, port: int) -> tuple[int, str]:
    """Poll http://127.0.0.1:PORT/ until it answers, for DEADLINE seconds at most."""
    deadline = time.monotonic() + DEADLINE
    while True:
        if proc.poll() is not None:
            pytest.fail(f"the server exited ({proc.returncode}):\n{out.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                return response.status, response.read().decode("utf-8")
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if time.monotonic() > deadline:
                pytest.fail(f"no answer on port {port}:\n{out.read_text(errors='replace')}")
            time.sleep(0.2)


async def first_screen(port: int) -> str:
    """Open a browser session's websocket, as the page's script does, and read what the app draws."""
    import aiohttp  # textual-serve's own dependency

    received = ""
    url = f"http://127.0.0.1:{port}/ws?width=100&height=30"
    async with aiohttp.ClientSession() as session, session.ws_connect(url, origin=f"http://localhost:{port}") as ws:
        deadline = time.monotonic() + DEADLINE
        while "6 Bracket" not in received and time.monotonic() < deadline:
            try:
                message = await asyncio.wait_for(ws.receive(), timeout=deadline - time.monotonic())
            except asyncio.TimeoutError:
                break
            if message.type == aiohttp.WSMsgType.BINARY:
                received += message.data.decode("utf-8", "replace")
            elif message.type == aiohttp.WSMsgType.TEXT:
                received += message.data
            else:
                break
    return received


async def cross_origin_status(port: int) -> int:
    """What a websocket opened by some other web site's script gets."""
    import aiohttp

    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(f"http://127.0.0.1:{port}/ws", origin="https://attacker.example"):
                return 101
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status


async def websocket_status(port: int, origin: str | None) -> int:
    """What a websocket opened with this Origin header (None: no header) gets; 101 is accepted."""
    import aiohttp

    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(
                f"http://127.0.0.1:{port}/ws", origin=origin, timeout=aiohttp.ClientWSTimeout(ws_close=2)
            ):
                return 101
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status


def http_get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=DEADLINE) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def test_serve_accepts_websockets_only_from_its_own_page(tmp_path, serve_extra):
    port = free_port()
    proc, out = start(tmp_path, "--port", str(port))
    try:
        get_page(proc, out, port)
        for origin in (
            None,
            f"http://localhost:{port + 1}",
            "http://localhost:3000",
            "http://127.0.0.1:3000",
            f"https://localhost:{port}",
            f"http://localhost:{port}/x",
            "null",
        ):
            assert asyncio.run(websocket_status(port, origin)) == 403, origin
        status, body = http_get(port, "/static/")
        assert status in (403, 404) and "Index of" not in body and "textual.js" not in body, (status, body[:300])
        status, _ = http_get(port, "/static/js/textual.js")
        assert status == 200  # the page's own script is still served
    finally:
        stop(proc)


def test_serve_page_and_app(tmp_path, serve_extra):
    port = free_port()
    proc, out = start(tmp_path, "--port", str(port))
    try:
        status, page = get_page(proc, out, port)
        assert status == 200
        title = load_season(default_season()).season.title
        assert html.escape(f"{title}: liguilla") in page
        assert 'class="textual-terminal"' in page  # textual-serve's terminal element
        assert f'data-session-websocket-url="ws://127.0.0.1:{port}/ws"' in page
        screen = asyncio.run(first_screen(port))
        assert "6 Bracket" in screen and "América" in screen, screen[-2000:]
        assert asyncio.run(cross_origin_status(port)) == 403
        assert NO_AUTH in out.read_text(encoding="utf-8")
    finally:
        stop(proc)


def test_serve_prints_the_warning_first(tmp_path, serve_extra):
    proc, out = start(tmp_path, "--port", str(free_port()))
    try:
        deadline = time.monotonic() + DEADLINE
        # Both lines: stopped between them (a loaded machine), "Serving" would be missing.
        while not all(s in out.read_text(encoding="utf-8", errors="replace") for s in (NO_AUTH, "Serving")):
            assert proc.poll() is None, out.read_text(errors="replace")
            assert time.monotonic() < deadline, out.read_text(errors="replace")
            time.sleep(0.1)
    finally:
        stop(proc)
    text = out.read_text(encoding="utf-8")
    assert "ssh -L" in text and "user@server" in text and "not a loopback address" not in text
    assert text.index(NO_AUTH) < text.index("Serving")


def test_serve_missing_file_exits_1(tmp_path, serve_extra):
    proc, out = start(tmp_path, str(tmp_path / "missing.yaml"), "--port", str(free_port()))
    try:
        assert proc.wait(timeout=60) == 1
    finally:
        stop(proc)
    text = out.read_text(encoding="utf-8")
    assert "error: no such file" in text and NO_AUTH not in text


def test_serve_without_the_extra(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)  # makes the import fail
    assert serve(None) == 1
    captured = capsys.readouterr()
    assert (
        "pip install '.[serve]'" in captured.err and MISSING_EXTRA in captured.err and "Traceback" not in captured.err
    )


def test_warning_and_command():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.1") and not is_loopback("example.org")
    assert "ssh -L 9000:localhost:9000 user@server" in warning("127.0.0.1", 9000)
    assert "not a loopback address" in warning("0.0.0.0", 8000)
    assert origin_allowed("http://localhost:8000", "127.0.0.1:8000", "127.0.0.1", 8000)  # through ssh -L
    assert origin_allowed("http://127.0.0.1:8000", "127.0.0.1:8000", "127.0.0.1", 8000)
    assert origin_allowed("http://[::1]:8000", "[::1]:8000", "::1", 8000)
    assert not origin_allowed(None, "127.0.0.1:8000", "127.0.0.1", 8000)
    assert not origin_allowed("", "127.0.0.1:8000", "127.0.0.1", 8000)
    assert not origin_allowed("http://localhost:3000", "127.0.0.1:8000", "127.0.0.1", 8000)  # another local page
    assert not origin_allowed("http://localhost", "127.0.0.1:8000", "127.0.0.1", 8000)
    assert not origin_allowed("https://localhost:8000", "127.0.0.1:8000", "127.0.0.1", 8000)
    assert not origin_allowed("http://localhost:8000/", "127.0.0.1:8000", "127.0.0.1", 8000)
    assert not origin_allowed("http://user@localhost:8000", "127.0.0.1:8000", "127.0.0.1", 8000)
    assert not origin_allowed("http://localhost:80000", "127.0.0.1:8000", "127.0.0.1", 8000)
    assert not origin_allowed("http://localhost:8000", "127.0.0.1:9000", "127.0.0.1", 8000)
    assert not origin_allowed("https://attacker.example", "127.0.0.1:8000", "127.0.0.1", 8000)
    assert not origin_allowed("http://rebound.example:8000", "rebound.example:8000", "127.0.0.1", 8000)
    assert not origin_allowed("http://localhost:8000", "rebound.example:8000", "127.0.0.1", 8000)
    assert origin_allowed("http://192.0.2.1:8000", "192.0.2.1:8000", "192.0.2.1", 8000)
    assert not origin_allowed("http://localhost:8000", "192.0.2.1:8000", "192.0.2.1", 8000)
    assert not origin_allowed("http://attacker.example", "192.0.2.1:8000", "192.0.2.1", 8000)
    assert app_command("/a b/it's.yaml").endswith(" -m liguilla_tui '/a b/it'\"'\"'s.yaml'")


def test_serve_bad_port_is_a_usage_error():
    result = subprocess.run(
        [sys.executable, "-m", "liguilla_tui", "serve", "--port", "70000"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "not a port number" in result.stderr
