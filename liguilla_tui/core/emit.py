"""The canonical YAML of a season: every key in the format doc's order (comments cannot survive).

Used for a new file and whenever the surgical edit in save.py cannot express a change.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

import yaml

from liguilla_tui.core.diagnostics import NOWHERE
from liguilla_tui.core.fields import Reader
from liguilla_tui.core.load_format import read_format
from liguilla_tui.core.load_matches import MATCH_KEYS
from liguilla_tui.core.model import DEFAULT_TABLE_ORDER, Entrants, Format, Goal, Leg, Season
from liguilla_tui.core.presets import PRESETS

HEADER = "# Written by liguilla-tui"
LEG_KEYS = MATCH_KEYS  # one list: what the loader reads is what a save writes


def _dump(value: Any, style: str | None = None) -> str:
    """One scalar as YAML text on one line, quoted only where YAML needs it (or forced).

    Dumped inside a flow list, so that it is also safe inside `{...}` and `[...]`."""
    out = yaml.safe_dump([value], default_flow_style=True, allow_unicode=True, width=10**6, default_style=style).rstrip(
        "\n"
    )
    if not (out.startswith("[") and out.endswith("]")) or any(c in out for c in "\r\n\x85\u2028\u2029"):
        if style is None:
            return _dump(value, '"')
        raise ValueError(f"cannot write {value!r} on one line")
    return out[1:-1]


def value_text(key: str, v: Any) -> str:
    """YAML text for one field: numbers and pairs plain, text quoted where YAML needs it."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, tuple)):
        return str(v) if isinstance(v, int) else f"[{v[0]}, {v[1]}]"
    if key == "minute" and v.isascii() and v.isdigit() and str(int(v)) == v:
        return v  # 18; but "90+3", like a kickoff "19:00", is written quoted
    if key in ("date", "start", "end"):
        with contextlib.suppress(ValueError):
            if date.fromisoformat(v).isoformat() == v:
                return v
    return _dump(v, '"' if key in ("minute", "kickoff") else None)


def _fields(*pairs: tuple[str, Any]) -> list[tuple[str, str]]:
    """(key, YAML text) for each value that is set (flags only when true)."""
    return [(k, value_text(k, v)) for k, v in pairs if v is not None and v is not False]


def _flow(fields: list[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"{k}: {v}" for k, v in fields) + "}"


def goal_text(g: Goal) -> str:
    return _flow(
        _fields(
            ("team", g.team),
            ("player", g.player),
            ("minute", g.minute),
            ("penalty", g.penalty),
            ("own_goal", g.own_goal),
        )
    )


def leg_lines(leg: Leg, dash: int) -> list[str]:
    fields = _fields(*((k, getattr(leg, k)) for k in LEG_KEYS[:-1]))
    lines = [" " * (dash + 2) + f"{k}: {v}" for k, v in fields]
    lines[0] = " " * dash + "- " + lines[0].lstrip()
    if leg.goals:
        lines += [" " * (dash + 2) + "goals:"] + [" " * (dash + 4) + "- " + goal_text(g) for g in leg.goals]
    return lines


def _format_lines(fmt: Format) -> list[str]:
    if fmt.preset in PRESETS and read_format(Reader(), fmt.preset, NOWHERE) == fmt:
        return [f"format: {_dump(fmt.preset)}"]
    lines = ["format:"] + ([f"  preset: {_dump(fmt.preset)}"] if fmt.preset else [])
    lines += [f"  qualifiers: {fmt.qualifiers}", "  rounds:"]
    for r in fmt.rounds:
        pairing = (
            "reseed"
            if r.pairing == "reseed"
            else "{seeds: [" + ", ".join(value_text("", p) for p in r.seed_pairs) + "]}"
        )
        lines += [
            f"    - key: {_dump(r.key)}",
            f"      name: {_dump(r.name)}",
            f"      short: {_dump(r.short)}",
            f"      legs: {r.legs}",
            f"      pairing: {pairing}",
            "      tiebreak: [" + ", ".join(r.tiebreak) + "]",
        ]
        if r.entrants:
            lines += ["      entrants:"] + ["        - " + _entrant(e) for e in r.entrants]
    if fmt.table_order != DEFAULT_TABLE_ORDER:
        lines += ["  table_order: [" + ", ".join(fmt.table_order) + "]"]
    return lines


def _entrant(e: Entrants) -> str:
    if e.kind == "seeds":
        fields = [("seeds", f"[{e.low}, {e.high}]")]
    else:
        name = e.kind if e.tie is None else e.kind[:-1]  # winners / winner
        fields = [(name, _dump(e.round))] + ([("tie", str(e.tie))] if e.tie is not None else [])
    fields += [("as_seed", str(e.as_seed))] if e.as_seed is not None else []
    return "{" + ", ".join(f"{k}: {v}" for k, v in fields) + "}"


def emit_season(season: Season) -> str:
    """The whole season as YAML in the format doc's key order (comments cannot survive)."""
    s, st = season, season.stated
    out = [HEADER, ""] + [
        f"{k}: {v}"
        for k, v in _fields(
            ("competition", s.competition),
            ("tournament", s.tournament),
            ("year", s.year),
            ("title", s.title),
            ("country", s.country),
        )
    ]
    dates = _fields(("start", s.start_date), ("end", s.end_date))
    out += [f"dates: {_flow(dates)}"] if dates else []
    out += [f"source: {_dump(s.source)}"] if s.source is not None else []
    out += ["notes:"] + [f"  - {_dump(n)}" for n in s.notes] if s.notes else []
    top = _fields(("player", st.top_scorer), ("goals", st.top_scorer_goals))
    stated = _fields(
        ("matches", st.matches), ("goals", st.goals), ("champion", st.champion), ("runner_up", st.runner_up)
    ) + ([("top_scorer", _flow(top))] if top else [])
    out += ["", "stated:"] + [f"  {k}: {v}" for k, v in stated] if stated else []
    out += [""] + _format_lines(s.format) + ["", "teams:"]
    for t in s.teams:
        out.append(f"  - name: {_dump(t.name)}")
        out += [
            f"    {k}: {_flow(_fields(('name', p.name), ('nationality', p.nationality)))}"
            for k, p in (("manager", t.manager), ("captain", t.captain))
            if p
        ]
        out += ["    aliases: [" + ", ".join(_dump(a) for a in t.aliases) + "]"] if t.aliases else []
    out += (
        ["", "table:"]
        + [
            "  - "
            + _flow(
                _fields(
                    ("pos", r.position),
                    ("team", r.team),
                    ("pld", r.played),
                    ("w", r.won),
                    ("d", r.drawn),
                    ("l", r.lost),
                    ("gf", r.goals_for),
                    ("ga", r.goals_against),
                    ("gd", r.goal_difference),
                    ("pts", r.points),
                )
            )
            for r in s.table
        ]
        if s.table
        else []
    )
    out += (
        ["", "results:"]
        + [
            "  - "
            + _flow(
                _fields(
                    ("matchday", r.matchday),
                    ("date", r.date),
                    ("kickoff", r.kickoff),
                    ("home", r.home),
                    ("away", r.away),
                    ("score", r.score),
                )
            )
            for r in s.results
        ]
        if s.results
        else []
    )
    out += (
        ["", "barred:"] + ["  - " + _flow(_fields(("team", b.team), ("reason", b.reason))) for b in s.barred]
        if s.barred
        else []
    )
    out += ["", "matches:"] + [line for leg in s.legs for line in leg_lines(leg, 2)] if s.legs else []
    return "\n".join(out) + "\n"
