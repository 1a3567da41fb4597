"""Compiler-style diagnostics: FILE:LINE:COL: severity: message."""

from __future__ import annotations

import msgspec
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


class Mark(msgspec.Struct, frozen=True):
    """A 1-based line and column in a season file."""

    line: int
    column: int


NOWHERE = Mark(0, 0)


class Diagnostic(msgspec.Struct, frozen=True):
    severity: Severity
    message: str
    mark: Mark = NOWHERE

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
        where = f"{path}:{self.line}:{self.column}" if self.line else path
        return f"{where}: {self.severity.value}: {self.message}"


def error(message: str, mark: Mark = NOWHERE) -> Diagnostic:
    return Diagnostic(Severity.ERROR, message, mark)


def warning(message: str, mark: Mark = NOWHERE) -> Diagnostic:
    return Diagnostic(Severity.WARNING, message, mark)
