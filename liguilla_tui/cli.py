"""The `liguilla` command: the app by default; `check`, `show`, `scenarios`, `import` and `export`
without a screen; `serve` for the app in a web page. Here: what each command does, and the
run's settings and language; its arguments and help texts are in cli_parser.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from liguilla_tui.cli_parser import COMMANDS, EXPORT_FORMATS, app_parser, command_first, command_parser
from liguilla_tui.cli_season import load_named, print_diagnostics, say_diagnostics
from liguilla_tui.cli_words import speak_argparse
from liguilla_tui.i18n import _, language, ngettext, set_language
from liguilla_tui.report.safe import printable

MAX_IMPORT_DIAGNOSTICS = 200  # printed by `import`; the rest are counted
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


def _settings_said(config: str | None) -> tuple:
    """The settings and their problems, worded in the language now set: the file was first
    read to find that language, before any was set (a file with problems gives none)."""
    settings, problems = _settings(config)
    if problems:
        _SETTINGS.pop(config, None)
        settings, problems = _settings(config)
    return settings, problems


def _say_unusable_settings(args: argparse.Namespace, command: str) -> bool:
    """A command other than the app goes on without a settings file it cannot use (its
    language included), but says so, with the place: the app refuses to start on it, and
    so does `serve`, whose every page would be that app. True if the command may go on."""
    settings, problems = _settings_said(getattr(args, "config", None))
    for problem in problems:
        print(printable(problem.format(str(settings.path))), file=sys.stderr)
    if problems and command == "serve":
        return False
    if problems:
        print(_("liguilla: the settings file is ignored until it is fixed (the app will not start)"), file=sys.stderr)
    return True


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


def run_check(args: argparse.Namespace) -> int:
    from liguilla_tui.core.resolve import resolve

    failed = False
    for path in args.files or [None]:
        loaded = load_named(path)
        diagnostics = resolve(loaded.season).diagnostics if loaded.season else loaded.diagnostics
        print_diagnostics(loaded, diagnostics, args.quiet)
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

    loaded = load_named(args.file)
    if loaded.season is None:
        say_diagnostics(args, loaded, loaded.diagnostics, lambda: _read(args.file))
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
    print_diagnostics(loaded, resolved.diagnostics, stream=sys.stderr)
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
        args.user_language = getattr(args, "user_language", None) or language()  # for stderr
        set_language(None)  # the contract in English, as in main()
    if fmt is None:
        command_parser("export").error(
            _("give --format ({formats}), or an -o file whose extension names one (.txt .md .wiki .csv .json)").format(
                formats="|".join(EXPORT_FORMATS)
            )
        )
    loaded = load_named(args.file)
    if loaded.season is None:
        say_diagnostics(args, loaded, loaded.diagnostics, lambda: _read(args.file))
        return 1
    from liguilla_tui.report.export import render_export

    resolved = resolve(loaded.season)
    text = render_export(fmt, loaded.season, resolved)
    say_diagnostics(args, loaded, resolved.diagnostics, lambda: _read(args.file))
    return _emit(text, args.output)


def _read(file: str | None):
    """The file read and resolved (in the language then chosen): its diagnostics."""
    from liguilla_tui.core.resolve import resolve

    loaded = load_named(file)
    return loaded, (loaded.diagnostics if loaded.season is None else resolve(loaded.season).diagnostics)


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
        settings, problems = _settings_said(args.config)
        if problems:
            for problem in problems:
                print(printable(problem.format(str(settings.path))), file=sys.stderr)
            return 2
        loaded = load_named(args.file)
        if loaded.season is None:
            print_diagnostics(loaded, loaded.diagnostics, stream=sys.stderr)
            return 1
        from liguilla_tui.app import LiguillaApp  # textual only when a screen is wanted

        app = LiguillaApp(loaded, settle_heap=True, settings=settings)
        heap.settle()
    app.run()
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = command_first(list(sys.argv[1:] if argv is None else argv))
    _SETTINGS.clear()
    try:
        _early_language(argv)
        if argv and argv[0] in COMMANDS:
            command = argv.pop(0)
            args = command_parser(command).parse_args(argv)
            _set_language(args)
            if not _say_unusable_settings(args, command):
                return 2
            if getattr(args, "format", None) == "json":
                # The JSON contract is the same bytes in every language, diagnostics' messages
                # included (they are worded as a file is read): read and say it all in English;
                # standard error stays in the user's (cli_season.say_diagnostics).
                args.user_language = language()
                set_language(None)
            return _RUN[command](args)
        app_args = app_parser().parse_args(argv)
        _set_language(app_args)
        return run_app(app_args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `liguilla show | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
