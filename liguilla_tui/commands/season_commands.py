"""Command palette: what a user looks for there, offered only when it makes sense now."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from liguilla_tui.document import Document
from liguilla_tui.i18n import N_, _
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
    def action_language(self) -> None: ...


class SeasonCommands(Provider):
    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app: SeasonApp = self.app  # type: ignore[assignment]  # Textual types it App; it is LiguillaApp
        doc = app.document
        commands: list[tuple[str, str, Callable[[], object]]] = [
            (
                _("Open bundled season…"),
                _("Every Liguilla bundled, by year and tournament (key o)"),
                app.action_pick_season,
            ),
            (
                _("Open season file…"),
                _("Open a season file by path (the current one stays open if it fails)"),
                app.action_open,
            ),
            (_("Save as…"), _("Write the season to another file"), app.action_save_as),
            (
                _("New season…"),
                _("Start a season not yet played: its teams, then its table and legs as they are played"),
                app.action_new_season,
            ),
            *[
                (
                    _("Export as {format}").format(format=_(label)),
                    _("Write {file} in the export folder ({folder})").format(
                        file=doc.path.stem + suffix, folder=printable(app.export_folder().name)
                    ),
                    partial(app.action_export, fmt),
                )
                for fmt, label, suffix in (
                    ("markdown", "Markdown", ".md"),
                    ("wikitext", "wikitext", ".wiki"),
                    ("csv", N_("CSV of legs"), ".csv"),
                    ("json", "JSON", ".json"),
                    ("football.txt", "football.txt", ".football.txt"),
                )
            ],
            (_("Help: keys"), _("Every key of the app"), app.action_help),
            (_("Language…"), _("English or Spanish (Mexico): every word of the app"), app.action_language),
        ]
        if doc.dirty:
            commands.insert(1, (_("Save"), _("Write the edits to {file}").format(file=doc.path.name), app.action_save))
            commands.append(
                (
                    _("Discard edits"),
                    _("Go back to the season as saved (undo brings the edits back)"),
                    app.action_discard,
                )
            )
        if doc.history.can_undo:
            commands.append((_("Undo"), _("Undo the last edit"), app.action_undo))
        if doc.history.can_redo:
            commands.append((_("Redo"), _("Redo the edit just undone"), app.action_redo))
        from liguilla_tui.views.tab_labels import tab_titles

        # Every tab but the last (Scenarios), by its name in full: "Go to tab 2: quarter-finals".
        for number, (_pane, title) in enumerate(tab_titles(doc.season.format.rounds, 0)[:-1], start=1):
            name = title.split(" ", 1)[1].lower()
            commands.append(
                (
                    _("Go to tab {number}: {tab}").format(number=number, tab=name),
                    _("Show this tab"),
                    partial(app.action_show_tab, number),
                )
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
