"""The regular season of an import: every match as a `results` entry."""

from __future__ import annotations

import re

from liguilla_tui.core.diagnostics import Mark, error, warning
from liguilla_tui.core.model import Result
from liguilla_tui.core.yamlsource import shorten
from liguilla_tui.footballtxt.collect import Collector, dash, match_mark
from liguilla_tui.footballtxt.reader import Match
from liguilla_tui.footballtxt.sources import _Part
from liguilla_tui.i18n import _, ngettext

_MATCHDAY = re.compile(r"(\d+)\s*$")


def read_results(c: Collector, part: _Part) -> list[Result]:
    out: list[Result] = []
    unplayed: list[Match] = []
    seen: dict[tuple[str, str], int] = {}
    for rnd in part.section.rounds:
        number = _MATCHDAY.search(rnd.name)
        matchday = int(number.group(1)) if number and 1 <= int(number.group(1)) <= 99 else None
        if matchday is None:
            name = shorten(rnd.name)
            c.say(
                part.path,
                warning(
                    _("round '{name}' has no matchday number (1 to 99): its matches are imported without one").format(
                        name=name
                    ),
                    Mark(rnd.line, 1),
                ),
                f"{shorten(part.section.name)}: round '{name}' has no matchday number.",
            )
        for match in rnd.matches:
            home, away = c.team(part, match, "home"), c.team(part, match, "away")
            if home is None or away is None:
                continue
            where = match_mark(part, match)
            label = f"{home} v {away}" + (f" (matchday {matchday})" if matchday else "")  # for the file's notes
            match_shown = _("{home} v {away}").format(home=home, away=away)
            shown = _("{match} (matchday {n})").format(match=match_shown, n=matchday) if matchday else match_shown
            if home == away:
                c.say(part.path, error(_("{home} cannot play itself").format(home=home), where))
                continue
            if (home, away) in seen:
                c.say(
                    part.path,
                    warning(
                        _("{label} is listed twice (first at line {seen}); both count in the table").format(
                            label=shown, seen=seen[(home, away)]
                        ),
                        where,
                    ),
                    f"openfootball lists {label} twice; both count in the table.",
                )
            seen.setdefault((home, away), match.line)
            score = match.full_time
            if match.status == "cancelled":
                c.say(
                    part.path,
                    warning(_("{label} was cancelled: it does not count in the table").format(label=shown), where),
                    f"{label} was cancelled (openfootball: [cancelled]); it does not count.",
                )
            elif match.status == "awarded":
                c.say(
                    part.path,
                    warning(
                        _("{label} was awarded {score}: the awarded score counts in the table").format(
                            label=shown, score=dash(score)
                        ),
                        where,
                    ),
                    f"{label} was awarded {dash(score)} (openfootball: [awarded]); "
                    "the awarded score counts in the table.",
                )
            elif match.status is not None:
                status = shorten(match.status)
                c.say(
                    part.path,
                    warning(
                        _("{label} is flagged [{status}]; its score is counted as given").format(
                            label=shown, status=status
                        ),
                        where,
                    ),
                    f"{label} is flagged [{status}] in openfootball; its score is counted as given.",
                )
            elif score is None and match.penalties is not None:
                # `4-4 pen.` alone: played, but the line gives no score the table can count.
                c.say(
                    part.path,
                    warning(f"{label}: a shoot-out and no full-time score: it does not count in the table", where),
                    f"{label}: openfootball gives a shoot-out and no full-time score; it does not count in the table.",
                )
            elif score is None:
                unplayed.append(match)
            if score is not None and (match.after_extra_time or match.penalties):
                c.say(
                    part.path,
                    warning(
                        _(
                            "{label}: extra time or penalties in a regular-season match; only the full-time score counts"
                        ).format(label=shown),
                        where,
                    ),
                    f"{label}: openfootball gives extra time or penalties; only the 90 minutes count.",
                )
            out.append(Result(home, away, score, matchday, match.date, match.kickoff, where))
    if unplayed and len(unplayed) < len(out):  # none played at all: the importer says so once
        c.say(
            part.path,
            warning(
                ngettext(
                    "{count} regular-season match has no score yet: the table counts the played ones",
                    "{count} regular-season matches have no score yet: the table counts the played ones",
                    len(unplayed),
                ).format(count=len(unplayed)),
                match_mark(part, unplayed[0]),
            ),
            f"{len(unplayed)} regular-season {'match' if len(unplayed) == 1 else 'matches'} had no score in openfootball (not yet played).",
        )
    return out
