"""Read YAML into plain values that remember where each came from.

Composing the node graph and converting it ourselves, rather than calling
``yaml.safe_load``, gives every key and value its line and column for diagnostics,
and lets us refuse what safe_load would happily expand: alias bombs, absurd nesting,
tags outside YAML's core schema.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from liguilla_tui.core.diagnostics import Mark

# The C loader composes several times faster; it is optional in PyYAML wheels.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 2 * 1024 * 1024
MAX_VALUES = 200_000  # scalars and collections after alias expansion
MAX_DEPTH = 64

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp")}


class YamlProblem(Exception):
    """The text is not a YAML document we can read; carries where it went wrong."""

    def __init__(self, message: str, mark: Mark) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


class YMap(dict):
    """A mapping with the marks of its keys and values."""

    __slots__ = ("mark", "key_marks", "value_marks")

    def __init__(self, mark: Mark) -> None:
        super().__init__()
        self.mark = mark
        self.key_marks: dict[Any, Mark] = {}
        self.value_marks: dict[Any, Mark] = {}

    def mark_of(self, key: Any) -> Mark:
        return self.value_marks.get(key, self.key_marks.get(key, self.mark))


class YList(list):
    """A sequence with the mark of each item."""

    __slots__ = ("mark", "marks")

    def __init__(self, mark: Mark) -> None:
        super().__init__()
        self.mark = mark
        self.marks: list[Mark] = []

    def mark_of(self, index: int) -> Mark:
        return self.marks[index] if 0 <= index < len(self.marks) else self.mark


def _mark(node: Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag


class _Converter:
    def __init__(self) -> None:
        self.count = 0
        self.scalars = SafeConstructor()
        self.duplicates: list[tuple[str, Mark]] = []

    def convert(self, node: Node, depth: int = 0) -> Any:
        self.count += 1
        if self.count > MAX_VALUES:
            raise YamlProblem(
                f"document expands to more than {MAX_VALUES} values "
                "(aliases used to multiply content?)",
                _mark(node),
            )
        if depth > MAX_DEPTH:
            raise YamlProblem(f"document nested deeper than {MAX_DEPTH} levels", _mark(node))
        if isinstance(node, ScalarNode):
            if node.tag not in _SCALAR_TAGS:
                raise YamlProblem(f"unsupported tag {_short_tag(node.tag)}", _mark(node))
            try:
                return self.scalars.construct_object(node)
            except (yaml.YAMLError, ValueError, OverflowError) as exc:
                raise YamlProblem(f"unreadable value {node.value!r}: {exc}", _mark(node)) from None
        if isinstance(node, SequenceNode):
            if node.tag != _CORE + "seq":
                raise YamlProblem(f"unsupported tag {_short_tag(node.tag)}", _mark(node))
            out = YList(_mark(node))
            for item in node.value:
                out.append(self.convert(item, depth + 1))
                out.marks.append(_mark(item))
            return out
        if isinstance(node, MappingNode):
            if node.tag != _CORE + "map":
                raise YamlProblem(f"unsupported tag {_short_tag(node.tag)}", _mark(node))
            out = YMap(_mark(node))
            for key_node, value_node in node.value:
                key = self.convert(key_node, depth + 1)
                if isinstance(key, (YMap, YList)):
                    raise YamlProblem("a key must be plain text", _mark(key_node))
                if key in out:
                    self.duplicates.append((str(key), _mark(key_node)))
                out[key] = self.convert(value_node, depth + 1)
                out.key_marks[key] = _mark(key_node)
                out.value_marks[key] = _mark(value_node)
            return out
        raise YamlProblem("unreadable node", _mark(node))  # pragma: no cover


def _flow_depth(text: str) -> int:
    """Deepest run of open flow brackets: a cheap guard before the recursive composer."""
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    return deepest


def read_yaml(text: str) -> tuple[Any, list[tuple[str, Mark]]]:
    """Parse one YAML document; return its value and any duplicated keys.

    Raises YamlProblem with a position for anything unreadable.
    """
    if len(text) > MAX_BYTES:
        raise YamlProblem(f"file is larger than the {MAX_BYTES // 1024} KiB limit", Mark(1, 1))
    if _flow_depth(text) > MAX_DEPTH:
        raise YamlProblem(f"document nested deeper than {MAX_DEPTH} levels", Mark(1, 1))
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Mark(mark.line + 1, mark.column + 1) if mark else Mark(1, 1)
        reason = exc.problem or exc.context or "invalid YAML"
        raise YamlProblem(f"YAML syntax: {reason}", where) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"YAML syntax: {exc}", Mark(1, 1)) from None
    except RecursionError:
        raise YamlProblem(f"document nested deeper than {MAX_DEPTH} levels", Mark(1, 1)) from None
    if node is None:
        raise YamlProblem("file is empty", Mark(1, 1))
    converter = _Converter()
    try:
        value = converter.convert(node)
    except RecursionError:
        raise YamlProblem(f"document nested deeper than {MAX_DEPTH} levels", Mark(1, 1)) from None
    return value, converter.duplicates
