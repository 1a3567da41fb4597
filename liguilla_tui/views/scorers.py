"""The Scorers tab: shared ranks, penalties, goals per round, unattributed goals apart."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import var
from textual.widgets import DataTable, Static

from liguilla_tui.core.results import Resolved
from liguilla_tui.i18n import _, ngettext
from liguilla_tui.views.follow import FollowsWhenShown
from liguilla_tui.widgets.cells import plain, set_text, sync_rows
from liguilla_tui.widgets.table import Table


class ScorersView(FollowsWhenShown, Vertical):
    DEFAULT_CSS = """
    ScorersView > DataTable { height: 1fr; }
    ScorersView > .totals { height: auto; color: $text-muted; padding: 0 1; }
    """

    resolved: var[Resolved | None] = var(None, init=False)

    def __init__(self, round_columns: list[tuple[str, str]], **kwargs) -> None:
        super().__init__(**kwargs)
        self.round_columns = round_columns  # (round key, short name as shown)

    def compose(self) -> ComposeResult:
        yield Table(cursor_type="row", zebra_stripes=True, id="scorers-table")
        yield Static("", classes="totals")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key, label, width in (
            ("#", "#", 3),
            ("Player", _("Player"), 22),
            ("Team", _("Team"), 14),
            ("Gls", _("Gls"), 3),
            ("Pen", _("Pen"), 3),
        ):
            table.add_column(label, key=key, width=width)
        for key, short in self.round_columns:
            table.add_column(plain(short), key=key, width=3)  # a str label would be parsed as markup
        if self.resolved is not None:
            self.watch_resolved(self.resolved)  # deferred if its tab is hidden

    def show_resolved(self, resolved: Resolved) -> None:
        rows = []
        counts = Counter(s.rank for s in resolved.scorers)
        shared = {rank for rank, n in counts.items() if n > 1}
        for s in resolved.scorers:
            by_round = dict(s.by_round)
            rank = f"{s.rank}=" if s.rank in shared else f"{s.rank}"
            rows.append(
                (
                    Text(rank, justify="right"),
                    plain(s.player),
                    plain(s.team, "dim"),
                    Text(str(s.goals), justify="right", style="bold"),
                    Text(str(s.penalties or ""), justify="right"),
                    *(Text(str(by_round.get(key, "")), justify="right") for key, _short in self.round_columns),
                )
            )
        sync_rows(self.query_one(DataTable), rows)
        attributed = sum(s.goals for s in resolved.scorers)
        totals = totals_line(resolved, attributed)
        set_text(self.query_one(".totals", Static), Text(totals))


def totals_line(resolved, attributed: int) -> str:
    """The goals under the ranking, each count with its own plural ("1 autogol", "2 autogoles")."""
    own, unknown = resolved.own_goals, resolved.unattributed_goals
    return _("{goals} in {matches}: {attributed} by players above · {own} · {unknown}").format(
        goals=ngettext("{n} goal", "{n} goals", resolved.goals).format(n=resolved.goals),
        matches=ngettext("{n} match", "{n} matches", resolved.matches_played).format(n=resolved.matches_played),
        attributed=attributed,
        own=ngettext("{n} own goal", "{n} own goals", own).format(n=own),
        unknown=_("{n} scorer unknown").format(n=unknown),
    )
