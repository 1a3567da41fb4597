"""Undo and redo over immutable seasons: each step is just the previous value."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

LIMIT = 500


@dataclass
class History(Generic[T]):
    present: T
    limit: int = LIMIT
    _past: list[T] = field(default_factory=list)
    _future: list[T] = field(default_factory=list)

    def push(self, value: T) -> None:
        if value is self.present:
            return
        self._past.append(self.present)
        if len(self._past) > self.limit:
            del self._past[0]
        self._future.clear()
        self.present = value

    def undo(self) -> T | None:
        if not self._past:
            return None
        self._future.append(self.present)
        self.present = self._past.pop()
        return self.present

    def redo(self) -> T | None:
        if not self._future:
            return None
        self._past.append(self.present)
        self.present = self._future.pop()
        return self.present

    @property
    def can_undo(self) -> bool:
        return bool(self._past)

    @property
    def can_redo(self) -> bool:
        return bool(self._future)
