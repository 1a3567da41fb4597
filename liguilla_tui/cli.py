"""The `liguilla` command: the app by default; `check`, `show`, `scenarios`, `import` and `export`
without a screen; `serve` for the app in a web page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

from liguilla_tui import __version__
from liguilla_tui.cli_words import speak_argparse
from liguilla_tui.i18n import _, ngettext, set_language
from liguilla_tui.report.safe import printable
from liguilla_tui.seasons import default_season

COMMANDS = ("check", "show", "scenarios", "import", "export", "serve", "new")
MAX_IMPORT_DIAGNOSTICS = 200  # printed by `import`; the rest are counted
EXPORT_FORMATS = ("football.txt", "markdown", "wikitext", "csv", "json")
# `export -o FILE` without --format: the format its name calls for.
_EXPORT_SUFFIXES = {
    ".txt": "football.txt",
    ".md": "markdown",
    ".markdown": "markdown",
    ".wiki": "wikitext",
    ".wikitext": "wikitext",
    ".csv": "csv",
    ".json": "json",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's default exit code for usage is 2 too
        self.print_usage(sys.stderr)
        print(_("{prog}: error: {message}").format(prog=self.prog, message=message), file=sys.stderr)
        raise SystemExit(2)


def _app_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="liguilla",
        description=_(
            "The Liga MX Liguilla in a terminal. With no command, opens the app on FILE "
            "(default: the bundled 2013 Clausura). Commands: check, show, scenarios, import, export, serve, "
            "new (start a season file) (see 'liguilla COMMAND --help')."
        ),
    )
    parser.add_argument("file", nargs="?", help=_("season file (YAML)"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"liguilla-tui {__version__}",
        help=_("show program's version number and exit"),  # argparse's default is not looked up
    )
    parser.add_argument(
        "--config",
        metavar="PATH",
        help=_("settings file (default: $LIGUILLA_CONFIG, else $XDG_CONFIG_HOME/liguilla-tui/config.toml)"),
    )
    _add_lang(parser)
    return parser


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        type=_language_code,
        metavar="LANG",
        help=_("language: en or es_MX (default: the settings file's 'language', else the locale, $LANG)"),
    )


def _language_code(text: str) -> str:
    from liguilla_tui.i18n import LANGUAGES, normalize

    code = normalize(text)
    if code is None:
        raise argparse.ArgumentTypeError(
            _("unknown language {text} (known: {known})").format(text=repr(printable(text)), known=", ".join(LANGUAGES))
        )
    return code


# The settings file, read once a run: the language is looked up in it before the parsers
# are built and after, and the app uses the rest (cleared by main: tests call it many times).
_SETTINGS: dict[str | None, tuple] = {}


def _settings(config: str | None) -> tuple:
    if config not in _SETTINGS:
        from liguilla_tui.settings import config_path, load_settings

        _SETTINGS[config] = load_settings(*config_path(config))
    return _SETTINGS[config]


def _set_language(args: argparse.Namespace) -> None:
    """--lang, else the settings file's `language`, else the locale: before any word is printed."""
    from liguilla_tui.i18n import choose_language, set_language

    configured = None
    if not getattr(args, "lang", None):
        # A settings file that cannot be read is reported where it is used (the app); here
        # it only cannot give a language.
        settings, _problems = _settings(getattr(args, "config", None))
        configured = settings.language
    set_language(choose_language(getattr(args, "lang", None), configured))


