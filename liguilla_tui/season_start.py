"""Starting a season in the app: "New season…" (command palette) and typing its table (e).

A mixin of LiguillaApp, as file_actions.py is. New season…: the open season's unsaved
edits are asked about first (as opening another season does), then the dialog, then where
to save it (the Save-as path prompt, in the settings' folder or the current one), and the
new file is opened. The table of a season with no results is typed a row at a time; each
row is one edit (ctrl+z undoes it), sorted by the core.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from liguilla_tui.deferred import choice_screen
from liguilla_tui.i18n import _

if TYPE_CHECKING:
    from textual.app import App
    from textual.worker import Worker

    from liguilla_tui.core.model import Season
    from liguilla_tui.document import Document
    from liguilla_tui.views.general_table import GeneralTableView

    _AppBase = App[None]
else:
    _AppBase = object


def _inside_package(path: Path) -> bool:
    from liguilla_tui.seasons import is_bundled

    package = Path(__file__).resolve().parent
    try:
        return is_bundled(path) or path.resolve().is_relative_to(package)
    except OSError:
        return False


class SeasonStart(_AppBase):
    """Mixed into LiguillaApp, whose state and helpers it uses (declared here for the type checker)."""

    if TYPE_CHECKING:
        document: Document

        def apply(self, season: Season) -> None: ...
        async def save_to(self, path: Path, overwrite: bool = False, allow: frozenset[str] = ...) -> bool: ...
        def open_path(self, path: Path, force: bool = False) -> Worker[None]: ...
        def export_folder(self) -> Path: ...
        def notify_lines(self, lines: list[str], *, title: str = ..., severity=..., timeout=...) -> None: ...

    @work(exclusive=True, group="new-season")
    async def action_new_season(self) -> None:
        from liguilla_tui.core.new_season import season_text
        from liguilla_tui.screens.new_season import NewSeasonScreen
        from liguilla_tui.screens.path_prompt import PathPrompt

        if self.document.dirty:
            answer = await self.push_screen_wait(
                choice_screen(
                    _("{name} has unsaved edits. Save them before starting a new season?").format(
                        name=self.document.path.name
                    ),
                    [("save", _("Save, then go on")), ("drop", _("Go on, discard edits")), ("cancel", _("Cancel"))],
                )
            )
            if answer == "save" and not await self.save_to(self.document.path):
                return  # not saved (the reason was shown): stay on the edits
            if answer not in ("save", "drop"):
                return
        season = await self.push_screen_wait(NewSeasonScreen([t.name for t in self.document.season.teams]))
        if season is None:
            return
        text, problems = season_text(season)
        if text is None:
            self.notify_lines([d.message for d in problems], title=_("Not created"), severity="error")
            return
        default = self.export_folder() / f"{season.year}-{season.tournament.casefold()}.yaml"
        while True:
            value = await self.push_screen_wait(PathPrompt(_("Save the new season as:"), str(default)))
            if not value:
                answer = await self.push_screen_wait(
                    choice_screen(
                        _("The new season is not saved yet."),
                        [("where", _("Choose where")), ("discard", _("Discard it"))],
                    )
                )
                if answer == "discard":
                    return
                continue
            path = Path(value).expanduser()
            if await self._may_write(path):
                break
            default = path
        from liguilla_tui import persistence

        problem = persistence.write_text(path, text)
        if problem:
            self.notify(problem, title=_("Not saved"), severity="error", timeout=8)
            return
        self.notify(_("Created {path}").format(path=path), timeout=4)
        self.open_path(path, force=True)  # the open season's edits were asked about above

    async def _may_write(self, path: Path) -> bool:
        """False (and why, said) where the new season must not go; asks before replacing a file."""
        if _inside_package(path):
            self.notify(_("Not inside the installed package: choose another folder."), severity="warning", timeout=6)
            return False
        if path.is_dir() or not path.parent.is_dir():
            self.notify(_("{path}: not a file in an existing folder.").format(path=path), severity="warning")
            return False
        if os.path.lexists(path):
            answer = await self.push_screen_wait(
                choice_screen(
                    _("{name} exists. Replace it with the new season?").format(name=path.name),
                    [("other", _("Choose another name")), ("replace", _("Replace it"))],
                )
            )
            return answer == "replace"
        return True

    def on_general_table_view_row_edit_wanted(self, event: GeneralTableView.RowEditWanted) -> None:
        """e on a team of a stated table: its row typed, one edit."""
        from liguilla_tui.core.table_edit import row_problem, row_values, set_table_row
        from liguilla_tui.screens.table_row import TableRowScreen

        event.stop()
        season, team = self.document.season, event.team
        row = next((r for r in season.table if r.team == team), None)
        if row is None:
            return
        now = row_values(row)
        refused = row_problem(season, team, now) if season.results else None
        if refused:  # e is not offered then; a key that came before the table changed
            self.notify(refused, severity="warning")
            return

        def done(values) -> None:
            if values is None or values == now:
                return
            current = self.document.season
            problem = row_problem(current, team, values)
            if problem:
                self.notify(problem, severity="warning")
                return
            self.apply(set_table_row(current, team, values))

        self.push_screen(
            TableRowScreen(team, now, lambda values: row_problem(self.document.season, team, values)), done
        )
