"""football.txt (openfootball) in, a season file out: `liguilla import`.

A tournament is a regular season and its Liguilla: one file with `==` sections
(`== Apertura`, `== Apertura - Liguilla`, ... from 2018-19 on; pick the tournament) or
two files (`1-clausura.txt` and `1-clausura_liguilla.txt`). The season gets every
regular-season match as `results` (the general table is computed from them), the
Liguilla legs as `matches`, and the format preset of its era unless one is given.

Nothing is dropped silently: a line that cannot be read, a team spelling the alias file
does not know, a round the format does not have, all are FILE:LINE:COL diagnostics; what
the importer changes or infers (extra time where the round has none, a team barred
because it did not take part in the Liguilla, a shoot-out whose line cannot be right and
the winner the later rounds show) is a warning and a note in the season. A line whose
numbers contradict each other never stops the import (liguilla.py, shootouts.py).

Here: the steps in order. Reading the files (sources.py, files.py), the regular season
(regular.py), the Liguilla legs (liguilla.py), shoot-outs to settle (shootouts.py) and
barred teams (barred.py) each have their module.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from msgspec.structs import replace

from liguilla_tui.core.diagnostics import NOWHERE, Mark, error, warning
from liguilla_tui.core.fields import Reader
from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.load_format import read_format
from liguilla_tui.core.model import Barred, Format, Season, Team
from liguilla_tui.core.presets import PRESETS, preset_for
from liguilla_tui.core.resolve import resolve
from liguilla_tui.core.save import HEADER, emit_season, same_data
from liguilla_tui.core.table import compute_table
from liguilla_tui.footballtxt.aliases import load_aliases
from liguilla_tui.footballtxt.barred import BARRED_REASON, infer_barred
from liguilla_tui.footballtxt.collect import Collector
from liguilla_tui.footballtxt.diagnostics import ImportDiagnostic
from liguilla_tui.footballtxt.liguilla import read_legs
from liguilla_tui.footballtxt.regular import read_results
from liguilla_tui.footballtxt.shootouts import (
    drop_impossible_tiebreaks,
    settle_missing_shootouts,
    settle_shootouts,
)
from liguilla_tui.footballtxt.sources import _pick, _read_files, _year
from liguilla_tui.i18n import _
from liguilla_tui.i18n.ordinals import ordinal
from liguilla_tui.report.contract import in_english

__all__ = [
    "BARRED_REASON",
    "ImportDiagnostic",
    "Imported",
    "import_football_txt",
    "import_season",
    "infer_barred",
    "load_aliases",
]

COMPETITION = "Liga MX"


@dataclass
class Imported:
    """What an import gave: the season (None when it could not be built), its YAML text."""

    season: Season | None
    text: str | None
    diagnostics: list[ImportDiagnostic]

    @property
    def errors(self) -> list[ImportDiagnostic]:
        return [d for d in self.diagnostics if d.is_error]


def import_season(
    paths: Sequence[str | Path],
    preset: str | Format | None = None,
    aliases: str | Path | Mapping[str, Sequence[str]] | None = None,
    tournament: str | None = None,
    notes: Sequence[str] = (),
) -> Imported:
    """Read football.txt files into a Season and its canonical YAML text."""
    problems: list[ImportDiagnostic] = []
    names = load_aliases(aliases, problems)
    if any(d.is_error for d in problems):
        return Imported(None, None, problems)
    parts = _read_files(paths, problems)
    picked = _pick(parts, tournament, problems) if parts else None
    if picked is None:
        if not problems:
            problems.append(ImportDiagnostic("<arguments>", error(_("no football.txt files given"))))
        return Imported(None, None, problems)
    name, regular, liguilla = picked
    year = _year(name, regular)
    if year is None:
        problems.append(
            ImportDiagnostic(
                regular.path, error(_("cannot tell the year: no 'YYYY/YY' in the title and no dated match"), Mark(1, 1))
            )
        )
        return Imported(None, None, problems)
    fmt = _format(preset, year, name, regular.path, problems)
    if fmt is None:
        return Imported(None, None, problems)

    builder = Collector(names, problems)
    results = read_results(builder, regular)
    legs, doubtful = read_legs(builder, liguilla, fmt) if liguilla is not None else ([], [])
    builder.report_unknown()
    if any(d.is_error for d in problems):
        return Imported(None, None, problems)
    if results and not any(r.score is not None for r in results):
        # A season about to start: its fixtures are written (results without a score), and
        # the table, all level, seeds nobody yet.
        builder.say(
            regular.path,
            warning(
                _(
                    "no regular-season match has a score yet: the {count} fixtures are written without one, and the table is all level until results are entered"
                ).format(count=len(results)),
                Mark(regular.section.line, 1),
            ),
            "No regular-season match had been played in openfootball's data: every match is a fixture, "
            "and the table is all level until results are entered.",
        )

    teams_in_order = list(dict.fromkeys(t for r in results for t in (r.home, r.away)))
    table = compute_table(teams_in_order, tuple(results), fmt.table_order)
    barred: list[Barred] = []
    if legs:
        inferred, why_not = infer_barred(table, legs, fmt)
        if why_not is not None:
            builder.say(liguilla.path if liguilla else regular.path, warning(why_not))
        points = {r.team: r for r in table}
        for team, position, taker in inferred:
            row = points[team]
            instead = _took_place(taker, points)
            with in_english():  # the note is written into the season file: the same in every language
                note = (
                    f"{team}, {ordinal(position)} in the table computed from the results, did not take part in the "
                    f"Liguilla and is listed as barred (inferred; a relegated team, or from 2023 the team last in "
                    f"the coefficient table, may not play it){_took_place(taker, points)}."
                )
            builder.say(
                regular.path,
                warning(
                    _(
                        "{team} ({position} in the computed table, {points} pts) did not take part in the Liguilla: "
                        "barred, {reason}{instead}"
                    ).format(
                        team=team, position=ordinal(position), points=row.points, reason=BARRED_REASON, instead=instead
                    )
                ),
                note,
            )
            barred.append(Barred(team, BARRED_REASON))

    order = {row.team: row.position for row in table}
    teams = tuple(
        Team(team, aliases=tuple(s for s in builder.spellings.get(team, {}) if s != team))
        for team in sorted(teams_in_order, key=lambda t: order[t])
    )
    dated = sorted(leg.date for leg in legs if leg.date)
    sources = [regular.path] + ([liguilla.path] if liguilla and liguilla.path != regular.path else [])
    season = Season(
        competition=COMPETITION,
        tournament=name,
        year=year,
        title=f"{year} {COMPETITION} {name} Liguilla",
        format=fmt,
        teams=teams,
        table=(),
        barred=tuple(barred),
        legs=tuple(legs),
        results=tuple(results),
        country="MEX",
        start_date=dated[0] if dated else None,
        end_date=dated[-1] if dated else None,
        source="openfootball/mexico (CC0 1.0), football.txt: " + ", ".join(_short(p) for p in sources),
    )
    season = settle_shootouts(builder, season, doubtful)  # these say why: notes only after them
    if liguilla is not None:
        season = drop_impossible_tiebreaks(builder, season, liguilla.path)
        season = settle_missing_shootouts(builder, season, liguilla.path)
    season = replace(season, notes=tuple(dict.fromkeys([*builder.notes, *notes])))
    resolved = resolve(season)
    for d in resolved.diagnostics:
        builder.say(liguilla.path if liguilla is not None and d.line else regular.path, d)
    text = _season_text(season, sources)
    loaded = load_season_text(text, "<imported season>")
    if loaded.season is None or not same_data(loaded.season, season) or any(d.is_error for d in loaded.diagnostics):
        for d in loaded.diagnostics:
            problems.append(ImportDiagnostic("<imported season>", d))
        problems.append(
            ImportDiagnostic(
                "<imported season>",
                error(_("the season written does not read back as imported (a bug in liguilla import)")),
            )
        )
    return Imported(season, text, problems)


def import_football_txt(
    paths: Sequence[str | Path],
    preset: str | Format | None = None,
    aliases: str | Path | Mapping[str, Sequence[str]] | None = None,
    tournament: str | None = None,
    notes: Sequence[str] = (),
) -> tuple[str | None, list[ImportDiagnostic]]:
    """(season YAML text, diagnostics); the text is None when no season could be built."""
    imported = import_season(paths, preset, aliases, tournament, notes)
    return imported.text, imported.diagnostics


def _format(
    preset: str | Format | None, year: int, tournament: str, path: str, problems: list[ImportDiagnostic]
) -> Format | None:
    if isinstance(preset, Format):
        return preset
    name = preset or preset_for(year, tournament)
    if name not in PRESETS:
        problems.append(
            ImportDiagnostic(
                "<arguments>",
                error(_("unknown format preset '{name}' (known: {join})").format(name=name, join=", ".join(PRESETS))),
            )
        )
        return None
    reader = Reader()
    fmt = read_format(reader, name, NOWHERE)
    problems.extend(ImportDiagnostic(path, d) for d in reader.diagnostics)
    return fmt


def _took_place(taker: str | None, points) -> str:
    if not taker:
        return ""
    return _("; {taker} ({position}) takes its place").format(taker=taker, position=ordinal(points[taker].position))


def _short(path: str) -> str:
    """A source file named by its season folder and name: 2012-13/1-clausura.txt."""
    p = Path(path)
    return f"{p.parent.name}/{p.name}" if p.parent.name else p.name


def _season_text(season: Season, sources: list[str]) -> str:
    text = emit_season(season)
    if text.startswith(HEADER):
        text = text[len(HEADER) :].lstrip("\n")
    head = [
        f"# {season.title}: imported by `liguilla import` from openfootball/mexico (CC0 1.0):",
        *(f"#   {_short(p)}" for p in sources),
        "# The general table is computed from `results`; `matches` are the Liguilla legs.",
        "",
    ]
    return "\n".join(_comment_safe(line) for line in head) + "\n" + text


def _comment_safe(line: str) -> str:
    return "".join(" " if ch in "\r\n\x85\u2028\u2029" else ch for ch in line)
