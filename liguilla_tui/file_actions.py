"""Saving, opening and exporting from the app: save / save as / open / the season picker / export.

A mixin of LiguillaApp, as leg_dialogs.py is, so that app.py stays the app's frame. The
rules of what may be written (never less than the file held, never inside the package,
never over a pipe) live in persistence.py and core/; this is the dialogue around them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from liguilla_tui import heap
from liguilla_tui.core.load import load_season
from liguilla_tui.deferred import choice_screen
from liguilla_tui.document import Document
from liguilla_tui.i18n import _

if TYPE_CHECKING:
    from functools import cached_property

    from textual.app import App

    from liguilla_tui.core.results import Resolved
    from liguilla_tui.journal import Journal
    from liguilla_tui.settings import Settings

    _AppBase = App[None]
else:
    _AppBase = object


class FileActions(_AppBase):
    """Mixed into LiguillaApp, whose state and helpers it uses (declared here for the type checker)."""

    if TYPE_CHECKING:
        document: Document

        @cached_property  # deleted on open: the new file's journal is made when next used
        def journal(self) -> Journal: ...

        settings: Settings | None
        resolved: Resolved | None
        _settle_heap: bool

        def _update_titles(self) -> None: ...
        def _show_current(self) -> None: ...
        def _build_later_tabs(self) -> list: ...
        def _focus_pane(self) -> None: ...
        def _offer_recovery(self) -> None: ...
        def notify_lines(self, lines: list[str], *, title: str = ..., severity=..., timeout=...) -> None: ...

    @work(exclusive=True, group="save")
    async def action_save(self) -> None:
        await self.save_to(self.document.path)

    async def save_to(self, path: Path, overwrite: bool = False, allow: frozenset[str] = frozenset()) -> bool:
        from liguilla_tui import persistence  # the writer loads on the first save
        from liguilla_tui.seasons import is_bundled

        if is_bundled(path):  # never write inside the installed package: ask where instead
            self.action_save_as()
            return False

        problem = persistence.save(self.document, path, overwrite, allow)
        if isinstance(problem, persistence.Ask):  # read-only, or it would drop what the file held
            answer = await self.push_screen_wait(choice_screen(problem.question, problem.answers))
            if answer == "save":
                return await self.save_to(path, overwrite, allow | {problem.kind})
            if answer == "save_as":
                self.action_save_as()
            return False
        if problem == persistence.CHANGED_ON_DISK:
            answer = await self.push_screen_wait(
                choice_screen(
                    _("{file} was changed on disk since it was opened. Saving would overwrite those changes.").format(
                        file=path.name
                    ),
                    [
                        ("save_as", _("Save as…")),
                        ("overwrite", _("Overwrite")),
                        ("reload", _("Reload, drop my edits")),
                        ("cancel", _("Cancel")),
                    ],
                )
            )
            if answer == "overwrite":
                return await self.save_to(path, overwrite=True, allow=allow)
            if answer == "save_as":
                self.action_save_as()
            elif answer == "reload":
                self.open_path(path, force=True)
            return False
        if problem:
            self.notify(problem, title=_("Not saved"), severity="error", timeout=8, markup=False)
            return False
        self.journal.rebase(self.document.path, self.document.text)
        self._update_titles()
        self.notify(_("Saved {path}").format(path=path), timeout=3, markup=False)
        return True

    @work(exclusive=True, group="save")
    async def _save_as_worker(self, path: Path) -> None:
        await self.save_to(path)

    def action_save_as(self) -> None:
        from liguilla_tui.screens.path_prompt import PathPrompt

        def chosen(value: str | None) -> None:
            if value:
                self._save_as_worker(Path(value).expanduser())

        from liguilla_tui.seasons import is_bundled

        path = self.document.path
        if is_bundled(path):  # a copy of a bundled season goes where exports go
            question, default = _("A bundled season is read-only. Save your copy as:"), self.export_folder() / path.name
        else:
            question, default = _("Save the season as:"), path
        self.push_screen(PathPrompt(question, str(default)), chosen)

    def action_pick_season(self) -> None:
        from liguilla_tui.screens.season_picker import SeasonPicker

        def chosen(path: Path | None) -> None:
            if path is not None:
                self.open_path(path)

        self.push_screen(SeasonPicker(self.document.path), chosen)

    def action_open(self) -> None:
        from liguilla_tui.screens.path_prompt import PathPrompt
        from liguilla_tui.seasons import is_bundled

        def chosen(value: str | None) -> None:
            if value:
                self.open_path(Path(value).expanduser())

        # Beside the open file; from a bundled season, the folder the user works in (the
        # installed package's folder, deep in site-packages, is nobody's own).
        here = Path.cwd() if is_bundled(self.document.path) else self.document.path.parent
        self.push_screen(PathPrompt(_("Open a season file:"), str(here) + "/"), chosen)

    @work(exclusive=True, group="open")
    async def open_path(self, path: Path, force: bool = False) -> None:
        if self.document.dirty and not force:
            answer = await self.push_screen_wait(
                choice_screen(
                    _("{file} has unsaved edits. Save them before opening {other}?").format(
                        file=self.document.path.name, other=path.name
                    ),
                    [("save", _("Save, then open")), ("open", _("Open, discard edits")), ("cancel", _("Cancel"))],
                )
            )
            if answer == "save" and not await self.save_to(self.document.path):
                return  # not saved (the reason was shown): stay on the edits
            if answer not in ("save", "open"):
                return
        loaded = load_season(path)
        if loaded.season is None:
            lines = [line for d in loaded.diagnostics[:8] for line in d.lines(loaded.path)]
            self.notify_lines(
                lines, title=_("Cannot open; the current season stays open"), severity="error", timeout=12
            )
            return
        same_shape = loaded.season.format == self.document.season.format
        self.journal.clear()
        self.document = Document.from_loaded(loaded)
        del self.journal  # the cached property opens the new file's journal when next used
        self._show_current()
        if not same_shape:
            if self._settle_heap:
                heap.release()  # the old tree's garbage must be collectable
            await self.recompose()
            self.call_after_refresh(self._build_later_tabs)
            self.call_after_refresh(self._focus_pane)
        self._offer_recovery()
        self._say_errors()

    def _say_errors(self) -> None:
        from liguilla_tui.notices import say_errors  # each at FILE:LINE:COL, from the command line too

        say_errors(self, self.document.path, self.resolved)

    def action_export(self, fmt: str) -> None:
        """Write the season in `fmt` into the settings' folder, else the current one (never
        beside a bundled file, inside the installed package): 2013-clausura.md, .wiki, ..."""
        from liguilla_tui import persistence
        from liguilla_tui.report.export import FORMATS, render_export

        path = self.document.path
        assert self.resolved is not None  # resolved in __init__, before any action can run
        target = self.export_folder() / (path.stem + (".football" if fmt == "football.txt" else "") + FORMATS[fmt])
        problem = persistence.write_text(target, render_export(fmt, self.document.season, self.resolved))
        if problem:
            self.notify(problem, title=_("Not exported"), severity="error", markup=False)
        else:
            self.notify(_("Exported {path}").format(path=target), timeout=4, markup=False)

    def export_folder(self) -> Path:
        return self.settings.output_folder() if self.settings is not None else Path.cwd()

    def action_export_markdown(self) -> None:
        self.action_export("markdown")
