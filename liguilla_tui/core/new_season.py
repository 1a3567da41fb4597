"""A season not yet played: its teams read from a list, its table all level, its file text.

Used by `liguilla new --teams FILE` and by the app's "New season…" dialog. The list of
teams is hostile input (a file, or text pasted into the dialog): every line it refuses is a
diagnostic at LINE:COL, and nothing is built from a list with an error.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from liguilla_tui.core.diagnostics import NOWHERE, Diagnostic, Mark, Note, error
from liguilla_tui.core.fields import Reader
from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.load_format import read_format
from liguilla_tui.core.model import Format, Season, TableRow, Team
from liguilla_tui.core.presets import PRESETS, preset_for
from liguilla_tui.core.save import emit_season, same_data
from liguilla_tui.i18n import _

COMPETITION = "Liga MX"
TOURNAMENTS = ("Apertura", "Clausura")
MAX_TEAM_NAME = 40  # characters: the longest Liga MX name in the data is 22
MAX_TEAMS = 64
MAX_LIST_BYTES = 64 * 1024  # a list of 64 teams of 40 characters is under 12 KB
YEARS = (1943, 2200)  # the first professional season; far enough ahead
BOM = "\ufeff"
# Control, format (zero-width, bidi overrides), surrogate, private-use, unassigned, and line
# or paragraph separators: never part of a team's name, and each would garble a screen.
_BAD_CATEGORIES = frozenset(("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))


def newest_preset() -> str:
    return list(PRESETS)[-1]


def current_tournament(today: date | None = None) -> tuple[str, int]:
    """The tournament being played or about to be: the Clausura from January to June."""
    today = today or date.today()
    return ("Clausura" if today.month <= 6 else "Apertura"), today.year


def tournament_name(text: str) -> str | None:
    """'apertura', 'Clausura', ... -> 'Apertura' / 'Clausura'; None if neither."""
    folded = text.strip().casefold()
    return next((t for t in TOURNAMENTS if t.casefold() == folded), None)


def year_problem(year: int) -> str | None:
    if not YEARS[0] <= year <= YEARS[1]:
        return _("the year must be between {low} and {high}").format(low=YEARS[0], high=YEARS[1])
    return None


def read_team_list(data: bytes | str) -> tuple[list[str], list[Diagnostic]]:
    """Teams, one a line: (names in order, diagnostics). A leading byte-order mark and CRLF
    line ends are taken as the encoding they are; blank lines are skipped; spaces around a
    name are not part of it. Everything else odd is an error at its line and column."""
    problems: list[Diagnostic] = []
    if isinstance(data, bytes):
        if len(data) > MAX_LIST_BYTES:
            return [], [
                error(
                    _("too large for a list of teams ({size} bytes; at most {most})").format(
                        size=len(data), most=MAX_LIST_BYTES
                    )
                )
            ]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            row = data.count(b"\n", 0, exc.start) + 1
            column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            return [], [error(_("not UTF-8 text (byte 0x{byte:02x})").format(byte=data[exc.start]), Mark(row, column))]
    else:
        text = data
    if text.startswith(BOM):
        text = text[1:]
    names: list[str] = []
    first_seen: dict[str, int] = {}
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw[:-1] if raw.endswith("\r") else raw
        bad = next((i for i, ch in enumerate(line) if unicodedata.category(ch) in _BAD_CATEGORIES), None)
        if bad is not None:
            problems.append(
                error(
                    _("a control or invisible character ({code}) in a team's name").format(
                        code=f"U+{ord(line[bad]):04X}"
                    ),
                    Mark(number, bad + 1),
                )
            )
            continue
        name = line.strip()
        if not name:
            continue
        column = len(line) - len(line.lstrip()) + 1
        if len(name) > MAX_TEAM_NAME:
            problems.append(
                error(
                    _("a team's name of {length} characters (at most {most})").format(
                        length=len(name), most=MAX_TEAM_NAME
                    ),
                    Mark(number, column + MAX_TEAM_NAME),
                )
            )
            continue
        key = " ".join(name.casefold().split())
        if key in first_seen:
            where = first_seen[key]
            problems.append(
                error(
                    _("{team} is listed twice (first on line {line})").format(team=name, line=where),
                    Mark(number, column),
                    (Note(_("first listed here"), Mark(where, 1)),),
                )
            )
            continue
        first_seen[key] = number
        names.append(name)
    if len(names) > MAX_TEAMS:
        problems.append(error(_("{count} teams: at most {most}").format(count=len(names), most=MAX_TEAMS)))
    return names, problems


def preset_format(name: str) -> Format:
    """A named preset as the loader reads it (the season file then names the preset)."""
    fmt = read_format(Reader(), name, NOWHERE)
    assert fmt is not None, name  # every name in PRESETS reads
    return fmt


def too_few_teams(preset: str, teams: list[str]) -> str | None:
    needed = PRESETS[preset]["qualifiers"]
    if len(teams) < needed:
        return _(
            "the {preset} format takes {needed} teams to the Liguilla: list at least {needed} (now {count})"
        ).format(preset=preset, needed=needed, count=len(teams))
    return None


def blank_season(tournament: str, year: int, teams: list[str], preset: str | None = None) -> Season:
    """A season before its first match: every team on 0 points, in the order listed."""
    name = tournament_name(tournament) or tournament
    fmt = preset_format(preset or preset_for(year, name))
    return Season(
        competition=COMPETITION,
        tournament=name,
        year=year,
        title=f"{year} {COMPETITION} {name} Liguilla",
        format=fmt,
        teams=tuple(Team(t) for t in teams),
        table=tuple(TableRow(i, t, 0, 0, 0, 0, 0, 0, 0, 0) for i, t in enumerate(teams, start=1)),
        country="MEX",
        notes=("Made by liguilla new: type the general table (e on a team) and the legs as they are played.",),
    )


def season_text(season: Season) -> tuple[str | None, list[Diagnostic]]:
    """The season's file text, read back to be sure it holds the season (None if not)."""
    text = emit_season(season)
    loaded = load_season_text(text, "<new season>")
    errors = [d for d in loaded.diagnostics if d.is_error]
    if loaded.season is None or errors or not same_data(loaded.season, season):
        return None, [*errors, error("the new season does not read back as written (a bug in liguilla new)")]
    return text, []
