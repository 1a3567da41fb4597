"""Watching the open file: what another instance or an editor saves shows here within a second.

Every POLL seconds the app stats the file in a thread (never on the event loop). When the
stat changed, or every RECHECK seconds whatever it says, the content is hashed: `cp -p`
keeps mtime and size, so only the content tells. New content is read as a season and
merged with this instance's unsaved edits (core/merge.py): legs only they changed come in
without a question, a leg both changed asks "keep mine / take theirs".
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from liguilla_tui.core.loaded import Loaded, read_season_file
from liguilla_tui.document import digest
from liguilla_tui.i18n import _, ngettext

if TYPE_CHECKING:
    from liguilla_tui.app import LiguillaApp

POLL = 0.4  # seconds between stats
RECHECK = 3.0  # seconds between hashes when the stat says nothing changed


class DiskWatch:
    """The polling itself, without Textual: cheap stat, hash only when it may matter."""

    def __init__(self) -> None:
        self._path: Path | None = None
        self._stat: tuple | None = None
        self._hashed_at = 0.0
        self._seen: str | None = None  # new content seen once: hashed again at the next poll

    def poll(self, path: Path, known: str | None) -> tuple[str, str] | None:
        """(digest, text) of the file when its content is not the one `known` hashes and
        two polls in a row found it so (an editor may write a file in several steps)."""
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            return None  # gone or being replaced: the next poll sees what comes
        now = time.monotonic()
        key = (info.st_ino, info.st_mtime_ns, info.st_ctime_ns, info.st_size)
        if path == self._path and key == self._stat and now - self._hashed_at < RECHECK and self._seen is None:
            return None
        self._path, self._stat, self._hashed_at = path, key, now
        read = read_season_file(path)
        if isinstance(read, Loaded):
            return None  # unreadable now (too big, not UTF-8...): a save will say so
        raw, text = read
        found = digest(raw)
        if found == known:
            self._seen = None
            return None
        settled, self._seen = found == self._seen, found
        return (found, text) if settled else None


class FileWatch:
    """Polls the app's open file and brings in what others saved."""

    def __init__(self, app: LiguillaApp) -> None:
        self.app = app
        self.disk = DiskWatch()
        self._busy = False

    def start(self) -> None:
        self.app.set_interval(POLL, self._tick, name="file-watch")

    def _tick(self) -> None:
        if not self._busy:  # a question about the last change may still be open
            self._busy = True
            self.app.run_worker(self._check(), group="file-watch", exit_on_error=False)

    async def _check(self) -> None:
        try:
            doc = self.app.document
            found = await asyncio.to_thread(self.disk.poll, doc.path, doc.disk_digest)
            # Content a save already asked about is left to that question's answer.
            if found is not None and self.app.document is doc and found[0] != doc.asked_digest:
                await self._take(doc.path, *found)
        finally:
            self._busy = False

    async def _take(self, path: Path, new_digest: str, text: str) -> None:
        from liguilla_tui.core.load import load_season_text
        from liguilla_tui.core.merge import merge

        app, doc = self.app, self.app.document
        if text == doc.text:  # our own save, or the same bytes written again
            doc.disk_digest = new_digest
            return
        loaded = await asyncio.to_thread(load_season_text, text, str(path))
        theirs = loaded.season
        if app.document is not doc or doc.path != path:
            return
        if theirs is not None and theirs.format != doc.season.format and not doc.dirty:
            app.open_path(path, force=True)  # other rounds, other tabs: opened anew, nothing to lose
            return
        if theirs is None or theirs.format != doc.season.format:
            doc.disk_digest = new_digest  # said once; a save still finds the file changed and asks
            why = (
                loaded.diagnostics[0].format(str(path))
                if theirs is None and loaded.diagnostics
                else _("its format changed")
            )
            app.notify(
                _(
                    "{file} was changed on disk and cannot be merged here ({why}). Your copy "
                    "stays open; saving will ask before writing over it."
                ).format(file=path.name, why=why),
                title=_("Changed on disk"),
                severity="warning",
                timeout=10,
                markup=False,
            )
            return
        base, mine = doc.saved, doc.season
        merged = merge(base, mine, theirs)
        keep = await self._ask(path, merged.conflicts)
        if app.document is not doc or doc.saved is not base or doc.season is not mine:
            return  # saved, edited or reopened meanwhile: the next poll starts again
        if keep:
            merged = merge(base, mine, theirs, frozenset(keep))
        was_dirty = doc.dirty
        doc.mark_saved(text, theirs)
        doc.disk_digest = new_digest
        app.journal.rebase(doc.path, doc.text)  # the journal now stands on their text
        app.apply(merged.season)
        said = ngettext(
            "{file} was changed on disk: {n} leg or result updated from it.",
            "{file} was changed on disk: {n} legs or results updated from it.",
            merged.taken,
        ).format(file=path.name, n=merged.taken)
        if was_dirty and doc.dirty:
            said = _("{said} Your unsaved edits are kept.").format(said=said)
        app.notify(
            said,
            title=_("Changed on disk"),
            timeout=6,
            markup=False,
        )

    async def _ask(self, path: Path, conflicts) -> set[tuple]:
        from liguilla_tui.core.merge import describe, where
        from liguilla_tui.core.presets import round_name
        from liguilla_tui.deferred import choice_screen

        keep = set()
        names = {spec.key: round_name(spec) for spec in self.app.document.season.format.rounds}
        for conflict in conflicts:
            answer = await self.app.push_screen_wait(
                choice_screen(
                    _("{file} was changed on disk. {what} was changed both here ({mine}) and there ({theirs}).").format(
                        file=path.name,
                        what=where(conflict, names),
                        mine=describe(conflict.mine),
                        theirs=describe(conflict.theirs),
                    ),
                    [("theirs", _("Take theirs")), ("mine", _("Keep mine"))],
                )
            )
            if answer == "mine":
                keep.add(conflict.key)
        return keep
