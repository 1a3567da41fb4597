"""The `liguilla` command: the app by default, `check` and `show` without a screen."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from liguilla_tui import __version__
from liguilla_tui.report.safe import printable
from liguilla_tui.seasons import default_season

COMMANDS = ("check", "show")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's default exit code for usage is 2 too
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _app_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="liguilla",
        description="The Liga MX Liguilla in a terminal. With no command, opens the app on FILE "
        "(default: the bundled 2013 Clausura). Commands: check, show (see 'liguilla COMMAND --help').",
    )
    parser.add_argument("file", nargs="?", help="season file (YAML)")
    parser.add_argument("--version", action="version", version=f"liguilla-tui {__version__}")
    return parser


def _command_parser(command: str) -> argparse.ArgumentParser:
    parser = _Parser(prog=f"liguilla {command}")
    if command == "check":
        parser.description = "Check season files; print FILE:LINE:COL diagnostics. Exit 1 on errors."
        parser.add_argument("files", nargs="*", help="season files (default: the bundled 2013 Clausura)")
        parser.add_argument("--quiet", "-q", action="store_true", help="print errors only")
    else:
        parser.description = "Show the resolved Liguilla: table, seeds, every tie, champion, scorers."
        parser.add_argument("file", nargs="?", help="season file (default: the bundled 2013 Clausura)")
        parser.add_argument("--format", "-f", choices=("text", "json", "markdown"), default="text")
    return parser


def _load(path: str | None):
    from liguilla_tui.core.load import load_season

    return load_season(path or default_season())


def _print_diagnostics(loaded, diagnostics, quiet: bool = False, stream=None) -> None:
    for d in diagnostics:
        if not (quiet and not d.is_error):
            print(printable(d.format(loaded.path)), file=stream or sys.stdout)


def run_check(args: argparse.Namespace) -> int:
    from liguilla_tui.core.resolve import resolve

    failed = False
    for path in args.files or [None]:
        loaded = _load(path)
        diagnostics = resolve(loaded.season).diagnostics if loaded.season else loaded.diagnostics
        _print_diagnostics(loaded, diagnostics, args.quiet)
        errors = sum(d.is_error for d in diagnostics)
        warnings = len(diagnostics) - errors
        failed = failed or errors > 0 or loaded.season is None
        if not args.quiet:
            print(f"{loaded.path}: {errors} error(s), {warnings} warning(s)")
    return 1 if failed else 0


def run_show(args: argparse.Namespace) -> int:
    from liguilla_tui.core.resolve import resolve

    loaded = _load(args.file)
    if loaded.season is None:
        _print_diagnostics(loaded, loaded.diagnostics, stream=sys.stderr)
        return 1
    resolved = resolve(loaded.season)
    if args.format == "json":
        from liguilla_tui.report.json_report import document
        from liguilla_tui.report.safe import json_safe

        print(json_safe(json.dumps(document(resolved), ensure_ascii=False, indent=2)))
        return 0
    from liguilla_tui.report.text_report import render_markdown, render_text

    print(render_markdown(resolved) if args.format == "markdown" else render_text(resolved), end="")
    _print_diagnostics(loaded, resolved.diagnostics, stream=sys.stderr)
    return 0


def run_app(args: argparse.Namespace) -> int:
    loaded = _load(args.file)
    if loaded.season is None:
        _print_diagnostics(loaded, loaded.diagnostics, stream=sys.stderr)
        return 1
    from liguilla_tui.app import LiguillaApp  # textual only when a screen is wanted

    LiguillaApp(loaded).run()
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            command = argv.pop(0)
            args = _command_parser(command).parse_args(argv)
            return run_check(args) if command == "check" else run_show(args)
        return run_app(_app_parser().parse_args(argv))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `liguilla show | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
