"""The user's settings put into a running app: theme, keymap; the theme kept when changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from liguilla_tui.i18n import _
from liguilla_tui.report.safe import printable
from liguilla_tui.settings import Settings, remember_theme

if TYPE_CHECKING:
    from textual.app import App


def binding_ids() -> set[str]:
    """Every binding id of the app, its screens and widgets (what a keymap may name)."""
    import importlib
    import pkgutil

    from textual.dom import DOMNode

    import liguilla_tui
    from liguilla_tui import app as _app  # noqa: F401  (the App's own bindings)

    for package in ("screens", "widgets", "views"):
        found = importlib.import_module(f"liguilla_tui.{package}")
        for info in pkgutil.iter_modules(found.__path__):
            importlib.import_module(f"{found.__name__}.{info.name}")
    ids: set[str] = set()
    pending = [DOMNode]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith(liguilla_tui.__name__ + "."):
            ids.update(b.id for b in cls.__dict__.get("BINDINGS", ()) if getattr(b, "id", None))
    return ids


def apply_settings(app: App, settings: Settings) -> None:
    if settings.theme:
        if settings.theme in app.available_themes:
            app.theme = settings.theme
        else:
            app.notify(
                _("Unknown theme {theme} in {path}; themes: {themes}").format(
                    theme=repr(printable(settings.theme)),
                    path=printable(str(settings.path)),
                    themes=", ".join(sorted(app.available_themes)),
                ),
                title=_("Settings"),
                severity="warning",
                markup=False,
                timeout=8,
            )
    if settings.keymap:
        known = binding_ids()
        unknown = sorted(set(settings.keymap) - known)
        if unknown:
            app.notify(
                _("No such key binding in {path}: {ids} (docs/config.md lists the ids)").format(
                    path=printable(str(settings.path)), ids=", ".join(printable(u) for u in unknown)
                ),
                title=_("Settings"),
                severity="warning",
                markup=False,
                timeout=8,
            )
        app.set_keymap({k: v for k, v in settings.keymap.items() if k in known})

    def theme_changed(theme) -> None:
        if theme.name != settings.theme:
            problem = remember_theme(settings, theme.name)
            if problem:
                app.notify(printable(problem), title=_("Theme not remembered"), severity="warning", markup=False)

    app.theme_changed_signal.subscribe(app, theme_changed)
