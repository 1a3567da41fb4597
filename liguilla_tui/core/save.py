"""Season files out: edit the original text in place where possible, else write it anew.

``render_season`` changes only the spans of the legs an edit touched, so comments (the
sources cited beside the data), key order, quoting and blank lines survive a save.
Whatever it writes is read back and compared with the season it had to write; text
shaped in a way the surgical path does not expect falls back to a full canonical emit,
so formatting may be lost but data never is. ``write_atomic`` puts text on disk safely.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import stat
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from liguilla_tui.core.diagnostics import NOWHERE
from liguilla_tui.core.fields import Reader
from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.load_format import read_format
from liguilla_tui.core.model import Format, Goal, Leg, Person, Season
from liguilla_tui.core.presets import PRESETS

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
HEADER = "# Written by liguilla-tui"
_PAIRS = ("score", "extra_time", "penalties")
_LEG_KEYS = ("round", "leg", "date", "kickoff", "home", "away", "score", "extra_time", "penalties", "goals")

Edit = tuple[int, int, str]  # replace text[start:end] with the string


class _Unsupported(Exception):
    """Text shaped in a way the surgical path does not handle."""


# --- comparing seasons without where-in-the-file ---------------------------------------

def _goal_key(goal: Goal) -> tuple:
    return (goal.team, goal.player, goal.minute, goal.penalty, goal.own_goal)


def _leg_key(leg: Leg) -> tuple:
    return (leg.round, leg.leg, leg.home, leg.away, leg.date, leg.kickoff, leg.score,
            leg.extra_time, leg.penalties, tuple(_goal_key(g) for g in leg.goals))


def same_data(a: Season, b: Season) -> bool:
    """Equal as data: marks (positions in a file) and diagnostics ignored."""
    def plain(s: Season) -> Season:
        return replace(
            s, diagnostics=(), legs=(), stated=replace(s.stated, marks=()),
            table=tuple(replace(r, mark=NOWHERE) for r in s.table),
            barred=tuple(replace(b, mark=NOWHERE) for b in s.barred),
        )
    return plain(a) == plain(b) and [_leg_key(x) for x in a.legs] == [_leg_key(x) for x in b.legs]


# --- scalars -----------------------------------------------------------------------------

def _dump(value: Any, style: str | None = None) -> str:
    """One scalar as YAML text on one line, quoted only where YAML needs it (or forced).

    Dumped inside a flow list, so that it is also safe inside `{...}` and `[...]`."""
    out = yaml.safe_dump([value], default_flow_style=True, allow_unicode=True, width=10**6,
                         default_style=style).rstrip("\n")
    if not (out.startswith("[") and out.endswith("]")) or "\n" in out:
        if style is None:
            return _dump(value, '"')
        raise ValueError(f"cannot write {value!r} on one line")
    return out[1:-1]


def _date(text: str) -> str:
    try:
        plain = date.fromisoformat(text).isoformat() == text
    except ValueError:
        plain = False
    return text if plain else _dump(text)


def _minute(minute: str) -> str:
    if minute.isascii() and minute.isdigit() and str(int(minute)) == minute:
        return minute
    return _dump(minute, '"')


def _pair(pair: tuple[int, int]) -> str:
    return f"[{pair[0]}, {pair[1]}]"


def _flow(fields: list[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"{k}: {v}" for k, v in fields) + "}"


def _goal(goal: Goal) -> str:
    fields = [("team", _dump(goal.team))]
    if goal.player is not None:
        fields.append(("player", _dump(goal.player)))
    if goal.minute is not None:
        fields.append(("minute", _minute(goal.minute)))
    fields += [(k, "true") for k in ("penalty", "own_goal") if getattr(goal, k)]
    return _flow(fields)


def _leg_lines(leg: Leg, dash: int) -> list[str]:
    fields = [("round", _dump(leg.round)), ("leg", str(leg.leg))]
    if leg.date is not None:
        fields.append(("date", _date(leg.date)))
    if leg.kickoff is not None:
        fields.append(("kickoff", _dump(leg.kickoff, '"')))
    fields += [("home", _dump(leg.home)), ("away", _dump(leg.away))]
    fields += [(k, _pair(getattr(leg, k))) for k in _PAIRS if getattr(leg, k) is not None]
    lines = [" " * (dash + 2) + f"{k}: {v}" for k, v in fields]
    lines[0] = " " * dash + "- " + lines[0].lstrip()
    if leg.goals:
        lines.append(" " * (dash + 2) + "goals:")
        lines += [" " * (dash + 4) + "- " + _goal(g) for g in leg.goals]
    return lines


# --- the canonical emit ------------------------------------------------------------------

def _person(p: Person) -> str:
    return _flow([("name", _dump(p.name))] + ([("nationality", _dump(p.nationality))] if p.nationality else []))


def _format_lines(fmt: Format) -> list[str]:
    if fmt.preset in PRESETS and read_format(Reader(), fmt.preset, NOWHERE) == fmt:
        return [f"format: {_dump(fmt.preset)}"]
    lines = ["format:"] + ([f"  preset: {_dump(fmt.preset)}"] if fmt.preset else [])
    lines += [f"  qualifiers: {fmt.qualifiers}", "  rounds:"]
    for r in fmt.rounds:
        pairing = "reseed" if r.pairing == "reseed" else \
            "{seeds: [" + ", ".join(_pair(p) for p in r.seed_pairs) + "]}"
        lines += [f"    - key: {_dump(r.key)}", f"      name: {_dump(r.name)}",
                  f"      short: {_dump(r.short)}", f"      legs: {r.legs}", f"      pairing: {pairing}",
                  "      tiebreak: [" + ", ".join(r.tiebreak) + "]"]
    return lines


def emit_season(season: Season) -> str:
    """The whole season as YAML in the format doc's key order (comments cannot survive)."""
    s = season
    out = [HEADER, "", f"competition: {_dump(s.competition)}", f"tournament: {_dump(s.tournament)}",
           f"year: {s.year}", f"title: {_dump(s.title)}"]
    if s.country is not None:
        out.append(f"country: {_dump(s.country)}")
    dates = [(k, _date(v)) for k, v in (("start", s.start_date), ("end", s.end_date)) if v is not None]
    if dates:
        out.append(f"dates: {_flow(dates)}")
    if s.source is not None:
        out.append(f"source: {_dump(s.source)}")
    if s.notes:
        out += ["notes:"] + [f"  - {_dump(n)}" for n in s.notes]
    st = s.stated
    stated = [(k, str(v) if isinstance(v, int) else _dump(v)) for k, v in
              (("matches", st.matches), ("goals", st.goals), ("champion", st.champion),
               ("runner_up", st.runner_up)) if v is not None]
    top = [(k, str(v) if isinstance(v, int) else _dump(v)) for k, v in
           (("player", st.top_scorer), ("goals", st.top_scorer_goals)) if v is not None]
    stated += [("top_scorer", _flow(top))] if top else []
    if stated:
        out += ["", "stated:"] + [f"  {k}: {v}" for k, v in stated]
    out += [""] + _format_lines(s.format) + ["", "teams:"]
    for t in s.teams:
        out.append(f"  - name: {_dump(t.name)}")
        out += [f"    {k}: {_person(p)}" for k, p in (("manager", t.manager), ("captain", t.captain)) if p]
        if t.aliases:
            out.append("    aliases: [" + ", ".join(_dump(a) for a in t.aliases) + "]")
    out += ["", "table:"]
    for r in s.table:
        values = (r.position, _dump(r.team), r.played, r.won, r.drawn, r.lost, r.goals_for,
                  r.goals_against, r.goal_difference, r.points)
        out.append("  - " + _flow([(k, str(v)) for k, v in zip(
            ("pos", "team", "pld", "w", "d", "l", "gf", "ga", "gd", "pts"), values)]))
    if s.barred:
        out += ["", "barred:"] + [f"  - {_flow([('team', _dump(b.team)), ('reason', _dump(b.reason))])}"
                                  for b in s.barred]
    if s.legs:
        out += ["", "matches:"]
        for leg in s.legs:
            out += _leg_lines(leg, 2)
    return "\n".join(out) + "\n"


