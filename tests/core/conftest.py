"""Shared builders for the rules-core tests.

Helpers are handed out through the session-scoped ``kit`` fixture (not imported from
this module), so test modules here never depend on which ``conftest`` is on sys.path.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from liguilla_tui.core import load_season, load_season_text, resolve
from liguilla_tui.core.results import Resolved, Tie

REPO = Path(__file__).resolve().parents[2]
SEASON_2013 = REPO / "seasons" / "2013-clausura.yaml"
SEED_AMERICA = REPO / "tests" / "data" / "2013-clausura-seed-america.yaml"
CORE_DATA = REPO / "tests" / "data" / "core"

# Table order = seed order when nobody is barred.
TEAMS = ("Leones", "Tigres", "Pumas", "Gallos", "Toros", "Rayos", "Zorros", "Lobos", "Potros", "Halcones")

# A two-team season whose only round is a two-legged final (extra time, then penalties).
FINAL_ONLY = {
    "qualifiers": 2,
    "rounds": [
        {
            "key": "final",
            "name": "Final",
            "short": "F",
            "legs": 2,
            "pairing": "reseed",
            "tiebreak": ["extra_time", "penalties"],
        }
    ],
}


def table_row(pos: int, team: str, **override: int) -> dict[str, Any]:
    """A consistent general-table row; lower positions have strictly fewer points."""
    w, d, l = 12 - pos, 1, pos + 4
    gf, ga = 30 - pos, 15
    row = {
        "pos": pos,
        "team": team,
        "pld": w + d + l,
        "w": w,
        "d": d,
        "l": l,
        "gf": gf,
        "ga": ga,
        "gd": gf - ga,
        "pts": 3 * w + d,
    }
    row.update(override)
    return row


def leg(round_key: str, number: int, home: str, away: str, score=None, **fields: Any) -> dict[str, Any]:
    """One `matches` entry; keyword fields (extra_time, penalties, goals, ...) are added as given."""
    entry: dict[str, Any] = {"round": round_key, "leg": number, "home": home, "away": away}
    if score is not None:
        entry["score"] = list(score)
    entry.update(fields)
    return entry


def _flow(value: Any) -> str:
    """A value as one line of YAML flow text (keys kept in the given order)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, str) and _PLAIN.fullmatch(value) and value.lower() not in _RESERVED:
        return value
    return json.dumps(value, ensure_ascii=False)  # JSON scalars are YAML flow scalars


_RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "y", "n"}
_PLAIN = re.compile(r"[A-Za-zÀ-ÿ][\w .À-ÿ-]*[\wÀ-ÿ]|[A-Za-z]")


def season_text(
    *,
    table: list | tuple = TEAMS[:8],
    legs: list | tuple = (),
    format: str | dict = "liga-mx-2012",
    barred: list | tuple = (),
    stated: dict | None = None,
    teams: list | tuple | None = None,
    extra: str = "",
) -> str:
    """A minimal valid season file.

    `table` is a list of team names (consistent rows are made up, best first) or of
    row mappings; `legs` a list of `leg(...)` mappings, written one key a line so that
    tests can find each key's line; `barred` pairs (team, reason).
    """
    rows = [table_row(i, r) if isinstance(r, str) else r for i, r in enumerate(table, start=1)]
    names = list(teams) if teams is not None else list(dict.fromkeys(r["team"] for r in rows))
    out = ["competition: Test League", "tournament: Clausura", "year: 2013"]
    if stated:
        out.append("stated:")
        out += [f"  {k}: {_flow(v)}" for k, v in stated.items()]
    out.append(f"format: {_flow(format)}")
    out.append("teams:")
    out += [f"  - name: {_flow(n)}" for n in names]
    out.append("table:")
    out += [f"  - {_flow(r)}" for r in rows]
    if barred:
        out.append("barred:")
        out += [f"  - {_flow({'team': t, 'reason': why})}" for t, why in barred]
    if legs:
        out.append("matches:")
        for entry in legs:
            first = True
            for key, value in entry.items():
                out.append(f"  {'- ' if first else '  '}{key}: {_flow(value)}")
                first = False
    return "\n".join(out) + "\n" + extra


