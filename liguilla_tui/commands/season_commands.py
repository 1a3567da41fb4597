"""Command palette: what a user looks for there, offered only when it makes sense now."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from liguilla_tui.document import Document
from liguilla_tui.i18n import _
from liguilla_tui.report.safe import printable
from liguilla_tui.widgets.cells import literal


class SeasonApp(Protocol):
    """What the palette needs of the app: naming it here, not importing the app module,
    keeps app -> deferred -> commands from pointing back at app."""

    document: Document

    @property
    def pane_ids(self) -> list[str]: ...

    def export_folder(self) -> Path: ...
    def action_pick_season(self) -> None: ...
    def action_new_season(self) -> None: ...
    def action_open(self) -> None: ...
    def action_save_as(self) -> None: ...
    def action_export(self, fmt: str) -> None: ...
    def action_help(self) -> None: ...
    async def action_save(self) -> None: ...
    def action_discard(self) -> None: ...
    def action_undo(self) -> None: ...
    def action_redo(self) -> None: ...
    def action_show_tab(self, number: int) -> None: ...


class SeasonCommands(Provider):
    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app: SeasonApp = self.app  # type: ignore[assignment]  # Textual types it App; it is LiguillaApp
        doc = app.document
        commands: list[tuple[str, str, Callable[[], object]]] = [
            ("Open bundled season…", "Every Liguilla bundled, by year and tournament (key o)", app.action_pick_season),
            (
                "Open season file…",
                "Open a season file by path (the current one stays open if it fails)",
                app.action_open,
            ),
            ("Save as…", "Write the season to another file", app.action_save_as),
            (
                _("New season…"),
                _("Start a season not yet played: its teams, then its table and legs as they are played"),
                app.action_new_season,
            ),
            *[
                (
                    f"Export as {label}",
                    f"Write {doc.path.stem}{suffix} in the export folder ({printable(app.export_folder().name)})",
                    partial(app.action_export, fmt),
                )
                for fmt, label, suffix in (
                    ("markdown", "Markdown", ".md"),
                    ("wikitext", "wikitext", ".wiki"),
                    ("csv", "CSV of legs", ".csv"),
                    ("json", "JSON", ".json"),
                    ("football.txt", "football.txt", ".football.txt"),
                )
            ],
            ("Help: keys", "Every key of the app", app.action_help),
        ]
        if doc.dirty:
            commands.insert(1, ("Save", f"Write the edits to {doc.path.name}", app.action_save))
            commands.append(
                ("Discard edits", "Go back to the season as saved (undo brings the edits back)", app.action_discard)
            )
        if doc.history.can_undo:
            commands.append(("Undo", "Undo the last edit", app.action_undo))
        if doc.history.can_redo:
            commands.append(("Redo", "Redo the edit just undone", app.action_redo))
        panes = ["general", *(r.key for r in doc.season.format.rounds), "scorers", "bracket"]
        for number, pane in enumerate(panes, start=1):
            commands.append(
                (f"Go to tab {number}: {pane.replace('_', ' ')}", "Show this tab", partial(app.action_show_tab, number))
            )
        return commands

    # Names and help may hold a file's name or a round's key: the palette parses a str as
    # markup, so each goes as Content (literal) or with its markup escaped (highlight).
    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            # help is annotated str, but Textual renders Content as given (a str is parsed as markup).
            yield DiscoveryHit(literal(name), callback, text=name, help=literal(help_text))  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                help_content = literal(help_text)  # Content, as in discover(): a str would be markup
                yield Hit(
                    score,
                    matcher.highlight(escape(printable(name))),
                    callback,
                    text=name,
                    help=help_content,  # type: ignore[arg-type]
                )
