"""A round's name in the current language: the presets' English names (core/presets.py)
translated where shown, a season file's own names left as written (file data).

    round_name(spec)   "Quarter-finals" -> "Cuartos de final"   (tab rows with room, lists)
    round_middle(spec) "Quarter-finals" -> "Cuartos"            (a tab row a little short)
    round_short(spec)  "QF"             -> "CF"                 (a tab row with no room)

A name is translated only when the round is the preset's: the same key with the same
name (a file that renames its quarter-finals keeps its own words). `spec` is anything
with `key`, `name` and `short` (core's RoundSpec); this module imports nothing else.
"""

from __future__ import annotations

from typing import Protocol

from liguilla_tui.i18n import N_, _, pgettext


class _Round(Protocol):
    key: str
    name: str
    short: str


# The presets' rounds by key: (name, short), as core/presets.py writes them (English).
PRESET_ROUNDS: dict[str, tuple[str, str]] = {
    "reclassification": (N_("Repechaje"), N_("RE")),
    "playin": (N_("Play-in"), N_("PI")),
    "playin_8th": (N_("Play-in for 8th"), N_("P8")),
    "quarterfinals": (N_("Quarter-finals"), N_("QF")),
    "semifinals": (N_("Semi-finals"), N_("SF")),
    "final": (N_("Final"), N_("F")),
}

# A shorter name for a tab row that is a little short of room; English keeps the full one.
_MIDDLE = {
    "Repechaje": lambda: pgettext("tab", "Repechaje"),
    "Play-in": lambda: pgettext("tab", "Play-in"),
    "Play-in for 8th": lambda: pgettext("tab", "Play-in for 8th"),
    "Quarter-finals": lambda: pgettext("tab", "Quarter-finals"),
    "Semi-finals": lambda: pgettext("tab", "Semi-finals"),
    "Final": lambda: pgettext("tab", "Final"),
}


def _preset(spec: _Round) -> tuple[str, str] | None:
    return PRESET_ROUNDS.get(spec.key)


def round_name(spec: _Round) -> str:
    """The round's full name, translated if it is the preset's."""
    preset = _preset(spec)
    return _(spec.name) if preset is not None and preset[0] == spec.name else spec.name


def round_middle(spec: _Round) -> str:
    """A shorter full word ("Cuartos", "Semis") where the language has one; else the name."""
    preset = _preset(spec)
    if preset is not None and preset[0] == spec.name:
        return _MIDDLE[spec.name]()
    return spec.name


def round_short(spec: _Round) -> str:
    """The round's short name ("QF"), translated if it is the preset's."""
    preset = _preset(spec)
    return _(spec.short) if preset is not None and preset[1] == spec.short else spec.short
