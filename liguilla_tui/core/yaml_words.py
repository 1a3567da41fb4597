"""PyYAML's words for a syntax mistake, in the current language: its (and libyaml's) known
problems through the catalog, and where the construct the mistake is in began. A problem
not known here is shown as PyYAML wrote it."""

from __future__ import annotations

import re

from liguilla_tui.i18n import N_, _


def shorten(text: str, limit: int = 60) -> str:
    """Text from a file, cut to a length fit for one line of a message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


_CONTEXT = re.compile(r"while (?:parsing|scanning) an? (.+)")

# PyYAML's own problems, in the current language: the fixed ones, then those with a part
# (a character, a token) that is kept as PyYAML writes it. Anything else stays as written.
_PYYAML_FIXED = {
    "mapping values are not allowed here": N_("mapping values are not allowed here"),
    "could not find expected ':'": N_("could not find expected ':'"),
    "did not find expected key": N_("did not find expected key"),
    "did not find expected '-' indicator": N_("did not find expected '-' indicator"),
    "found unexpected end of stream": N_("found unexpected end of stream"),
    "found unexpected ':'": N_("found unexpected ':'"),
    "found a tab character that violates indentation": N_("found a tab character that violates indentation"),
    # libyaml's (the C reader's) words for the same problems, and its others.
    "mapping values are not allowed in this context": N_("mapping values are not allowed here"),
    "found a tab character that violate indentation": N_("found a tab character that violates indentation"),
    "block sequence entries are not allowed in this context": N_("block sequence entries are not allowed here"),
    "found character that cannot start any token": N_("found a character that cannot start any token"),
    "did not find expected node content": N_("did not find expected node content"),
    "did not find expected <document start>": N_("did not find expected <document start>"),
    "found unknown escape character": N_("found an unknown escape character"),
    "found undefined alias": N_("found an undefined alias"),
    "found unexpected document indicator": N_("found unexpected document indicator"),
}
_PYYAML_PARTS = (
    # (a '}' in a msgid would read as a placeholder's end: the brackets go in as parts)
    (
        re.compile(r"did not find expected (?P<first>'.') or (?P<second>'.')"),
        N_("did not find expected {first} or {second}"),
    ),
    (re.compile(r"expected (?P<expected>.+), but found (?P<found>.+)"), N_("expected {expected}, but found {found}")),
    (
        re.compile(r"found character (?P<char>.+) that cannot start any token"),
        N_("found character {char} that cannot start any token"),
    ),
    (re.compile(r"found undefined alias (?P<name>.+)"), N_("found undefined alias {name}")),
    (re.compile(r"found unknown escape character (?P<char>.+)"), N_("found unknown escape character {char}")),
    (re.compile(r"found duplicate anchor (?P<name>.+?);.*"), N_("found duplicate anchor {name}")),
)


def pyyaml_words(problem: str) -> str:
    problem = problem.strip()
    if problem in _PYYAML_FIXED:
        return _(_PYYAML_FIXED[problem])
    for pattern, words in _PYYAML_PARTS:
        found = pattern.fullmatch(problem)
        if found:
            return _(words).format(**found.groupdict())
    return problem


_BEGAN = {
    "block mapping": N_("the block mapping began here"),
    "flow mapping": N_("the flow mapping began here"),
    "block collection": N_("the block collection began here"),
    "flow sequence": N_("the flow sequence began here"),
    "quoted scalar": N_("the quoted scalar began here"),
    "simple key": N_("the simple key began here"),
    "block scalar": N_("the block scalar began here"),
    "plain scalar": N_("the plain scalar began here"),
    "flow node": N_("the flow node began here"),
    "block node": N_("the block node began here"),
}


def opened_here(context: str, text: str, line: int, column: int) -> str:
    """'the '[' opened here': where the construct the parser was inside began."""
    lines = text.splitlines()
    char = lines[line][column] if line < len(lines) and column < len(lines[line]) else ""
    if char in ("[", "{"):
        return _("the '{char}' opened here").format(char=char)
    if char in ("'", '"'):
        return _("the quote {char} opened here").format(char=char)
    found = _CONTEXT.fullmatch(context.strip())
    if found and found.group(1) in _BEGAN:
        return _(_BEGAN[found.group(1)])  # whole sentences: a construct's gender is the language's
    return (
        _("the {what} began here").format(what=found.group(1))
        if found
        else _("{context} began here").format(context=shorten(context, 60))
    )
