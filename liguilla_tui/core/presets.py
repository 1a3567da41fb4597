"""Named Liguilla formats, as data: a season file names one and may override any part.

Sources for each era: shared/liga-mx-facts.md ("Rules by era", "Later eras"). Each preset
is checked against the pairings actually played in every complete Liguilla of
openfootball/mexico, 2010 Apertura to 2024 Clausura (tests/io/test_io_presets.py): the
era's preset plus the table computed from the regular season reproduce every leg, and the
data rules out the neighbouring era's rules (away goals before the 2012 Apertura and
after the 2021 Clausura; a fixed repechaje bracket instead of re-ranking).
"""

from __future__ import annotations

from typing import Any

_QF_PAIRS = [[1, 8], [2, 7], [3, 6], [4, 5]]
_AWAY = ["away_goals", "higher_seed"]
_SEED = ["higher_seed"]
_FINAL = {
    "key": "final",
    "name": "Final",
    "short": "F",
    "legs": 2,
    "pairing": "reseed",
    "tiebreak": ["extra_time", "penalties"],
}


def _knockout(tiebreak: list[str], first_entrants: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    quarterfinals = {
        "key": "quarterfinals",
        "name": "Quarter-finals",
        "short": "QF",
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
            "name": "Semi-finals",
            "short": "SF",
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
    "name": "Repechaje",
    "short": "RE",
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
        "name": "Play-in",
        "short": "PI",
        "legs": 1,
        "entrants": [{"seeds": [7, 10]}],
        "pairing": {"seeds": [[1, 2], [3, 4]]},
        "tiebreak": ["penalties"],
    },
    {
        "key": "playin_8th",
        "name": "Play-in for 8th",
        "short": "P8",
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


def preset_summary(name: str) -> str:
    """A preset in a few words, for lists: '8 teams, away goals', '10 teams, play-in'."""
    preset = PRESETS.get(name)
    if preset is None:
        return "own format"
    first = preset["rounds"][0]
    words = [f"{preset['qualifiers']} teams"]
    if first["key"] != "quarterfinals":
        words.append(first["name"].lower() if first["name"] != "Repechaje" else "repechaje")
    later = next(r for r in preset["rounds"] if r["key"] == "quarterfinals")
    words.append("away goals" if "away_goals" in later["tiebreak"] else "no away goals")
    return ", ".join(words)