def qf_legs(results: dict[tuple[int, int], tuple], teams=TEAMS[:8]) -> list[dict]:
    """Quarter-final legs by seed pair: {(1, 8): ((1, 0), (2, 2))} gives leg 1 at seed 8
    (score home, away = seed 8, seed 1) and leg 2 at seed 1 (seed 1, seed 8). A leg of
    None is left out."""
    out = []
    for (a, b), scores in results.items():
        high, low = teams[a - 1], teams[b - 1]
        for number, score in enumerate(scores, start=1):
            if score is None:
                continue
            home, away = (low, high) if number == 1 else (high, low)
            out.append(leg("quarterfinals", number, home, away, score))
    return out


def load_ok(text: str, path: str = "<test>"):
    loaded = load_season_text(text, path)
    assert loaded.season is not None, [d.format(path) for d in loaded.diagnostics]
    return loaded


def resolve_text(text: str) -> Resolved:
    return resolve(load_ok(text).season)


def errors(diagnostics) -> list:
    return [d for d in diagnostics if d.is_error]


def warnings(diagnostics) -> list:
    return [d for d in diagnostics if not d.is_error]


def messages(diagnostics) -> list[str]:
    return [d.message for d in diagnostics]


def line_of(text: str, marker: str, start: int = 1) -> int:
    """1-based line where `marker` (possibly several lines) begins; it must be unique
    from line `start` on."""
    lines = text.splitlines(keepends=True)
    tail = "".join(lines[start - 1 :])
    first = tail.find(marker)
    assert first >= 0, f"marker {marker!r} not in text"
    assert tail.find(marker, first + 1) < 0, f"marker {marker!r} is not unique"
    return start + tail.count("\n", 0, first)


def lines_of(text: str, marker: str) -> list[int]:
    """1-based lines where each occurrence of `marker` begins."""
    out, at = [], text.find(marker)
    while at >= 0:
        out.append(text.count("\n", 0, at) + 1)
        at = text.find(marker, at + 1)
    return out


def column_of(text: str, marker: str, line: int) -> int:
    """1-based column where `marker` starts on `line`."""
    found = text.splitlines()[line - 1].find(marker)
    assert found >= 0, f"{marker!r} not on line {line}"
    return found + 1


def find_tie(resolved: Resolved, label: str) -> Tie:
    found = [t for r in resolved.rounds for t in r.ties if t.label == label]
    assert len(found) == 1, (label, [t.label for r in resolved.rounds for t in r.ties])
    return found[0]


class Kit:
    """Namespace of the helpers above, handed out by the `kit` fixture."""

    TEAMS = TEAMS
    FINAL_ONLY = FINAL_ONLY
    REPO = REPO
    SEASON_2013 = SEASON_2013
    SEED_AMERICA = SEED_AMERICA
    CORE_DATA = CORE_DATA
    table_row = staticmethod(table_row)
    leg = staticmethod(leg)
    season_text = staticmethod(season_text)
    qf_legs = staticmethod(qf_legs)
    load_ok = staticmethod(load_ok)
    resolve_text = staticmethod(resolve_text)
    errors = staticmethod(errors)
    warnings = staticmethod(warnings)
    messages = staticmethod(messages)
    line_of = staticmethod(line_of)
    lines_of = staticmethod(lines_of)
    column_of = staticmethod(column_of)
    find_tie = staticmethod(find_tie)


@pytest.fixture(scope="session")
def kit() -> type[Kit]:
    return Kit


@pytest.fixture(scope="session")
def text_2013() -> str:
    return SEASON_2013.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def loaded_2013():
    loaded = load_season(SEASON_2013)
    assert loaded.season is not None
    return loaded


@pytest.fixture(scope="session")
def resolved_2013(loaded_2013) -> Resolved:
    return resolve(loaded_2013.season)
