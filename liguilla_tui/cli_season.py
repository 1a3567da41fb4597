"""The season file a command reads (the bundled 2013 Clausura when none is named) and its
diagnostics printed as FILE:LINE:COL: shared by cli.py and cli_scenarios.py, which would
otherwise import each other."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from liguilla_tui.i18n import language, set_language
from liguilla_tui.report.safe import printable
from liguilla_tui.seasons import default_season


def load_named(path: str | None):
    from liguilla_tui.core.load import load_season

    return load_season(path or default_season())


def print_diagnostics(loaded, diagnostics, quiet: bool = False, stream=None) -> None:
    for d in diagnostics:
        if not (quiet and not d.is_error):
            for line in d.lines(loaded.path):  # a syntax error's note: where the '[' opened
                print(printable(line), file=stream or sys.stdout)


@contextmanager
def in_user_language(args) -> Iterator[None]:
    """What is said inside is in the user's language, also in a --format json run (which
    reads the file in English: the body's messages are the contract's, cli.main)."""
    user = getattr(args, "user_language", None)
    was = language()
    if user is not None:
        set_language(user)
    try:
        yield
    finally:
        set_language(was)


def say_diagnostics(args, loaded, diagnostics, again: Callable[[], tuple[Any, Any]]) -> None:
    """The diagnostics on standard error, in the user's language: in a --format json run
    they are worded anew in it (`again`: the file read and resolved again)."""
    user = getattr(args, "user_language", None)
    if not diagnostics or user is None or user == language():
        print_diagnostics(loaded, diagnostics, stream=sys.stderr)
        return
    with in_user_language(args):
        loaded, diagnostics = again()
        print_diagnostics(loaded, diagnostics, stream=sys.stderr)  # "aviso", "nota" too
