"""`liguilla serve`: the same app in a web page, through textual-serve (the optional `serve` extra).

textual-serve starts one `python -m liguilla_tui FILE` per browser session and relays its
screen over a websocket. The page has no authentication of any kind, so it listens on the
loopback interface unless told otherwise, and says so before it starts.
"""

from __future__ import annotations

import ipaddress
import os
import shlex
import sys
from pathlib import Path
from urllib.parse import urlsplit

from liguilla_tui.i18n import N_, _
from liguilla_tui.report.safe import printable

# Said for every install route: the package is installed from its source folder, not PyPI.
MISSING_EXTRA = N_(
    "liguilla serve needs textual-serve, the serve extra: pip install '.[serve]' in the source folder "
    "(pipx: pipx inject liguilla-tui textual-serve; uv: uv tool install --force '.[serve]')"
)


def is_loopback(host: str) -> bool:
    """True for localhost and 127.0.0.0/8 or ::1; any other name or address counts as reachable."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def own_hosts(server_host: str) -> frozenset[str]:
    """The host names this server's page can be opened under: the address it listens on and,
    on loopback, the other loopback names (a browser at the far end of `ssh -L` says localhost)."""
    host = server_host.lower().strip("[]")
    return frozenset({host, "localhost", "127.0.0.1", "::1"} if is_loopback(host) else {host})


def origin_allowed(origin: str | None, host_header: str, server_host: str, server_port: int) -> bool:
    """Whether a websocket may start a session: only from this server's own page, whose origin
    is exactly http://HOST:PORT. Browsers let any web page (another local server's too) open a
    websocket to 127.0.0.1, and send its Origin; no Origin is not a page of ours. The Host
    header must name this server too, so that a DNS-rebound name is refused."""
    if not origin:
        return False
    try:
        page, asked = urlsplit(origin), urlsplit(f"//{host_header}")
        ports = page.port, asked.port or 80
    except ValueError:
        return False
    if page.scheme != "http" or f"http://{page.netloc}" != origin or page.username or page.password:
        return False  # an Origin is scheme://host[:port] and nothing else
    hosts = own_hosts(server_host)
    return page.hostname in hosts and asked.hostname in hosts and ports == (server_port, server_port)


def app_command(path: str | Path) -> str:
    """The shell command textual-serve runs for each browser session (it goes through a shell)."""
    return f"{shlex.quote(sys.executable)} -m liguilla_tui {shlex.quote(str(path))}"


def warning(host: str, port: int) -> str:
    """What `serve` says before it starts: no authentication, and how to reach it safely."""
    said = _(
        "WARNING: this page has NO authentication. Anyone who can reach {host}:{port} can edit the\n"
        "season in it and save over the season file, as the user running this command.\n"
        "To use it from another machine, keep the default --host 127.0.0.1 and tunnel over SSH:\n"
        "    ssh -L {port}:localhost:{port} user@server\n"
        "then open http://localhost:{port} in a browser on the machine you ran ssh on."
    ).format(host=host, port=port)
    if not is_loopback(host):
        said += "\n\n" + _(
            "WARNING: --host {host} is not a loopback address: the page is open to the network that\n"
            "address is on. Do this only on a network you trust, or use the SSH tunnel instead."
        ).format(host=host)
    return said


def serve(file: str | None, host: str = "127.0.0.1", port: int = 8000) -> int:
    """Check the season, warn, then serve it until Ctrl+C; the exit code."""
    try:
        from aiohttp import web
        from textual_serve.server import Server
    except ImportError:
        print(_(MISSING_EXTRA), file=sys.stderr)
        return 1

    class SameOriginServer(Server):
        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            if not origin_allowed(request.headers.get("Origin"), request.host, host, port):
                raise web.HTTPForbidden(text="websocket from another origin refused")
            return await super().handle_websocket(request)

        async def _make_app(self) -> web.Application:
            app = await super()._make_app()
            statics = Path(self.statics_path)

            @web.middleware
            async def no_folder_listing(request: web.Request, handler):  # textual-serve lists them
                resource = request.match_info.route.resource
                if (
                    resource is not None
                    and resource.name == "static"
                    and (statics / request.match_info.get("filename", "")).is_dir()
                ):
                    raise web.HTTPNotFound()
                return await handler(request)

            app.middlewares.append(no_folder_listing)
            return app

    from liguilla_tui.core.load import load_season
    from liguilla_tui.seasons import default_season

    path = Path(os.path.abspath(file)) if file else default_season()  # symlinks kept, as the app keeps them
    loaded = load_season(path)
    if loaded.season is None:
        for d in loaded.diagnostics:
            print(printable(d.format(loaded.path)), file=sys.stderr)
        return 1
    print(warning(host, port), flush=True)
    title = printable(f"{loaded.season.title}: liguilla")
    server = SameOriginServer(app_command(path), host=host, port=port, title=title)
    try:
        server.serve()
    except OSError as exc:  # the port is taken, or the address is not this machine's
        print(
            printable(
                _("liguilla serve: error: cannot listen on {host}:{port}: {why}").format(
                    host=host, port=port, why=exc.strerror or exc
                )
            ),
            file=sys.stderr,
        )
        return 1
    return 0
