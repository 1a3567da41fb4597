"""Switching the app's language while it runs (palette: Language…), and remembering it.

Every word is looked up when it is drawn (liguilla_tui/i18n), so a switch sets the
language, then rebuilds the main screen at once: every tab, the footer and the titles
change together. The tab shown and the focus come back; nothing of the season changes.
The choice is written to the settings file (`language = "es_MX"`), as the theme is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from liguilla_tui import i18n
from liguilla_tui.i18n import _
from liguilla_tui.report.safe import printable

if TYPE_CHECKING:
    from liguilla_tui.app import LiguillaApp


def ask_language(app: LiguillaApp) -> None:
    """A choice of the languages, each named in its own words; Escape keeps the current one."""
    from liguilla_tui.deferred import choice_screen

    answers = [(code, name) for code, name in i18n.LANGUAGES.items()]
    answers.sort(key=lambda answer: answer[0] != i18n.language())  # the current one first

    def chosen(code: str | None) -> None:
        if code and code in i18n.LANGUAGES and code != i18n.language():
            app.run_worker(switch_language(app, code), group="language", exclusive=True)

    app.push_screen(choice_screen(_("Language of the app:"), [*answers, ("cancel", _("Cancel"))]), chosen)


async def switch_language(app: LiguillaApp, code: str) -> None:
    """Speak `code` from now on: every view rebuilt in it, and the choice remembered."""
    from textual.widgets import TabbedContent

    active = app.query_one(TabbedContent).active
    i18n.set_language(code)
    await app.recompose()  # every word of the main screen drawn again, in the new language
    app._update_titles()
    if active:
        app.query_one(TabbedContent).active = active
    for mounted in app._build_later_tabs():  # every tab built again, then the focus back
        await mounted
    app._focus_pane()
    if app.settings is not None:
        from liguilla_tui.settings import remember_language

        problem = remember_language(app.settings, code)
        if problem:
            app.notify(printable(problem), title=_("Language not remembered"), severity="warning", markup=False)
