"""A live leg's row in a tie card speaks the chosen language and fits its date column."""

from __future__ import annotations

import msgspec

from liguilla_tui.core.load import load_season
from liguilla_tui.core.resolve import resolve
from liguilla_tui.seasons import default_season
from liguilla_tui.widgets.tie_text import tie_rows


def _first_leg_live(minute):
    season = load_season(default_season()).season
    first = season.legs[0]
    live = msgspec.structs.replace(first, status="live", minute=minute)
    season = msgspec.structs.replace(season, legs=(live, *season.legs[1:]))
    resolved = resolve(season)
    rnd = next(r for r in resolved.rounds if r.spec.key == first.round)
    tie = next(t for t in rnd.ties if any(s.leg is live for s in t.legs))
    return [[cell.plain for cell in row] for row in tie_rows(tie, rnd.spec)], live


def test_a_live_leg_row_is_ida_and_vivo_in_spanish(spanish):
    rows, _ = _first_leg_live(None)
    live_row = next(row for row in rows if row[1].startswith("●"))
    assert live_row[0] == "Ida" and live_row[1] == "●vivo", live_row
    rows, _ = _first_leg_live("HT")
    assert any(row[1] == "●MT" for row in rows), rows


def test_a_live_leg_row_in_english():
    rows, _ = _first_leg_live(None)
    assert any(row[0] == "Leg 1" and row[1] == "●live" for row in rows), rows
    rows, _ = _first_leg_live("63")
    assert any(row[1] == "●63'" for row in rows), rows
