"""Textual's Footer without its leak, and without rebuilding keys that did not change.

Each FooterKey is data-bound to `Footer.compact`, so Textual stores a watcher entry
(key, setter) on the Footer. Entries of removed keys are only pruned when `compact`
changes, which it never does here; the Footer, though, rebuilds its keys whenever the
bindings change, i.e. on every focus move between a score grid, a table and the tab bar.
Every tab switch so leaked ~25 FooterKeys (~3,000 objects): the heap grew without bound
and full garbage collections grew to hundreds of milliseconds, freezing the screen
mid-typing. Reported upstream as Textualize/textual#6666 (open for textual 8.2.8).

Moving from one score grid to the next (the usual flow while typing) changes the
focused widget but not the keys shown; the rebuild then only made garbage for the
collector. It is skipped when the active bindings are the same as last time.

The cure uses only public API: after each rebuild `mutate_reactive(Footer.compact)` runs
Textual's watcher check for `compact`, which prunes the entries of closed keys (and sets
the live keys' `compact` to the value they already have: no refresh).
tests/app/test_app_footer_leak.py fails if that stops being true.
"""

from __future__ import annotations

from textual.widgets import Footer

from liguilla_tui.i18n import N_, _, language

# Textual's own binding descriptions shown in the footer (marked here for the catalog).
TEXTUAL_WORDS = (N_("palette"),)


class AppFooter(Footer):
    # Textual's compact footer gives every key a right margin, the palette key too: docked
    # right, that margin left the terminal's last cell unpainted, showing the key beneath it
    # ("▏^p paletae" in Spanish, whose footer is compact at 80 columns).
    DEFAULT_CSS = """
    AppFooter.-compact FooterKey.-command-palette { margin-right: 0; padding-right: 1; }
    """
    _shown: tuple | None = None
    # Shown first, so a narrow terminal never pushes them off the footer's right edge.
    ESSENTIAL = ("help", "save")

    def compose(self):
        keys = list(super().compose())
        keys.sort(key=lambda key: getattr(key, "action", None) not in self.ESSENTIAL)  # stable
        for key in keys:
            # Binding descriptions are fixed at import (marked N_): translated where drawn.
            # (`_("")` would be the catalog's header: empty words stay empty.)
            description = getattr(key, "description", None)
            if isinstance(description, str) and description:
                key.description = _(description)  # type: ignore[attr-defined]  # a FooterKey's
            tooltip = getattr(key, "tooltip", None)
            if isinstance(tooltip, str) and tooltip:
                key.tooltip = _(tooltip)
        yield from keys

    def on_resize(self) -> None:
        # Tighter spacing: more keys fit at 60 columns. Spanish words are longer (Guardar,
        # Deshacer): its keys take the tight spacing up to 100 columns, to fit on 80.
        self.compact = self.size.width < (80 if language() == "en" else 100)

    async def recompose(self) -> None:
        shown = self._bindings_signature()
        if shown is not None and shown == self._shown and self.children:
            return
        await super().recompose()
        self._shown = shown
        # Public API for the leak: telling Textual that `compact` was mutated makes it check
        # the reactive's watchers, which drops those of closed (removed) keys.
        self.mutate_reactive(Footer.compact)

    def _bindings_signature(self) -> tuple | None:
        """What Footer.compose reads from the screen's active bindings."""
        if not self._bindings_ready or not self.is_attached:
            return None
        return (language(),) + tuple(
            (key, binding.action, binding.description, binding.show, binding.group, enabled, tooltip)
            for key, (_node, binding, enabled, tooltip) in self.screen.active_bindings.items()
        )
