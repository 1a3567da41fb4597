"""Shoot-outs a football.txt line gets wrong, settled from the rounds that follow.

A level shoot-out (`4-4 pen.`) cannot be; a decisive full-time score followed by a level
"shoot-out" (`2-2 pen. (2-3, 1-0)`) is the two scores swapped. Either way the line still
says there was a shoot-out. Who won it shows in the later rounds: the winner's and the
loser's next legs fit the bracket one way only. That way is recorded: with the score when
the swapped reading agrees, else as `penalties_winner` with the score not known.
"""

from __future__ import annotations

from msgspec.structs import replace

from liguilla_tui.core.diagnostics import warning
from liguilla_tui.core.model import Leg, Season
from liguilla_tui.core.resolve import resolve
from liguilla_tui.core.results import LEVEL
from liguilla_tui.footballtxt.collect import Collector, dash
from liguilla_tui.footballtxt.liguilla import DoubtfulShootout
from liguilla_tui.i18n import _

# Each settling resolves the season twice; a Liguilla of 64 teams has 63 ties. Past this,
# a file is not a Liguilla, and its doubtful shoot-outs are left level, unsettled.
MAX_SETTLED = 64


def settle_shootouts(c: Collector, season: Season, doubtful: list[DoubtfulShootout]) -> Season:
    for number, doubt in enumerate(doubtful):
        found = next(
            (
                i
                for i, leg in enumerate(season.legs)
                if leg.round == doubt.round
                and frozenset((leg.home, leg.away)) == doubt.teams
                and leg.score is not None
                and leg.penalties_winner is None
            ),
            None,
        )
        if found is None:  # the leg was left out (a round met too often): said already
            continue
        leg = season.legs[found]
        shown = _winner_shown(season, found) if number < MAX_SETTLED else None
        through = f"the later rounds show {shown} went through" if shown else "no later round shows who went through"
        if doubt.swapped and leg.penalties is not None:
            read_as = (
                f"read as the full-time score and the shoot-out swapped: {dash(leg.score)} at full time, "
                f"{dash(leg.penalties)} on penalties"
            )
            pens_winner = leg.home if leg.penalties[0] > leg.penalties[1] else leg.away
            if shown in (None, pens_winner):
                agree = f"; {through}" + (", as that reading says" if shown else "")
                _say(c, doubt, f"a shoot-out cannot end level, and one follows only a level score: {read_as}{agree}")
                continue
            leg = replace(leg, penalties=None, penalties_winner=shown)
            _say(
                c,
                doubt,
                f"a shoot-out cannot end level, and one follows only a level score; swapped, the "
                f"scores would make {pens_winner} the winner, but {through}: {dash(leg.score)} at "
                f"full time, {shown} won the shoot-out (its score not known)",
            )
        elif shown is not None:
            leg = replace(leg, penalties=None, penalties_winner=shown)
            _say(
                c,
                doubt,
                f"a shoot-out cannot end level; {through}: recorded as the shoot-out's winner, its score not known",
            )
        else:
            _say(
                c, doubt, f"a shoot-out cannot end level, and {through}: its score is left out and the tie stays level"
            )
        season = replace(season, legs=season.legs[:found] + (leg,) + season.legs[found + 1 :])
    return season


