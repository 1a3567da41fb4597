"""Child process for the kill test: saves two seasons in turn, forever, until killed."""

from __future__ import annotations

import sys
from pathlib import Path

from liguilla_tui.core.save import write_atomic

if __name__ == "__main__":
    target = Path(sys.argv[1])
    versions = [Path(sys.argv[2]).read_text(encoding="utf-8"), Path(sys.argv[3]).read_text(encoding="utf-8")]
    print("ready", flush=True)
    turn = 0
    while True:
        write_atomic(target, versions[turn % 2])
        turn += 1
