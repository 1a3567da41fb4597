"""Child process for the journal kill test: records result edits as fast as it can until killed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from liguilla_tui import journal
from liguilla_tui.core.edits import set_result
from liguilla_tui.core.load import load_season

if __name__ == "__main__":
    path, edits = Path(sys.argv[1]), int(sys.argv[2])
    journal.REWRITE_ABOVE = 32 * 1024  # rewrite every few edits, so kills land in rewrites too
    saved = load_season(path).season
    assert saved is not None
    recorder = journal.Journal(path, path.read_text(encoding="utf-8"))
    season = saved
    for i in range(1, edits + 1):  # the test replays the same edits to know every state
        result = saved.results[i % len(saved.results)]
        season = set_result(season, result.home, result.away, (i % 10, i // 10 % 10))
        recorder.record(saved, season)
        if i == 1:
            print("ready", flush=True)
    while True:
        time.sleep(1)
