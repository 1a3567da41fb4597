"""Bundled seasons made unfinished again, for the tests of what an open season shows."""

from __future__ import annotations

from pathlib import Path

import yaml

from liguilla_tui.seasons import seasons_dir


def last_matchday_open(
    tmp_path: Path,
    drop_table: bool = False,
    name: str = "open-table.yaml",
    days: int = 1,
    season: str = "2024-clausura",
) -> Path:
    """The 2024 Clausura (or `season`) with its last matchday (or `days` matchdays) not
    played yet, and no Liguilla legs; `drop_table`: the stated table left out too, so it
    is only ever computed from results."""
    data = yaml.safe_load((seasons_dir() / f"{season}.yaml").read_text(encoding="utf-8"))
    last = max(r.get("matchday") or 0 for r in data["results"])
    for result in data["results"]:
        if (result.get("matchday") or 0) > last - days:
            result.pop("score", None)
    data["matches"] = []
    if drop_table:
        data.pop("table", None)
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
