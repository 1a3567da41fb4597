"""A modal screen with its own footer.

The main screen's footer stays on screen under a dialog, showing the keys of the widget
behind it (a score grid's "0-9 Score" under the goals dialog). A footer on the dialog's
own screen shows the keys that work in the dialog.
"""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

from liguilla_tui.widgets.footer import AppFooter

ResultType = TypeVar("ResultType")


class Dialog(ModalScreen[ResultType]):
    def on_mount(self) -> None:  # runs as well as a subclass's own on_mount (Textual walks the MRO)
        self.mount(AppFooter())
