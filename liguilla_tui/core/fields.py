"""Typed field access on YAML mappings, collecting diagnostics instead of raising."""

from __future__ import annotations

import difflib
from datetime import date, datetime
from itertools import islice
from typing import Any

from liguilla_tui.core.diagnostics import Diagnostic, Mark, error, warning
from liguilla_tui.core.yamlsource import Yaml11Int, YList, YMap, shorten
from liguilla_tui.i18n import _

_MISSING = object()
MAX_SUGGEST_CHARS = 100
MAX_SUGGEST_CHOICES = 100
MAX_SUGGESTIONS = 100  # per file: past that, a hostile file's typos go without hints


def type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return _("a boolean")
    if isinstance(value, int):
        return _("an integer")
    if isinstance(value, float):
        return _("a decimal number")
    if isinstance(value, str):
        return _("text")
    if isinstance(value, YList):
        return _("a list")
    if isinstance(value, YMap):
        return _("a mapping")
    if isinstance(value, (date, datetime)):
        return _("a date")
    return type(value).__name__


def nearest(word: str, choices: list[str] | tuple[str, ...]) -> str | None:
    """The choice closest to `word`, if any is close; bounded work for any input."""
    if len(word) > MAX_SUGGEST_CHARS:
        return None
    # A ratio of 0.6 needs lengths within a factor of about 2.3; skip the hopeless ones
    # before difflib sees them, and look at no more than a season's worth.
    near = islice((c for c in choices if 3 * len(c) >= len(word) and 3 * len(word) >= len(c)), MAX_SUGGEST_CHOICES)
    found = difflib.get_close_matches(word, list(near), n=1, cutoff=0.6)
    return found[0] if found else None


class Reader:
    """Reads one file's values; every problem becomes a diagnostic."""

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []
        self.suggestions_left = MAX_SUGGESTIONS

    def nearest(self, word: str, choices: list[str] | tuple[str, ...]) -> str | None:
        """`nearest`, within a per-file budget so that no file can make hints slow."""
        if self.suggestions_left <= 0:
            return None
        self.suggestions_left -= 1
        return nearest(word, choices)

    def hint(self, word: str, choices: list[str] | tuple[str, ...]) -> str:
        """ "; did you mean 'x'?" when one choice is near, else " (known: a, b, c)"."""
        near = self.nearest(word, choices)
        if near:
            return _("; did you mean '{hint}'?").format(hint=near)
        return _(" (known: {known})").format(known=", ".join(choices))

    def error(self, message: str, mark: Mark) -> None:
        self.diagnostics.append(error(message, mark))

    def warning(self, message: str, mark: Mark) -> None:
        self.diagnostics.append(warning(message, mark))

    def known_keys(self, where: str, mapping: YMap, allowed: tuple[str, ...]) -> None:
        for key in mapping:
            if key not in allowed:
                hint = self.nearest(str(key), allowed)
                extra = _("; did you mean '{hint}'?").format(hint=hint) if hint else ""
                self.warning(
                    _("unknown key '{key}' in {where}{extra}").format(key=shorten(str(key)), where=where, extra=extra),
                    mapping.key_marks[key],
                )

    def mapping(self, where: str, value: Any, mark: Mark) -> YMap | None:
        if isinstance(value, YMap):
            return value
        self.error(_("{where} must be a mapping, not {type}").format(where=where, type=type_name(value)), mark)
        return None

    def sequence(self, where: str, value: Any, mark: Mark) -> YList | None:
        if isinstance(value, YList):
            return value
        self.error(_("{where} must be a list, not {type}").format(where=where, type=type_name(value)), mark)
        return None

    def text(self, where: str, m: YMap, key: str, required: bool = False) -> str | None:
        value = m.get(key, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.error(_("{where} needs '{key}'").format(where=where, key=key), m.mark)
            return None
        if isinstance(value, (date, datetime)):
            return value.isoformat()
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.error(
                _("'{key}' in {where} must be text, not {type}").format(key=key, where=where, type=type_name(value)),
                m.mark_of(key),
            )
            return None
        text = str(value).strip()
        if required and not text:
            self.error(_("'{key}' in {where} is empty").format(key=key, where=where), m.mark_of(key))
            return None
        return text

    def integer(
        self,
        where: str,
        m: YMap,
        key: str,
        required: bool = False,
        low: int | None = None,
        high: int | None = None,
    ) -> int | None:
        value = m.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.error(_("{where} needs '{key}'").format(where=where, key=key), m.mark)
            return None
        return self.check_int(_("'{key}' in {where}").format(key=key, where=where), value, m.mark_of(key), low, high)

    def check_int(
        self,
        what: str,
        value: Any,
        mark: Mark,
        low: int | None = None,
        high: int | None = None,
    ) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(_("{what} must be a whole number, not {type}").format(what=what, type=type_name(value)), mark)
            return None
        if self.yaml11_number(what, value, mark):
            return None
        if low is not None and value < low:
            self.error(_("{what} must be at least {low}, not {value}").format(what=what, low=low, value=value), mark)
            return None
        if high is not None and value > high:
            self.error(_("{what} must be at most {high}, not {value}").format(what=what, high=high, value=value), mark)
            return None
        return value

    def yaml11_number(self, what: str, value: Any, mark: Mark) -> bool:
        """Refuse, saying what to write instead, a number written as YAML 1.1 reads it (010 is 8)."""
        if not isinstance(value, Yaml11Int):
            return False
        self.error(
            _("{what} is written {text}, which YAML reads as {value}: write {meant}, not {text}").format(
                what=what, text=shorten(value.text, 30), value=int(value), meant=value.meant()
            ),
            mark,
        )
        return True

    def flag(self, where: str, m: YMap, key: str) -> bool:
        value = m.get(key, False)
        if not isinstance(value, bool):
            self.error(
                _("'{key}' in {where} must be true or false, not {type}").format(
                    key=key, where=where, type=type_name(value)
                ),
                m.mark_of(key),
            )
            return False
        return value
