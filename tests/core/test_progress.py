"""The regular season's progress (issue 13): "after matchday 12 of 17", and complete or not."""

from __future__ import annotations

from pathlib import Path

import msgspec

from liguilla_tui.core import load_season
from liguilla_tui.core.progress import (
    RegularSeasonProgress,
    heading_words,
    if_ended_today_words,
    regular_season_progress,
)
from liguilla_tui.core.table_outlook import matchdays_left

REPO = Path(__file__).resolve().parents[2]


def _season(name: str = "2013-apertura.yaml"):
    return load_season(REPO / "seasons" / name).season


def _unplay(season, keep):
    """The season with every result for which keep(result) is False made unplayed."""
    results = tuple(r if keep(r) else msgspec.structs.replace(r, score=None) for r in season.results)
    return msgspec.structs.replace(season, results=results)


def test_a_finished_season_is_complete():
    season = _season()
    progress = regular_season_progress(season)
    assert progress == RegularSeasonProgress(17, 17, True)
    assert heading_words(progress) is None and if_ended_today_words(progress) is None


def test_after_matchday_12_of_17():
    season = _unplay(_season(), lambda r: r.matchday <= 12)
    progress = regular_season_progress(season)
    assert progress == RegularSeasonProgress(12, 17, False)
    assert heading_words(progress) == "Provisional: after matchday 12 of 17"
    assert if_ended_today_words(progress) == "If the season ended today · after matchday 12 of 17"
    # The same count as the General table's "N matchdays left".
    assert progress.matchdays - progress.matchdays_played == matchdays_left(season)


def test_a_matchday_with_one_match_left_is_not_played():
    season = _season()
    first_of_day_9 = next(i for i, r in enumerate(season.results) if r.matchday == 9)
    season = _unplay(season, lambda r: r.matchday <= 12 and r is not season.results[first_of_day_9])
    assert regular_season_progress(season) == RegularSeasonProgress(11, 17, False)


def test_results_without_matchday_numbers_count_matches_per_team():
    season = _unplay(_season(), lambda r: r.matchday <= 10)
    season = msgspec.structs.replace(
        season, results=tuple(msgspec.structs.replace(r, matchday=None) for r in season.results)
    )
    assert regular_season_progress(season) == RegularSeasonProgress(10, 17, False)


def test_no_score_yet():
    season = _unplay(_season(), lambda r: False)
    progress = regular_season_progress(season)
    assert progress == RegularSeasonProgress(0, 17, False)
    assert heading_words(progress) == "Provisional: before matchday 1 of 17"


def test_a_table_typed_without_results_is_complete():
    season = _season("2013-clausura.yaml")
    assert not season.results and season.table
    progress = regular_season_progress(season)
    assert progress.complete and progress.matchdays_played == progress.matchdays == 17
    assert progress.to_json() == {"matchdays_played": 17, "matchdays": 17, "complete": True}


def _typed_table(played: list[int]):
    """A season of typed table rows only (liguilla new --teams), one per count in `played`."""
    season = _season("2013-clausura.yaml")
    row = season.table[0]
    rows = tuple(msgspec.structs.replace(row, team=f"Team {i}", position=i + 1, played=n) for i, n in enumerate(played))
    return msgspec.structs.replace(season, table=rows, results=())


def test_a_new_typed_table_is_provisional_before_matchday_1():
    season = _typed_table([0] * 18)
    progress = regular_season_progress(season)
    assert progress == RegularSeasonProgress(0, 17, False)
    assert if_ended_today_words(progress) == "If the season ended today · before matchday 1 of 17"
    assert matchdays_left(season) == 17


def test_a_typed_table_is_played_as_far_as_its_least_played_row():
    season = _typed_table([12] * 10 + [11] * 8)
    progress = regular_season_progress(season)
    assert progress == RegularSeasonProgress(11, 17, False)
    assert heading_words(progress) == "Provisional: after matchday 11 of 17"
    assert matchdays_left(season) == 6


def test_a_typed_table_is_complete_once_a_row_has_played_its_round_robin():
    assert regular_season_progress(_typed_table([17] * 18)) == RegularSeasonProgress(17, 17, True)
    assert matchdays_left(_typed_table([17] * 18)) == 0
    # 20 rows: 19 matchdays, so 17 played is not the end.
    assert regular_season_progress(_typed_table([17] * 20)) == RegularSeasonProgress(17, 19, False)


def test_nothing_at_all_is_complete_with_no_matchday():
    season = msgspec.structs.replace(_season("2013-clausura.yaml"), table=(), results=())
    assert regular_season_progress(season) == RegularSeasonProgress(0, 0, True)
