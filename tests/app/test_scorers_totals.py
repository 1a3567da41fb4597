"""The goals under the scorers ranking: each count with its own plural, in both languages."""

from __future__ import annotations

from types import SimpleNamespace

from liguilla_tui import i18n
from liguilla_tui.views.scorers import totals_line


def _resolved(goals: int, matches: int, own: int, unknown: int) -> SimpleNamespace:
    return SimpleNamespace(goals=goals, matches_played=matches, own_goals=own, unattributed_goals=unknown)


def test_one_own_goal_reads_singular_in_spanish():
    # It once read "1 autogoles".
    i18n.set_language("es_MX")
    try:
        one = totals_line(_resolved(1, 1, 1, 1), 0)
        many = totals_line(_resolved(35, 14, 2, 3), 30)
    finally:
        i18n.set_language(None)
    assert one == "1 gol en 1 partido: 0 de los jugadores de arriba · 1 autogol · 1 sin anotador conocido"
    assert many == "35 goles en 14 partidos: 30 de los jugadores de arriba · 2 autogoles · 3 sin anotador conocido"


def test_english_counts_agree_too():
    assert (
        totals_line(_resolved(35, 14, 2, 3), 30)
        == "35 goals in 14 matches: 30 by players above · 2 own goals · 3 scorer unknown"
    )
    assert (
        totals_line(_resolved(1, 1, 1, 0), 1) == "1 goal in 1 match: 1 by players above · 1 own goal · 0 scorer unknown"
    )
