"""The Liguilla's legs as CSV: one row per leg of every tie, played or not, for spreadsheets.

Scores are (home, away) as played (so far, for a leg with status `live`); extra time is the goals of extra time only (as in the
season file). Legs the bracket does not hold (`kept_legs`) follow, marked `not counted`.
Headers, the `round` key and `status` are identifiers, like the JSON contract's keys: they
stay English in every language, so one script reads any export; `round_name` is the round's
name as shown (translated when it is a preset's). Names go through `printable`; a cell a spreadsheet would take for a formula (starting
with =, +, -, @, tab or carriage return) is written with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io

from liguilla_tui.core.model import Leg
from liguilla_tui.core.presets import round_name
from liguilla_tui.core.results import Resolved
from liguilla_tui.report.safe import printable

COLUMNS = (
    "round",
    "round_name",
    "tie",
    "leg",
    "date",
    "kickoff",
    "home",
    "away",
    "home_goals",
    "away_goals",
    "home_extra_time",
    "away_extra_time",
    "home_penalties",
    "away_penalties",
    "status",  # played, live (the goals are the score so far), not played, not counted
)


def cell(text: str | None) -> str:
    if text is None:
        return ""
    text = printable(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _pair(pair: tuple[int, int] | None) -> tuple[str, str]:
    return ("", "") if pair is None else (str(pair[0]), str(pair[1]))


def _row(
    round_key: str, name: str, tie: str, number: int, leg: Leg | None, home: str, away: str, status: str
) -> list[str]:
    score = _pair(leg.score if leg else None)
    extra = _pair(leg.extra_time if leg else None)
    pens = _pair(leg.penalties if leg else None)
    return [
        cell(round_key),
        cell(name),
        cell(tie),
        str(number),
        cell(leg.date if leg else None),
        cell(leg.kickoff if leg else None),
        cell(home),
        cell(away),
        *score,
        *extra,
        *pens,
        status,
    ]


def render_csv(resolved: Resolved) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for rnd in resolved.rounds:
        for tie in rnd.ties:
            for slot in tie.legs:
                leg = slot.leg
                home, away = (leg.home, leg.away) if leg else (slot.home, slot.away)
                writer.writerow(
                    _row(
                        rnd.spec.key,
                        round_name(rnd.spec),
                        tie.label,
                        slot.number,
                        leg,
                        home,
                        away,
                        "played" if slot.played else "live" if slot.live else "not played",
                    )
                )
            if not tie.legs:  # teams not known yet: one row per leg to come
                for number in range(1, rnd.spec.legs + 1):
                    writer.writerow(
                        _row(
                            rnd.spec.key,
                            round_name(rnd.spec),
                            tie.label,
                            number,
                            None,
                            tie.lower.label if rnd.spec.legs > 1 and number == 1 else tie.higher.label,
                            tie.higher.label if rnd.spec.legs > 1 and number == 1 else tie.lower.label,
                            "to be decided",
                        )
                    )
    names = {r.key: round_name(r) for r in resolved.season.format.rounds}
    for leg in resolved.kept_legs:
        writer.writerow(
            _row(leg.round, names.get(leg.round, leg.round), "", leg.leg, leg, leg.home, leg.away, "not counted")
        )
    return out.getvalue()
