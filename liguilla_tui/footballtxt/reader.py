"""Read football.txt (openfootball) into sections, rounds and matches, with positions.

Every line is either understood or reported as FILE:LINE:COL: error: nothing is dropped
silently. The notation (openfootball README): `2-1 (1-0)` full time (half time);
`4-2 pen. 2-1 a.e.t. (2-1, 0-1)` shoot-out, after extra time, (full time, half time);
`3-5 pen. (0-0)` shoot-out after 90 minutes; dates as `[Mié. 8.5.]` or `[Sat Jul/1]`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from liguilla_tui.core.diagnostics import Diagnostic, Mark, error
from liguilla_tui.core.yamlsource import shorten
from liguilla_tui.i18n import _

Pair = tuple[int, int]
_MONTHS = {
    m: i
    for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)
}
_DATE_DOTTED = re.compile(r"^\[[^\]\d]*?(\d{1,2})\.(\d{1,2})\.(?:(\d{4}))?\]$")
_DATE_NAMED = re.compile(r"^\[(?:[A-Za-z]{3}\s+)?([A-Za-z]{3})/(\d{1,2})(?:\s+(\d{4}))?\]$")
_YEARS = re.compile(r"(\d{4})/(\d{2,4})")
_MATCH = re.compile(
    r"^(?P<indent>\s+)(?:(?P<time>\d{1,2}[.:]\d{2})\s+)?(?P<home>\S.*?)\s{2,}"
    r"(?P<score>\d+-\d+.*?|-)\s{2,}(?P<away>\S.*?)\s*$"
)
_FLAG = re.compile(r"\s*\[([A-Za-z ]+)\]$")
_SCORE = re.compile(
    r"^(?:(?P<pens>\d+-\d+)\s+pen\.\s*)?(?:(?P<aet>\d+-\d+)\s+a\.e\.t\.\s*)?(?P<ft>\d+-\d+)?\s*"
    r"(?:\((?P<paren>[^)]*)\))?$"
)


@dataclass(frozen=True, slots=True)
class Match:
    line: int
    date: str | None  # ISO, when the year could be worked out
    kickoff: str | None  # "21:00"
    home: str
    away: str
    full_time: Pair | None  # None: not played yet
    half_time: Pair | None = None
    after_extra_time: Pair | None = None
    penalties: Pair | None = None
    status: str | None = None  # "cancelled", "awarded", … from a trailing [flag]

    @property
    def extra_time_goals(self) -> Pair | None:
        if self.after_extra_time is None or self.full_time is None:
            return None
        return (self.after_extra_time[0] - self.full_time[0], self.after_extra_time[1] - self.full_time[1])


@dataclass
class Round:
    name: str
    line: int
    matches: list[Match] = field(default_factory=list)


@dataclass
class Section:
    """`== Apertura - Liguilla`; a file without `==` lines is one section named by its title."""

    name: str
    line: int
    rounds: list[Round] = field(default_factory=list)


@dataclass
class Document:
    path: str
    title: str
    sections: list[Section]
    diagnostics: list[Diagnostic]


def _pair(text: str) -> Pair:
    home, away = text.split("-")
    return (int(home), int(away))


def parse_score(text: str) -> tuple[Pair | None, Pair | None, Pair | None, Pair | None] | None:
    """(full time, half time, after extra time, penalties), or None if unreadable. A shoot-out
    alone (`4-4 pen.`) gives penalties with no full time: a match played, its score not given."""
    text = text.strip()
    if text == "-":
        return (None, None, None, None)
    found = _SCORE.match(text)
    if not found:
        return None
    pens = _pair(found["pens"]) if found["pens"] else None
    aet = _pair(found["aet"]) if found["aet"] else None
    ft = _pair(found["ft"]) if found["ft"] else None
    inside = [part.strip() for part in (found["paren"] or "").split(",") if part.strip()]
    if not all(re.fullmatch(r"\d+-\d+", part) for part in inside):
        return None
    values = [_pair(part) for part in inside]
    ht = None
    if ft is None:
        if not values:
            # `4-4 pen.` alone: a shoot-out without its full-time score. Read (the full time
            # not given), for the importer to make what sense of it the line allows.
            return (None, None, None, pens) if pens is not None and aet is None else None
        ft = values.pop(0)
    if values:
        ht = values.pop(0)
    if values:
        return None
    return (ft, ht, aet, pens)


class _Dates:
    """Turns day and month into ISO dates, taking the year from the title or the data."""

    def __init__(self, title: str) -> None:
        years = _YEARS.search(title)
        self.first = int(years.group(1)) if years else None
        self.second: int | None = None
        if years and years.group(2):  # "2023/24" or "2023/2024": the second year too
            first, second = int(years.group(1)), years.group(2)
            self.second = int(second) if len(second) == 4 else (first // 100) * 100 + int(second)

    def iso(self, day: int, month: int, year: int | None) -> str | None:
        if year is None and self.first is not None:
            # A season runs from July to May: July onwards is the first year.
            year = self.first if month >= 7 or self.second is None else self.second
        if year is None or not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return f"{year:04d}-{month:02d}-{day:02d}"


def read_football_txt(text: str, path: str = "<football.txt>") -> Document:
    lines = text.splitlines()
    title = next((ln.strip("= ").strip() for ln in lines if ln.startswith("= ")), "")
    dates = _Dates(title)
    problems: list[Diagnostic] = []
    sections: list[Section] = []
    current_round: Round | None = None
    date: str | None = None
    last_time: str | None = None
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line.startswith("== "):
            sections.append(Section(stripped.strip("= ").strip(), number))
            current_round = None
            continue
        if line.startswith("= "):
            continue
        if stripped.startswith("["):
            date = _read_date(stripped, dates, problems, number, line.index("["))
            last_time = None
            continue
        if not line[0].isspace():
            if not sections:
                sections.append(Section(title, number))
            current_round = Round(stripped, number)
            sections[-1].rounds.append(current_round)
            continue
        match = _MATCH.match(line)
        if match is None or current_round is None:
            problems.append(
                error(
                    _("cannot read this line as a match (time, home, score, away)"),
                    Mark(number, len(line) - len(line.lstrip()) + 1),
                )
            )
            continue
        score = parse_score(match["score"])
        if score is None:
            problems.append(
                error(
                    _("cannot read the score '{match}'").format(match=shorten(match["score"])),
                    Mark(number, match.start("score") + 1),
                )
            )
            continue
        if match["time"]:
            last_time = match["time"].replace(".", ":").zfill(5)
        ft, ht, aet, pens = score
        away, status = match["away"].strip(), None
        flagged = _FLAG.search(away)
        if flagged:
            away, status = away[: flagged.start()].strip(), flagged.group(1).lower()
        if status == "cancelled":
            ft = ht = aet = pens = None
        current_round.matches.append(
            Match(number, date, last_time, match["home"].strip(), away, ft, ht, aet, pens, status)
        )
    return Document(path, title, sections, problems)


def _read_date(text: str, dates: _Dates, problems: list[Diagnostic], number: int, column: int) -> str | None:
    dotted = _DATE_DOTTED.match(text)
    if dotted:
        day, month, year = int(dotted[1]), int(dotted[2]), dotted[3]
    else:
        named = _DATE_NAMED.match(text)
        if not named or named[1].lower() not in _MONTHS:
            problems.append(
                error(_("cannot read the date {text}").format(text=shorten(text)), Mark(number, column + 1))
            )
            return None
        day, month, year = int(named[2]), _MONTHS[named[1].lower()], named[3]
    iso = dates.iso(day, month, int(year) if year else None)
    if iso is None:
        problems.append(
            error(_("cannot work out the year of {text}").format(text=shorten(text)), Mark(number, column + 1))
        )
    return iso