# --- positions in the original text ------------------------------------------------------

def _entry(mapping: MappingNode, key: str) -> tuple[Node | None, Node | None]:
    found: tuple[Node | None, Node | None] = (None, None)
    for k, v in mapping.value:
        if isinstance(k, ScalarNode) and k.value == key:
            found = (k, v)  # the last one wins, as when loading
    return found


def _empty(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.value == "" and not node.style


def _after_colon(text: str, key: Node) -> int:
    return text.index(":", key.end_mark.index) + 1


def _end(text: str, node: Node) -> int:
    """Where a node's own content ends: a block collection's end_mark lies at the next
    token, past any comments that follow it, so go down to its last scalar or flow node."""
    if isinstance(node, MappingNode) and not node.flow_style:
        if not node.value:
            raise _Unsupported
        key, value = node.value[-1]
        return _after_colon(text, key) if _empty(value) else _end(text, value)
    if isinstance(node, SequenceNode) and not node.flow_style:
        if not node.value or _empty(node.value[-1]):
            raise _Unsupported
        return _end(text, node.value[-1])
    end = node.end_mark.index
    if isinstance(node, ScalarNode) and node.style in ("|", ">"):
        while end > 0 and text[end - 1] in " \t\r\n":
            end -= 1
    return end


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _next_line(text: str, index: int, nl: str) -> tuple[int, str]:
    """Start of the line after the one holding index, and a line break to add at EOF."""
    found = text.find("\n", index)
    return (len(text), nl) if found < 0 else (found + 1, "")


def _alone(text: str, node: Node, lead: str = "") -> int:
    """Start of node's line, which must hold nothing before it but spaces (and `lead`)."""
    start = _line_start(text, node.start_mark.index)
    if text[start:node.start_mark.index].strip() != lead:
        raise _Unsupported
    return start


# --- surgical edits ----------------------------------------------------------------------

def _drop_lines(text: str, start: int, end: int) -> Edit:
    """Remove whole lines, except comment lines among them: notes outlive the data."""
    keep = [line for line in text[start:end].splitlines(keepends=True) if line.lstrip().startswith("#")]
    return (start, end, "".join(keep))


def _delete(text: str, key: Node, value: Node, nl: str) -> Edit:
    """Remove a `key: value` from a block mapping, whole lines."""
    start = _alone(text, key)
    end = _after_colon(text, key) if _empty(value) else _end(text, value)
    return _drop_lines(text, start, _next_line(text, end, nl)[0])


def _insert_pair(text: str, node: MappingNode, name: str, value: str, nl: str) -> Edit:
    """A new `name: value` line after the last key that comes before it in the format doc."""
    before = _LEG_KEYS[:_LEG_KEYS.index(name)]
    anchor = [(k, v) for k, v in node.value if isinstance(k, ScalarNode) and k.value in before]
    if not anchor or node.flow_style:
        raise _Unsupported
    key, val = anchor[-1]
    pos, prefix = _next_line(text, _after_colon(text, key) if _empty(val) else _end(text, val), nl)
    return (pos, pos, f"{prefix}{' ' * key.start_mark.column}{name}: {value}{nl}")


def _goal_diff(text: str, seq: SequenceNode, was: tuple[Goal, ...], now: tuple[Goal, ...], nl: str) -> list[Edit]:
    """Change only the goal items that differ, keeping comments between the others."""
    items = seq.value
    if seq.flow_style or len(items) != len(was) or not all(isinstance(i, MappingNode) for i in items):
        raise _Unsupported
    pad = " " * seq.start_mark.column + "- "
    edits: list[Edit] = []
    matcher = difflib.SequenceMatcher(a=[_goal_key(g) for g in was], b=[_goal_key(g) for g in now], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        n = min(i2 - i1, j2 - j1)
        edits += [(items[i1 + k].start_mark.index, _end(text, items[i1 + k]), _goal(now[j1 + k])) for k in range(n)]
        for item in items[i1 + n:i2]:
            edits.append(_drop_lines(text, _alone(text, item, "-"), _next_line(text, _end(text, item), nl)[0]))
        if j1 + n < j2:
            if i1 + n > 0:
                pos, prefix = _next_line(text, _end(text, items[i1 + n - 1]), nl)
            else:
                pos, prefix = _alone(text, items[0], "-"), ""
            edits.append((pos, pos, prefix + "".join(pad + _goal(g) + nl for g in now[j1 + n:j2])))
    return edits


def _goal_edits(text: str, node: MappingNode, was: tuple[Goal, ...], now: tuple[Goal, ...], nl: str) -> list[Edit]:
    key, value = _entry(node, "goals")
    if node.flow_style:
        raise _Unsupported
    if key is None:
        if not now:
            return []
        col = node.value[0][0].start_mark.column
        pos, prefix = _next_line(text, _end(text, node), nl)
        lines = [" " * col + "goals:"] + [" " * (col + 2) + "- " + _goal(g) for g in now]
        return [(pos, pos, prefix + nl.join(lines) + nl)]
    if not now:
        return [_delete(text, key, value, nl)]
    if isinstance(value, SequenceNode) and value.value:
        with contextlib.suppress(_Unsupported):
            return _goal_diff(text, value, was, now, nl)
    # Re-emit the whole list, keeping the key and any comment on its line.
    start = _after_colon(text, key)
    end = start if _empty(value) else _end(text, value)
    if not _empty(value) and value.start_mark.line > key.start_mark.line:
        start = text.find("\n", start)
        start -= text[start - 1] == "\r"
    col = (value.start_mark.column if isinstance(value, SequenceNode) and not value.flow_style
           and value.value else key.start_mark.column + 2)
    return [(start, end, "".join(nl + " " * col + "- " + _goal(g) for g in now))]


def _leg_edits(text: str, node: MappingNode, was: Leg, now: Leg, nl: str) -> list[Edit]:
    if _leg_key(was)[:6] != _leg_key(now)[:6]:
        raise _Unsupported  # the app edits only results; anything else is written anew
    edits: list[Edit] = []
    for name in _PAIRS:
        old, new = getattr(was, name), getattr(now, name)
        if old == new:
            continue
        key, value = _entry(node, name)
        if new is None:
            if key is not None:
                if node.flow_style:
                    raise _Unsupported
                edits.append(_delete(text, key, value, nl))
        elif key is None:
            edits.append(_insert_pair(text, node, name, _pair(new), nl))
        elif _empty(value):
            at = _after_colon(text, key)
            edits.append((at, at, " " + _pair(new)))
        else:
            edits.append((value.start_mark.index, _end(text, value), _pair(new)))
    if [_goal_key(g) for g in was.goals] != [_goal_key(g) for g in now.goals]:
        edits += _goal_edits(text, node, was.goals, now.goals, nl)
    return edits


def _append(text: str, root: MappingNode, key: Node | None, matches: Node | None, legs: list[Leg], nl: str) -> Edit:
    """New legs at the end of `matches`, in the style of the items already there."""
    if root.flow_style:
        raise _Unsupported
    if isinstance(matches, SequenceNode) and matches.value:
        if matches.flow_style:
            raise _Unsupported
        dash = matches.start_mark.column
        pos, prefix = _next_line(text, _end(text, matches), nl)
        return (pos, pos, prefix + "".join(nl.join(_leg_lines(leg, dash)) + nl for leg in legs))
    # No items yet: indent as the file's other top-level lists do (else by 2).
    col = (key or root.value[0][0]).start_mark.column
    offset = next((v.start_mark.column - k.start_mark.column for k, v in root.value if isinstance(v, SequenceNode)
                   and not v.flow_style and v.value), 2)
    lines = [line for leg in legs for line in _leg_lines(leg, col + offset)]
    if key is not None:
        if not (_empty(matches) or isinstance(matches, SequenceNode) or matches.tag.endswith(":null")):
            raise _Unsupported
        start = _after_colon(text, key)
        end = start if _empty(matches) else _end(text, matches)
        eol = text.find("\n", end)
        eol = len(text) if eol < 0 else eol - (text[eol - 1] == "\r")
        return (start, eol, text[end:eol] + "".join(nl + line for line in lines))
    prefix = nl if text and not text.endswith("\n") else ""
    return (len(text), len(text), prefix + " " * col + "matches:" + nl + "".join(line + nl for line in lines))


def _apply(text: str, edits: list[Edit]) -> str:
    ordered = sorted(enumerate(edits), key=lambda e: (e[1][0], e[1][1], e[0]))
    out, at = [], 0
    for _, (start, end, new) in ordered:
        if start < at:
            raise _Unsupported  # overlapping edits
        out += [text[at:start], new]
        at = end
    return "".join(out) + text[at:]


def _surgical(text: str, old: Season, new: Season) -> str:
    root = yaml.compose(text, Loader=_Loader)
    if not isinstance(root, MappingNode) or not root.value:
        raise _Unsupported
    nl = "\r\n" if "\r\n" in text else "\n"
    key, matches = _entry(root, "matches")
    items = {}
    if isinstance(matches, SequenceNode):
        items = {(n.start_mark.line + 1, n.start_mark.column + 1): n for n in matches.value
                 if isinstance(n, MappingNode)}
    olds = {leg.mark: leg for leg in old.legs if leg.mark.line}
    edits: list[Edit] = []
    appended = []
    for leg in new.legs:
        if leg.mark.line == 0:
            appended.append(leg)
            continue
        was = olds.get(leg.mark)
        node = items.get((leg.mark.line, leg.mark.column))
        if was is None or node is None:
            raise _Unsupported
        if _leg_key(was) != _leg_key(leg):
            edits += _leg_edits(text, node, was, leg, nl)
    if appended:
        edits.append(_append(text, root, key, matches, appended, nl))
    return _apply(text, edits)


def render_season(original_text: str | None, old: Season | None, new: Season) -> str:
    """The YAML for `new`: the original text with only the edited legs changed when it is
    given with `old` (the season read from it), else the canonical emit. The result is
    read back and must give `new`; if the surgical text does not, the canonical one is used."""
    if original_text is not None and old is not None:
        try:
            text = _surgical(original_text, old, new)
        except (_Unsupported, yaml.YAMLError, ValueError, IndexError, RecursionError):
            text = None
        if text is not None:
            loaded = load_season_text(text).season
            if loaded is not None and same_data(loaded, new):
                return text
    return emit_season(new)


# --- writing -----------------------------------------------------------------------------

def _replace_with(dest: Path, data: bytes, mode: int | None) -> None:
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_atomic(path: Path, text: str) -> None:
    """Write text so that the file is always either the old or the new version.

    Follows a symlink to its target; keeps the previous contents as NAME.bak beside it
    and the previous permission bits (a new file gets mkstemp's 0600)."""
    target = Path(os.path.realpath(path))
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
        previous: bytes | None = target.read_bytes()
    except FileNotFoundError:
        mode = previous = None
    if previous is not None:
        _replace_with(target.with_name(target.name + ".bak"), previous, mode)
    _replace_with(target, text.encode("utf-8"), mode)
    try:
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass
