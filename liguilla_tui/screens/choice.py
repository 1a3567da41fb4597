"""A question with a few answers, each a button; the arrow keys go from one to the next
(as Tab does), Enter takes the one in focus, Escape the last one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from liguilla_tui.i18n import N_
from liguilla_tui.screens.dialog import Dialog
from liguilla_tui.widgets.cells import plain


class ChoiceScreen(Dialog[str]):
    """Dismisses with the id of the answer chosen."""

    DEFAULT_CSS = """
    ChoiceScreen { align: center middle; }
    ChoiceScreen > Vertical { width: 64; max-width: 95%; height: auto; border: thick $accent; background: $surface; padding: 1 2; }
    ChoiceScreen .question { margin-bottom: 1; }
    ChoiceScreen Horizontal { height: auto; align-horizontal: right; }
    ChoiceScreen Button { margin-left: 1; min-width: 10; }
    """
    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel"), id="choice.cancel"),
        # The buttons sit in a row: an arrow is what a hand reaches for, not Tab.
        Binding("left,up", "app.focus_previous", N_("Previous answer"), show=False, id="choice.previous"),
        Binding("right,down", "app.focus_next", N_("Next answer"), show=False, id="choice.next"),
    ]

    def __init__(self, question: str, answers: list[tuple[str, str]], **kwargs) -> None:
        """answers: (id, label); the first is the default, the last is what Escape picks."""
        super().__init__(**kwargs)
        self.question = question
        self.answers = answers

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(self.question), classes="question")
            with Horizontal():
                for index, (answer, label) in enumerate(self.answers):
                    yield Button(label, id=f"answer-{answer}", variant="primary" if index == 0 else "default")

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id is not None:  # every answer's button has its id (compose)
            self.dismiss(event.button.id.removeprefix("answer-"))

    def action_cancel(self) -> None:
        self.dismiss(self.answers[-1][0])
