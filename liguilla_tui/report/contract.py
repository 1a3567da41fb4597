"""The JSON contract speaks English: its sentences ("summary", "needs", diagnostics' "message")
are the same bytes whatever language the user chose (docs/json-output.md), so a script
reading them never depends on a locale."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from liguilla_tui.i18n import language, set_language


@contextmanager
def in_english() -> Iterator[None]:
    """Everything said inside is English; the chosen language is back afterwards."""
    was = language()
    set_language(None)
    try:
        yield
    finally:
        set_language(was)
