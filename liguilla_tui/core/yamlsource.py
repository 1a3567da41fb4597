"""Read YAML into plain values that remember where each came from.

We build values straight from the parser's event stream rather than calling
``yaml.safe_load`` or ``yaml.compose``. That gives every key and value its line and
column for diagnostics, and lets us refuse, as soon as the parser reaches it, what a
hostile file could do to a composer: alias bombs (values counted as aliases expand
them), absurd nesting (the event stream is flat, so nothing here recurses: PyYAML's C
composer recurses once per level and overflows the C stack at a few ten thousand
levels, which ``- - - - ...`` reaches in a few hundred kilobytes), tags outside
YAML's core schema, and numbers whose conversion would run for minutes.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from liguilla_tui.core.diagnostics import Mark, Note
from liguilla_tui.core.loaded import MAX_BYTES  # one limit for the file's bytes and its text
from liguilla_tui.core.yaml_words import opened_here, pyyaml_words, shorten
from liguilla_tui.i18n import _

# The C parser is several times faster; it is optional in PyYAML wheels.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_VALUES = 200_000  # scalars and collections after alias expansion
MAX_DEPTH = 64
MAX_NUMBER_CHARS = 64  # int("1:2:3:...") in base 60 is quadratic; no season needs more

_CORE = "tag:yaml.org,2002:"
_INT, _FLOAT, _STR = _CORE + "int", _CORE + "float", _CORE + "str"
_SCALAR_TAGS = {_CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
# Plain `=` and `<<` resolve to these YAML 1.1 types; as values they are just text.
_AS_TEXT = {_CORE + "value", _CORE + "merge"}
# What YAML allows in a stream (YAML 1.1, 5.1), as PyYAML's reader checks it.
_NOT_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class YamlProblem(Exception):
    """The text is not a YAML document we can read; carries where it went wrong."""

    def __init__(self, message: str, mark: Mark, notes: tuple[Note, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark
        self.notes = notes  # where an unclosed construct began, for a syntax error


# YAML 1.2 reads these as integers too; anything else PyYAML calls an integer (010 octal,
# 0x10, 0b10, 1:30 base 60, 1_0) is a YAML 1.1 form that people write by accident.
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")


class Yaml11Int(int):
    """An integer written in a YAML 1.1-only form (`010`, `0x10`, `1:30`, `1_0`).

    It keeps the text as written: where text belongs (a kickoff `19:00`, a name) it is that
    text, and where a number belongs the reader refuses it and says what to write instead.
    """

    text: str

    def __new__(cls, value: int, text: str) -> Yaml11Int:
        made = super().__new__(cls, value)
        made.text = text
        return made

    def __str__(self) -> str:
        return self.text

    def meant(self) -> int:
        """What the writer most likely meant: `010` is 10 (zero-padded), the rest their value."""
        digits = self.text.lstrip("+-")
        if digits.isdigit():  # 010: octal only to YAML 1.1
            value = int(digits)
            return -value if self.text.startswith("-") else value
        return int(self)


class YMap(dict):
    """A mapping with the marks of its keys and values."""

    __slots__ = ("key_marks", "mark", "value_marks")

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


def _mark(event: Any) -> Mark:
    return Mark(event.start_mark.line + 1, event.start_mark.column + 1)


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


def mark_at(text: str, index: int) -> Mark:
    """The 1-based line and column of a character offset in `text`."""
    index = max(0, min(index, len(text)))
    line_start = text.rfind("\n", 0, index) + 1
    return Mark(text.count("\n", 0, index) + 1, index - line_start + 1)


class _Open:
    """A collection whose end event has not come yet."""

    __slots__ = ("anchor", "deepest", "first_count", "has_key", "key", "key_mark", "value")

    def __init__(self, value: YMap | YList, anchor: str | None, count: int, depth: int) -> None:
        self.value, self.anchor, self.first_count, self.deepest = value, anchor, count, depth
        self.key: Any = None
        self.key_mark: Mark | None = None
        self.has_key = False


class _Builder:
    """Values from parser events, with an explicit stack instead of recursion."""

    def __init__(self) -> None:
        self.count = 0
        self.stack: list[_Open] = []
        self.anchors: dict[str, tuple[Any, int, int]] = {}  # name -> (value, values, depth)
        self.duplicates: list[tuple[str, Mark]] = []
        self.documents = 0
        self.root: Any = None
        self.empty = False
        self.aliased = False
        self.resolver = Resolver()
        self.scalars = SafeConstructor()

    def feed(self, event: Any) -> None:
        if isinstance(event, yaml.ScalarEvent):
            self._scalar(event)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            self._start(event)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            done = self.stack.pop()
            size, depth = self.count - done.first_count, done.deepest - len(self.stack)
            if done.anchor is not None:
                self.anchors[done.anchor] = (done.value, size, depth)
            self._add(done.value, done.value.mark, depth)
        elif isinstance(event, yaml.AliasEvent):
            self._alias(event)
        elif isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise YamlProblem(_("a season file holds one YAML document; a second one starts here"), _mark(event))

    def _counted(self, event: Any, values: int = 1) -> None:
        self.count += values
        if self.count > MAX_VALUES:
            if isinstance(event, yaml.AliasEvent) or self.aliased:
                raise YamlProblem(
                    _("document expands to more than {MAX_VALUES} values (aliases used to multiply content?)").format(
                        MAX_VALUES=MAX_VALUES
                    ),
                    _mark(event),
                )
            raise YamlProblem(
                _("document has more than {MAX_VALUES} values; no season needs a tenth of that").format(
                    MAX_VALUES=MAX_VALUES
                ),
                _mark(event),
            )

    def _check_tag(self, event: Any, tag: str | None, default: str) -> None:
        if tag not in (None, "!", default):
            raise YamlProblem(_("unsupported tag {tag}").format(tag=_short_tag(tag)), _mark(event))

    def _start(self, event: Any) -> None:
        is_map = isinstance(event, yaml.MappingStartEvent)
        self._check_tag(event, event.tag, _CORE + ("map" if is_map else "seq"))
        self._not_a_key(event)
        if len(self.stack) + 1 > MAX_DEPTH:
            raise YamlProblem(
                _("document nested deeper than {MAX_DEPTH} levels").format(MAX_DEPTH=MAX_DEPTH), _mark(event)
            )
        self._counted(event)
        value = YMap(_mark(event)) if is_map else YList(_mark(event))
        self.stack.append(_Open(value, event.anchor, self.count, len(self.stack) + 1))

    def _not_a_key(self, event: Any) -> None:
        """A list or mapping is about to be added: refuse it where a key is due."""
        top = self.stack[-1] if self.stack else None
        if top is not None and isinstance(top.value, YMap) and not top.has_key:
            raise YamlProblem(_("a key must be plain text, not a list or mapping"), _mark(event))

    def _scalar(self, event: Any) -> None:
        self._counted(event)
        tag = event.tag
        if tag is None or tag == "!":
            tag = self.resolver.resolve(ScalarNode, event.value, event.implicit)
        top = self.stack[-1] if self.stack else None
        if tag == _CORE + "merge" and top is not None and isinstance(top.value, YMap) and not top.has_key:
            raise YamlProblem(_("merge keys ('<<') are not supported: write the keys out"), _mark(event))
        if tag in _AS_TEXT:
            tag = _STR
        if tag not in _SCALAR_TAGS:
            raise YamlProblem(_("unsupported tag {tag}").format(tag=_short_tag(tag)), _mark(event))
        if tag in (_INT, _FLOAT) and len(event.value) > MAX_NUMBER_CHARS:
            raise YamlProblem(
                _("number {value!r} is too long (more than {MAX_NUMBER_CHARS} characters)").format(
                    value=shorten(event.value, 30), MAX_NUMBER_CHARS=MAX_NUMBER_CHARS
                ),
                _mark(event),
            )
        node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            value = SafeConstructor.yaml_constructors[tag](self.scalars, node)
        except Exception as exc:  # the constructors raise whatever their parsing hits
            # A ValueError says why ("day is out of range for month"); the rest say nothing useful.
            why = f": {shorten(str(exc), 80)}" if type(exc) is ValueError and str(exc) else ""
            raise YamlProblem(
                _("unreadable {tag} value {value!r}{why}").format(
                    tag=_short_tag(tag), value=shorten(event.value, 40), why=why
                ),
                _mark(event),
            ) from None
        if tag == _INT and not _DECIMAL.fullmatch(event.value):
            value = Yaml11Int(value, event.value)
        if not self.stack and value is None and event.value == "" and event.implicit[0]:
            self.empty = True
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, 1, 0)
        self._add(value, _mark(event), 0)

    def _alias(self, event: Any) -> None:
        found = self.anchors.get(event.anchor)
        if found is None:
            inside = any(o.anchor == event.anchor for o in self.stack)
            why = _("refers to a value that contains it") if inside else _("has no anchor before it")
            raise YamlProblem(
                _("alias *{anchor} {why}").format(anchor=shorten(event.anchor, 40), why=why), _mark(event)
            )
        value, size, depth = found
        if isinstance(value, (YMap, YList)):
            self._not_a_key(event)
        if len(self.stack) + depth > MAX_DEPTH:
            raise YamlProblem(
                _("document nested deeper than {MAX_DEPTH} levels").format(MAX_DEPTH=MAX_DEPTH), _mark(event)
            )
        self._counted(event, size)
        self.aliased = True
        self._add(value, _mark(event), depth)

    def _add(self, value: Any, mark: Mark, depth: int) -> None:
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        top.deepest = max(top.deepest, len(self.stack) + depth)
        if isinstance(top.value, YList):
            top.value.append(value)
            top.value.marks.append(mark)
        elif not top.has_key:
            top.key, top.key_mark, top.has_key = value, mark, True
        else:
            key, out, key_mark = top.key, top.value, top.key_mark
            assert key_mark is not None  # set with has_key
            if key in out:
                self.duplicates.append((shorten(str(key)), key_mark))
            out[key] = value
            out.key_marks[key] = key_mark
            out.value_marks[key] = mark
            top.has_key = False


def _check_characters(text: str) -> None:
    bad = _NOT_PRINTABLE.search(text)
    if bad is not None:
        char = bad.group()
        hint = " (inside double quotes, write it as an escape such as \\x1b)" if ord(char) < 0xA0 else ""
        raise YamlProblem(
            _("character U+{char:04X} is not allowed in a YAML file{hint}").format(char=ord(char), hint=hint),
            mark_at(text, bad.start()),
        )


def read_yaml(text: str) -> tuple[Any, list[tuple[str, Mark]]]:
    """Parse one YAML document; return its value and any duplicated keys.

    Raises YamlProblem with a position for anything unreadable.
    """
    if len(text) > MAX_BYTES:
        raise YamlProblem(_("file is larger than the {value} KiB limit").format(value=MAX_BYTES // 1024), Mark(1, 1))
    _check_characters(text)
    try:
        builder = _build(text, _Loader)
    except yaml.MarkedYAMLError as exc:
        if _Loader is yaml.SafeLoader or "nesting depth" not in str(exc.problem):
            raise _syntax_problem(exc, text) from None
        # libyaml (PyYAML >= 6.0.4) scans up to 1,000 levels of brackets ahead and fails
        # there, before handing over the events whose depth we refuse at 65. The Python
        # parser hands them over as it goes: read again with it, to say where, in our words.
        try:
            builder = _build(text, yaml.SafeLoader)
        except yaml.MarkedYAMLError as again:
            raise _syntax_problem(again, text) from None
    except yaml.YAMLError as exc:  # a reader error: PyYAML gives an offset, not a mark
        position = getattr(exc, "position", None)
        where = mark_at(text, position) if isinstance(position, int) else Mark(1, 1)
        reason = getattr(exc, "reason", None) or str(exc).splitlines()[0]
        raise YamlProblem(_("YAML syntax: {reason}").format(reason=reason), where) from None
    if builder.documents == 0 or builder.empty:
        raise YamlProblem(_("file is empty"), Mark(1, 1))
    return builder.root, builder.duplicates


def _build(text: str, loader: Any) -> _Builder:
    builder = _Builder()
    for event in yaml.parse(text, Loader=loader):
        builder.feed(event)
    return builder


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    mark = exc.problem_mark or exc.context_mark
    where = Mark(mark.line + 1, mark.column + 1) if mark else Mark(1, 1)
    said = pyyaml_words(exc.problem or exc.context or "") or _("invalid YAML")
    problem = YamlProblem(_("YAML syntax: {value}").format(value=said), where)
    opened = exc.context_mark
    if exc.problem_mark is not None and opened is not None and exc.context:
        began = Mark(opened.line + 1, opened.column + 1)
        if began != where:
            problem.notes = (Note(opened_here(exc.context, text, opened.line, opened.column), began),)
    return problem
