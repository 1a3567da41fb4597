"""Season files out: the original text edited in place where possible, else written anew.

``render_season`` changes only the spans of what an edit touched, so comments (the sources
cited beside the data), key order, quoting and blank lines survive a save. What it writes
is read back and must equal the season to write; otherwise it falls back to the canonical
emit (emit.py): formatting may be lost, data never. atomic.py puts the text on disk.
"""

from __future__ import annotations

import contextlib
import difflib
from typing import Any

import yaml
from msgspec.structs import replace
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from liguilla_tui.core.atomic import write_atomic
from liguilla_tui.core.diagnostics import NOWHERE
from liguilla_tui.core.emit import HEADER, LEG_KEYS, emit_season, goal_text, leg_lines, value_text
from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.model import Goal, Leg, Season

__all__ = ["HEADER", "emit_season", "render_season", "render_surgical", "same_data", "write_atomic"]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PAIRS = (
    "score",
    "status",
    "minute",
    "extra_time",
    "penalties",
    "penalties_winner",
    "kept_extra_time",
    "kept_penalties",
)
_WHEN = ("date", "kickoff", "venue")  # a leg's schedule, edited in the app too

Edit = tuple[int, int, str]  # replace text[start:end] with the string


class _Unsupported(Exception):
    """Text shaped in a way the surgical path does not handle."""


def _goal_key(goal: Goal) -> tuple:
    return (goal.team, goal.player, goal.minute, goal.penalty, goal.own_goal)


def _leg_key(leg: Leg) -> tuple:
    return (
        leg.round,
        leg.leg,
        leg.home,
        leg.away,
        leg.date,
        leg.kickoff,
        leg.score,
        leg.extra_time,
        leg.penalties,
        tuple(_goal_key(g) for g in leg.goals),
        leg.penalties_winner,
        leg.kept_extra_time,
        leg.kept_penalties,
        leg.venue,
        leg.status,
        leg.minute,
    )


def same_data(a: Season, b: Season) -> bool:
    """Equal as data: marks (positions in a file) and diagnostics ignored."""

    def plain(s: Season) -> Season:
        return replace(
            s,
            diagnostics=(),
            legs=(),
            stray_legs=(),
            stated=replace(s.stated, marks=()),
            table=tuple(replace(r, mark=NOWHERE) for r in s.table),
            barred=tuple(replace(b, mark=NOWHERE) for b in s.barred),
            results=tuple(replace(r, mark=NOWHERE) for r in s.results),
        )

    return plain(a) == plain(b) and [_leg_key(x) for x in a.legs] == [_leg_key(x) for x in b.legs]


# --- where things are in the original text -----------------------------------------------


def _entry(mapping: MappingNode, key: str) -> tuple[Any, Any]:
    found = [(k, v) for k, v in mapping.value if isinstance(k, ScalarNode) and k.value == key]
    return found[-1] if found else (None, None)  # the last one wins, as when loading


