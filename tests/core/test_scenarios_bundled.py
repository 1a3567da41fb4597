"""Every bundled season, stopped at each round (after its first legs, and before them):
each open tie gets both sides' needs in words, each of its teams a path, and every
report renders."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest

from liguilla_tui.core.load import load_season
from liguilla_tui.core.resolve import resolve
from liguilla_tui.core.scenarios import scenarios
from liguilla_tui.report import scenarios_report

SEASONS = sorted((Path(__file__).resolve().parents[2] / "seasons").glob("*.yaml"))


def stopped_at(season, round_index: int, keep_first_legs: bool):
    """The season as it stood when round `round_index` was under way."""
    keys = [spec.key for spec in season.format.rounds]
    earlier, current = set(keys[:round_index]), keys[round_index]
    legs = tuple(
        leg
        for leg in season.legs
        if leg.round in earlier or (leg.round == current and keep_first_legs and leg.leg == 1)
    )
    if keep_first_legs and all(spec.legs == 1 for spec in season.format.rounds if spec.key == current):
        legs = tuple(leg for leg in legs if leg.round != current)
    return msgspec.structs.replace(season, legs=legs)


@pytest.mark.parametrize("path", SEASONS, ids=[p.stem for p in SEASONS])
def test_every_round_of_every_bundled_season(path):
    season = load_season(path).season
    assert season is not None
    for index in range(len(season.format.rounds)):
        for keep_first_legs in (True, False):
            resolved = resolve(stopped_at(season, index, keep_first_legs))
            found = scenarios(resolved)
            assert found.ties, (path.name, index, keep_first_legs)
            for s in found.ties:
                assert len(s.needs.needs) == 2, (path.name, s.label, s.words)
                assert "see the grid" not in s.words
                for team in (s.open_tie.home, s.open_tie.away):
                    assert s.need_of(team)
                    if s.open_tie.spec.key != season.format.rounds[-1].key:  # who it meets next
                        assert team in {p.team for p in found.paths}, (path.name, s.label, team)
            json.dumps(scenarios_report.document(resolved, found))
            scenarios_report.render_text(resolved, found)
            scenarios_report.render_markdown(resolved, found)
