"""Which language to speak: `--lang`, else the config file's `language`, else the locale
($LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG, in gettext's order), else English."""

from __future__ import annotations

import os
from collections.abc import Mapping

DEFAULT = "en"
# Code -> its own name, as a user picks it.
LANGUAGES: dict[str, str] = {"en": "English", "es_MX": "Español (México)"}
_ALIASES = {"es": "es_MX", "spanish": "es_MX", "español": "es_MX", "english": "en", "c": "en", "posix": "en"}


def normalize(code: str | None) -> str | None:
    """ "es-MX", "es_MX.UTF-8", "es_ES", "es" -> "es_MX"; "en_GB" -> "en"; unknown -> None.

    Any Spanish locale gets Mexican Spanish (the only Spanish there is); any English one English.
    """
    if not code:
        return None
    text = code.strip().split(".")[0].split("@")[0].replace("-", "_")
    if not text:
        return None
    lowered = text.lower()
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    for known in LANGUAGES:
        if lowered == known.lower():
            return known
    base = lowered.split("_")[0]
    if base == "es":
        return "es_MX"
    if base == "en":
        return "en"
    return None


def from_environment(environ: Mapping[str, str] = os.environ) -> str | None:
    """The locale's language, as gettext looks for it; None when it names none we have."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if not value:
            continue
        # $LANGUAGE may list several ("es_MX:en"); the first we have wins.
        for part in value.split(":") if name == "LANGUAGE" else [value]:
            found = normalize(part)
            if found is not None:
                return found
        if name != "LANGUAGE":
            return None  # the first set of the LC_* / LANG variables decides, as in gettext
    return None


def choose_language(flag: str | None, configured: str | None, environ: Mapping[str, str] = os.environ) -> str:
    return normalize(flag) or normalize(configured) or from_environment(environ) or DEFAULT
