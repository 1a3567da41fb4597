"""The `results:` block: regular-season matches, from which the general table is computed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from liguilla_tui.core.diagnostics import Mark
from liguilla_tui.core.fields import Reader
from liguilla_tui.core.load_matches import read_pair
from liguilla_tui.core.model import Result
from liguilla_tui.core.yamlsource import shorten
from liguilla_tui.i18n import _

_RESULT_KEYS = ("matchday", "date", "kickoff", "home", "away", "score")
MAX_RESULTS = 1000  # a season of 18 teams plays 153; a file of more is not a season

TeamLookup = Callable[[Any, Mark, str], "str | None"]


def read_results(reader: Reader, value: Any, mark: Mark, team: TeamLookup) -> list[Result]:
    entries = reader.sequence("results", value, mark)
    if entries is None:
        return []
    if len(entries) > MAX_RESULTS:
        reader.error(
            _("results lists {count} matches; at most {MAX_RESULTS} are read").format(
                count=len(entries), MAX_RESULTS=MAX_RESULTS
            ),
            mark,
        )
        return []
    results: list[Result] = []
    seen: dict[tuple[str, str], int] = {}
    for index, entry in enumerate(entries):
        m = reader.mapping(_("a result"), entry, entries.mark_of(index))
        if m is None:
            continue
        reader.known_keys(_("a result"), m, _RESULT_KEYS)
        if "home" not in m or "away" not in m:
            reader.error(_("a result needs 'home' and 'away'"), m.mark)
            continue
        home = team(m["home"], m.mark_of("home"), "home")
        away = team(m["away"], m.mark_of("away"), "away")
        if home is None or away is None:
            continue
        if home == away:
            reader.error(_("{home} cannot play itself").format(home=shorten(home)), m.mark_of("away"))
            continue
        if (home, away) in seen:
            reader.warning(
                _("{home} v {away} is listed twice (first at line {seen}); both count").format(
                    home=shorten(home), away=shorten(away), seen=seen[(home, away)]
                ),
                m.mark,
            )
        seen.setdefault((home, away), m.mark.line)
        score = None
        if m.get("score") is not None:
            score = read_pair(
                reader,
                _("score of {home} v {away}").format(home=shorten(home), away=shorten(away)),
                m["score"],
                m.mark_of("score"),
            )
            if score is None:
                continue
        results.append(
            Result(
                home,
                away,
                score,
                reader.integer(_("a result"), m, "matchday", low=1, high=99),
                reader.text(_("a result"), m, "date"),
                reader.text(_("a result"), m, "kickoff"),
                m.mark,
            )
        )
    return results
