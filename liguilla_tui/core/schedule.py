"""When and where a leg is played: the rules for a date, a local kickoff and a venue, as typed.

A date is an ISO calendar date (2013-05-26); a kickoff is the local time "HH:MM", 24-hour;
a venue is a stadium's name as people write it ("Estadio Azteca"), on one line. Empty
means not known yet ("date tbc"). Each check returns the problem, or None.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from liguilla_tui.i18n import _

_KICKOFF = re.compile(r"([01]\d|2[0-3]):([0-5]\d)", re.ASCII)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def date_problem(text: str) -> str | None:
    if not text:
        return None
    if not _DATE.fullmatch(text):
        return _("'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2013-05-26").format(text=text)
    try:
        date.fromisoformat(text)
    except ValueError:
        return _("{text} is not a day of the calendar").format(text=text)
    return None


def kickoff_problem(text: str) -> str | None:
    if not text:
        return None
    if not _KICKOFF.fullmatch(text):
        return _("'{text}' is not a kickoff: write the local time as HH:MM, 24-hour, e.g. 19:00").format(text=text)
    return None


MAX_VENUE = 80  # "Estadio Universitario de Nuevo León, San Nicolás de los Garza" is 61
# Control, format (zero-width, bidi overrides), surrogate, private-use, unassigned and line
# separators: never part of a stadium's name, and each would garble a screen or a file.
_BAD_CATEGORIES = frozenset(("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))


def venue_problem(text: str) -> str | None:
    if len(text) > MAX_VENUE:
        return _("A venue of {length} characters: at most {most}").format(length=len(text), most=MAX_VENUE)
    bad = next((ch for ch in text if unicodedata.category(ch) in _BAD_CATEGORIES), None)
    if bad is not None:
        return _("a control or invisible character ({code}) in the venue").format(code=f"U+{ord(bad):04X}")
    return None


def normalize_kickoff(text: str) -> str:
    """'7:05' -> '07:05' (a single-digit hour is common in sources); anything else as is."""
    text = text.strip()
    if re.fullmatch(r"\d:[0-5]\d", text, re.ASCII):
        return "0" + text
    return text
