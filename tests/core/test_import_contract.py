"""The import-linter contracts in pyproject.toml: the rules core never imports textual or rich, and
nothing the app module imports imports it back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_never_imports_textual_or_rich():
    script = Path(sys.executable).parent / "lint-imports"
    assert script.exists(), "import-linter is part of the test extra: pip install -e '.[test]'"
    result = subprocess.run([str(script)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The rules core never imports textual KEPT" in result.stdout
    assert "imports the app module back (no cycles through it) KEPT" in result.stdout
