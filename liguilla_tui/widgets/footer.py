"""Textual's Footer without its leak.

Each FooterKey is data-bound to `Footer.compact`, so Textual stores a watcher entry
(key, setter) on the Footer. Entries of removed keys are only pruned when `compact`
changes, which it never does here; the Footer, though, rebuilds its keys whenever the
bindings change, i.e. on every focus move between a score grid, a table and the tab bar.
Every tab switch so leaked ~25 FooterKeys (~3,000 objects): the heap grew without bound
and full garbage collections grew to hundreds of milliseconds, freezing the screen
mid-typing. Reported upstream as Textualize/textual#6666 (open for textual 8.2.8).
"""

from __future__ import annotations

from textual.widgets import Footer


class AppFooter(Footer):
    async def recompose(self) -> None:
        await super().recompose()
        self._drop_watchers_of_removed_keys()

    def _drop_watchers_of_removed_keys(self) -> None:
        # Where textual.reactive._watch keeps them (the observed object's "__watchers").
        watchers = getattr(self, "__watchers", {}).get("compact")
        if watchers:
            watchers[:] = [(node, callback) for node, callback in watchers
                           if not (getattr(node, "_closing", False) or getattr(node, "_closed", False))]
