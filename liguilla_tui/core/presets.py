"""Named Liguilla formats, as data: a season file names one and may override any part.

Sources for each era: shared/liga-mx-facts.md ("Rules by era", "Later eras"). Each preset
is checked against the pairings actually played in every complete Liguilla of
openfootball/mexico, 2010 Apertura to 2024 Clausura (tests/io/test_io_presets.py): the
era's preset plus the table computed from the regular season reproduce every leg, and the
data rules out the neighbouring era's rules (away goals before the 2012 Apertura and
after the 2021 Clausura; a fixed repechaje bracket instead of re-ranking).
"""

from __future__ import annotations

import re
from typing import Any

from liguilla_tui.i18n import N_, _, pgettext

_QF_PAIRS = [[1, 8], [2, 7], [3, 6], [4, 5]]
_AWAY = ["away_goals", "higher_seed"]
_SEED = ["higher_seed"]
_FINAL = {
    "key": "final",
    "name": N_("Final"),
    "short": N_("F"),
    "legs": 2,
    "pairing": "reseed",
    "tiebreak": ["extra_time", "penalties"],
}


def _knockout(tiebreak: list[str], first_entrants: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    quarterfinals = {
        "key": "quarterfinals",
        "name": N_("Quarter-finals"),
        "short": N_("QF"),
        "legs": 2,
        "pairing": {"seeds": _QF_PAIRS},
        "tiebreak": tiebreak,
    }
    if first_entrants:
        quarterfinals["entrants"] = first_entrants
    return [
        quarterfinals,
        {
            "key": "semifinals",
            "name": N_("Semi-finals"),
            "short": N_("SF"),
            "legs": 2,
            "pairing": "reseed",
            "tiebreak": tiebreak,
        },
        _FINAL,
    ]


# Single matches 5v12, 6v11, 7v10, 8v9 at the better-placed team's ground, penalties
# straight after a draw; the winners join seeds 1-4 and are re-ranked by position.
_REPECHAJE = {
    "key": "reclassification",
    "name": N_("Repechaje"),
    "short": N_("RE"),
    "legs": 1,
    "entrants": [{"seeds": [5, 12]}],
    "pairing": {"seeds": _QF_PAIRS},
    "tiebreak": ["penalties"],
}
_AFTER_REPECHAJE: list[dict[str, Any]] = [{"seeds": [1, 4]}, {"winners": "reclassification"}]

# 7th v 8th (winner seed 7) and 9th v 10th (loser out), then the loser of the first
# against the winner of the second (winner seed 8); single matches, penalties after a draw.
_PLAY_IN = [
    {
        "key": "playin",
        "name": N_("Play-in"),
        "short": N_("PI"),
        "legs": 1,
        "entrants": [{"seeds": [7, 10]}],
        "pairing": {"seeds": [[1, 2], [3, 4]]},
        "tiebreak": ["penalties"],
    },
    {
        "key": "playin_8th",
        "name": N_("Play-in for 8th"),
        "short": N_("P8"),
        "legs": 1,
        "entrants": [{"loser": "playin", "tie": 1}, {"winner": "playin", "tie": 2}],
        "pairing": {"seeds": [[1, 2]]},
        "tiebreak": ["penalties"],
    },
]
_AFTER_PLAY_IN: list[dict[str, Any]] = [
    {"seeds": [1, 6]},
    {"winner": "playin", "tie": 1, "as_seed": 7},
    {"winner": "playin_8th", "tie": 1, "as_seed": 8},
]

PRESETS: dict[str, dict[str, Any]] = {
    # To the 2012 Clausura: higher seed only, no away goals. Unconfirmed in the facts file;
    # the data confirms it (2010 Apertura QF Monterrey-Pachuca, 2011 Apertura SF Santos-Morelia,
    # 2012 Clausura SF Santos-UANL: level, the lower seed ahead on away goals, the higher through).
    "liga-mx-2011": {"qualifiers": 8, "rounds": _knockout(_SEED)},
    # 2012 Apertura to 2020 Clausura: away goals, then the higher seed (2014 Clausura QF:
    # León through on away goals against the higher seed Cruz Azul).
    "liga-mx-2012": {"qualifiers": 8, "rounds": _knockout(_AWAY)},
    # 2020 Apertura to 2021 Clausura: 12 teams, repechaje, away goals in the later rounds.
    "liga-mx-2020-repechaje": {"qualifiers": 12, "rounds": [_REPECHAJE, *_knockout(_AWAY, _AFTER_REPECHAJE)]},
    # 2021 Apertura to 2023 Clausura: as above, away goals dropped.
    "liga-mx-2021-repechaje": {"qualifiers": 12, "rounds": [_REPECHAJE, *_knockout(_SEED, _AFTER_REPECHAJE)]},
    # From the 2023 Apertura: 10 teams, play-in.
    "liga-mx-2023-play-in": {"qualifiers": 10, "rounds": [*_PLAY_IN, *_knockout(_SEED, _AFTER_PLAY_IN)]},
}

# Which preset a tournament's dates call for: (first year, tournament) it starts from.
ERAS: tuple[tuple[int, str, str], ...] = (
    (2011, "Apertura", "liga-mx-2011"),
    (2012, "Apertura", "liga-mx-2012"),
    (2020, "Apertura", "liga-mx-2020-repechaje"),
    (2021, "Apertura", "liga-mx-2021-repechaje"),
    (2023, "Apertura", "liga-mx-2023-play-in"),
)


def preset_for(year: int, tournament: str) -> str:
    """The preset in force for a tournament (Clausura of year Y follows Apertura of Y-1)."""
    order = (year, 1 if tournament.lower().startswith("apertura") else 0)
    chosen = ERAS[0][2]
    for start_year, start_tournament, name in ERAS:
        if order >= (start_year, 1 if start_tournament == "Apertura" else 0):
            chosen = name
    return chosen


# (round key, name) and (round key, short) as the presets give them: only these are translated
# where shown; a name a season file gives its own round is data and stays as written.
_PRESET_NAMES = {(r["key"], r["name"]) for p in PRESETS.values() for r in p["rounds"]}
_PRESET_SHORTS = {(r["key"], r["short"]) for p in PRESETS.values() for r in p["rounds"]}


def round_name(spec: Any) -> str:
    """A round's name in the current language: "Quarter-finals" -> "Cuartos de final"
    (a preset's name only; a file's own name is returned as written)."""
    return preset_round_name(spec.key, spec.name)


def preset_round_name(key: str, name: str) -> str:
    return _(name) if (key, name) in _PRESET_NAMES else name


# A shorter name for a tab row a little short of room ("Cuartos", "Semis"); English keeps
# the full one. pgettext: the same English word as the round's name, another Spanish one.
_MIDDLE = {
    "Repechaje": lambda: pgettext("tab", "Repechaje"),
    "Play-in": lambda: pgettext("tab", "Play-in"),
    "Play-in for 8th": lambda: pgettext("tab", "Play-in for 8th"),
    "Quarter-finals": lambda: pgettext("tab", "Quarter-finals"),
    "Semi-finals": lambda: pgettext("tab", "Semi-finals"),
    "Final": lambda: pgettext("tab", "Final"),
}


def round_middle(spec: Any) -> str:
    """A shorter full word where the language has one, for a preset's round; else the name."""
    if (spec.key, spec.name) in _PRESET_NAMES and spec.name in _MIDDLE:
        return _MIDDLE[spec.name]()
    return spec.name


def round_short(spec: Any) -> str:
    """A round's short name in the current language ("QF" -> "CF"), a file's own as written."""
    return _(spec.short) if (spec.key, spec.short) in _PRESET_SHORTS else spec.short


def preset_summary(name: str) -> str:
    """A preset in a few words, for lists: '8 teams, away goals', '10 teams, play-in'."""
    preset = PRESETS.get(name)
    if preset is None:
        return _("own format")
    first = preset["rounds"][0]
    words = [_("{n} teams").format(n=preset["qualifiers"])]
    if first["key"] != "quarterfinals":
        words.append(_("play-in") if first["key"] == "playin" else _("repechaje"))
    later = next(r for r in preset["rounds"] if r["key"] == "quarterfinals")
    words.append(_("away goals") if "away_goals" in later["tiebreak"] else _("no away goals"))
    return ", ".join(words)


_NAMES = {r["name"] for p in PRESETS.values() for r in p["rounds"]}
_SHORTS = {r["short"] for p in PRESETS.values() for r in p["rounds"]}


_SEEDS = re.compile(r" (\d+) v (\d+)")


def _seeds_shown(rest: str) -> str:
    """ " 1 v 8" (a label's seeds, core/resolve.py) with "v" as between two teams: " 1 vs. 8"
    in Spanish, as "UANL vs. Monterrey" beside it."""
    found = _SEEDS.fullmatch(rest)
    return f" {found[1]}{_(' v ')}{found[2]}" if found else rest


def label_shown(label: str) -> str:
    """A tie label built from a preset's words, in the current language ("QF 1 v 8" ->
    "CF 1 vs. 8", "Play-in for 8th" -> "Play-in por el 8.º lugar"); any other as written."""
    if label in _NAMES:
        return _(label)
    short, space, rest = label.partition(" ")
    return _(short) + _seeds_shown(space + rest) if space and short in _SHORTS else label


def tie_label_shown(label: str, spec: Any) -> str:
    """A tie's label as the app shows it: the round's words in the current language ("CF 1 vs. 8",
    "Play-in por el 8.º"). The label itself ("QF 1 v 8") is an identifier (JSON, --live)."""
    if label == spec.name:
        return round_name(spec)
    if label.startswith(spec.short + " "):
        return round_short(spec) + _seeds_shown(label[len(spec.short) :])
    return label
