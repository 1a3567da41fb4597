"""The Bracket tab: the Liguilla as a tree, from the champion back to the quarter-finals.

A tree rather than a fixed left-to-right chart because re-seeding means a semi-final's
teams need not come from neighbouring quarter-finals; each tie's children are the ties
its two teams came through, which holds for any pairing rule.
"""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Tree

from liguilla_tui.core.results import DECIDED, Resolved, Tie
from liguilla_tui.report.describe import describe_tie
from liguilla_tui.widgets.cells import plain


def tie_label(tie: Tie, legs: int) -> Text:
    text = Text(f"{tie.label}: ", style="bold")
    for i, slot in enumerate((tie.higher, tie.lower)):
        if i:
            text.append(" v ")
        if slot.seed is not None:
            text.append(f"({slot.seed}) ", style="dim")
        won = tie.state == DECIDED and slot.team == tie.winner
        text.append_text(plain(slot.label, "bold green" if won else ("" if slot.known else "italic dim")))
    text.append("  ")
    text.append_text(plain(describe_tie(tie, legs), "dim"))
    return text


def _pool(tie: Tie) -> set[str]:
    teams = {tie.higher.team, tie.lower.team} - {None}
    return teams | set(tie.higher.candidates) | set(tie.lower.candidates)  # type: ignore[arg-type]


class BracketView(Tree):
    DEFAULT_CSS = """
    BracketView { padding: 0 1; }
    """

    resolved: reactive[Resolved | None] = reactive(None, init=False)

    def __init__(self, **kwargs) -> None:
        super().__init__(Text("Liguilla"), **kwargs)
        self.show_root = True
        self.guide_depth = 3

    def on_mount(self) -> None:
        if self.resolved is not None:
            self.watch_resolved(self.resolved)

    def watch_resolved(self, resolved: Resolved | None) -> None:
        if resolved is None or not self.is_mounted:
            return
        line = self.cursor_line
        self.clear()
        champion = resolved.champion
        root = Text("★ Champion: ", style="bold")
        root.append_text(plain(champion or "to be decided", "bold green" if champion else "italic dim"))
        if resolved.runner_up:
            root.append_text(plain(f"   runner-up {resolved.runner_up}", "dim"))
        self.root.set_label(root)
        rounds = resolved.rounds
        if not rounds:
            return
        # Walk back from the final: each tie's children are the earlier ties its teams
        # (or, while undecided, its possible teams) came through.
        def add(node, round_index: int, tie: Tie) -> None:
            legs = rounds[round_index].spec.legs
            branch = node.add(tie_label(tie, legs), expand=True, allow_expand=round_index > 0)
            if round_index == 0:
                return
            mine = _pool(tie)
            for feeder in rounds[round_index - 1].ties:
                if not mine or mine & _pool(feeder):
                    add(branch, round_index - 1, feeder)

        for tie in rounds[-1].ties:
            add(self.root, len(rounds) - 1, tie)
        self.root.expand()
        self.cursor_line = line
