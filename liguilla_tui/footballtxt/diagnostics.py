"""A diagnostic and the file it is about: an import reads several (football.txt, aliases)."""

from __future__ import annotations

from dataclasses import dataclass

from liguilla_tui.core.diagnostics import Diagnostic


@dataclass(frozen=True, slots=True)
class ImportDiagnostic:
    """A diagnostic and the file it is about (football.txt, alias file)."""

    path: str
    diagnostic: Diagnostic

    @property
    def is_error(self) -> bool:
        return self.diagnostic.is_error

    @property
    def message(self) -> str:
        return self.diagnostic.message

    def format(self) -> str:
        return self.diagnostic.format(self.path)

    def lines(self) -> list[str]:
        return self.diagnostic.lines(self.path)
