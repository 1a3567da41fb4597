"""A tie as text: its title, the rows of its legs and the lines under it, built from the
resolved tie; widgets/tie_card.py draws them. File text goes through plain(): shown as text."""

from __future__ import annotations

from rich.text import Text

from liguilla_tui.core.edits import can_enter_extra_time, can_enter_penalties
from liguilla_tui.core.model import RoundSpec, StrayLeg
from liguilla_tui.core.presets import tie_label_shown
from liguilla_tui.core.results import PENDING, Tie
from liguilla_tui.core.score_entry import EXTRA_TIME, LEG_ROWS, PENALTIES, rows_for
from liguilla_tui.i18n import N_, _, pgettext
from liguilla_tui.report.describe import live_minute_text, slot_text
from liguilla_tui.widgets.cells import plain

# Marked here, translated where drawn (row_label).
_ROW_LABELS = {"leg1": N_("Leg 1"), "leg2": N_("Leg 2"), EXTRA_TIME: N_("Extra"), PENALTIES: N_("Pens")}


def _short_month(month: int) -> str:
    # In context: "May" alone is also the full month (i18n/dates.py), "mayo" in Spanish.
    return (
        pgettext("short month", "Jan"),
        pgettext("short month", "Feb"),
        pgettext("short month", "Mar"),
        pgettext("short month", "Apr"),
        pgettext("short month", "May"),
        pgettext("short month", "Jun"),
        pgettext("short month", "Jul"),
        pgettext("short month", "Aug"),
        pgettext("short month", "Sep"),
        pgettext("short month", "Oct"),
        pgettext("short month", "Nov"),
        pgettext("short month", "Dec"),
    )[month - 1]


def row_label(row: str, spec: RoundSpec) -> str:
    if row == "leg1" and spec.legs == 1:  # a single match: no first leg without a second
        return pgettext("single match", "Leg 1")
    return _(_ROW_LABELS[row])


def short_date(iso: str | None) -> str:
    """2013-05-08 -> 'May 8': the year is the season's, and 80 columns are few."""
    if not iso or len(iso) < 10 or not iso[5:7].isdigit() or not iso[8:10].isdigit():
        return iso or ""
    month = int(iso[5:7])
    return _("{month} {day}").format(month=_short_month(month), day=int(iso[8:10])) if 1 <= month <= 12 else iso


def _goal(value: int | None, applicable: bool = True) -> Text:
    if not applicable:
        return Text("·", style="dim", justify="center")
    return Text("–" if value is None else str(value), justify="center", style="bold" if value is not None else "dim")


def tie_rows(tie: Tie, spec: RoundSpec) -> list[tuple[Text, ...]]:
    """The grid's rows: one per leg, then extra time and penalties where the round has them."""
    rows: list[tuple[Text, ...]] = []
    for row in rows_for(spec):
        if tie.state == PENDING or not tie.legs:
            # The lower seed hosts the first of two legs; the higher seed hosts the last.
            lower_hosts = row == "leg1" and spec.legs == 2
            home, away = slot_text(tie, not lower_hosts), slot_text(tie, lower_hosts)
            rows.append(
                (
                    plain(row_label(row, spec), "dim"),
                    Text(""),
                    plain(home, "dim"),
                    _goal(None, False),
                    Text(""),
                    _goal(None, False),
                    plain(away, "dim"),
                )
            )
            continue
        slot = tie.legs[int(row[-1]) - 1] if row in LEG_ROWS else tie.legs[-1]  # legs: not empty here
        leg = slot.leg
        home, away = (leg.home, leg.away) if leg else (slot.home, slot.away)
        if row in LEG_ROWS:
            pair = leg.score if leg else None
            cells = (_goal(pair and pair[0]), Text("–", justify="center"), _goal(pair and pair[1]))
            date = short_date(leg.date if leg else None)
            if leg is not None and leg.live:  # the score so far: the date cell says it is live
                rows.append(_live_row(row_label(row, spec), home, cells, away, leg.minute))
                continue
        else:
            pair = (leg.extra_time if row == EXTRA_TIME else leg.penalties) if leg else None
            open_ = _applicable(tie, spec, row)
            cells = (
                _goal(pair and pair[0], open_ or pair is not None),
                Text("–" if open_ or pair else "", justify="center"),
                _goal(pair and pair[1], open_ or pair is not None),
            )
            date = ""
        winner = tie.winner
        rows.append(
            (
                plain(row_label(row, spec), "dim"),
                plain(date, "dim"),
                plain(home, "bold" if home == winner else ""),
                cells[0],
                cells[1],
                cells[2],
                plain(away, "bold" if away == winner else ""),
            )
        )
    return rows


LIVE_STYLE = "bold red"


def _live_row(label: str, home: str, cells: tuple[Text, ...], away: str, minute: str | None) -> tuple[Text, ...]:
    """A leg being played: "●63'" (or "●live") where its date is, names plain (no winner yet)."""
    return (
        plain(label, "dim"),
        # The date column is 6 cells: a short word where no minute is given ("●vivo").
        plain("●" + (live_minute_text(minute) if minute else pgettext("live, short", "live")), LIVE_STYLE),
        plain(home),
        *cells,
        plain(away),
    )


def _applicable(tie: Tie, spec: RoundSpec, row: str) -> bool:
    return (can_enter_extra_time if row == EXTRA_TIME else can_enter_penalties)(tie, spec.tiebreak)


def tie_title(tie: Tie, spec: RoundSpec | None = None) -> Text:
    # The round's words in the current language (a file's own round names as written).
    title = plain(tie.label if spec is None else tie_label_shown(tie.label, spec), "bold")
    title.append("  ")

    def side(slot) -> Text:
        text = Text()
        if slot.seed is not None:
            text.append(f"({slot.seed}) ", style="dim")
        text.append_text(plain(slot.label, "" if slot.known else "italic dim"))
        return text

    title.append_text(side(tie.higher))
    title.append(_(" v "))
    title.append_text(side(tie.lower))
    return title


def lines(texts) -> Text:
    """Lines of file text, each made safe on its own (a newline inside one is shown)."""
    return Text("\n").join(plain(text) for text in texts)


def stray_text(stray: StrayLeg) -> str:
    """One stray leg as a line: what the file says, where, and why it is not counted."""
    score = f" {stray.score[0]}-{stray.score[1]} " if stray.score else _(" v ")
    number = f" {stray.leg}" if stray.leg is not None else ""
    return _("⚠ Stray leg{number} (line {line}), not counted: {home}{score}{away}: {problem}").format(
        number=number, line=stray.mark.line, home=stray.home, score=score, away=stray.away, problem=stray.problem
    )


def label_width(spec: RoundSpec, least: int = 5) -> int:
    """The row labels' column: as wide as its words in this language ("Vuelta": 6)."""
    return max(least, *(len(row_label(row, spec)) for row in rows_for(spec)))
