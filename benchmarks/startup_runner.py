"""Child process of the start-up benchmark: `python -m benchmarks.startup_runner app|bare`.

Everything a user waits for is inside the timed interval, which the parent starts just
before Popen: interpreter start, imports, (for `app`) reading the bundled season, app
construction, compose, mount and the first frame. On `events.Ready` (posted by the
Screen after its first layout and compositor refresh) this records CLOCK_MONOTONIC
(system-wide on Linux, so comparable with the parent's clock) and the peak RSS so far
(VmHWM), exits the app, prints one `BENCH {json}` line and leaves without tear-down.

The Ready handler is added by assigning `on_ready` to the app class in this child only,
so the real LiguillaApp runs unchanged (no subclass: CSS_PATH stays relative to it).
"""

from __future__ import annotations

import time

T_MAIN = time.monotonic_ns()  # interpreter up, `benchmarks` package imported

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402


def peak_rss_kib() -> int:
    """Peak resident set size of this process so far, in KiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KiB on Linux


def main(kind: str) -> None:
    marks: dict[str, int] = {"main": T_MAIN}
    if kind == "app":
        from liguilla_tui.app import LiguillaApp
        from liguilla_tui.core.load import load_season
        from liguilla_tui.seasons import default_season

        marks["imported"] = time.monotonic_ns()
        loaded = load_season(default_season())
        app_class, args = LiguillaApp, (loaded,)
    elif kind == "bare":
        from benchmarks.bare_app import BareApp

        marks["imported"] = time.monotonic_ns()
        app_class, args = BareApp, ()
    else:
        raise SystemExit(f"unknown kind {kind!r}; expected app or bare")

    def on_ready(self) -> None:
        marks["ready"] = time.monotonic_ns()
        marks["rss_kib"] = peak_rss_kib()
        self.exit()

    app_class.on_ready = on_ready  # type: ignore[attr-defined]
    app = app_class(*args)
    marks["constructed"] = time.monotonic_ns()
    app.run(headless=True, size=(80, 24))
    if "ready" not in marks:
        raise SystemExit("the app exited before it was ready")
    sys.stdout.write("BENCH " + json.dumps(marks) + "\n")
    sys.stdout.flush()
    os._exit(0)  # the tear-down is not start-up


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "app")
