"""Run `liguilla` or the bare table with a clock on each stage of a key: the program side of
benchmarks/key_stages.py, started by it in tmux (`python -m benchmarks.stage_recorder OUT
bare|liguilla [ARGS...]`).

Stages, each as milliseconds after the key left the terminal driver's input thread:
in the app, `app_key`, `posted`, `apply_start`, `applied` (see _mark_app_stages); then
`screen_idle` (the screen has nothing queued: Textual resumes its update timer),
`update` (the timer's screen update starts: the key's own work is done), `written` (the
frame has been handed to the driver's writer). They are read by wrapping Textual's private
LinuxDriver.process_message, Screen._on_idle, Screen._on_timer_update and App._display:
a measuring tool, not the app, so it may; if a Textual release renames them, this module
fails to start, saying which.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

from textual import events
from textual.app import App
from textual.drivers.linux_driver import LinuxDriver
from textual.screen import Screen

_marks: list[tuple[str, float]] = []


def _wrap(cls: type, name: str, stage: str, keys_only: bool = False) -> None:
    original = getattr(cls, name, None)
    if original is None:
        raise SystemExit(f"stage_recorder: textual's {cls.__name__}.{name} is gone")

    if name == "_on_idle":  # a coroutine method

        async def timed_async(self, *args, **kwargs):
            _marks.append((stage, time.perf_counter()))
            return await original(self, *args, **kwargs)

        setattr(cls, name, timed_async)
        return

    def timed(self, *args, **kwargs):
        if not keys_only or isinstance(args[0], events.Key):
            _marks.append((stage, time.perf_counter()))
        result = original(self, *args, **kwargs)
        if stage == "write":
            _marks.append(("written", time.perf_counter()))
        return result

    setattr(cls, name, timed)


def stages(marks: list[tuple[str, float]]) -> list[dict[str, float]]:
    """Per key: the first time each stage follows it, before the next key arrives."""
    keys = [i for i, (stage, _) in enumerate(marks) if stage == "key"]
    found = []
    for start, end in zip(keys, [*keys[1:], len(marks)]):
        t0 = marks[start][1]
        seen: dict[str, float] = {"at": t0}  # perf_counter is system-wide: the sender's clock
        for stage, at in marks[start + 1 : end]:
            if stage == "bytes":  # not a time: what the key's frames wrote, summed
                seen["bytes"] = seen.get("bytes", 0) + at
            elif stage != "key" and stage not in seen:
                seen[stage] = round((at - t0) * 1000, 3)
        found.append(seen)
    return found


def _dump_every_second(out: Path) -> None:
    # Replaced whole, never written in place: key_stages reads the file while this runs,
    # and a half-written one read as no keys at all (a flaky test on a loaded machine).
    new = out.with_name(out.name + ".new")
    while True:
        time.sleep(1.0)
        new.write_text(json.dumps(stages(list(_marks))), encoding="utf-8")
        os.replace(new, out)


def _mark_flushes() -> None:
    """`flushed`: the writer thread has written the frame to the terminal (it waits for
    the GIL behind whatever the main thread does after handing the frame over)."""
    from textual.drivers._writer_thread import WriterThread

    def run(self) -> None:
        write, flush, get, qsize = self._file.write, self._file.flush, self._queue.get, self._queue.qsize
        while True:
            text = get()
            if text is None:
                break
            write(text)
            _marks.append(("bytes", len(text)))
            if qsize() == 0:
                flush()
                _marks.append(("flushed", time.perf_counter()))
        flush()

    WriterThread.run = run  # type: ignore[method-assign]


def main(argv: list[str]) -> None:
    out, program, *rest = argv
    _mark_flushes()
    _wrap(LinuxDriver, "process_message", "key", keys_only=True)
    _wrap(Screen, "_on_idle", "screen_idle")
    _wrap(Screen, "_on_timer_update", "update")
    _wrap(App, "_display", "write")
    threading.Thread(target=_dump_every_second, args=(Path(out),), daemon=True).start()
    if program == "bare":
        from benchmarks.bare_table import BareTableApp

        BareTableApp().run()
    else:
        from liguilla_tui.cli import main as liguilla

        _mark_app_stages()
        sys.exit(liguilla(rest))


def _mark_app_stages() -> None:
    """The app's own steps between the key and the update: `app_key` (the app takes the
    key), `posted` (a grid's action posts its edit), `apply_start` / `applied` (the season
    resolved and every view shown: LiguillaApp._show_current)."""
    from liguilla_tui.app import LiguillaApp
    from liguilla_tui.keys_in_order import GridKeysInOrder
    from liguilla_tui.widgets.score_grid import ScoreGrid

    on_event = GridKeysInOrder.on_event

    async def marked_event(self, event):
        if isinstance(event, events.Key):
            _marks.append(("app_key", time.perf_counter()))
        return await on_event(self, event)

    request = ScoreGrid._request

    def marked_request(self, *args):
        _marks.append(("posted", time.perf_counter()))
        return request(self, *args)

    show = LiguillaApp._show_current

    def marked_show(self):
        _marks.append(("apply_start", time.perf_counter()))
        try:
            return show(self)
        finally:
            _marks.append(("applied", time.perf_counter()))

    GridKeysInOrder.on_event = marked_event  # type: ignore[method-assign]
    ScoreGrid._request = marked_request  # type: ignore[method-assign]
    LiguillaApp._show_current = marked_show  # type: ignore[method-assign]


if __name__ == "__main__":
    main(sys.argv[1:])
