"""The `liguilla show --format json` document: a documented contract (docs/json-output.md)."""

from __future__ import annotations

from typing import Any

from liguilla_tui.core.progress import regular_season_progress
from liguilla_tui.core.results import Resolved, Tie
from liguilla_tui.report.contract import in_english
from liguilla_tui.report.describe import describe_tie

SCHEMA_VERSION = 1


def _pair(tie: Tie, pair: tuple[int, int] | None) -> dict[str, int] | None:
    if pair is None or tie.teams is None:
        return None
    return {tie.teams[0]: pair[0], tie.teams[1]: pair[1]}


def tie_document(tie: Tie, legs_in_round: int) -> dict[str, Any]:
    return {
        "label": tie.label,
        "higher_seed": tie.higher.team,
        "lower_seed": tie.lower.team,
        "higher_seed_number": tie.higher.seed,
        "lower_seed_number": tie.lower.seed,
        "higher_candidates": list(tie.higher.candidates),
        "lower_candidates": list(tie.lower.candidates),
        "waiting_for": list(dict.fromkeys(tie.higher.waiting_for + tie.lower.waiting_for)),
        "state": tie.state,
        "live": tie.live,
        "minute": tie.minute,
        "legs": [
            {
                "leg": slot.number,
                "date": slot.leg.date if slot.leg else None,
                "kickoff": slot.leg.kickoff if slot.leg else None,
                "venue": slot.leg.venue if slot.leg else None,
                "state": slot.state,
                "minute": slot.leg.minute if slot.live and slot.leg else None,
                "home": slot.leg.home if slot.leg else slot.home,
                "away": slot.leg.away if slot.leg else slot.away,
                "home_goals": slot.score[0] if slot.score is not None else None,
                "away_goals": slot.score[1] if slot.score is not None else None,
                "extra_time": list(slot.leg.extra_time) if slot.leg and slot.leg.extra_time else None,
                "penalties": list(slot.leg.penalties) if slot.leg and slot.leg.penalties else None,
                "penalties_winner": slot.leg.penalties_winner if slot.leg else None,
            }
            for slot in tie.legs
        ],
        "aggregate": _pair(tie, tie.aggregate),
        "away_goals": _pair(tie, tie.away_goals),
        "penalties": _pair(tie, tie.penalties),
        "winner": tie.winner,
        "decided_by": tie.decided_by,
        "summary": _summary(tie, legs_in_round),
    }


def _summary(tie: Tie, legs_in_round: int) -> str:
    with in_english():  # the contract's sentences do not follow the language (report/contract.py)
        return describe_tie(tie, legs_in_round)


def document(resolved: Resolved) -> dict[str, Any]:
    season = resolved.season
    return {
        "schema_version": SCHEMA_VERSION,
        "season": season.title,
        "competition": season.competition,
        "tournament": season.tournament,
        "year": season.year,
        "format": {"preset": season.format.preset, "qualifiers": season.format.qualifiers},
        "table": [
            {
                "position": r.position,
                "team": r.team,
                "played": r.played,
                "won": r.won,
                "drawn": r.drawn,
                "lost": r.lost,
                "goals_for": r.goals_for,
                "goals_against": r.goals_against,
                "goal_difference": r.goal_difference,
                "points": r.points,
            }
            for r in resolved.table
        ],
        "regular_season": regular_season_progress(season).to_json(),
        "qualified": [{"seed": q.seed, "team": q.team, "position": q.position} for q in resolved.qualified],
        "excluded": [{"team": e.team, "position": e.position, "reason": e.reason} for e in resolved.excluded],
        "rounds": [
            {
                "key": r.spec.key,
                "name": r.spec.name,
                "legs": r.spec.legs,
                "ties": [tie_document(t, r.spec.legs) for t in r.ties],
            }
            for r in resolved.rounds
        ],
        "champion": resolved.champion,
        "runner_up": resolved.runner_up,
        "matches_played": resolved.matches_played,
        "goals": resolved.goals,
        "scorers": [
            {
                "rank": s.rank,
                "player": s.player,
                "team": s.team,
                "goals": s.goals,
                "penalties": s.penalties,
                "by_round": dict(s.by_round),
            }
            for s in resolved.scorers
        ],
        "unattributed_goals": resolved.unattributed_goals,
        "own_goals": resolved.own_goals,
        "kept_legs": [
            {"round": leg.round, "leg": leg.leg, "home": leg.home, "away": leg.away, "line": leg.mark.line}
            for leg in resolved.kept_legs
        ],
        "diagnostics": [
            {"severity": d.severity.value, "line": d.line, "column": d.column, "message": d.message}
            for d in resolved.diagnostics
        ],
    }
