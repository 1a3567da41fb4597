"""The Liguilla tabs' banner while the regular season is unfinished: "If the season ended
today · after matchday 12 of 17" (core/progress.py). Its pairings are the table's as it
stands, and follow every result typed."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from liguilla_tui.core.model import Season
from liguilla_tui.core.progress import if_ended_today_words, regular_season_progress
from liguilla_tui.i18n import _

BANNER_STYLE = "bold black on yellow"  # a Tree label (the Bracket's root) takes a Rich style, not CSS


def if_ended_today(season: Season) -> str | None:
    """The banner's words for this season, None once its regular season is complete."""
    words = if_ended_today_words(regular_season_progress(season))
    return None if words is None else f"⚑ {words}"


def provisional_tag(season: Season) -> str:
    """For the sub-title (beside the file's name), while the regular season is unfinished:
    short, as the header is one line at 60 columns."""
    return "" if regular_season_progress(season).complete else "  · " + _("provisional")


class IfEndedToday(Static):
    """One line atop a Liguilla tab, shown only while the regular season is unfinished."""

    DEFAULT_CSS = """
    IfEndedToday { height: auto; display: none; background: $warning 25%; color: $text; text-style: bold; padding: 0 1; }
    IfEndedToday.-shown { display: block; }
    """

    _for: tuple | None = None

    def show_for(self, season: Season) -> None:
        # The words hang on the results and the table only: a score typed in a tie keeps
        # both (the same tuples), so it costs no redraw of the banner.
        if self._for is not None and self._for[0] is season.results and self._for[1] is season.table:
            return
        self._for = (season.results, season.table)
        words = if_ended_today(season)
        self.update(Text(words or ""))
        self.set_class(words is not None, "-shown")
