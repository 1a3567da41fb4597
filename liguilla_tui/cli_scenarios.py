"""`liguilla scenarios`: what each team needs in every open tie, and who it can meet next."""

from __future__ import annotations

import argparse
import sys

DESCRIPTION = ("What each team needs: for every open tie, who goes through with each result of what is left "
               "to play, and how (aggregate, away goals, higher seed, extra time, penalties); and who each "
               "team still in can meet next. --format json is a documented contract (docs/json-output.md).")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.add_argument("file", nargs="?", help="season file (default: the bundled 2013 Clausura)")
    parser.add_argument("--format", "-f", choices=("text", "json", "markdown"), default="text")


def run(args: argparse.Namespace) -> int:
    from liguilla_tui.cli import _load, _print_diagnostics
    from liguilla_tui.core.resolve import resolve
    from liguilla_tui.core.scenarios import scenarios
    from liguilla_tui.report import scenarios_report

    loaded = _load(args.file)
    if loaded.season is None:
        _print_diagnostics(loaded, loaded.diagnostics, stream=sys.stderr)
        return 1
    resolved = resolve(loaded.season)
    found = scenarios(resolved)
    if args.format == "json":
        import json

        from liguilla_tui.report.safe import json_safe

        print(json_safe(json.dumps(scenarios_report.document(resolved, found), ensure_ascii=False, indent=2)))
    else:
        render = scenarios_report.render_markdown if args.format == "markdown" else scenarios_report.render_text
        print(render(resolved, found), end="")
    _print_diagnostics(loaded, resolved.diagnostics, stream=sys.stderr)
    return 0
