"""football.txt (openfootball) in, a season file out: `liguilla import`.

A tournament is a regular season and its Liguilla: one file with `==` sections
(`== Apertura`, `== Apertura - Liguilla`, ... from 2018-19 on; pick the tournament) or
two files (`1-clausura.txt` and `1-clausura_liguilla.txt`). The season gets every
regular-season match as `results` (the general table is computed from them), the
Liguilla legs as `matches`, and the format preset of its era unless one is given.

Nothing is dropped silently: a line that cannot be read, a team spelling the alias file
does not know, a round the format does not have, all are FILE:LINE:COL diagnostics; what
the importer changes or infers (extra time where the round has none, a team barred
because it did not take part in the Liguilla) is a warning and a note in the season.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml
from msgspec.structs import replace

from liguilla_tui.core.diagnostics import NOWHERE, Diagnostic, Mark, error, warning
from liguilla_tui.core.fields import Reader
from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.load_format import read_format
from liguilla_tui.core.model import Barred, Format, Leg, Result, RoundSpec, Season, Team
from liguilla_tui.core.presets import PRESETS, preset_for
from liguilla_tui.core.resolve import resolve
from liguilla_tui.core.save import HEADER, emit_season, same_data
from liguilla_tui.core.table import compute_table
from liguilla_tui.footballtxt.aliases import Aliases, load_aliases
from liguilla_tui.footballtxt.diagnostics import ImportDiagnostic
from liguilla_tui.footballtxt.reader import Match, Round
from liguilla_tui.footballtxt.sources import _Part, _pick, _read_files, _year

__all__ = ["BARRED_REASON", "ImportDiagnostic", "Imported", "import_football_txt", "import_season",
           "load_aliases"]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

COMPETITION = "Liga MX"
BARRED_REASON = ("did not take part in the Liguilla (inferred from the results; relegated or barred "
                 "by the coefficient table)")

# Liguilla round headers seen in openfootball (and the usual English/Spanish variants).
ROUND_HEADERS: dict[str, str] = {
    "cuartos de final": "quarterfinals", "cuartos": "quarterfinals", "quarterfinals": "quarterfinals",
    "quarter-finals": "quarterfinals", "quarter finals": "quarterfinals",
    "semifinales": "semifinals", "semifinal": "semifinals", "semifinals": "semifinals",
    "semi-finals": "semifinals", "semi finals": "semifinals",
    "final": "final", "finals": "final", "gran final": "final",
    "reclassification": "reclassification", "reclasificación": "reclassification",
    "reclasificacion": "reclassification", "repechaje": "reclassification",
    # 2020 Apertura: openfootball calls the reclassification "Round 1".
    "round 1": "reclassification",
    "play-in": "playin", "play-in round 1": "playin", "play-in round 2": "playin_8th",
}
_MATCHDAY = re.compile(r"(\d+)\s*$")


@dataclass
class Imported:
    """What an import gave: the season (None when it could not be built), its YAML text."""

    season: Season | None
    text: str | None
    diagnostics: list[ImportDiagnostic]

    @property
    def errors(self) -> list[ImportDiagnostic]:
        return [d for d in self.diagnostics if d.is_error]


# --- building the season -------------------------------------------------------------------

class _Builder:
    def __init__(self, aliases: Aliases, problems: list[ImportDiagnostic]) -> None:
        self.aliases = aliases
        self.problems = problems
        self.notes: list[str] = []
        self.spellings: dict[str, dict[str, None]] = {}  # canonical -> spellings seen, in order
        self.unknown: dict[str, list[tuple[str, Mark]]] = {}

    def say(self, path: str, diagnostic: Diagnostic, note: str | None = None) -> None:
        self.problems.append(ImportDiagnostic(path, diagnostic))
        if note is not None:
            self.notes.append(note)

    def team(self, part: _Part, match: Match, side: str) -> str | None:
        spelling = match.home if side == "home" else match.away
        canonical = self.aliases.lookup(spelling)
        line = part.text_lines[match.line - 1] if match.line - 1 < len(part.text_lines) else ""
        at = line.find(spelling) if side == "home" else line.rfind(spelling)
        mark = Mark(match.line, at + 1 if at >= 0 else 1)
        if canonical is None:
            self.unknown.setdefault(spelling, []).append((part.path, mark))
            return None
        self.spellings.setdefault(canonical, {})[spelling] = None
        return canonical

    def report_unknown(self) -> None:
        for spelling, places in self.unknown.items():
            path, mark = places[0]
            hint = self.aliases.suggest(spelling)
            also = f" (and {len(places) - 1} more match(es))" if len(places) > 1 else ""
            near = f"; did you mean {hint}?" if hint else ""
            self.say(path, error(
                f"unknown team '{spelling}'{also}{near} Add it to an alias file and pass --aliases FILE, "
                f"e.g. a line `{hint or 'Canonical Name'}: [{spelling}]`", mark))

    def results(self, part: _Part) -> list[Result]:
        out: list[Result] = []
        unplayed: list[Match] = []
        seen: dict[tuple[str, str], int] = {}
        for rnd in part.section.rounds:
            number = _MATCHDAY.search(rnd.name)
            matchday = int(number.group(1)) if number and 1 <= int(number.group(1)) <= 99 else None
            if matchday is None:
                self.say(part.path, warning(f"round '{rnd.name}' has no matchday number (1 to 99): "
                                            "its matches are imported without one", Mark(rnd.line, 1)),
                         f"{part.section.name}: round '{rnd.name}' has no matchday number.")
            for match in rnd.matches:
                home, away = self.team(part, match, "home"), self.team(part, match, "away")
                if home is None or away is None:
                    continue
                where = Mark(match.line, _indent(part, match) + 1)
                label = f"{home} v {away}" + (f" (matchday {matchday})" if matchday else "")
                if home == away:
                    self.say(part.path, error(f"{home} cannot play itself", where))
                    continue
                if (home, away) in seen:
                    self.say(part.path, warning(f"{label} is listed twice (first at line {seen[(home, away)]}); "
                                                "both count in the table", where),
                             f"openfootball lists {label} twice; both count in the table.")
                seen.setdefault((home, away), match.line)
                score = match.full_time
                if match.status == "cancelled":
                    self.say(part.path, warning(f"{label} was cancelled: it does not count in the table", where),
                             f"{label} was cancelled (openfootball: [cancelled]); it does not count.")
                elif match.status == "awarded":
                    self.say(part.path, warning(
                        f"{label} was awarded {_dash(score)}: the awarded score counts in the table", where),
                        f"{label} was awarded {_dash(score)} (openfootball: [awarded]); "
                        "the awarded score counts in the table.")
                elif match.status is not None:
                    self.say(part.path, warning(f"{label} is flagged [{match.status}]; its score is counted "
                                                "as given", where),
                             f"{label} is flagged [{match.status}] in openfootball; its score is counted as given.")
                elif score is None:
                    unplayed.append(match)
                if score is not None and (match.after_extra_time or match.penalties):
                    self.say(part.path, warning(f"{label}: extra time or penalties in a regular-season match; "
                                                "only the full-time score counts", where),
                             f"{label}: openfootball gives extra time or penalties; only the 90 minutes count.")
                out.append(Result(home, away, score, matchday, match.date, match.kickoff, where))
        if unplayed:
            first = unplayed[0]
            self.say(part.path, warning(
                f"{len(unplayed)} regular-season match(es) have no score yet: the table counts the played ones",
                Mark(first.line, _indent(part, first) + 1)),
                f"{len(unplayed)} regular-season match(es) had no score in openfootball (not yet played).")
        return out

    def legs(self, part: _Part, fmt: Format) -> list[Leg]:
        meetings: dict[tuple[str, frozenset[str]], list[tuple[Match, Leg]]] = {}
        order: list[tuple[Match, Leg]] = []
        for rnd in part.section.rounds:
            spec = self.round_of(part, rnd, fmt)
            for match in rnd.matches:
                home, away = self.team(part, match, "home"), self.team(part, match, "away")
                if spec is None or home is None or away is None:
                    continue
                where = Mark(match.line, _indent(part, match) + 1)
                if home == away:
                    self.say(part.path, error(f"{home} cannot play itself", where))
                    continue
                leg = self.leg(part, spec, match, home, away, where)
                if leg is None:
                    continue
                entry = (match, leg)
                meetings.setdefault((spec.key, frozenset((home, away))), []).append(entry)
                order.append(entry)
        numbered: dict[int, Leg] = {}
        for (key, _), entries in meetings.items():
            spec = fmt.round(key)
            assert spec is not None
            if all(m.date for m, _ in entries):
                entries = sorted(entries, key=lambda e: (e[0].date, e[0].line))
            if len(entries) > spec.legs:
                extra = entries[spec.legs][1]
                self.say(part.path, error(
                    f"{extra.home} and {extra.away} meet {len(entries)} times in the {spec.name}; "
                    f"the round has {spec.legs} leg(s)", extra.mark))
                entries = entries[: spec.legs]
            for number, (match, leg) in enumerate(entries, start=1):
                numbered[id(leg)] = self.check_last_leg(part, spec, replace(leg, leg=number))
        return [numbered[id(leg)] for _, leg in order if id(leg) in numbered]

    def round_of(self, part: _Part, rnd: Round, fmt: Format) -> RoundSpec | None:
        header = " ".join(rnd.name.split()).casefold()
        key = ROUND_HEADERS.get(header)
        spec = fmt.round(key) if key else None
        if spec is None:  # the format's own names: a round key, name or short name
            spec = next((r for r in fmt.rounds if header in (r.key.casefold(), r.name.casefold(),
                                                             r.short.casefold())), None)
        if spec is None:
            known = ", ".join(f"{r.key} ({r.name})" for r in fmt.rounds)
            what = f"the {key} round, which" if key else "a round"
            self.say(part.path, error(
                f"'{rnd.name}' is {what} the format {fmt.preset or ''} does not have (it has: {known}); "
                "its matches are not imported", Mark(rnd.line, 1)))
        return spec

    def leg(self, part: _Part, spec: RoundSpec, match: Match, home: str, away: str, where: Mark) -> Leg | None:
        label = f"{home} v {away} ({spec.name})"
        score, extra, pens = match.full_time, None, match.penalties
        if match.status == "cancelled":
            self.say(part.path, warning(f"{label} was cancelled: imported as not played", where),
                     f"{label} was cancelled in openfootball; imported as not played.")
        elif match.status is not None:
            self.say(part.path, warning(f"{label} is flagged [{match.status}]; its score is used as given", where),
                     f"{label} is flagged [{match.status}] in openfootball; its score is used as given.")
        if score is None:
            return Leg(spec.key, 1, home, away, match.date, match.kickoff, mark=where)
        if match.after_extra_time is not None:
            extra = match.extra_time_goals
            assert extra is not None
            if extra[0] < 0 or extra[1] < 0:
                self.say(part.path, error(
                    f"{label}: the score after extra time {_dash(match.after_extra_time)} is lower than the "
                    f"full-time score {_dash(score)}", where))
                return None
            if "extra_time" not in spec.tiebreak:
                self.say(part.path, warning(
                    f"{label}: openfootball gives {_dash(match.after_extra_time)} a.e.t., but the {spec.name} "
                    f"have no extra time: the full-time {_dash(score)} is kept and the a.e.t. score dropped",
                    where),
                    f"{label}, {match.date or 'date unknown'}: openfootball writes "
                    f"{_dash(match.after_extra_time)} a.e.t., but the {spec.name} had no extra time; "
                    f"imported as {_dash(score)} at full time"
                    + (f", {_dash(pens)} on penalties." if pens else "."))
                extra = None
        if pens is not None and "penalties" not in spec.tiebreak:
            self.say(part.path, error(f"{label}: penalties {_dash(pens)}, but the {spec.name} have no shoot-out "
                                      "in this format (--format another preset?)", where))
            return None
        if pens is not None and pens[0] == pens[1]:
            self.say(part.path, error(f"{label}: a shoot-out cannot end level ({_dash(pens)})", where))
            return None
        return Leg(spec.key, 1, home, away, match.date, match.kickoff, score, extra, pens, mark=where)

    def check_last_leg(self, part: _Part, spec: RoundSpec, leg: Leg) -> Leg:
        if (leg.extra_time or leg.penalties) and leg.leg != spec.legs:
            self.say(part.path, error(
                f"{leg.home} v {leg.away}: extra time or penalties in leg {leg.leg} of the {spec.name}; "
                f"they come only after leg {spec.legs}: dropped", leg.mark))
            return replace(leg, extra_time=None, penalties=None)
        return leg


def _indent(part: _Part, match: Match) -> int:
    line = part.text_lines[match.line - 1] if match.line - 1 < len(part.text_lines) else ""
    return len(line) - len(line.lstrip())


def _dash(pair: tuple[int, int] | None) -> str:
    return "-" if pair is None else f"{pair[0]}-{pair[1]}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def infer_barred(table, legs: Sequence[Leg], fmt: Format) -> tuple[list[tuple[str, int, str]], str | None]:
    """Teams placed above the last Liguilla team that did not play in it: (team, position,
    who took the place), or why none can be inferred."""
    playing = {team for leg in legs for team in (leg.home, leg.away)}
    if len(playing) != fmt.qualifiers:
        return [], (f"the Liguilla's legs name {len(playing)} teams and the format takes {fmt.qualifiers}: "
                    "no barred teams inferred")
    rows = sorted(table, key=lambda r: r.position)
    missing = playing - {r.team for r in rows}
    if missing:
        return [], f"{', '.join(sorted(missing))} play in the Liguilla but not in the regular season"
    barred: list[tuple[str, int]] = []
    taken = 0
    for row in rows:
        if taken == fmt.qualifiers:
            break
        if row.team in playing:
            taken += 1
        else:
            barred.append((row.team, row.position))
    # The barred teams' places go to the best-placed Liguilla teams below the line they left.
    inside = [r.team for r in rows if r.team in playing]
    line_teams = inside[fmt.qualifiers - len(barred):]
    return [(team, pos, line_teams[i] if i < len(line_teams) else "") for i, (team, pos) in enumerate(barred)], None


def import_season(paths: Sequence[str | Path], preset: str | Format | None = None,
                  aliases: str | Path | Mapping[str, Sequence[str]] | None = None,
                  tournament: str | None = None, notes: Sequence[str] = ()) -> Imported:
    """Read football.txt files into a Season and its canonical YAML text."""
    problems: list[ImportDiagnostic] = []
    names = load_aliases(aliases, problems)
    if any(d.is_error for d in problems):
        return Imported(None, None, problems)
    parts = _read_files(paths, problems)
    picked = _pick(parts, tournament, problems) if parts else None
    if picked is None:
        if not problems:
            problems.append(ImportDiagnostic("<arguments>", error("no football.txt files given")))
        return Imported(None, None, problems)
    name, regular, liguilla = picked
    year = _year(name, regular)
    if year is None:
        problems.append(ImportDiagnostic(regular.path, error(
            "cannot tell the year: no 'YYYY/YY' in the title and no dated match", Mark(1, 1))))
        return Imported(None, None, problems)
    fmt = _format(preset, year, name, regular.path, problems)
    if fmt is None:
        return Imported(None, None, problems)

    builder = _Builder(names, problems)
    results = builder.results(regular)
    legs = builder.legs(liguilla, fmt) if liguilla is not None else []
    builder.report_unknown()
    if any(d.is_error for d in problems):
        return Imported(None, None, problems)
    if not any(r.score is not None for r in results):
        problems.append(ImportDiagnostic(regular.path, error("no regular-season match has a score: "
                                                             "there is no table to seed the Liguilla")))
        return Imported(None, None, problems)

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
            instead = f"; {taker} ({_ordinal(points[taker].position)}) takes its place" if taker else ""
            builder.say(regular.path, warning(
                f"{team} ({_ordinal(position)} in the computed table, {row.points} pts) did not take part in the "
                f"Liguilla: barred, {BARRED_REASON}{instead}"),
                f"{team}, {_ordinal(position)} in the table computed from the results, did not take part in the "
                f"Liguilla and is listed as barred (inferred; a relegated team, or from 2023 the team last in "
                f"the coefficient table, may not play it){instead}.")
            barred.append(Barred(team, BARRED_REASON))

    order = {row.team: row.position for row in table}
    teams = tuple(Team(team, aliases=tuple(s for s in builder.spellings.get(team, {}) if s != team))
                  for team in sorted(teams_in_order, key=lambda t: order[t]))
    dated = sorted(leg.date for leg in legs if leg.date)
    sources = [regular.path] + ([liguilla.path] if liguilla and liguilla.path != regular.path else [])
    season = Season(
        competition=COMPETITION, tournament=name, year=year,
        title=f"{year} {COMPETITION} {name} Liguilla", format=fmt, teams=teams, table=(),
        barred=tuple(barred), legs=tuple(legs), results=tuple(results), country="MEX",
        start_date=dated[0] if dated else None, end_date=dated[-1] if dated else None,
        source="openfootball/mexico (CC0 1.0), football.txt: " + ", ".join(_short(p) for p in sources),
        notes=tuple(dict.fromkeys([*builder.notes, *notes])),
    )
    resolved = resolve(season)
    for d in resolved.diagnostics:
        builder.say(liguilla.path if liguilla is not None and d.line else regular.path, d)
    text = _season_text(season, sources)
    loaded = load_season_text(text, "<imported season>")
    if loaded.season is None or not same_data(loaded.season, season) or any(d.is_error for d in loaded.diagnostics):
        for d in loaded.diagnostics:
            problems.append(ImportDiagnostic("<imported season>", d))
        problems.append(ImportDiagnostic("<imported season>", error(
            "the season written does not read back as imported (a bug in liguilla import)")))
    return Imported(season, text, problems)


def import_football_txt(paths: Sequence[str | Path], preset: str | Format | None = None,
                        aliases: str | Path | Mapping[str, Sequence[str]] | None = None,
                        tournament: str | None = None,
                        notes: Sequence[str] = ()) -> tuple[str | None, list[ImportDiagnostic]]:
    """(season YAML text, diagnostics); the text is None when no season could be built."""
    imported = import_season(paths, preset, aliases, tournament, notes)
    return imported.text, imported.diagnostics


def _format(preset: str | Format | None, year: int, tournament: str, path: str,
            problems: list[ImportDiagnostic]) -> Format | None:
    if isinstance(preset, Format):
        return preset
    name = preset or preset_for(year, tournament)
    if name not in PRESETS:
        problems.append(ImportDiagnostic("<arguments>", error(
            f"unknown format preset '{name}' (known: {', '.join(PRESETS)})")))
        return None
    reader = Reader()
    fmt = read_format(reader, name, NOWHERE)
    problems.extend(ImportDiagnostic(path, d) for d in reader.diagnostics)
    return fmt


def _short(path: str) -> str:
    """A source file named by its season folder and name: 2012-13/1-clausura.txt."""
    p = Path(path)
    return f"{p.parent.name}/{p.name}" if p.parent.name else p.name


def _season_text(season: Season, sources: list[str]) -> str:
    text = emit_season(season)
    if text.startswith(HEADER):
        text = text[len(HEADER):].lstrip("\n")
    head = [f"# {season.title}: imported by `liguilla import` from openfootball/mexico (CC0 1.0):",
            *(f"#   {_short(p)}" for p in sources),
            "# The general table is computed from `results`; `matches` are the Liguilla legs.", ""]
    return "\n".join(_comment_safe(line) for line in head) + "\n" + text


def _comment_safe(line: str) -> str:
    return "".join(" " if ch in "\r\n\x85\u2028\u2029" else ch for ch in line)