def _early_language(argv: list[str]) -> None:
    """The language before any parser is built, so that --help and usage errors speak it too:
    --lang / --config read ahead of the real parse (which checks them again)."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--lang")
    early.add_argument("--config")
    try:
        known, _rest = early.parse_known_args(argv)
    except argparse.ArgumentError:  # "--lang" with no value: the real parse says so
        known = argparse.Namespace(lang=None, config=None)
    from liguilla_tui.i18n import normalize

    if known.lang is not None and normalize(known.lang) is None:
        known.lang = None  # refused with a message by the real parse
    _set_language(known)
    speak_argparse()


def _command_parser(command: str) -> argparse.ArgumentParser:
    parser = _Parser(prog=f"liguilla {command}")
    default_file = _("season file (default: the bundled 2013 Clausura)")
    if command == "check":
        parser.description = _("Check season files; print FILE:LINE:COL diagnostics. Exit 1 on errors.")
        parser.add_argument("files", nargs="*", help=_("season files (default: the bundled 2013 Clausura)"))
        parser.add_argument("--quiet", "-q", action="store_true", help=_("print errors only"))
    elif command == "show":
        parser.description = _("Show the resolved Liguilla: table, seeds, every tie, champion, scorers.")
        parser.add_argument("file", nargs="?", help=default_file)
        parser.add_argument(
            "--format", "-f", choices=("text", "json", "markdown"), default="text", help=_("output format")
        )
    elif command == "scenarios":
        from liguilla_tui.cli_scenarios import add_arguments

        add_arguments(parser)
    elif command == "new":
        from liguilla_tui.cli_new import add_arguments as add_new_arguments

        add_new_arguments(parser)
    elif command == "import":
        from liguilla_tui.core.presets import PRESETS

        parser.description = _(
            "Make a season file from openfootball football.txt: a regular season and its Liguilla, in one "
            "file with == sections (choose the tournament) or two files (1-clausura.txt 1-clausura_liguilla.txt). "
            "Diagnostics go to stderr as FILE:LINE:COL; exit 1 on errors (nothing is written)."
        )
        parser.add_argument("files", nargs="+", metavar="FILE", help=_("football.txt file(s)"))
        parser.add_argument("--output", "-o", metavar="SEASON.yaml", help=_("write here (default: stdout)"))
        parser.add_argument(
            "--format",
            "-f",
            choices=tuple(PRESETS),
            metavar="PRESET",
            help=_("format preset (default: the era's; one of {presets})").format(presets=", ".join(PRESETS)),
        )
        parser.add_argument(
            "--tournament",
            "-t",
            choices=("apertura", "clausura"),
            type=str.lower,
            help=_("which tournament of a file that holds both"),
        )
        parser.add_argument(
            "--aliases",
            "-a",
            metavar="FILE",
            help=_("more team spellings: a YAML mapping, canonical name -> [spellings]"),
        )
    elif command == "serve":
        parser.description = _(
            "Serve the app in a web page (needs the serve extra: pip install "
            "'liguilla-tui[serve]'). The page has NO authentication: anyone who can reach "
            "the port can edit and save the season file. Keep the default host and use "
            "ssh -L 8000:localhost:8000 user@server from another machine."
        )
        parser.add_argument("file", nargs="?", help=default_file)
        parser.add_argument("--host", default="127.0.0.1", help=_("address to listen on (default: 127.0.0.1)"))
        parser.add_argument("--port", "-p", type=_port, default=8000, help=_("port (default: 8000)"))
    else:
        parser.description = _(
            "Export a season: football.txt (which import reads back), markdown, wikitext, "
            "csv (one row per leg) or json (as show --format json)."
        )
        parser.add_argument("file", nargs="?", help=default_file)
        parser.add_argument(
            "--format", "-f", choices=EXPORT_FORMATS, help=_("output format (default: from the -o file's extension)")
        )
        parser.add_argument("--output", "-o", metavar="OUT", help=_("write here (default: stdout)"))
    _add_lang(parser)
    return parser


def _port(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(_("not a port number (1-65535): {text}").format(text=repr(text)))
    return int(text)


def _load(path: str | None):
    from liguilla_tui.core.load import load_season

    return load_season(path or default_season())


def _print_diagnostics(loaded, diagnostics, quiet: bool = False, stream=None) -> None:
    for d in diagnostics:
        if not (quiet and not d.is_error):
            for line in d.lines(loaded.path):  # a syntax error's note: where the '[' opened
                print(printable(line), file=stream or sys.stdout)


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
            print(printable(f"{loaded.path}: {_count(errors, warnings)}"))
    return 1 if failed else 0


def _count(errors: int, warnings: int) -> str:
    """ "1 error, 0 warnings" ("1 error, 0 avisos")."""
    return _("{errors}, {warnings}").format(
        errors=ngettext("{n} error", "{n} errors", errors).format(n=errors),
        warnings=ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings),
    )


def run_show(args: argparse.Namespace) -> int:
    from liguilla_tui.core.resolve import resolve

    loaded = _load(args.file)
    if loaded.season is None:
        _print_diagnostics(loaded, loaded.diagnostics, stream=sys.stderr)
        return 1
    resolved = resolve(loaded.season)
    if args.format == "json":
        import json

        from liguilla_tui.report.json_report import document
        from liguilla_tui.report.safe import json_safe

        print(json_safe(json.dumps(document(resolved), ensure_ascii=False, indent=2)))
        return 0
    from liguilla_tui.report.text_report import render_markdown, render_text

    print(render_markdown(resolved) if args.format == "markdown" else render_text(resolved), end="")
    _print_diagnostics(loaded, resolved.diagnostics, stream=sys.stderr)
    return 0


def _write_output(path: str, text: str) -> str | None:
    """Write text to path as a save does (core/atomic.py); None or why not."""
    from liguilla_tui.core.atomic import write_output

    try:
        write_output(Path(path), text)
    except (OSError, ValueError) as exc:
        why = getattr(exc, "strerror", None) or exc
        return _("{path}: error: cannot write: {why}").format(path=path, why=why)
    return None


def run_import(args: argparse.Namespace) -> int:
    from liguilla_tui.footballtxt.importer import import_football_txt

    text, diagnostics = import_football_txt(
        args.files, preset=args.format, aliases=args.aliases, tournament=args.tournament
    )
    for d in diagnostics[:MAX_IMPORT_DIAGNOSTICS]:  # a 2.5 MB bad file once printed 120,002
        for line in d.lines():
            print(printable(line), file=sys.stderr)
    if len(diagnostics) > MAX_IMPORT_DIAGNOSTICS:
        more = diagnostics[MAX_IMPORT_DIAGNOSTICS:]
        errors = sum(d.is_error for d in more)
        hidden = ngettext("{n} more diagnostic not shown", "{n} more diagnostics not shown", len(more))
        print(
            "liguilla import: "
            + _("{hidden} ({count})").format(
                hidden=hidden.format(n=len(more)), count=_count(errors, len(more) - errors)
            ),
            file=sys.stderr,
        )
    if text is None or any(d.is_error for d in diagnostics):
        errors = sum(d.is_error for d in diagnostics)
        said = ngettext("{n} error; nothing written", "{n} errors; nothing written", errors).format(n=errors)
        print(f"liguilla import: {said}", file=sys.stderr)
        return 1
    return _emit(text, args.output)


def _emit(text: str, output: str | None) -> int:
    """Write to the -o file (atomically) or to standard output; 1 if the file could not be written."""
    if output:
        problem = _write_output(output, text)
        if problem:
            print(printable(problem), file=sys.stderr)
            return 1
        return 0
    sys.stdout.write(text)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from liguilla_tui.core.resolve import resolve

    fmt = args.format or (_EXPORT_SUFFIXES.get(Path(args.output).suffix.lower()) if args.output else None)
    if fmt == "json":
        set_language(None)  # the contract in English, as in main()
    if fmt is None:
        _command_parser("export").error(
            _("give --format ({formats}), or an -o file whose extension names one (.txt .md .wiki .csv .json)").format(
                formats="|".join(EXPORT_FORMATS)
            )
        )
    loaded = _load(args.file)
    if loaded.season is None:
        _print_diagnostics(loaded, loaded.diagnostics, stream=sys.stderr)
        return 1
    from liguilla_tui.report.export import render_export

    resolved = resolve(loaded.season)
    text = render_export(fmt, loaded.season, resolved)
    _print_diagnostics(loaded, resolved.diagnostics, stream=sys.stderr)
    return _emit(text, args.output)


def run_serve(args: argparse.Namespace) -> int:
    # Imported here: textual-serve is the optional serve extra, needed only by this command.
    from liguilla_tui.serve import serve

    return serve(args.file, host=args.host, port=args.port)


def run_scenarios(args: argparse.Namespace) -> int:
    from liguilla_tui.cli_scenarios import run

    return run(args)


def run_new(args: argparse.Namespace) -> int:
    from liguilla_tui.cli_new import run

    return run(args)


_RUN = {
    "check": run_check,
    "show": run_show,
    "scenarios": run_scenarios,
    "import": run_import,
    "export": run_export,
    "serve": run_serve,
    "new": run_new,
}


def run_app(args: argparse.Namespace) -> int:
    from liguilla_tui import heap  # the GC policy: why, in its docstring

    with heap.loading():
        settings, problems = _settings(args.config)
        if problems:
            for problem in problems:
                print(printable(problem.format(str(settings.path))), file=sys.stderr)
            return 2
        loaded = _load(args.file)
        if loaded.season is None:
            _print_diagnostics(loaded, loaded.diagnostics, stream=sys.stderr)
            return 1
        from liguilla_tui.app import LiguillaApp  # textual only when a screen is wanted

        app = LiguillaApp(loaded, settle_heap=True, settings=settings)
        heap.settle()
    app.run()
    return 0


def _command_first(argv: list[str]) -> list[str]:
    """`liguilla --lang es_MX check` as `liguilla check --lang es_MX`: a language given before
    the command is the command's."""
    i = 0
    while i < len(argv) and (argv[i] == "--lang" or argv[i].startswith("--lang=")):
        i += 1 if "=" in argv[i] else 2
    if 0 < i < len(argv) and argv[i] in COMMANDS:
        return [argv[i], *argv[:i], *argv[i + 1 :]]
    return argv


def main(argv: list[str] | None = None) -> int:
    argv = _command_first(list(sys.argv[1:] if argv is None else argv))
    _SETTINGS.clear()
    try:
        _early_language(argv)
        if argv and argv[0] in COMMANDS:
            command = argv.pop(0)
            args = _command_parser(command).parse_args(argv)
            _set_language(args)
            if getattr(args, "format", None) == "json":
                # The JSON contract is the same bytes in every language, diagnostics' messages
                # included (they are worded as a file is read): read and say it all in English.
                set_language(None)
            return _RUN[command](args)
        app_args = _app_parser().parse_args(argv)
        _set_language(app_args)
        return run_app(app_args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `liguilla show | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
