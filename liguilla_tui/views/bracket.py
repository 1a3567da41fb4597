"""The Bracket tab: the Liguilla as a tree, from the champion back to the quarter-finals.

A tree rather than a fixed left-to-right chart because re-seeding means a semi-final's
teams need not come from neighbouring quarter-finals; each tie's children are the ties
its two teams came through, which holds for any pairing rule.
"""

from __future__ import annotations

from rich.text import Text
from textual.reactive import var
from textual.widgets import Tree

from liguilla_tui.core.model import RoundSpec
from liguilla_tui.core.presets import tie_label_shown
from liguilla_tui.core.results import DECIDED, Resolved, Tie
from liguilla_tui.i18n import _
from liguilla_tui.report.describe import describe_tie
from liguilla_tui.views.follow import FollowsWhenShown
from liguilla_tui.views.provisional import BANNER_STYLE, if_ended_today
from liguilla_tui.widgets.cells import plain


def tie_label(tie: Tie, spec: RoundSpec) -> Text:
    legs = spec.legs
    # The round's words in the current language (a file's own round names as written).
    text = plain(f"{tie_label_shown(tie.label, spec)}: ", "bold")
    for i, slot in enumerate((tie.higher, tie.lower)):
        if i:
            text.append(_(" v "))
        if slot.seed is not None:
            text.append(f"({slot.seed}) ", style="dim")
        won = tie.state == DECIDED and slot.team == tie.winner
        text.append_text(plain(slot.label, "bold green" if won else ("" if slot.known else "italic dim")))
    text.append("  ")
    if tie.live:  # a leg being played: marked, so it is never read as a result
        text.append("● ", style="bold red")
    text.append_text(plain(describe_tie(tie, legs), "dim"))
    return text


def _pool(tie: Tie) -> set[str]:
    teams = {slot.team for slot in (tie.higher, tie.lower) if slot.team is not None}
    return teams | set(tie.higher.candidates) | set(tie.lower.candidates)


class BracketView(FollowsWhenShown, Tree):
    DEFAULT_CSS = """
    BracketView { padding: 0 1; }
    """

    resolved: var[Resolved | None] = var(None, init=False)

    def __init__(self, **kwargs) -> None:
        super().__init__(Text("Liguilla"), **kwargs)
        self.show_root = True
        self.guide_depth = 3
        self._tie_shape: tuple = ()
        self._tie_nodes: dict = {}

    def on_mount(self) -> None:
        if self.resolved is not None:
            self.watch_resolved(self.resolved)  # deferred if its tab is hidden

    def show_resolved(self, resolved: Resolved) -> None:
        champion = resolved.champion
        banner = if_ended_today(resolved.season)
        if banner is not None:
            # The root is the tree's one line above the ties: while the regular season is
            # unfinished it says the pairings are the table's as it stands (the champion, if
            # one was typed even so, after it).
            root = Text(banner, style=BANNER_STYLE)
            if champion:
                root.append("  ★ ", style="bold")
                root.append_text(plain(champion, "bold green"))
        else:
            root = Text(_("★ Champion: "), style="bold")
            root.append_text(plain(champion or _("to be decided"), "bold green" if champion else "italic dim"))
            if resolved.runner_up:
                root.append_text(plain(_("   runner-up {team}").format(team=resolved.runner_up), "dim"))
        self.root.set_label(root)
        shape, labels = _layout(resolved)
        if shape == self._tie_shape:
            for key, label in labels.items():  # same tree: relabel in place, cursor untouched
                self._tie_nodes[key].set_label(label)
            return
        line = self.cursor_line
        self.root.remove_children()
        self._tie_nodes = {}
        self._tie_shape = shape
        for parent, key in shape:
            node = self.root if parent is None else self._tie_nodes[parent]
            self._tie_nodes[key] = node.add(labels[key], expand=True, allow_expand=key[0] > 0)
        self.root.expand()
        self.cursor_line = line


Key = tuple[int, int]  # (round number, tie index)


def _layout(resolved: Resolved) -> tuple[tuple[tuple[Key | None, Key], ...], dict[Key, Text]]:
    """The tree's shape as (parent, tie) pairs, and each tie's label.

    Each earlier tie goes under the first later tie its teams (or, while undecided, its
    possible teams) can reach, so no tie is shown twice however open the bracket is.
    """
    rounds = resolved.rounds
    labels = {(r, t.index): tie_label(t, rounds[r].spec) for r in range(len(rounds)) for t in rounds[r].ties}
    shape: list[tuple[Key | None, Key]] = []

    def place(parent: Key | None, r: int, tie: Tie) -> None:
        key = (r, tie.index)
        shape.append((parent, key))
        if r == 0:
            return
        mine = _pool(tie)
        for feeder in rounds[r - 1].ties:
            fkey = (r - 1, feeder.index)
            if fkey not in placed and (not mine or mine & _pool(feeder)):
                placed.add(fkey)
                place(key, r - 1, feeder)

    placed: set[Key] = set()
    if rounds:
        last = len(rounds) - 1
        for tie in rounds[last].ties:
            place(None, last, tie)
        # Ties no later tie can reach (a round's losers going elsewhere) still show, at the top.
        for r in range(last):
            for tie in rounds[r].ties:
                if (r, tie.index) not in placed and not any(key == (r, tie.index) for _, key in shape):
                    placed.add((r, tie.index))
                    place(None, r, tie)
    return tuple(shape), labels
