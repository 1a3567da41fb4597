"""Offering back the unsaved edits of instances that died: as they were when they fit the
file, else leg by leg beside the file's version, to keep one or the other."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, RadioButton, RadioSet, Static

from liguilla_tui import journal
from liguilla_tui.i18n import N_, _, ngettext
from liguilla_tui.i18n.dates import long_date
from liguilla_tui.recovery import Change, apply_changes, fits, plan
from liguilla_tui.report.safe import printable
from liguilla_tui.screens.choice import ChoiceScreen
from liguilla_tui.screens.dialog import Dialog
from liguilla_tui.widgets.cells import plain

if TYPE_CHECKING:
    from liguilla_tui.core.model import Season
    from liguilla_tui.document import Document


class RecoveringApp(Protocol):
    """What recovery needs of the app (named here: importing the app module would be a cycle)."""

    document: Document

    @property
    def journal(self) -> journal.Journal: ...

    def apply(self, season: Season) -> None: ...
    def notify(
        self, message: str, *, title: str = "", severity: Any = "information", timeout: Any = None, markup: bool = False
    ) -> None: ...
    async def push_screen_wait(self, screen: Any) -> Any: ...


class RecoveryScreen(Dialog["list[bool] | None"]):
    """Each journaled change beside the file's; dismisses with keep-the-journal's per change
    (all False: discard the journal), or None to decide later. A change the file's checks
    refuse can only keep the file's."""

    DEFAULT_CSS = """
    RecoveryScreen { align: center middle; }
    RecoveryScreen > Vertical { width: 76; max-width: 98%; height: auto; max-height: 95%;
        border: thick $accent; background: $surface; padding: 0 1; }
    RecoveryScreen VerticalScroll { height: auto; max-height: 14; }
    RecoveryScreen .what { text-style: bold; margin-top: 1; }
    RecoveryScreen RadioSet { width: 100%; border: none; padding: 0 1; }
    RecoveryScreen Horizontal { height: auto; align-horizontal: right; }
    RecoveryScreen Button { margin-left: 1; min-width: 0; }
    """
    # Escape decides later: the journal is kept and offered again (it discarded the
    # edits, unasked, on a key that reads as "cancel").
    BINDINGS = [Binding("escape", "later", N_("Later"), id="recovery.later")]

    def __init__(self, intro: str, changes: list[Change]) -> None:
        super().__init__()
        self.intro = intro
        self.changes = changes

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(self.intro))
            with VerticalScroll():
                for index, change in enumerate(self.changes):
                    journal_first = change.usable and change.clean
                    yield Static(plain(change.what), classes="what")
                    with RadioSet(id=f"change-{index}"):
                        journaled = _("cannot be restored: ") if not change.usable else ""
                        yield RadioButton(
                            plain(_("Journal: {version}").format(version=journaled + change.journal)),
                            value=journal_first,
                            disabled=not change.usable,
                        )
                        yield RadioButton(
                            plain(_("File: {version}").format(version=change.file)), value=not journal_first
                        )
            with Horizontal():
                yield Button(_("Restore as chosen"), id="restore", variant="primary")
                # Short: the three fit a 60-column terminal, in Spanish too.
                yield Button(_("Discard all"), id="discard")
                yield Button(_("Later"), id="later")

    def on_mount(self) -> None:
        self.query_one("#restore", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "restore":
            self.dismiss([radios.pressed_index == 0 for radios in self.query(RadioSet)])
        elif event.button.id == "discard":
            self.dismiss([False] * len(self.changes))  # the file's version of every change
        else:
            self.action_later()

    def action_later(self) -> None:
        self.dismiss(None)


async def offer_recovery(app: RecoveringApp, before_dialog: Callable[[], None] = lambda: None) -> None:
    """Every dead instance's unsaved edits to the open file, one journal after another;
    `before_dialog` is called as each dialog is about to open."""
    found_all = journal.leftovers(app.document.path, app.journal.path)
    try:
        for found in found_all:
            if isinstance(found, str):
                app.notify(
                    printable(found), title=_("Crash journal set aside"), severity="warning", timeout=15, markup=False
                )
            else:
                await _offer(app, found, before_dialog)
    finally:  # each is unlocked once decided, or when this is cancelled (another file opened)
        for found in found_all:
            if isinstance(found, journal.Leftover):
                found.release()


async def _offer(app: RecoveringApp, found: journal.Leftover, before_dialog: Callable[[], None]) -> None:
    doc = app.document
    try:
        changes = plan(found, doc.season)
    except journal.Unreadable as unreadable:
        app.notify(
            printable(found.set_aside(str(unreadable))),
            title=_("Crash journal set aside"),
            severity="warning",
            timeout=15,
            markup=False,
        )
        return
    if not changes:
        found.discard()
        return
    written = datetime.fromtimestamp(found.written_at)
    intro = ngettext(
        "Unsaved edits to {file} from an earlier session ({n} change, the last on {day} at {time})",
        "Unsaved edits to {file} from an earlier session ({n} changes, the last on {day} at {time})",
        len(changes),
    ).format(
        file=doc.path.name, n=len(changes), day=long_date(written.date().isoformat()), time=written.strftime("%H:%M")
    )
    before_dialog()
    if fits(found, journal.text_digest(doc.text), changes):
        answer = await app.push_screen_wait(
            ChoiceScreen(
                _("{intro} were found. Restore them?").format(intro=intro),
                [("restore", _("Restore")), ("discard", _("Discard them")), ("later", _("Decide later"))],
            )
        )
        keep: list[bool] | None = (
            [True] * len(changes) if answer == "restore" else [False] * len(changes) if answer == "discard" else None
        )
    else:
        why = (
            _("the file has changed since they were made")
            if found.base != journal.text_digest(doc.text)
            else _("some of them do not fit the file")
        )
        keep = await app.push_screen_wait(
            RecoveryScreen(
                _("{intro} were found, but {why}. Choose, change by change, which version to keep.").format(
                    intro=intro, why=why
                ),
                changes,
            )
        )
    if keep is None:  # Escape, or "Decide later": the journal stays, offered at the next start
        app.notify(
            _("The unsaved edits stay in the crash journal: they are offered again when {file} is next opened").format(
                file=printable(doc.path.name)
            ),
            timeout=8,
            markup=False,
        )
        return
    restored = apply_changes(app.document.season, changes, keep) if any(keep) else app.document.season
    if restored != app.document.season:
        app.apply(restored)  # journaled again, now as this instance's
        app.notify(_("Edits restored; save to keep them"), timeout=5)
    found.discard()