def settle_missing_shootouts(c: Collector, season: Season, path: str) -> Season:
    """A tie left level with no shoot-out given (a line without `pen.`, or a file that `export`
    wrote with the shoot-out's score not known): the later rounds may show who went through."""
    tried: set[int] = set()
    for _round in season.format.rounds:  # a settled tie can make the next round's teams known
        waiting = [
            slot.leg
            for r in resolve(season).rounds
            for t in r.ties
            if t.state == LEVEL and t.awaiting == "penalties"
            for slot in t.legs[-1:]
            if slot.leg is not None
        ]
        found = [i for i, leg in enumerate(season.legs) if any(leg is w for w in waiting) and i not in tried]
        if not found or len(tried) + len(found) > MAX_SETTLED:
            break
        for index in found:
            tried.add(index)
            leg = season.legs[index]
            shown = _winner_shown(season, index)
            if shown is None:
                continue
            spec = season.format.round(leg.round)
            label = f"{leg.home} v {leg.away} ({spec.name if spec else leg.round})"
            what = (
                f"level with no shoot-out given; the later rounds show {shown} went through: recorded as "
                "the shoot-out's winner, its score not known"
            )
            c.say(
                path,
                warning(_("{label}: {what}").format(label=label, what=what), leg.mark),
                f"{label}: in openfootball's data, {what}.",
            )
            season = replace(
                season, legs=season.legs[:index] + (replace(leg, penalties_winner=shown),) + season.legs[index + 1 :]
            )
    return season


def drop_impossible_tiebreaks(c: Collector, season: Season, path: str) -> Season:
    """Extra time after a decisive aggregate, or a shoot-out after one: what the line says of
    the match stands, the tiebreak that cannot have been played is left out (a warning)."""
    for r in resolve(season).rounds:
        for tie in r.ties:
            scored = [(s.leg.home, s.leg.score) for s in tie.legs if s.leg is not None and s.leg.score is not None]
            last = tie.legs[-1].leg if tie.legs else None
            if last is None or len(scored) < len(tie.legs):  # not every leg there with its score
                continue
            if last.extra_time is None and last.penalties is None and last.penalties_winner is None:
                continue
            regular = [0, 0]
            for host, (home, away) in scored:
                regular[0 if host == last.home else 1] += home
                regular[1 if host == last.home else 0] += away
            et = last.extra_time or (0, 0)
            after_et = (regular[0] + et[0], regular[1] + et[1])
            drop: dict[str, None] = {}
            if last.extra_time is not None and regular[0] != regular[1]:
                drop = {"extra_time": None, "penalties": None, "penalties_winner": None}
                what, level = "extra time", f"{regular[0]}-{regular[1]} after 90 minutes"
            elif (last.penalties or last.penalties_winner) and after_et[0] != after_et[1]:
                drop = {"penalties": None, "penalties_winner": None}
                what, level = (
                    "a shoot-out",
                    f"{after_et[0]}-{after_et[1]}" + (" after extra time" if last.extra_time else ""),
                )
            if not drop:
                continue
            spec = season.format.round(last.round)
            label = f"{last.home} v {last.away} ({spec.name if spec else last.round})"
            on = " on aggregate" if len(tie.legs) > 1 else ""
            message = f"{what} is given, but the score was not level ({level}{on}): it is left out"
            c.say(
                path,
                warning(_("{label}: {message}").format(label=label, message=message), last.mark),
                f"{label}: in openfootball's data, {message}.",
            )
            index = next(i for i, leg in enumerate(season.legs) if leg is last)
            season = replace(season, legs=season.legs[:index] + (replace(last, **drop),) + season.legs[index + 1 :])
    return season


def _say(c: Collector, doubt: DoubtfulShootout, what: str) -> None:
    c.say(
        doubt.path,
        warning(
            _("{label}: '{written}': {what}").format(label=doubt.label, written=doubt.written, what=what), doubt.mark
        ),
        f"{doubt.label}: openfootball writes '{doubt.written}'; {what}.",
    )


def _winner_shown(season: Season, index: int) -> str | None:
    """The side whose winning the shoot-out makes every later leg fit the bracket, if only one does."""
    leg = season.legs[index]
    strays: dict[str, int] = {}
    for winner in (leg.home, leg.away):
        trial: Leg = replace(leg, penalties=None, penalties_winner=winner)
        resolved = resolve(replace(season, legs=season.legs[:index] + (trial,) + season.legs[index + 1 :]))
        strays[winner] = len(resolved.kept_legs)
    (first, a), (second, b) = strays.items()
    if a == b:
        return None
    return first if a < b else second
