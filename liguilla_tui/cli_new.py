"""`liguilla new OUT.yaml`: a season file for a tournament not yet played, or being played.

From a football.txt file with the regular season so far (`--from`: the importer reads it,
played matches as results and the rest as fixtures), or from a list of teams (`--teams`:
the table all level, to be typed in the app). Nothing is written when anything is wrong,
an existing file is never replaced without --force, and nothing goes inside the package.
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from pathlib import Path

from liguilla_tui.i18n import _, ngettext
from liguilla_tui.report.safe import printable

MAX_DIAGNOSTICS = 200


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from liguilla_tui.core.new_season import newest_preset
    from liguilla_tui.core.presets import PRESETS, preset_summary

    # Raw: the presets are listed one a line (wrapped, a name would break at its hyphens).
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = _("format presets:") + "".join(f"\n  {name:<24} {preset_summary(name)}" for name in PRESETS)
    parser.description = textwrap.fill(
        _(
            "Start a season file for a tournament not yet played or being played: from a football.txt file "
            "with the regular season so far (--from), or from a list of teams, one a line (--teams), whose "
            "table you then type in the app. Never replaces an existing file without --force."
        ),
        78,
    )
    parser.add_argument(
        "output", metavar="OUT.yaml", help=_("the season file to write (relative: in the current folder)")
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--from", dest="source", metavar="FILE", help=_("football.txt file with the regular season so far")
    )
    source.add_argument("--teams", metavar="FILE", help=_("the teams, one a line (UTF-8)"))
    parser.add_argument(
        "--format",
        "-f",
        choices=tuple(PRESETS),
        metavar="PRESET",
        help=_("format preset (default: the era's, {newest} for a season played now; listed below)").format(
            newest=newest_preset()
        ),
    )
    parser.add_argument(
        "--tournament", "-t", choices=("apertura", "clausura"), type=str.lower, help=_("apertura or clausura")
    )
    parser.add_argument("--year", "-y", type=int, help=_("the tournament's year (default: this year)"))
    parser.add_argument(
        "--aliases", "-a", metavar="FILE", help=_("with --from: more team spellings, as for liguilla import")
    )
    parser.add_argument("--force", action="store_true", help=_("replace OUT.yaml if it exists"))


def _fail(message: str) -> int:
    print(printable(message), file=sys.stderr)
    print(_("liguilla new: nothing written"), file=sys.stderr)
    return 1


def _print(diagnostics, path: str | None = None) -> None:
    """Core diagnostics (given the file they are about) or the importer's (which know it)."""
    for d in diagnostics[:MAX_DIAGNOSTICS]:
        for line in d.lines(path) if path is not None else d.lines():
            print(printable(line), file=sys.stderr)
    hidden = len(diagnostics) - MAX_DIAGNOSTICS
    if hidden > 0:
        print(
            ngettext(
                "liguilla new: {count} more diagnostic not shown",
                "liguilla new: {count} more diagnostics not shown",
                hidden,
            ).format(count=hidden),
            file=sys.stderr,
        )


def _target_problem(out: Path, force: bool) -> str | None:
    from liguilla_tui.seasons import seasons_dir

    package = Path(__file__).resolve().parent
    where = out.resolve()
    if where.is_relative_to(package) or where.is_relative_to(seasons_dir().resolve()):
        return _("{path}: error: inside the installed package (or its bundled seasons): choose another folder").format(
            path=out
        )
    if os.path.lexists(out) and not force:
        return _("{path}: error: the file exists; give --force to replace it").format(path=out)
    if not out.parent.is_dir():
        return _("{path}: error: no such folder: {folder}").format(path=out, folder=out.parent)
    return None


def _from_teams(args: argparse.Namespace) -> tuple[str | None, int]:
    from liguilla_tui.core.new_season import (
        MAX_LIST_BYTES,
        blank_season,
        current_tournament,
        read_team_list,
        season_text,
        too_few_teams,
        tournament_name,
        year_problem,
    )
    from liguilla_tui.core.presets import preset_for

    try:
        with open(args.teams, "rb") as handle:
            data = handle.read(MAX_LIST_BYTES + 1)
    except OSError as exc:
        return None, _fail(f"{args.teams}: error: {exc.strerror or exc}")
    teams, problems = read_team_list(data)
    if problems:
        _print(problems, args.teams)
        return None, _fail(
            ngettext(
                "liguilla new: {count} error in {path}", "liguilla new: {count} errors in {path}", len(problems)
            ).format(count=len(problems), path=args.teams)
        )
    default_tournament, default_year = current_tournament()
    tournament = (tournament_name(args.tournament) if args.tournament else None) or default_tournament
    year = args.year if args.year is not None else default_year
    wrong_year = year_problem(year)
    if wrong_year:
        return None, _fail(_("liguilla new: error: {problem}").format(problem=wrong_year))
    preset = args.format or preset_for(year, tournament)
    few = too_few_teams(preset, teams)
    if few:
        return None, _fail(f"{args.teams}: error: {few}")
    text, problems = season_text(blank_season(tournament, year, teams, preset))
    if text is None:
        _print(problems, "<new season>")
        return None, _fail(_("liguilla new: the season could not be written"))
    return text, 0


def _from_football_txt(args: argparse.Namespace) -> tuple[str | None, int]:
    from liguilla_tui.footballtxt.importer import import_season

    imported = import_season([args.source], preset=args.format, aliases=args.aliases, tournament=args.tournament)
    _print(imported.diagnostics)
    if imported.text is None or imported.season is None or imported.errors:
        return None, _fail(
            ngettext("liguilla new: {count} error", "liguilla new: {count} errors", len(imported.errors)).format(
                count=len(imported.errors)
            )
        )
    if args.year is not None and args.year != imported.season.year:
        return None, _fail(
            _("{path}: error: the file holds the {year} {tournament}, not the {wanted} one").format(
                path=args.source, year=imported.season.year, tournament=imported.season.tournament, wanted=args.year
            )
        )
    return imported.text, 0


def run(args: argparse.Namespace) -> int:
    from liguilla_tui.core.atomic import write_atomic

    if not args.source and not args.teams:
        return _fail(
            _(
                "liguilla new: error: give the teams, one a line (--teams FILE), or a football.txt file with "
                "the regular season so far (--from FILE)"
            )
        )
    out = Path(args.output).expanduser()
    problem = _target_problem(out, args.force)
    if problem:
        return _fail(problem)
    text, code = _from_teams(args) if args.teams else _from_football_txt(args)
    if text is None:
        return code
    try:
        write_atomic(out, text)
    except (OSError, ValueError) as exc:
        return _fail(f"{out}: error: {getattr(exc, 'strerror', None) or exc}")
    print(_("Wrote {path}: open it with  liguilla {path}").format(path=printable(str(out))))
    return 0
