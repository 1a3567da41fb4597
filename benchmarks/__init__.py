"""Performance benchmarks for liguilla-tui: `python -m benchmarks [--quick] [--out FILE]`.

Kept free of imports so that `python -m benchmarks.startup_runner` (the child process
timed by the start-up benchmark) pays nothing for the package itself.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
