"""Dates as each language prints them: "8 May 2013" / "8 de mayo de 2013"."""

from __future__ import annotations

from datetime import date

from liguilla_tui.i18n import N_, _, language

MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def long_date(iso: str | None) -> str:
    """ "2013-05-08" -> "8 May 2013" (en), "8 de mayo de 2013" (es_MX); other text as it is."""
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    month = _(MONTHS[day.month - 1])
    if language() == "es_MX":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"
