"""Named Liguilla formats, as data: a season file names one and may override any part."""

from __future__ import annotations

from typing import Any

_QF_PAIRS = [[1, 8], [2, 7], [3, 6], [4, 5]]

# Each preset is written in the season-file syntax, so a file can copy one verbatim.
PRESETS: dict[str, dict[str, Any]] = {
    # 2012 Apertura to 2020 Clausura (liga-mx-facts.md, "Rules by era").
    "liga-mx-2012": {
        "qualifiers": 8,
        "rounds": [
            {"key": "quarterfinals", "name": "Quarter-finals", "short": "QF", "legs": 2,
             "pairing": {"seeds": _QF_PAIRS}, "tiebreak": ["away_goals", "higher_seed"]},
            {"key": "semifinals", "name": "Semi-finals", "short": "SF", "legs": 2,
             "pairing": "reseed", "tiebreak": ["away_goals", "higher_seed"]},
            {"key": "final", "name": "Final", "short": "F", "legs": 2,
             "pairing": "reseed", "tiebreak": ["extra_time", "penalties"]},
        ],
    },
    # 2011 Apertura and 2012 Clausura: higher seed only (unconfirmed in the facts file).
    "liga-mx-2011": {
        "qualifiers": 8,
        "rounds": [
            {"key": "quarterfinals", "name": "Quarter-finals", "short": "QF", "legs": 2,
             "pairing": {"seeds": _QF_PAIRS}, "tiebreak": ["higher_seed"]},
            {"key": "semifinals", "name": "Semi-finals", "short": "SF", "legs": 2,
             "pairing": "reseed", "tiebreak": ["higher_seed"]},
            {"key": "final", "name": "Final", "short": "F", "legs": 2,
             "pairing": "reseed", "tiebreak": ["extra_time", "penalties"]},
        ],
    },
}
