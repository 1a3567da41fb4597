"""Season files in: text to an immutable Season plus diagnostics, never an exception."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from liguilla_tui.core.diagnostics import Diagnostic, Mark, error
from liguilla_tui.core.fields import Reader, nearest
from liguilla_tui.core.load_format import read_format
from liguilla_tui.core.load_matches import read_matches
from liguilla_tui.core.model import Barred, Format, Person, Season, Stated, TableRow, Team
from liguilla_tui.core.yamlsource import MAX_BYTES, YamlProblem, YMap, read_yaml

_TOP_KEYS = ("competition", "tournament", "year", "title", "country", "dates", "source",
             "notes", "stated", "format", "teams", "table", "barred", "matches")
_TEAM_KEYS = ("name", "manager", "captain", "aliases")
_ROW_KEYS = ("pos", "team", "pld", "w", "d", "l", "gf", "ga", "gd", "pts")
_STATED_KEYS = ("matches", "goals", "champion", "runner_up", "top_scorer")


@dataclass(frozen=True, slots=True)
class Loaded:
    """What reading a file gave: a season when one could be built, and every diagnostic."""

    path: str
    season: Season | None
    diagnostics: tuple[Diagnostic, ...]
    text: str | None = None

    @property
    def ok(self) -> bool:
        return self.season is not None


def load_season(path: str | Path) -> Loaded:
    name = str(path)
    p = Path(path)
    try:
        if p.is_dir():
            return Loaded(name, None, (error("is a folder, not a season file"),))
        if p.stat().st_size > MAX_BYTES:
            return Loaded(name, None, (error(f"file is larger than the {MAX_BYTES // 1024} KiB limit"),))
        raw = p.read_bytes()
    except FileNotFoundError:
        return Loaded(name, None, (error("no such file"),))
    except PermissionError:
        return Loaded(name, None, (error("permission denied"),))
    except OSError as exc:
        return Loaded(name, None, (error(f"cannot read: {exc.strerror or exc}"),))
    if b"\x00" in raw:
        return Loaded(name, None, (error("binary file, not a YAML season"),))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return Loaded(name, None, (error("not valid UTF-8 text", Mark(line, column)),))
    return load_season_text(text, name)


def load_season_text(text: str, path: str = "<season>") -> Loaded:
    try:
        value, duplicates = read_yaml(text)
    except YamlProblem as problem:
        return Loaded(path, None, (error(problem.message, problem.mark),), text)
    reader = Reader()
    for key, mark in duplicates:
        reader.error(f"key '{key}' appears twice in one mapping; the last one would win", mark)
    season = _season(reader, value) if isinstance(value, YMap) else None
    if not isinstance(value, YMap):
        reader.error("a season file must be a mapping of keys such as 'teams' and 'matches'", Mark(1, 1))
    diagnostics = tuple(sorted(reader.diagnostics, key=lambda d: (d.line, d.column)))
    if season is not None:
        from dataclasses import replace

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
        reader.error("a season needs 'teams'", root.mark)
    teams: list[Team] = []
    names: dict[str, str] = {}  # every accepted spelling -> the team's name
    for index, entry in enumerate(entries or []):
        m = reader.mapping("a team", entry, entries.mark_of(index))
        if m is None:
            continue
        reader.known_keys("a team", m, _TEAM_KEYS)
        name = reader.text("a team", m, "name", required=True)
        if name is None:
            continue
        aliases = [str(a) for a in m.get("aliases") or [] if isinstance(a, (str, int))]
        clash = [s for s in (name, *aliases) if s.casefold() in names]
        if clash:
            reader.error(f"team '{clash[0]}' is declared twice", m.mark_of("name"))
            continue
        for spelling in (name, *aliases):
            names[spelling.casefold()] = name
        teams.append(Team(name, _person(reader, f"manager of {name}", m.get("manager"), m.mark_of("manager")),
                          _person(reader, f"captain of {name}", m.get("captain"), m.mark_of("captain")),
                          tuple(aliases)))
    return tuple(teams), names


def _season(reader: Reader, root: YMap) -> Season | None:
    reader.known_keys("the season", root, _TOP_KEYS)
    competition = reader.text("the season", root, "competition", required=True)
    tournament = reader.text("the season", root, "tournament", required=True)
    year = reader.integer("the season", root, "year", required=True, low=1900, high=2200)
    fmt: Format | None = None
    if "format" in root:
        fmt = read_format(reader, root["format"], root.mark_of("format"))
    else:
        reader.error("a season needs 'format' (e.g. format: liga-mx-2012)", root.mark)
    teams, names = _teams(reader, root)

    def team(value: Any, mark: Mark, role: str) -> str | None:
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            reader.error(f"{role} must be a team name, not {value!r}", mark)
            return None
        found = names.get(str(value).strip().casefold())
        if found is None:
            hint = nearest(str(value), [t.name for t in teams])
            extra = f"; did you mean '{hint}'?" if hint else ""
            reader.error(f"unknown team '{value}'{extra}", mark)
        return found

    table = _table(reader, root, team)
    barred = _barred(reader, root, team)
    stated = _stated(reader, root, team)
    legs = read_matches(reader, root["matches"], root.mark_of("matches"), fmt, team) if "matches" in root else []
    if None in (competition, tournament, year, fmt):
        return None
    dates = root.get("dates") if isinstance(root.get("dates"), YMap) else YMap(root.mark)
    notes = root.get("notes") or []
    return Season(
        competition=competition, tournament=tournament, year=year,
        title=reader.text("the season", root, "title") or f"{year} {competition} {tournament} Liguilla",
        format=fmt, teams=teams, table=table, barred=barred, legs=tuple(legs), stated=stated,
        country=reader.text("the season", root, "country"),
        start_date=reader.text("dates", dates, "start"), end_date=reader.text("dates", dates, "end"),
        source=reader.text("the season", root, "source"),
        notes=tuple(str(n) for n in notes if isinstance(n, str)) if isinstance(notes, list) else (),
    )


def _table(reader: Reader, root: YMap, team) -> tuple[TableRow, ...]:
    if "table" not in root:
        reader.error("a season needs 'table' (the general table)", root.mark)
        return ()
    entries = reader.sequence("table", root["table"], root.mark_of("table")) or []
    rows: list[TableRow] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        m = reader.mapping("a table row", entry, entries.mark_of(index))
        if m is None:
            continue
        reader.known_keys("a table row", m, _ROW_KEYS)
        name = team(m.get("team"), m.mark_of("team"), "team") if "team" in m else None
        numbers = [reader.integer("a table row", m, k, required=True, low=-999 if k == "gd" else 0, high=999)
                   for k in _ROW_KEYS[2:]]
        position = reader.integer("a table row", m, "pos", required=True, low=1, high=999)
        if "team" not in m:
            reader.error("a table row needs 'team'", m.mark)
        if name is None or position is None or None in numbers:
            continue
        if name in seen:
            reader.error(f"{name} appears twice in the table", m.mark_of("team"))
            continue
        seen.add(name)
        rows.append(TableRow(position, name, *numbers, mark=m.mark))  # type: ignore[arg-type]
    return tuple(rows)


def _barred(reader: Reader, root: YMap, team) -> tuple[Barred, ...]:
    entries = reader.sequence("barred", root["barred"], root.mark_of("barred")) if "barred" in root else None
    out = []
    for index, entry in enumerate(entries or []):
        m = reader.mapping("a barred team", entry, entries.mark_of(index))
        if m is None:
            continue
        reader.known_keys("a barred team", m, ("team", "reason"))
        name = team(m.get("team"), m.mark_of("team"), "team")
        if name is not None:
            out.append(Barred(name, reader.text("a barred team", m, "reason") or "barred", m.mark))
    return tuple(out)


def _stated(reader: Reader, root: YMap, team) -> Stated:
    if "stated" not in root:
        return Stated()
    m = reader.mapping("stated", root["stated"], root.mark_of("stated"))
    if m is None:
        return Stated()
    reader.known_keys("stated", m, _STATED_KEYS)
    top = m.get("top_scorer")
    top_name = top_goals = None
    if isinstance(top, YMap):
        top_name = reader.text("stated.top_scorer", top, "player")
        top_goals = reader.integer("stated.top_scorer", top, "goals", low=0, high=999)
    champion = team(m["champion"], m.mark_of("champion"), "champion") if "champion" in m else None
    runner_up = team(m["runner_up"], m.mark_of("runner_up"), "runner_up") if "runner_up" in m else None
    return Stated(
        matches=reader.integer("stated", m, "matches", low=0, high=999),
        goals=reader.integer("stated", m, "goals", low=0, high=9999),
        champion=champion, runner_up=runner_up, top_scorer=top_name, top_scorer_goals=top_goals,
        marks=tuple((k, m.mark_of(k)) for k in m),
    )
