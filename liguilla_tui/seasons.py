"""Where the bundled season files are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

DEFAULT_SEASON = "2013-clausura.yaml"


def seasons_dir() -> Path:
    """Inside the wheel (force-included) or, in a checkout, the repository's seasons/."""
    here = Path(__file__).resolve().parent
    installed = here / "seasons"
    return installed if installed.is_dir() else here.parent / "seasons"


def default_season() -> Path:
    return seasons_dir() / DEFAULT_SEASON


def bundled_seasons() -> list[Path]:
    """Every bundled season file: the hand-made ones and those imported from openfootball
    (tools/build_seasons.py), subfolders included (seasons/imported/)."""
    return sorted(seasons_dir().rglob("*.yaml"))


def is_bundled(path: Path) -> bool:
    """A season shipped with the app: read-only (in an installed package, writing there would
    change the install; in a checkout, the repository's data)."""
    try:
        return path.resolve().is_relative_to(seasons_dir().resolve())
    except (OSError, ValueError):  # ValueError: a NUL in the name (no file can have it)
        return False