def _empty(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.value == "" and not node.style


def _after_colon(text: str, key: Node) -> int:
    return text.index(":", key.end_mark.index) + 1


def _value_end(text: str, key: Node, value: Node) -> int:
    return _after_colon(text, key) if _empty(value) else _end(text, value)


def _end(text: str, node: Node) -> int:
    """Where a node's own content ends: a block collection's end_mark lies at the next
    token, past any comments that follow it, so go down to its last scalar or flow node."""
    if isinstance(node, (MappingNode, SequenceNode)) and not node.flow_style:
        if not node.value or (isinstance(node, SequenceNode) and _empty(node.value[-1])):
            raise _Unsupported
        return _value_end(text, *node.value[-1]) if isinstance(node, MappingNode) else _end(text, node.value[-1])
    end = node.end_mark.index
    if isinstance(node, ScalarNode) and node.style in ("|", ">"):
        while end > 0 and text[end - 1] in " \t\r\n":
            end -= 1
    return end


def _next_line(text: str, index: int, nl: str) -> tuple[int, str]:
    """Start of the line after the one holding index, and a line break to add at EOF."""
    found = text.find("\n", index)
    return (len(text), nl) if found < 0 else (found + 1, "")


def _alone(text: str, node: Node, lead: str = "") -> int:
    """Start of node's line, which must hold nothing before it but spaces (and `lead`)."""
    start = text.rfind("\n", 0, node.start_mark.index) + 1
    if text[start : node.start_mark.index].strip() != lead:
        raise _Unsupported
    return start


# --- surgical edits ----------------------------------------------------------------------


def _drop(text: str, node: Node, end: int, nl: str, lead: str = "") -> Edit:
    """Remove whole lines from node's to end's, but not the comment lines among them."""
    start, stop = _alone(text, node, lead), _next_line(text, end, nl)[0]
    lines = text[start:stop].split("\n")[:-1]
    return (start, stop, "".join(line + "\n" for line in lines if line.lstrip().startswith("#")))


def _insert_pair(text: str, node: MappingNode, name: str, value: str, nl: str) -> Edit:
    """A new `name: value` line after the last key that comes before it in the format doc."""
    before = LEG_KEYS[: LEG_KEYS.index(name)]
    anchor = [(k, v) for k, v in node.value if isinstance(k, ScalarNode) and k.value in before]
    if not anchor or node.flow_style:
        raise _Unsupported
    key, val = anchor[-1]
    pos, prefix = _next_line(text, _value_end(text, key, val), nl)
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
        edits += [(items[i1 + k].start_mark.index, _end(text, items[i1 + k]), goal_text(now[j1 + k])) for k in range(n)]
        for item in items[i1 + n : i2]:
            edits.append(_drop(text, item, _end(text, item), nl, "-"))
        if j1 + n < j2:
            if i1 + n > 0:
                pos, prefix = _next_line(text, _end(text, items[i1 + n - 1]), nl)
            else:
                pos, prefix = _alone(text, items[0], "-"), ""
            edits.append((pos, pos, prefix + "".join(pad + goal_text(g) + nl for g in now[j1 + n : j2])))
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
        lines = [" " * col + "goals:"] + [" " * (col + 2) + "- " + goal_text(g) for g in now]
        return [(pos, pos, prefix + nl.join(lines) + nl)]
    if not now:
        return [_drop(text, key, _value_end(text, key, value), nl)]
    if isinstance(value, SequenceNode) and value.value:
        with contextlib.suppress(_Unsupported):
            return _goal_diff(text, value, was, now, nl)
    # Re-emit the whole list, keeping the key, any comment on its line and comment lines.
    start, end = _after_colon(text, key), _value_end(text, key, value)
    if not _empty(value) and value.start_mark.line > key.start_mark.line:
        start = text.find("\n", start)
        start -= text[start - 1] == "\r"
    col = (
        value.start_mark.column
        if isinstance(value, SequenceNode) and not value.flow_style and value.value
        else key.start_mark.column + 2
    )
    notes = [line.rstrip("\r") for line in text[start:end].split("\n")[1:] if line.lstrip().startswith("#")]
    return [
        (start, end, "".join(nl + line for line in notes) + "".join(nl + " " * col + "- " + goal_text(g) for g in now))
    ]


def _leg_edits(text: str, node: MappingNode, was: Leg, now: Leg, nl: str) -> list[Edit]:
    if _leg_key(was)[:4] != _leg_key(now)[:4]:
        raise _Unsupported  # the app edits results and schedules; anything else is written anew
    edits: list[Edit] = []
    for name in (n for n in _WHEN + _PAIRS if getattr(was, n) != getattr(now, n)):
        new, (key, value) = getattr(now, name), _entry(node, name)
        if key is None:
            edits += [_insert_pair(text, node, name, value_text(name, new), nl)] if new is not None else []
        elif new is None:
            edits.append(_drop(text, key, _value_end(text, key, value), nl))  # block mappings only
        elif _empty(value):  # `score:` with nothing after it
            edits.append((_after_colon(text, key), _after_colon(text, key), " " + value_text(name, new)))
        else:
            edits.append((value.start_mark.index, _end(text, value), value_text(name, new)))
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
        return (pos, pos, prefix + "".join(nl.join(leg_lines(leg, dash)) + nl for leg in legs))
    # No items yet: indent as the file's other top-level lists do (else by 2).
    col = (key or root.value[0][0]).start_mark.column
    offset = next(
        (
            v.start_mark.column - k.start_mark.column
            for k, v in root.value
            if isinstance(v, SequenceNode) and not v.flow_style and v.value
        ),
        2,
    )
    lines = [line for leg in legs for line in leg_lines(leg, col + offset)]
    if key is not None:
        assert matches is not None  # _entry gives a key with its value
        if not (_empty(matches) or isinstance(matches, SequenceNode) or matches.tag.endswith(":null")):
            raise _Unsupported
        start, end = _after_colon(text, key), _value_end(text, key, matches)
        eol = text.find("\n", end)
        eol = len(text) if eol < 0 else eol - (text[eol - 1] == "\r")
        return (start, eol, text[end:eol] + "".join(nl + line for line in lines))
    prefix = nl if text and not text.endswith("\n") else ""
    return (len(text), len(text), prefix + " " * col + "matches:" + nl + "".join(line + nl for line in lines))


def _apply(text: str, edits: list[Edit]) -> str:
    out, at = [], 0
    for start, end, new in sorted(edits, key=lambda e: e[:2]):  # stable: inserts at one place keep their order
        if start < at:
            raise _Unsupported  # overlapping edits
        out += [text[at:start], new]
        at = end
    return "".join(out) + text[at:]


def _fixture(leg: Leg) -> tuple:
    return (leg.round, leg.leg, frozenset((leg.home, leg.away)))


def _surgical(text: str, old: Season, new: Season) -> str:
    """Legs are matched by fixture (round, leg, teams), not by line: a season from the
    undo history may carry the line numbers of a file that has since been saved over."""
    root = yaml.compose(text, Loader=_Loader)
    if not isinstance(root, MappingNode) or not root.value:
        raise _Unsupported
    nl = "\r\n" if "\r\n" in text else "\n"
    key, matches = _entry(root, "matches")
    items = {
        (n.start_mark.line + 1, n.start_mark.column + 1): n
        for n in (matches.value if isinstance(matches, SequenceNode) else [])
        if isinstance(n, MappingNode)
    }
    in_file: dict[tuple, list[Leg]] = {}
    for leg in old.legs:
        if leg.mark.line:
            in_file.setdefault(_fixture(leg), []).append(leg)
    edits: list[Edit] = []
    appended: list[Leg] = []
    for leg in new.legs:
        same = in_file.get(_fixture(leg))
        if not same:
            appended.append(leg)
            continue
        was = same.pop(0)
        node = items.get((was.mark.line, was.mark.column))
        if node is None:
            raise _Unsupported
        if _leg_key(was) != _leg_key(leg):
            edits += _leg_edits(text, node, was, leg, nl)
    for gone in (leg for legs in in_file.values() for leg in legs):
        node = items.get((gone.mark.line, gone.mark.column))
        if node is None:
            raise _Unsupported
        edits.append(_drop(text, node, _end(text, node), nl, lead="-"))
    if appended:
        edits.append(_append(text, root, key, matches, appended, nl))
    if old.results != new.results:
        edits += _result_edits(text, root, old, new, nl)
    return _apply(text, edits)


def _result_edits(text: str, root: MappingNode, old: Season, new: Season, nl: str) -> list[Edit]:
    """Scores typed in the results grid, changed in place: the app changes nothing else of a
    result (any other change is written anew). Results keep their order and marks."""
    if len(old.results) != len(new.results):
        raise _Unsupported
    _key, seq = _entry(root, "results")
    items = {
        (n.start_mark.line + 1, n.start_mark.column + 1): n
        for n in (seq.value if isinstance(seq, SequenceNode) else [])
        if isinstance(n, MappingNode)
    }
    edits: list[Edit] = []
    for was, now in zip(old.results, new.results):
        if was.score == now.score:
            continue
        if replace(was, score=now.score) != now:
            raise _Unsupported
        node = items.get((was.mark.line, was.mark.column))
        if node is None or not node.value:
            raise _Unsupported
        key, value = _entry(node, "score")
        if key is not None and now.score is not None:
            # From the colon when the old value starts on a line of its own (a block list).
            start = _after_colon(text, key) if value.start_mark.line > key.start_mark.line else value.start_mark.index
            pad = " " if start != value.start_mark.index else ""
            edits.append((start, _value_end(text, key, value), pad + value_text("score", now.score)))
        elif key is not None:  # cleared: the pair goes, with the comma before it (flow) or its line
            if not node.flow_style:
                edits.append(_drop(text, key, _value_end(text, key, value), nl))
                continue
            before = [v for k, v in node.value if k is not key]
            if len(before) != len(node.value) - 1 or node.value[-1][0] is not key:
                raise _Unsupported  # `score` last, as written: else written anew
            edits.append((_end(text, before[-1]), _end(text, value), ""))
        elif now.score is not None:  # a score where there was none: after the last pair
            last_key, last_value = node.value[-1]
            at = _value_end(text, last_key, last_value)
            if node.flow_style:
                edits.append((at, at, ", score: " + value_text("score", now.score)))
            else:
                pos, prefix = _next_line(text, at, nl)
                col = node.value[0][0].start_mark.column
                edits.append((pos, pos, f"{prefix}{' ' * col}score: {value_text('score', now.score)}{nl}"))
    return edits


def render_surgical(original_text: str | None, old: Season | None, new: Season) -> str | None:
    """The original text with only the edited legs changed, if that reads back as `new`;
    None when it cannot be done (the text is shaped unusually, or it does not read back)."""
    if original_text is None or old is None:
        return None
    with contextlib.suppress(_Unsupported, yaml.YAMLError, ValueError, IndexError, RecursionError):
        text = _surgical(original_text, old, new)
        loaded = load_season_text(text).season
        if loaded is not None and same_data(loaded, new):
            return text
    return None


def render_season(original_text: str | None, old: Season | None, new: Season) -> str:
    """The YAML for `new`: the original text with only the edited legs changed when it is
    given with `old` (the season read from it), else the canonical emit. The result is
    read back and must give `new`; if the surgical text does not, the canonical one is used.
    A full rewrite can lose what the loader did not place: see save_guard.would_drop."""
    surgical = render_surgical(original_text, old, new)
    return emit_season(new) if surgical is None else surgical
