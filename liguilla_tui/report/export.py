"""Every export format from one place: the CLI's `export` and the app's palette share it."""

from __future__ import annotations

import json

from liguilla_tui.core.model import Season
from liguilla_tui.core.results import Resolved

# format -> file suffix
FORMATS: dict[str, str] = {
    "football.txt": ".txt",
    "markdown": ".md",
    "wikitext": ".wiki",
    "csv": ".csv",
    "json": ".json",
}


def render_export(fmt: str, season: Season, resolved: Resolved) -> str:
    if fmt == "football.txt":
        from liguilla_tui.footballtxt.writer import write_football_txt

        return write_football_txt(season)
    if fmt == "json":
        from liguilla_tui.report.json_report import document
        from liguilla_tui.report.safe import json_safe

        return json_safe(json.dumps(document(resolved), ensure_ascii=False, indent=2)) + "\n"
    if fmt == "csv":
        from liguilla_tui.report.csv_report import render_csv

        return render_csv(resolved)
    if fmt == "wikitext":
        from liguilla_tui.report.wikitext import render_wikitext

        return render_wikitext(resolved)
    if fmt == "markdown":
        from liguilla_tui.report.text_report import render_markdown

        return render_markdown(resolved)
    raise ValueError(f"unknown export format {fmt!r}")
