"""Season files in: text to an immutable Season plus diagnostics, never an exception."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from msgspec.structs import replace

from liguilla_tui.core.diagnostics import Mark, error
from liguilla_tui.core.fields import Reader, type_name
from liguilla_tui.core.load_format import read_format
from liguilla_tui.core.load_matches import read_matches
from liguilla_tui.core.load_results import read_results
from liguilla_tui.core.loaded import Loaded, read_season_file
from liguilla_tui.core.model import Barred, Format, Person, Season, Stated, TableRow, Team
from liguilla_tui.core.yamlsource import YamlProblem, YList, YMap, read_yaml, shorten
from liguilla_tui.i18n import _

_TOP_KEYS = (
    "competition",
    "tournament",
    "year",
    "title",
    "country",
    "dates",
    "source",
    "notes",
    "stated",
    "format",
    "teams",
    "table",
    "results",
    "barred",
    "matches",
)
_TEAM_KEYS = ("name", "manager", "captain", "aliases")
_ROW_KEYS = ("pos", "team", "pld", "w", "d", "l", "gf", "ga", "gd", "pts")
_STATED_KEYS = ("matches", "goals", "champion", "runner_up", "top_scorer")


def load_season(path: str | Path) -> Loaded:
    read = read_season_file(path)
    if isinstance(read, Loaded):
        return read  # unreadable: why, as a diagnostic
    return load_season_text(read[1], str(path))


def load_season_text(text: str, path: str = "<season>") -> Loaded:
    try:
        value, duplicates = read_yaml(text)
    except YamlProblem as problem:
        return Loaded(path, None, (error(problem.message, problem.mark, problem.notes),), text)
    reader = Reader()
    for key, mark in duplicates:
        reader.error(_("key '{key}' appears twice in one mapping; the last one would win").format(key=key), mark)
    season = _season(reader, value) if isinstance(value, YMap) else None
    if not isinstance(value, YMap):
        where = value.mark if isinstance(value, YList) else Mark(1, 1)
        reader.error(_("a season file must be a mapping of keys such as 'teams' and 'matches'"), where)
    diagnostics = tuple(sorted(reader.diagnostics, key=lambda d: (d.line, d.column)))
    if season is not None:
        season = replace(season, diagnostics=diagnostics)
    return Loaded(path, season, diagnostics, text)


def _person(reader: Reader, where: str, value: Any, mark: Mark) -> Person | None:
    if value is None:
        return None
    m = reader.mapping(where, value, mark)
    if m is None:
        return None
    reader.known_keys(where, m, ("name", "nationality"))
    name = reader.text(where, m, "name", required=True)
    return Person(name, reader.text(where, m, "nationality")) if name else None


def _teams(reader: Reader, root: YMap) -> tuple[tuple[Team, ...], dict[str, str]]:
    entries = reader.sequence("teams", root.get("teams"), root.mark_of("teams")) if "teams" in root else None
    if "teams" not in root:
        reader.error(_("a season needs 'teams'"), root.mark)
    teams: list[Team] = []
    names: dict[str, str] = {}  # every accepted spelling -> the team's name
    if entries is None:
        return (), names
    for index, entry in enumerate(entries):
        m = reader.mapping(_("a team"), entry, entries.mark_of(index))
        if m is None:
            continue
        reader.known_keys(_("a team"), m, _TEAM_KEYS)
        name = reader.text(_("a team"), m, "name", required=True)
        if name is None:
            continue
        aliases = _aliases(reader, name, m)
        clash = [s for s in (name, *aliases) if s.casefold() in names]
        if clash:
            reader.error(_("team '{clash}' is declared twice").format(clash=shorten(clash[0])), m.mark_of("name"))
            continue
        for spelling in (name, *aliases):
            names[spelling.casefold()] = name
        teams.append(
            Team(
                name,
                _person(reader, f"manager of {name}", m.get("manager"), m.mark_of("manager")),
                _person(reader, f"captain of {name}", m.get("captain"), m.mark_of("captain")),
                tuple(aliases),
            )
        )
    return tuple(teams), names


def _aliases(reader: Reader, name: str, m: YMap) -> list[str]:
    if m.get("aliases") is None:
        return []
    where = _("aliases of {name}").format(name=shorten(name))
    entries = reader.sequence(where, m["aliases"], m.mark_of("aliases"))
    out: list[str] = []
    if entries is None:
        return out
    for index, alias in enumerate(entries):
        if isinstance(alias, bool) or not isinstance(alias, (str, int)) or not str(alias).strip():
            reader.error(
                _("each of the {where} must be a name, not {type}").format(where=where, type=type_name(alias)),
                entries.mark_of(index),
            )
        else:
            out.append(str(alias).strip())
    return out


def _season(reader: Reader, root: YMap) -> Season | None:
    reader.known_keys(_("the season"), root, _TOP_KEYS)
    competition = reader.text(_("the season"), root, "competition", required=True)
    tournament = reader.text(_("the season"), root, "tournament", required=True)
    year = reader.integer(_("the season"), root, "year", required=True, low=1900, high=2200)
    fmt: Format | None = None
    if "format" in root:
        fmt = read_format(reader, root["format"], root.mark_of("format"))
    else:
        reader.error(_("a season needs 'format' (e.g. format: liga-mx-2012)"), root.mark)
    teams, names = _teams(reader, root)
    team = team_lookup(reader, teams, names)
    results = read_results(reader, root["results"], root.mark_of("results"), team) if "results" in root else []
    table = _table(reader, root, team) if "table" in root or not results else ()
    barred = _barred(reader, root, team)
    stated = _stated(reader, root, team)
    strays: list = []
    legs = (
        read_matches(reader, root["matches"], root.mark_of("matches"), fmt, team, strays) if "matches" in root else []
    )
    dates = _dates(reader, root)
    notes = _notes(reader, root)
    if competition is None or tournament is None or year is None or fmt is None or not (table or results):
        return None  # nothing to resolve: the errors above say why
    return Season(
        competition=competition,
        tournament=tournament,
        year=year,
        title=reader.text(_("the season"), root, "title") or f"{year} {competition} {tournament} Liguilla",
        format=fmt,
        teams=teams,
        table=table,
        barred=barred,
        legs=tuple(legs),
        results=tuple(results),
        stated=stated,
        country=reader.text(_("the season"), root, "country"),
        start_date=reader.text("dates", dates, "start"),
        end_date=reader.text("dates", dates, "end"),
        source=reader.text(_("the season"), root, "source"),
        notes=notes,
        stray_legs=tuple(strays),
    )


def team_lookup(
    reader: Reader, teams: tuple[Team, ...], names: dict[str, str] | None = None
) -> Callable[[Any, Mark, str], str | None]:
    """Reads a team field against the season's teams (any accepted spelling). `names`: every
    spelling -> name, as _teams built it; by default made from `teams` (a journal's check)."""
    if names is None:
        names = {spelling.casefold(): t.name for t in teams for spelling in (t.name, *t.aliases)}
    team_names = [t.name for t in teams]

    def team(value: Any, mark: Mark, role: str) -> str | None:
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            reader.error(_("{role} must be a team name, not {type}").format(role=role, type=type_name(value)), mark)
            return None
        found = names.get(str(value).strip().casefold())
        if found is None:
            hint = reader.nearest(str(value), team_names)
            extra = _("; did you mean '{hint}'?").format(hint=hint) if hint else ""
            reader.error(_("unknown team '{value}'{extra}").format(value=shorten(str(value)), extra=extra), mark)
        return found

    return team


def _dates(reader: Reader, root: YMap) -> YMap:
    value = root.get("dates")
    if value is None:
        return YMap(root.mark)
    m = reader.mapping("dates", value, root.mark_of("dates"))
    if m is None:
        return YMap(root.mark)
    reader.known_keys("dates", m, ("start", "end"))
    return m


def _notes(reader: Reader, root: YMap) -> tuple[str, ...]:
    if root.get("notes") is None:
        return ()
    entries = reader.sequence("notes", root["notes"], root.mark_of("notes"))
    out: list[str] = []
    if entries is None:
        return ()
    for index, note in enumerate(entries):
        if isinstance(note, (YMap, YList)) or note is None:
            reader.error(_("a note must be text, not {type}").format(type=type_name(note)), entries.mark_of(index))
        else:
            out.append(note.isoformat() if isinstance(note, (date, datetime)) else str(note))
    return tuple(out)


def _table(reader: Reader, root: YMap, team) -> tuple[TableRow, ...]:
    if "table" not in root:
        reader.error(_("a season needs 'table' (the general table) or 'results' to compute it from"), root.mark)
        return ()
    entries = reader.sequence("table", root["table"], root.mark_of("table"))
    if entries is None:
        return ()
    if not entries:
        reader.error(_("the table is empty: it needs at least the qualifiers' rows"), root.mark_of("table"))
    rows: list[TableRow] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        m = reader.mapping(_("a table row"), entry, entries.mark_of(index))
        if m is None:
            continue
        reader.known_keys(_("a table row"), m, _ROW_KEYS)
        name = team(m.get("team"), m.mark_of("team"), "team") if "team" in m else None
        numbers = [
            reader.integer(_("a table row"), m, k, required=True, low=-999 if k == "gd" else 0, high=999)
            for k in _ROW_KEYS[2:]
        ]
        position = reader.integer(_("a table row"), m, "pos", required=True, low=1, high=999)
        if "team" not in m:
            reader.error(_("a table row needs 'team'"), m.mark)
        counts = [n for n in numbers if n is not None]
        if name is None or position is None or len(counts) != len(numbers):
            continue
        if name in seen:
            reader.error(_("{name} appears twice in the table").format(name=shorten(name)), m.mark_of("team"))
            continue
        seen.add(name)
        played, won, drawn, lost, goals_for, goals_against, goal_difference, points = counts
        rows.append(
            TableRow(
                position, name, played, won, drawn, lost, goals_for, goals_against, goal_difference, points, mark=m.mark
            )
        )
    return tuple(rows)


def _barred(reader: Reader, root: YMap, team) -> tuple[Barred, ...]:
    entries = reader.sequence("barred", root["barred"], root.mark_of("barred")) if "barred" in root else None
    out: list[Barred] = []
    if entries is None:
        return ()
    for index, entry in enumerate(entries):
        m = reader.mapping(_("a barred team"), entry, entries.mark_of(index))
        if m is None:
            continue
        reader.known_keys(_("a barred team"), m, ("team", "reason"))
        name = team(m.get("team"), m.mark_of("team"), "team")
        if name is not None:
            out.append(Barred(name, reader.text(_("a barred team"), m, "reason") or "barred", m.mark))
    return tuple(out)


def _stated(reader: Reader, root: YMap, team) -> Stated:
    if "stated" not in root:
        return Stated()
    m = reader.mapping("stated", root["stated"], root.mark_of("stated"))
    if m is None:
        return Stated()
    reader.known_keys("stated", m, _STATED_KEYS)
    top = (
        reader.mapping("stated.top_scorer", m["top_scorer"], m.mark_of("top_scorer"))
        if m.get("top_scorer") is not None
        else None
    )
    top_name = top_goals = None
    if top is not None:
        reader.known_keys("stated.top_scorer", top, ("player", "goals"))
        top_name = reader.text("stated.top_scorer", top, "player")
        top_goals = reader.integer("stated.top_scorer", top, "goals", low=0, high=999)
    champion = team(m["champion"], m.mark_of("champion"), "champion") if "champion" in m else None
    runner_up = team(m["runner_up"], m.mark_of("runner_up"), "runner_up") if "runner_up" in m else None
    return Stated(
        matches=reader.integer("stated", m, "matches", low=0, high=999),
        goals=reader.integer("stated", m, "goals", low=0, high=9999),
        champion=champion,
        runner_up=runner_up,
        top_scorer=top_name,
        top_scorer_goals=top_goals,
        marks=tuple((k, m.mark_of(k)) for k in m),
    )
