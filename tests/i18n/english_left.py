"""Which English strings of the catalog are left in a text meant to be Spanish.

Built from the catalog itself (po/es_MX/*.po), so it grows with every string marked:

    from tests.i18n.english_left import english_left
    assert english_left(output) == []

A candidate is an English msgid (or msgid_plural) whose Spanish differs, cut at its
`{placeholders}` into literal pieces; a piece counts when it has two words or more, or is
one word longer than 4 letters (shorter words such as "Final", "PJ" or "vs" are shared
with Spanish or too common to tell). A piece that also appears inside some Spanish
translation ("Final", "Global", "Play-in") can never prove English was left, so it is
skipped. Matching is case-insensitive on word boundaries.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from functools import lru_cache

from liguilla_tui.i18n import compile as po

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _pieces(msgid: str) -> list[str]:
    """The literal text of a msgid between its placeholders, trimmed of spaces and punctuation."""
    parts: list[str] = []
    for literal, _field, _spec, _conv in string.Formatter().parse(msgid):
        for line in literal.splitlines():
            piece = line.strip(" \t:;,.()[]–-—·|/*#>!?\"'")
            if piece:
                parts.append(piece)
    return parts


def _counts(piece: str) -> bool:
    words = _WORD.findall(piece)
    if len(words) >= 2:
        return True
    return len(words) == 1 and len(words[0]) > 4 and words[0] == piece


def _pattern(piece: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w) for w in piece.split())
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def candidates() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(English piece, its pattern) for every piece of the catalog worth looking for."""
    _, entries = po.catalog("es_MX")
    return build(entries.values())


def build(entries: Iterable[po.Entry]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    spanish: list[str] = []
    english: dict[str, None] = {}
    for entry in entries:
        translations = entry.plurals if entry.plural is not None else (entry.msgstr,)
        spanish.extend(t for t in translations if t)
        if not entry.translated:
            continue
        for source, target in ((entry.msgid, translations[0]), (entry.plural, translations[-1])):
            if source is None or source == target:
                continue
            for piece in _pieces(source):
                if _counts(piece):
                    english[piece] = None
    everything_spanish = "\n".join(spanish)
    found = []
    for piece in english:
        pattern = _pattern(piece)
        if not pattern.search(everything_spanish):
            found.append((piece, pattern))
    return tuple(found)


def english_left(
    text: str,
    allow: Iterable[str] = (),
    among: tuple[tuple[str, re.Pattern[str]], ...] | None = None,
) -> list[str]:
    """The English catalog pieces found in `text` (sorted, each once), less those in `allow`
    (data that happens to be English: a team's or a file's name)."""
    allowed = {a.lower() for a in allow}
    pieces = candidates() if among is None else among
    return sorted({piece for piece, pattern in pieces if piece.lower() not in allowed and pattern.search(text)})
