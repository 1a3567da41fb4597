"""The Textual app: one resolved Liguilla flows down to six tabs; edits flow up to the core."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.reactive import var
from textual.widgets import Header, TabbedContent, TabPane

from liguilla_tui import heap
from liguilla_tui.core.loaded import Loaded
from liguilla_tui.core.resolve import resolve
from liguilla_tui.core.results import Resolved
from liguilla_tui.core.round_memo import RoundMemo
from liguilla_tui.deferred import choice_screen, later_tabs, season_commands, tie_card_of
from liguilla_tui.document import Document
from liguilla_tui.file_actions import FileActions
from liguilla_tui.i18n import N_, _
from liguilla_tui.keys_in_order import GridKeysInOrder, KeysSetAside
from liguilla_tui.leg_dialogs import LegDialogs
from liguilla_tui.report.safe import printable
from liguilla_tui.season_start import SeasonStart
from liguilla_tui.tab_navigation import TabNavigation
from liguilla_tui.views.follow import FollowsWhenShown
from liguilla_tui.views.general_table import GeneralTableView
from liguilla_tui.views.provisional import provisional_tag
from liguilla_tui.widgets.breakpoints import HORIZONTAL_BREAKPOINTS, VERTICAL_BREAKPOINTS
from liguilla_tui.widgets.cells import literal
from liguilla_tui.widgets.footer import AppFooter
from liguilla_tui.widgets.main_screen import MainScreen
from liguilla_tui.widgets.results_grid import ResultsGrid
from liguilla_tui.widgets.score_grid import ScoreGrid

if TYPE_CHECKING:
    from liguilla_tui.core.model import Season
    from liguilla_tui.journal import Journal
    from liguilla_tui.settings import Settings


class LiguillaApp(SeasonStart, LegDialogs, FileActions, TabNavigation, GridKeysInOrder, App[None]):
    CSS_PATH = "app.tcss"
    HORIZONTAL_BREAKPOINTS = HORIZONTAL_BREAKPOINTS  # -narrow, -normal (widgets/breakpoints.py)
    VERTICAL_BREAKPOINTS = VERTICAL_BREAKPOINTS  # -short, -tall
    COMMANDS = App.COMMANDS | {season_commands}
    BINDINGS = [
        # Tabs: keys that never edit data and work everywhere (digits are scores in a grid).
        # Priority: handled as the app takes the key, before the next key is passed on, so
        # a quick "t 7" can never reach a score grid as a 7 (checked off under dialogs).
        Binding("t", "pick_tab", N_("Tabs"), key_display="t/[ ]", id="app.pick_tab", priority=True),
        Binding("q", "quit", N_("Quit"), id="app.quit"),
        Binding("question_mark,f1", "help", N_("Help"), key_display="?", id="app.help"),
        # Priority too: the app's own, not looked up after the key has gone through the
        # focused widget and each of its containers (~0.5 ms a key); off under a dialog
        # (check_action), as they were: the season under it is not the dialog's to change.
        Binding("ctrl+z", "undo", N_("Undo"), id="app.undo", priority=True),
        Binding("ctrl+y", "redo", N_("Redo"), id="app.redo", priority=True),
        Binding("ctrl+s", "save", N_("Save"), id="app.save"),
        Binding("o", "pick_season", N_("Seasons"), id="app.pick_season"),
        Binding("left_square_bracket", "cycle_tab(-1)", N_("Prev tab"), key_display="[", show=False, id="app.prev_tab"),
        Binding("right_square_bracket", "cycle_tab(1)", N_("Next tab"), key_display="]", show=False, id="app.next_tab"),
        *[Binding(str(n), f"digit_elsewhere({n})", show=False, id=f"app.digit{n}") for n in range(10)],
    ]

    resolved: var[Resolved | None] = var(None, init=False)

    def __init__(
        self, loaded: Loaded, *, settle_heap: bool = False, settings: Settings | None = None, **kwargs
    ) -> None:
        """`settle_heap`: freeze the widget tree out of the cycle collector's sight once
        every tab is built (liguilla_tui/heap.py); `liguilla` asks for it, tests do not.
        `settings`: the user's config.toml (liguilla_tui/settings.py); None: defaults."""
        super().__init__(**kwargs)
        self.settings = settings
        self._settle_heap = settle_heap
        self._idle_gc: heap.IdleCollector | None = None  # with settle_heap, once the screen is built
        self._typed_first: KeysSetAside | None = None  # keys typed before the recovery offer
        self.document = Document.from_loaded(loaded)
        self._rounds = RoundMemo()  # a key in an open tie leaves the rounds after it as they were
        self.resolved = resolve(self.document.season, self._rounds)
        self._update_titles()

    @cached_property
    def journal(self) -> Journal:
        """The crash journal of the open file (made when first used, after the first frame;
        opening another season drops it, so the next use makes the new file's)."""
        from liguilla_tui.journal import Journal

        return Journal(self.document.path, self.document.text)

    # ---- layout ---------------------------------------------------------------------
    def get_default_screen(self) -> MainScreen:
        return MainScreen(id="_default")  # its compositor redraws fewer widgets per key

    def compose(self) -> ComposeResult:
        """Only the first tab is built before the first frame; the rest follow it."""
        self._later_built = False
        from liguilla_tui.views.tab_labels import fitted_titles

        yield Header()
        with TabbedContent(id="tabs"):
            with TabPane(fitted_titles(self.document.season.format.rounds, 80)["general"], id="general"):
                yield GeneralTableView().data_bind(LiguillaApp.resolved)
            for pane, title, _make in later_tabs(self.document.season, self.resolved):
                yield TabPane(literal(title), id=pane)
        yield AppFooter()

    def _build_later_tabs(self) -> list:
        """Mount every later tab's view; the mounts, to await (none if already built)."""
        if self._later_built:
            return []
        mounts = []
        for tab_id, _title, make in later_tabs(self.document.season, self.resolved):
            pane = self.query_one(f"TabPane#{tab_id}")
            if not pane.is_attached:  # the app is closing: q (or an exit) beat the first refresh
                return []
            if not pane.children:
                mounts.append(pane.mount(make().data_bind(LiguillaApp.resolved)))
        self._later_built = True
        self._fit_tabs()
        if self._settle_heap:
            self.run_worker(self._settle_when_mounted(mounts), group="heap")
        return mounts

    def _fit_tabs(self, width: int | None = None) -> None:
        from liguilla_tui.views.tab_labels import fit_tab_row

        fit_tab_row(self.query_one(TabbedContent), self.document.season.format.rounds, width or self.size.width)

    def on_resize(self, event) -> None:
        # App.size is updated after this handler. Before the later tabs are built (the first
        # frame) the titles and their padding are fitted already; the overflow hint after.
        if getattr(self, "_later_built", False):
            self._fit_tabs(event.size.width)
        elif tabbed := self.query(TabbedContent):
            from liguilla_tui.views.tab_labels import fit_tab_labels

            fit_tab_labels(tabbed.first(), self.document.season.format.rounds, event.size.width)

    async def _settle_when_mounted(self, mounts: list) -> None:
        """The whole screen is built: freeze it out of the collector (liguilla_tui/heap.py)."""
        for mounted in mounts:
            await mounted
        heap.settle()
        if self._idle_gc is None:
            self._idle_gc = heap.IdleCollector()
            if not self._idle_gc.defer():  # an incremental collector: nothing piles up
                self._idle_gc.every = float("inf")
            self.set_interval(1.0, self._idle_gc.tick)

    def _update_titles(self) -> None:
        doc = self.document
        self.title = printable(doc.season.title)
        self.sub_title = (
            # One mark at a time: at 80 columns the header has room for the file's name and
            # one, and "unsaved" matters more (the tabs' banner says "provisional" too).
            printable(doc.path.name) + (_("  ● unsaved") if doc.dirty else provisional_tag(doc.season))
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Under a dialog a digit and a "t" are the dialog's business (a name being typed), and
        # undo and redo wait: the season under a dialog changes only through it.
        return not (action in ("digit_elsewhere", "pick_tab", "undo", "redo") and len(self.screen_stack) > 1)

    @on(TabbedContent.TabActivated)
    def _catch_up(self, event: TabbedContent.TabActivated) -> None:
        for view in event.pane.children:
            if isinstance(view, FollowsWhenShown):
                view.catch_up()

    def action_language(self) -> None:
        from liguilla_tui.language_switch import ask_language

        ask_language(self)

    def action_command_palette(self) -> None:
        """Textual's palette, its prompt in our language (its own words are English)."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]  # App[None] is an App
            self.push_screen(CommandPalette(id="--command-palette", placeholder=_("Search for commands…")))

    def get_system_commands(self, screen):
        from liguilla_tui.commands.system_words import translated  # Textual's own, in our language

        return translated(super().get_system_commands(screen), self.action_help)

    def on_mount(self) -> None:
        if self.settings is not None:
            from liguilla_tui.apply_settings import apply_settings

            apply_settings(self, self.settings)
        from liguilla_tui.file_watch import FileWatch  # others' saves to this file show here

        self.call_after_refresh(self._build_later_tabs)
        self.call_after_refresh(self._focus_pane)
        self._offer_recovery()
        self.call_after_refresh(self._say_errors)
        self.call_after_refresh(FileWatch(self).start)

    def on_unmount(self) -> None:
        if "journal" in self.__dict__:  # made: unsaved edits stay journaled for the next start
            self.journal.release()

    def _offer_recovery(self) -> None:
        """Edits earlier sessions could not save (killed, SSH lost) are offered back, after
        the first frame. Keys typed before a dialog for them is up were meant for the screen
        behind it: they wait, and are routed there once it is answered (they went to the
        dialog, or edited the season it was deciding about)."""
        earlier, self._typed_first = self._typed_first, KeysSetAside()
        if earlier is not None:  # an offer this one cancels, perhaps before it ran: its keys go on
            self.call_later(self.release_keys, earlier)
        self.hold_keys(self._typed_first)
        self.call_after_refresh(self._recover, self._typed_first)

    @work(exclusive=True, group="recovery")
    async def _recover(self, typed_first: KeysSetAside) -> None:
        from liguilla_tui.screens.recovery import offer_recovery

        typed: list = []
        try:
            await offer_recovery(self, lambda: typed.extend(self.set_aside_keys(typed_first)))
        finally:  # answered, nothing to offer, or cancelled (another file opened)
            if self._typed_first is typed_first:
                self._typed_first = None
            await self.release_keys(typed_first)
            await self.replay_keys(typed)

    # ---- edits ----------------------------------------------------------------------
    def apply(self, season: Season) -> None:
        """Every change of season comes through here: history, resolution, titles."""
        self.document.history.push(season)
        self._show_current()

    def _show_current(self) -> None:
        if self._idle_gc is not None:
            self._idle_gc.touch()
        self.resolved = resolve(self.document.season, self._rounds)
        self._update_titles()
        if self.document.dirty:
            problem = self.journal.record(self.document.saved, self.document.season)
            if problem:  # said once: the journal does not return it again
                self.notify(
                    printable(problem), title=_("No crash journal"), severity="warning", timeout=10, markup=False
                )
        else:
            self.journal.clear()

    @on(ScoreGrid.Edit)
    def _score_key(self, event: ScoreGrid.Edit) -> None:
        event.stop()
        from liguilla_tui.core.score_entry import apply_key, apply_result_key

        if isinstance(event.grid, ResultsGrid):
            result = self.document.season.results[int(event.row)]
            outcome = apply_result_key(
                self.document.season, result.home, result.away, event.side, event.op, event.value
            )
            if outcome.season is not None:
                self.apply(outcome.season)
            return
        card = tie_card_of(event.grid)
        if card is None:
            return
        outcome = apply_key(self.document.season, card.spec, card.tie, event.row, event.side, event.op, event.value)
        if outcome.refused:
            self.notify(outcome.refused, severity="warning", timeout=4)
        elif outcome.season is not None:
            self.apply(outcome.season)
            if outcome.note:
                self.notify(outcome.note, timeout=5, markup=False)
        elif outcome.question and outcome.if_confirmed is not None:

            def answered(answer: str | None) -> None:
                # Worked out again on the season as it is now: keys typed while the question
                # was on its way (other legs, other ties) are kept, not undone.
                now = tie_card_of(event.grid) if answer == "remove" else None
                if now is None:
                    return
                again = apply_key(self.document.season, now.spec, now.tie, event.row, event.side, event.op, event.value)
                confirmed = again.if_confirmed if again.if_confirmed is not None else again.season
                if confirmed is not None:
                    self.apply(confirmed)

            self.push_screen(
                choice_screen(outcome.question, [("remove", _("Remove them")), ("keep", _("Keep the score"))]), answered
            )

    def notify(
        self, message: str, *, title: str = "", severity="information", timeout=None, markup: bool = False
    ) -> None:
        """Every notification may name a file or hold its data: shown as text, never run as
        markup (`markup` is accepted for Textual's callers and ignored)."""
        super().notify(
            printable(str(message)), title=printable(title), severity=severity, timeout=timeout, markup=False
        )

    def notify_lines(self, lines: list[str], *, title: str = "", severity="information", timeout=None) -> None:
        """A notification of several lines (a diagnostic and its note): each line made
        printable on its own, so the breaks between them show as breaks, and a break inside
        one (a name from the file) stays an escape, as `notify` shows it."""
        super().notify(
            "\n".join(printable(line) for line in lines),
            title=printable(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def action_undo(self) -> None:
        # Behind the edits already posted (a score key typed just before): in the order typed.
        self.call_later(self._undo)

    def action_redo(self) -> None:
        self.call_later(self._redo)

    def _undo(self) -> None:
        if self.document.history.undo() is None:
            self.notify(_("Nothing to undo"), timeout=2)
        else:
            self._show_current()

    def _redo(self) -> None:
        if self.document.history.redo() is None:
            self.notify(_("Nothing to redo"), timeout=2)
        else:
            self._show_current()

    def action_discard(self) -> None:
        self.document.history.push(self.document.saved)
        self._show_current()
        self.notify(_("Edits discarded (undo brings them back)"))

    # ---- leaving --------------------------------------------------------------------
    def action_help(self) -> None:
        from liguilla_tui.screens import help

        self.push_screen(help.for_app(self))  # the keys active here, with the keymap applied

    async def action_quit(self) -> None:
        """q and ctrl+q alike: never lose edits without asking."""
        self._quit_guarded()

    @work(exclusive=True, group="quit")
    async def _quit_guarded(self) -> None:
        if not self.document.dirty:
            self.exit()
            return
        answer = await self.push_screen_wait(
            choice_screen(
                _("{file} has unsaved edits.").format(file=self.document.path.name),
                [("save", _("Save and quit")), ("quit", _("Quit without saving")), ("cancel", _("Cancel"))],
            )
        )
        if answer == "save":
            if await self.save_to(self.document.path):
                self.exit()
        elif answer == "quit":
            self.journal.clear()
            self.exit()
