"""Textual's own palette commands (Theme, Quit, Keys, ...) in the app's language.

Textual writes their titles and help in English; they are marked here for the catalog and
translated as the palette asks for them (LiguillaApp.get_system_commands).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual.app import SystemCommand

from liguilla_tui.i18n import N_, _

# Textual 8.2.8's system commands (textual/app.py, App.get_system_commands).
TEXTUAL_COMMANDS = (
    N_("Theme"),
    N_("Change the current theme"),
    N_("Quit"),
    N_("Quit the application as soon as possible"),
    N_("Keys"),
    N_("Hide the keys and widget help panel"),
    N_("Show help for the focused widget and a summary of available keys"),
    N_("Minimize"),
    N_("Minimize the widget and restore to normal size"),
    N_("Maximize"),
    N_("Maximize the focused widget"),
    N_("Screenshot"),
    N_("Save an SVG 'screenshot' of the current screen"),
)


def translated(commands: Iterable[SystemCommand], show_help: Callable[[], object]) -> Iterable[SystemCommand]:
    """Textual's commands in the app's language. "Keys" opens the app's own help (`show_help`,
    in the app's language, with the keymap applied) instead of Textual's panel, which
    writes every binding's description as it was bound (English)."""
    for command in commands:
        if command.title == "Keys":
            command = command._replace(help=N_("Every key that works here"), callback=show_help)
        yield command._replace(
            title=_(command.title) if command.title else "", help=_(command.help) if command.help else ""
        )
