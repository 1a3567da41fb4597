"""The `liguilla` command line as argparse reads it: the app's options, each command's
arguments and help texts, and the command word found wherever --lang puts it. What each
command does is in cli.py (and cli_new.py, cli_scenarios.py)."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from liguilla_tui import __version__
from liguilla_tui.i18n import _
from liguilla_tui.report.safe import printable

COMMANDS = ("check", "show", "scenarios", "import", "export", "serve", "new")
EXPORT_FORMATS = ("football.txt", "markdown", "wikitext", "csv", "json")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's default exit code for usage is 2 too
        self.print_usage(sys.stderr)
        print(_("{prog}: error: {message}").format(prog=self.prog, message=message), file=sys.stderr)
        raise SystemExit(2)


def app_parser() -> argparse.ArgumentParser:
    """`liguilla [FILE]`: the app, with no command."""
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


def command_parser(command: str) -> argparse.ArgumentParser:
    """`liguilla COMMAND ...`, one of COMMANDS."""
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
        parser.add_argument("files", nargs="+", metavar="FILE", help=_("one or more football.txt files"))
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


def command_first(argv: list[str]) -> list[str]:
    """`liguilla --lang es_MX check` as `liguilla check --lang es_MX`: a language given before
    the command is the command's."""
    i = 0
    while i < len(argv) and (argv[i] == "--lang" or argv[i].startswith("--lang=")):
        i += 1 if "=" in argv[i] else 2
    if 0 < i < len(argv) and argv[i] in COMMANDS:
        return [argv[i], *argv[:i], *argv[i + 1 :]]
    return argv
