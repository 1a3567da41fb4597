"""Before a save writes over a file: would it drop anything the file held?

The loader places what it understands in a Season; the rest (legs past its limit, a leg
naming an unknown team, keys it does not know, comments) lives only in the text. A
surgical save keeps that text; a full rewrite (the canonical emit) does not. So the text
about to be written is compared with the text that was loaded, as YAML trees without the
loader's interpretation: every scalar the old file held, at its place (key path), must
still be there, unless it belongs to a leg or result this edit changed or removed; and
every comment must still be there, unless it sat inside such a leg.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import yaml
from msgspec.structs import replace
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from liguilla_tui.core.merge import unmarked
from liguilla_tui.core.model import Leg, Result, Season, TableRow
from liguilla_tui.i18n import _, ngettext

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_EDITED_SECTIONS = ("matches", "results", "table")  # the only parts of a file the app changes
_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\n]|\'\')*\'')
_COMMENT = re.compile(r"(?:^|\s)(#.*)$")


@dataclass
class Dropped:
    """What writing the new text would lose; empty when nothing."""

    legs: int = 0  # items of `matches` that would lose something
    results: int = 0  # items of `results` likewise
    sections: list[str] = field(default_factory=list)  # other top-level keys losing something
    comments: int = 0
    first_line: int = 0  # the first place (1-based line) that would lose something
    unreadable: bool = False  # the new text could not be read as YAML at all

    def __bool__(self) -> bool:
        return bool(self.legs or self.results or self.sections or self.comments or self.unreadable)

    def summary(self) -> str:
        if self.unreadable:
            return _("the text to write could not be read back")
        parts = []
        if self.legs:
            parts.append(ngettext("{n} leg", "{n} legs", self.legs).format(n=f"{self.legs:,}"))
        if self.results:
            parts.append(ngettext("{n} result", "{n} results", self.results).format(n=f"{self.results:,}"))
        parts += [_("part of '{name}'").format(name=name) for name in self.sections]
        if self.comments:
            parts.append(ngettext("{n} comment", "{n} comments", self.comments).format(n=f"{self.comments:,}"))
        said = ", ".join(parts)
        return (
            _("{said} (the first at line {line})").format(said=said, line=self.first_line) if self.first_line else said
        )


def _fixture(leg: Leg) -> tuple:
    return (leg.round, leg.leg, frozenset((leg.home, leg.away)))


def _result_key(result: Result) -> tuple:
    return (result.home, result.away, result.matchday)


def _touched(old_items: tuple, new_items: tuple, key) -> set[tuple[int, int]]:
    """Marks (line, column) of the old items this edit changed or removed."""
    by_key: dict[tuple, list] = {}
    for item in new_items:
        by_key.setdefault(key(item), []).append(item)
    touched = set()
    for item in old_items:
        same = by_key.get(key(item))
        now = same.pop(0) if same else None
        if now is None or unmarked(now) != unmarked(item):
            touched.add((item.mark.line, item.mark.column))
    return touched


def _unplaced(rows: tuple[TableRow, ...]) -> tuple[TableRow, ...]:
    return tuple(replace(row, position=0) for row in rows)


def _leaves(node: Node, path: tuple, out: Counter) -> None:
    """Every scalar under node as (key path, text): sequence positions are left out, so
    that an item moved or one added before it still counts as kept."""
    stack = [(node, path)]
    while stack:
        node, path = stack.pop()
        if isinstance(node, ScalarNode):
            out[(path, node.value)] += 1
        elif isinstance(node, SequenceNode):
            stack.extend((child, path + ("-",)) for child in node.value)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                name = key.value if isinstance(key, ScalarNode) else "?"
                if not isinstance(key, ScalarNode):
                    stack.append((key, path + ("?",)))
                stack.append((value, path + (name,)))


def _spans(root: MappingNode, touched: dict[str, set[tuple[int, int]]]) -> list[tuple[int, int]]:
    """0-based line spans of the touched items, whose comments may go with them."""
    spans = []
    for key, value in root.value:
        if isinstance(key, ScalarNode) and key.value in touched and isinstance(value, SequenceNode):
            for item in value.value:
                if (item.start_mark.line + 1, item.start_mark.column + 1) in touched[key.value]:
                    spans.append((item.start_mark.line, _last_line(item)))
    return spans


def _last_line(node: Node) -> int:
    """The last line holding node's content: a block collection's end_mark lies at the next
    token, past the comments that follow it, which belong to what comes next."""
    last, stack = node.start_mark.line, [node]
    while stack:
        node = stack.pop()
        if isinstance(node, ScalarNode) or getattr(node, "flow_style", False):
            last = max(last, node.end_mark.line - (node.end_mark.column == 0))
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            stack.extend(v for pair in node.value for v in pair)
    return last


def comments(text: str, skip: Sequence[tuple[int, int]] = ()) -> Counter:
    """Comment texts by count: whole-line comments and those after a value (quoted
    strings blanked first, so a '#' inside one is not taken for a comment)."""
    found: Counter = Counter()
    for number, line in enumerate(text.splitlines()):
        if "#" not in line or any(a <= number <= b for a, b in skip):
            continue
        match = _COMMENT.search(_QUOTED.sub(lambda m: " " * len(m.group()), line))
        if match:
            found[line[match.start(1) :].rstrip()] += 1
    return found


def _old_leaves(root: MappingNode, touched: dict[str, set[tuple[int, int]]]) -> list[tuple[str, int, Counter]]:
    """(section, first line, leaves) per item of the edited sections, per other top-level key."""
    groups = []
    for key, value in root.value:
        name = key.value if isinstance(key, ScalarNode) else "?"
        if name in touched and isinstance(value, SequenceNode):
            for item in value.value:
                if (item.start_mark.line + 1, item.start_mark.column + 1) in touched[name]:
                    continue
                leaves: Counter = Counter()
                _leaves(item, (name, "-"), leaves)
                groups.append((name, item.start_mark.line + 1, leaves))
        else:
            leaves = Counter()
            _leaves(key, ("?",), leaves) if not isinstance(key, ScalarNode) else None
            _leaves(value, (name,), leaves)
            groups.append((name, key.start_mark.line + 1, leaves))
    return groups


def would_drop(original_text: str | None, old: Season | None, new: Season, text: str) -> Dropped:
    """What writing `text` (the YAML for `new`) over the file that held `original_text`
    (read as `old`) would lose besides what the edit from `old` to `new` changed."""
    if original_text is None or old is None:
        return Dropped()
    try:
        before = yaml.compose(original_text, Loader=_Loader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return Dropped()  # the loaded text is no YAML: there is no season to save at all
    try:
        after = yaml.compose(text, Loader=_Loader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return Dropped(unreadable=True)
    if not isinstance(before, MappingNode):
        return Dropped()
    touched = {
        "matches": _touched(old.legs, new.legs, _fixture),
        "results": _touched(old.results, new.results, _result_key),
        # A row typed in the app (e on the General table). The others only move with the
        # sort: their positions are the same numbers, in another order, so are still kept.
        "table": _touched(_unplaced(old.table), _unplaced(new.table), lambda row: row.team),
    }
    kept: Counter = Counter()
    if after is not None:
        _leaves(after, (), kept)
    dropped = Dropped()
    lines = []
    for section, line, leaves in _old_leaves(before, touched):
        if all(kept[leaf] >= count for leaf, count in leaves.items()):
            for leaf, count in leaves.items():  # each kept scalar answers for one old scalar only
                kept[leaf] -= count  # (not `kept -= leaves`: that walks all of kept every time)
            continue
        lines.append(line)  # what it did keep is left for the items after it
        if section == "matches":
            dropped.legs += 1
        elif section == "results":
            dropped.results += 1
        elif section not in dropped.sections:
            dropped.sections.append(section)
    lost_comments = comments(original_text, _spans(before, touched)) - comments(text)
    dropped.comments = sum(lost_comments.values())
    if lost_comments and not lines:  # data first: losing a leg matters more than a note
        first = next(iter(lost_comments))
        lines += [n + 1 for n, line in enumerate(original_text.splitlines()) if line.rstrip().endswith(first)][:1]
    dropped.first_line = min(lines) if lines else 0
    return dropped
