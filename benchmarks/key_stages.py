"""Where a key's time goes inside the program, in a real terminal:
`python -m benchmarks.key_stages [--keys N] [--out FILE]`.

The same three programs and keys as benchmarks/tmux_keys.py (`app_qf`: a digit into QF 1's
first leg; `app_scenarios`: ctrl+z / ctrl+y on the Scenarios tab; `bare`: Down / Up in a
bare DataTable), each run under benchmarks/stage_recorder.py, which notes when each key
left the terminal driver's input thread and when, after it, the screen first had nothing
queued (`screen_idle`), Textual's screen update began (`update`: the key's own work done)
and the frame was handed to the writer (`written`). tmux_keys measures the whole round
trip from outside; this splits the program's part of it: `update` is the key's handling
(dispatch, the edit, resolve, the views), `written - update` the frame (compositor and
rendering), and what tmux_keys measures beyond `written` is the terminal's side.
Keys are sent one at a time, the screen let settle between them, as tmux_keys does.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks import ROOT
from benchmarks.stats import summary
from benchmarks.tmux_client import TmuxError, TmuxServer
from benchmarks.tmux_keys import HEIGHT, JITTER_S, SEASON, WIDTH, Bench, _environment, targets

APP_STAGES = ("app_key", "posted", "apply_start", "applied")  # the app only; `posted` for a grid key only
STAGES = (*APP_STAGES, "screen_idle", "update", "written", "flushed", "bytes")


def measure(keys: int = 200, seed: int = 14, log=print) -> dict:
    if shutil.which("tmux") is None:
        raise TmuxError("tmux is not installed")
    rng = random.Random(seed)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="liguilla-stages-") as tmp:
        folder = Path(tmp)
        env = _environment(folder)
        server = TmuxServer(f"liguilla-stages-{uuid.uuid4().hex[:8]}", env)
        bench = Bench(server, rng)
        try:
            pane_env = {
                k: env[k] for k in ("TERM", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "LIGUILLA_STATE_DIR")
            }
            pane_env["PYTHONPATH"] = str(ROOT)
            recorder = [sys.executable, "-m", "benchmarks.stage_recorder"]
            outs = {name: folder / f"{name}.json" for name in ("app_qf", "bare", "app_scenarios")}
            server.new_session("bare", [*recorder, str(outs["bare"]), "bare"], WIDTH, HEIGHT, pane_env)
            for name in ("app_qf", "app_scenarios"):
                season = folder / f"{name}.yaml"
                season.write_bytes(SEASON.read_bytes())
                server.new_session(name, [*recorder, str(outs[name]), "liguilla", str(season)], WIDTH, HEIGHT, pane_env)
            server.attach_control("bare", "app_qf", "app_scenarios")
            bench.wait_for("bare", "r19c0")
            bench.start_app("app_qf", "2", "QF 1 v 8")
            bench.start_app("app_scenarios", "2", "QF 1 v 8")
            for key, shown in (("3", "Monterrey lead 3–0"), ("4", "Monterrey lead 4–0")):
                server.send_keys("app_scenarios", key)
                bench.wait_for("app_scenarios", shown)
            server.send_keys("app_scenarios", "t")
            bench.wait_for("app_scenarios", "Go to tab")
            server.send_keys("app_scenarios", "7")
            bench.wait_for("app_scenarios", "go through with")
            time.sleep(1.5)  # past the recorders' next write: the set-up keys are all in it
            runs = targets()
            log(f"{keys} keys each, interleaved: {', '.join(t.name for t in runs)} ...")
            before = {name: len(_read(out)) for name, out in outs.items()}
            for i in range(keys):
                for target in runs:
                    bench.key(target, i)
                    time.sleep(rng.uniform(0, JITTER_S))
            # The recorders write their marks every second: wait for every key's (at most
            # 15 s: a loaded machine may run a recorder's writer late).
            give_up = time.monotonic() + 15
            while time.monotonic() < give_up:
                time.sleep(0.5)
                if all(len(_read(outs[t.name])) - before[t.name] >= keys for t in runs):
                    break
            for target in runs:
                found = _read(outs[target.name])[before[target.name] :]
                results[target.name] = {
                    "keys": len(found),
                    "round_trip_ms": summary(target.times_ms),
                    **{stage: summary([k[stage] for k in found if stage in k]) for stage in STAGES},
                    **_terminal_side(target, found),
                    "frame_ms": summary(
                        [k["written"] - k["update"] for k in found if "update" in k and "written" in k]
                    ),
                }
        finally:
            server.close()
    return {"keys": keys, "stages_ms": results}


def _terminal_side(target, found: list[dict]) -> dict:
    """`to_app`: from send-keys to the app's input thread taking the key; `to_screen`: from
    the frame's flush to the capture that showed it (tmux's side, and the poll)."""
    if len(found) != len(target.sent_at):
        return {}
    to_app = [(k["at"] - sent) * 1000 for k, sent in zip(found, target.sent_at)]
    to_screen = [
        (sent + took / 1000 - k["at"]) * 1000 - k["flushed"]
        for k, sent, took in zip(found, target.sent_at, target.times_ms)
        if "flushed" in k
    ]
    return {"to_app": summary(to_app), "to_screen": summary(to_screen)}


def _read(path: Path) -> list[dict]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []


def report(figures: dict) -> str:
    lines = [f"{'program':15} {'stage':12} {'median':>7} {'p95':>7}   (ms after the key left the input thread)"]
    for name, found in figures["stages_ms"].items():
        for stage in (
            "to_app",
            *APP_STAGES,
            "update",
            "frame_ms",
            "written",
            "flushed",
            "bytes",
            "to_screen",
            "round_trip_ms",
        ):
            s = found.get(stage)
            if s and s.get("n"):  # the app stages are not the bare table's
                lines.append(f"{name:15} {stage:12} {s['median']:7.2f} {s['p95']:7.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.key_stages", description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    figures = measure(args.keys)
    print(report(figures))
    if args.out is not None:
        args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        print(f"written: {args.out}")


if __name__ == "__main__":  # pragma: no cover
    main()
