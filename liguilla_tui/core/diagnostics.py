"""Compiler-style diagnostics: FILE:LINE:COL: severity: message."""

from __future__ import annotations

from enum import Enum

import msgspec

from liguilla_tui.i18n import pgettext


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


class Mark(msgspec.Struct, frozen=True):
    """A 1-based line and column in a season file."""

    line: int
    column: int


NOWHERE = Mark(0, 0)


class Note(msgspec.Struct, frozen=True):
    """A second place a diagnostic is about, as compilers print it: where an unclosed '[' opened."""

    message: str
    mark: Mark = NOWHERE


class Diagnostic(msgspec.Struct, frozen=True):
    severity: Severity
    message: str
    mark: Mark = NOWHERE
    notes: tuple[Note, ...] = ()

    @property
    def line(self) -> int:
        return self.mark.line

    @property
    def column(self) -> int:
        return self.mark.column

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self, path: str) -> str:
        """The diagnostic's own line (its notes, if any, are in `lines`)."""
        return _line(path, self.mark, _severity(self.severity.value), self.message)

    def lines(self, path: str) -> list[str]:
        """The diagnostic's line, then a `FILE:LINE:COL: note: ...` line for each note."""
        return [self.format(path), *(_line(path, n.mark, _severity("note"), n.message) for n in self.notes)]


def _severity(word: str) -> str:
    """ "error" / "warning" / "note" as the user reads them ("aviso", "nota"); the JSON keeps
    `severity` as its enumeration."""
    return {
        "error": pgettext("severity", "error"),
        "warning": pgettext("severity", "warning"),
        "note": pgettext("severity", "note"),
    }[word]


def _line(path: str, mark: Mark, severity: str, message: str) -> str:
    where = f"{path}:{mark.line}:{mark.column}" if mark.line else path
    return f"{where}: {severity}: {message}"


def error(message: str, mark: Mark = NOWHERE, notes: tuple[Note, ...] = ()) -> Diagnostic:
    return Diagnostic(Severity.ERROR, message, mark, notes)


def warning(message: str, mark: Mark = NOWHERE) -> Diagnostic:
    return Diagnostic(Severity.WARNING, message, mark)
