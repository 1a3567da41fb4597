"""A leg being played, as a season file says it: `status: live`, its `minute`, and what a
live leg cannot have yet (no score so far; extra time or a shoot-out before it is final)."""

from __future__ import annotations

from liguilla_tui.core.fields import Reader
from liguilla_tui.core.minutes import live_minute
from liguilla_tui.core.model import LIVE, Score
from liguilla_tui.core.yamlsource import YMap, shorten
from liguilla_tui.i18n import _

STATUSES = (LIVE, "final")  # "final" is what a leg with a score and no status already is


def read_live(reader: Reader, m: YMap, where: str, score: Score | None, decided: bool) -> tuple[str | None, str | None]:
    """The leg's status (LIVE or None) and minute. `decided`: the leg gives extra time or a
    shoot-out, which the caller sets aside (kept, not counted) while the leg is live."""
    status, minute = _status(reader, m, where)
    if status == LIVE and score is None:
        reader.error(
            _("{where} is live but has no score: give the score so far ([0, 0] at kickoff)").format(where=where),
            m.mark_of("status"),
        )
        status = minute = None
    if status == LIVE and decided:
        reader.error(
            _("{where} is live: its extra time and shoot-out are set aside until it is final").format(where=where),
            m.mark,
        )
    return status, minute


def _status(reader: Reader, m: YMap, where: str) -> tuple[str | None, str | None]:
    """`status: live` and its `minute`; a leg with a score and no status is final."""
    status = reader.text("a match", m, "status")
    if status is not None and status.lower() not in STATUSES:
        hint = reader.nearest(status.lower(), STATUSES)
        said = _("did you mean '{hint}'? ").format(hint=hint) if hint else ""
        reader.error(
            _("status {status} of {where} is not one ({said}live or final)").format(
                status=repr(shorten(status)), where=where, said=said
            ),
            m.mark_of("status"),
        )
        status = None
    status = LIVE if status is not None and status.lower() == LIVE else None
    value = m.get("minute")
    if value is None:
        return status, None
    mark = m.mark_of("minute")
    if reader.yaml11_number("a minute", value, mark):
        return status, None
    minute = live_minute(value)
    if minute is None:
        reader.error(
            _("minute {value} of {where} is not a minute such as 63, 90+2 or HT").format(
                value=repr(shorten(str(value))), where=where
            ),
            mark,
        )
    elif status != LIVE:  # kept (a save writes it back), but it says nothing of a leg not live
        reader.warning(
            _("{where} has a minute but is not live ('status: live'): the minute is ignored").format(where=where), mark
        )
    return status, minute
