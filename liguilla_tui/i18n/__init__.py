"""Every user-facing word goes through here: stdlib gettext, English in the source, Mexican
Spanish (es_MX) from `po/es_MX/*.po`, compiled into `locale/` (docs/translating.md).

    from liguilla_tui.i18n import _, N_, ngettext, pgettext
    _("Quarter-finals")                      # looked up at call time, in the current language
    ngettext("{n} goal", "{n} goals", n).format(n=n)

`_` reads the current catalog each call, so a string is translated where it is shown;
text fixed at import time (Binding descriptions, preset names) is marked with `N_` and
translated where it is drawn. Keys and enumerations of the JSON contract never go through
here. This package imports nothing else from liguilla_tui, so the rules core may use it.
"""

from __future__ import annotations

import gettext as _gettext
from pathlib import Path

from liguilla_tui.i18n.languages import DEFAULT, LANGUAGES, choose_language, normalize

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "N_",
    "_",
    "choose_language",
    "language",
    "ngettext",
    "normalize",
    "pgettext",
    "set_language",
]

DOMAIN = "liguilla"
LOCALE_DIR = Path(__file__).parent / "locale"

_catalog: _gettext.NullTranslations = _gettext.NullTranslations()
_language = DEFAULT


def set_language(code: str | None) -> str:
    """Make `code` ("es_MX", "en"; None: English) the language of everything shown next."""
    global _catalog, _language
    chosen = normalize(code) or DEFAULT
    if chosen == DEFAULT:
        _catalog = _gettext.NullTranslations()
    else:
        # fallback: a missing .mo (a broken install) shows English rather than failing.
        _catalog = _gettext.translation(DOMAIN, LOCALE_DIR, languages=[chosen], fallback=True)
    _language = chosen
    return chosen


def language() -> str:
    return _language


def _(message: str) -> str:
    return _catalog.gettext(message)


def N_(message: str) -> str:
    """Marks a string for the catalog where it is defined; `_` translates it where shown."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalog.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """A word that reads two ways in Spanish ("Final": the round; "final": a leg's state)."""
    return _catalog.pgettext(context, message)
