"""Needs that ask another match for a rout (a win by 4 or more) are true, but no reader
counts on one: they are said only where no other need was found, and the words then say
"among other ways" for them (table_needs.py _worth_saying)."""

from __future__ import annotations

import re

import pytest

from liguilla_tui.core.load import load_season
from liguilla_tui.core.table_needs import one_matchday_needs
from liguilla_tui.core.table_outlook import table_outlook
from liguilla_tui.core.table_rivals import ROUT, asks_a_rout
from liguilla_tui.seasons import seasons_dir
from tests.open_seasons import last_matchday_open

# "Querétaro beating Morelia by 16 or more", not "… not beating … by 12 or more" (a cap).
ROUT_WORDS = re.compile(r"(?<!not )(?<!no )beating [^;,]*? by (\d+) or more")


def _zones(needs: str) -> list[list[str]]:
    """Each zone's statement ("To reach the Liguilla: …"), as the parts it lists."""
    return [
        statement.split(": ", 1)[1].removesuffix("; among other ways").split("; or ")
        for statement in re.split(r"\. (?=To reach )", needs)
    ]


def _parts(needs: str) -> list[str]:
    return [part for zone in _zones(needs) for part in zone]


def _routs(part: str) -> bool:
    return any(int(n) >= ROUT for n in ROUT_WORDS.findall(part))


def _outlook(tmp_path, season: str, days: int):
    loaded = load_season(
        last_matchday_open(tmp_path, drop_table=True, name=f"{season}-{days}.yaml", days=days, season=season)
    )
    assert loaded.season is not None
    return table_outlook(loaded.season)


def test_the_margin_ranges_that_ask_for_a_rout():
    assert asks_a_rout(ROUT, None) and asks_a_rout(None, -ROUT) and asks_a_rout(ROUT, ROUT + 2)
    assert not asks_a_rout(ROUT - 1, None) and not asks_a_rout(None, -ROUT + 1)
    assert not asks_a_rout(None, 11)  # "not beating by 12 or more": nearly sure, not a rout
    assert not asks_a_rout(None, None) and not asks_a_rout(0, 0)


def test_tijuana_is_told_the_likely_way_not_a_sixteen_goal_win(tmp_path):
    """2019 Apertura, last matchday open: Tijuana's needs listed "a win, and Querétaro
    beating Morelia by 16 or more" before "a win, and Monterrey not beating Atlas"."""
    rows = {row.team: row for row in _outlook(tmp_path, "2019-apertura", 1).teams}
    needs = rows["Tijuana"].needs
    assert needs is not None
    assert "Monterrey not beating Atlas" in needs
    assert not any(_routs(part) for part in _parts(needs)), needs
    assert needs.endswith("; among other ways"), needs  # the rout is one of them, unsaid


def test_the_rout_is_still_found_and_listed_after_the_likely_needs(tmp_path):
    from liguilla_tui.core.table_needs import _worth_saying  # the choice of what to say
    from liguilla_tui.core.table_outlook import standings

    loaded = load_season(last_matchday_open(tmp_path, drop_table=True, season="2019-apertura"))
    assert loaded.season is not None and not loaded.season.barred
    outlook = table_outlook(loaded.season, with_needs=False)
    teams, stats, _fixtures = standings(loaded.season)
    own = next(f for f in outlook.fixtures if "Tijuana" in f)
    rest = [f for f in outlook.fixtures if "Tijuana" not in f]
    needs = one_matchday_needs("Tijuana", own, 8, stats, rest, teams, outlook.order)  # the top 8 go through
    routs = [n.asks_a_rout for n in needs]
    assert any(routs) and not all(routs)
    assert routs == sorted(routs), "a rout listed before a likely need"
    assert not any(n.asks_a_rout for n in _worth_saying(needs, routs, [None] * len(needs)))


@pytest.mark.parametrize("days", [1, 2])
def test_no_season_says_a_rout_where_a_likely_need_was_found(tmp_path, days):
    """Every bundled season with its last one or two matchdays open: a team's words ask for
    a rout only where every need said does (none likely was found)."""
    checked = 0
    for path in sorted(seasons_dir().glob("*.yaml")):
        if "\nresults:" not in path.read_text(encoding="utf-8"):
            continue  # a season with its table stated, no results: no matchdays to open
        for row in _outlook(tmp_path, path.stem, days).teams:
            if not row.needs:
                continue
            for parts in _zones(row.needs):
                routs = [_routs(part) for part in parts]
                assert all(routs) or not any(routs), f"{path.stem}, {row.team}: {row.needs}"
                checked += 1
    assert checked > 50


def test_a_need_held_only_off_a_rout_is_not_said_again_with_more_of_its_own(tmp_path):
    """2019 Apertura, last matchday open: Monterrey's "a win, and Tijuana not beating León by
    12 or more" was followed by "a win by 2 or more, and … by 13 or more" and "… by 3 or
    more, and … by 14 or more": true, and nothing a reader learns from (a new user's trial)."""
    from liguilla_tui.core.table_rivals import held_off_routs, stops_only_a_rout

    assert stops_only_a_rout(None, ROUT - 1) and stops_only_a_rout(1 - ROUT, None)
    assert not stops_only_a_rout(None, ROUT - 2) and not stops_only_a_rout(None, -1)
    assert held_off_routs([(0, None, 11), (3, -9, None)]) == frozenset({0, 3})
    assert held_off_routs([(0, None, 11), (3, None, 0)]) is None and held_off_routs([]) is None
    rows = {row.team: row for row in _outlook(tmp_path, "2019-apertura", 1).teams}
    needs = rows["Monterrey"].needs
    assert needs is not None and "Tijuana not beating León by 12 or more" in needs, needs
    assert needs.count("Tijuana not beating León") == 1, needs
    assert needs.endswith("; among other ways"), needs
