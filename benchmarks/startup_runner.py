"""Child process of the start-up benchmark: `python -m benchmarks.startup_runner app|bare`.

Everything a user waits for is inside the timed interval, which the parent starts just
before Popen: interpreter start, imports, (for `app`) reading the bundled season, app
construction, compose, mount and the first frame. On `events.Ready` (posted by the
Screen after its first layout and compositor refresh) this records CLOCK_MONOTONIC
(system-wide on Linux, so comparable with the parent's clock) and the peak RSS so far
(VmHWM), exits the app, prints one `BENCH {json}` line and leaves without tear-down.

`app` runs `liguilla_tui.cli.main([])`, exactly what the `liguilla` console script runs
(its GC policy included). The moment textual.app is imported (by whoever imports it), an
import hook in this child only adds an `on_ready` handler to textual's App and makes
App.run headless at 80x24; the app's own code runs unchanged. Marks: `main` (interpreter
up), `run` (imports, season load and app construction done), `ready` (first frame).
"""

from __future__ import annotations

import time

T_MAIN = time.monotonic_ns()  # interpreter up, `benchmarks` package imported

import importlib.abc  # noqa: E402
import importlib.util  # noqa: E402
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


class _PatchOnImport(importlib.abc.MetaPathFinder):
    """Calls `patch(module)` once `textual.app` has been imported, by whoever imports it,
    so the child changes nothing about when (or under which GC settings) textual loads."""

    def __init__(self, patch) -> None:
        self.patch = patch

    def find_spec(self, name, path, target=None):
        if name != "textual.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        real_exec = spec.loader.exec_module

        def exec_module(module) -> None:
            real_exec(module)
            self.patch(module)

        spec.loader.exec_module = exec_module
        return spec


def main(kind: str) -> None:
    marks: dict[str, int] = {"main": T_MAIN}

    def patch(textual_app) -> None:
        real_run = textual_app.App.run

        def on_ready(self) -> None:
            marks["ready"] = time.monotonic_ns()
            marks["rss_kib"] = peak_rss_kib()
            self.exit()

        def headless_run(self, *args, **kwargs):
            marks["run"] = time.monotonic_ns()  # imported, loaded and constructed
            return real_run(self, headless=True, size=(80, 24))

        textual_app.App.on_ready = on_ready
        textual_app.App.run = headless_run

    sys.meta_path.insert(0, _PatchOnImport(patch))
    if kind == "app":
        from liguilla_tui.cli import main as liguilla

        code = liguilla([])  # exactly what the `liguilla` console script runs
    elif kind == "bare":
        from benchmarks.bare_app import BareApp

        code = BareApp().run()
    else:
        raise SystemExit(f"unknown kind {kind!r}; expected app or bare")
    if "ready" not in marks:
        raise SystemExit(f"the app exited before it was ready ({code})")
    sys.stdout.write("BENCH " + json.dumps(marks) + "\n")
    sys.stdout.flush()
    os._exit(0)  # the tear-down is not start-up


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "app")
