"""Shoot-outs a football.txt line gets wrong, settled from the rounds that follow.

A level shoot-out (`4-4 pen. (1-1)`) cannot be; one written alone (`4-4 pen.`) gives no
full-time score either, and its level pair is read as that score when the tie allows; a decisive full-time score followed by a level
"shoot-out" (`2-2 pen. (2-3, 1-0)`) is the two scores swapped. Either way the line still
says there was a shoot-out. Who won it shows in the later rounds: the winner's and the
loser's next legs fit the bracket one way only. That way is recorded: with the score when
the swapped reading agrees, else as `penalties_winner` with the score not known.
"""

from __future__ import annotations

from collections.abc import Callable

from msgspec.structs import replace

from liguilla_tui.core.diagnostics import warning
from liguilla_tui.core.model import Leg, Season
from liguilla_tui.core.presets import round_name
from liguilla_tui.core.resolve import resolve
from liguilla_tui.core.results import DECIDED, LEVEL
from liguilla_tui.footballtxt.collect import Collector, dash
from liguilla_tui.footballtxt.liguilla import DoubtfulShootout
from liguilla_tui.i18n import _
from liguilla_tui.report.contract import in_english

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
                and leg.mark == doubt.mark  # its own line: not the tie's other leg
                and leg.score is not None
                and leg.penalties_winner is None
            ),
            None,
        )
        if found is None:  # the leg was left out (a round met too often): said already
            continue
        if doubt.full_time_missing:
            season = _settle_without_full_time(c, season, found, doubt, number < MAX_SETTLED)
            continue
        leg = season.legs[found]
        shown = _winner_shown(season, found) if number < MAX_SETTLED else None
        if doubt.swapped and leg.penalties is not None:
            pens_winner = leg.home if leg.penalties[0] > leg.penalties[1] else leg.away
            if shown in (None, pens_winner):
                _say(c, doubt, _SwappedWords(leg, shown, pens_winner, agrees=True))
                continue
            leg = replace(leg, penalties=None, penalties_winner=shown)
            _say(c, doubt, _SwappedWords(leg, shown, pens_winner, agrees=False))
        elif shown is not None:
            leg = replace(leg, penalties=None, penalties_winner=shown)
            _say(c, doubt, _Unsettled(shown, recorded=True))
        else:
            _say(c, doubt, _Unsettled(shown, recorded=False))
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

            def what(shown: str = shown) -> str:
                return _(
                    "level with no shoot-out given; the later rounds show {team} went through: recorded as "
                    "the shoot-out's winner, its score not known"
                ).format(team=shown)

            _in_data(c, path, leg, spec, what)
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
            given = None
            if last.extra_time is not None and regular[0] != regular[1]:
                drop = {"extra_time": None, "penalties": None, "penalties_winner": None}
                given, level = "extra_time", f"{regular[0]}-{regular[1]}"
            elif (last.penalties or last.penalties_winner) and after_et[0] != after_et[1]:
                drop = {"penalties": None, "penalties_winner": None}
                given, level = "penalties", f"{after_et[0]}-{after_et[1]}"
            if not drop:
                continue
            two = len(tie.legs) > 1

            def message(given=given, level=level, two=two, extra_time=last.extra_time is not None) -> str:
                if given == "extra_time":
                    said = (
                        _("extra time is given, but the score was not level ({score} after 90 minutes on aggregate)")
                        if two
                        else _("extra time is given, but the score was not level ({score} after 90 minutes)")
                    )
                elif extra_time:
                    said = (
                        _("a shoot-out is given, but the score was not level ({score} after extra time on aggregate)")
                        if two
                        else _("a shoot-out is given, but the score was not level ({score} after extra time)")
                    )
                else:
                    said = (
                        _("a shoot-out is given, but the score was not level ({score} on aggregate)")
                        if two
                        else _("a shoot-out is given, but the score was not level ({score})")
                    )
                return _("{said}: it is left out").format(said=said.format(score=level))

            _in_data(c, path, last, season.format.round(last.round), message)
            index = next(i for i, leg in enumerate(season.legs) if leg is last)
            season = replace(season, legs=season.legs[:index] + (replace(last, **drop),) + season.legs[index + 1 :])
    return season


def _settle_without_full_time(
    c: Collector, season: Season, index: int, doubt: DoubtfulShootout, settle: bool
) -> Season:
    """`4-4 pen.` alone, read as 4-4 at full time and a shoot-out after it: the reading stands
    if it leaves the tie level for a shoot-out, and the later rounds may show who won it; a
    reading that decides the tie on goals contradicts the line, and the match is imported as
    not played (the line kept in the season's notes)."""
    leg = season.legs[index]
    score = dash(leg.score)

    def read() -> str:
        return _(
            "no full-time score is given, a shoot-out cannot end level and one follows only a level score: "
            "read as {score} at full time"
        ).format(score=score)

    tie = next(
        (t for r in resolve(season).rounds for t in r.ties if any(slot.leg is leg for slot in t.legs)),
        None,
    )
    if tie is None or tie.state == DECIDED:
        leg = replace(leg, score=None)
        _say(
            c,
            doubt,
            lambda: _("{read}, but that would decide the tie on goals: the match is imported as not played").format(
                read=read()
            ),
        )
    elif tie.state == LEVEL and tie.awaiting == "penalties" and tie.legs[-1].leg is leg:
        shown = _winner_shown(season, index) if settle else None
        if shown is not None:
            leg = replace(leg, penalties_winner=shown)
            _say(
                c,
                doubt,
                lambda: _(
                    "{read}; the later rounds show {team} went through: recorded as the shoot-out's winner, "
                    "its score not known"
                ).format(read=read(), team=shown),
            )
        else:
            _say(
                c,
                doubt,
                lambda: _("{read}; no later round shows who went through: the tie stays level").format(read=read()),
            )
    else:
        _say(
            c,
            doubt,
            lambda: _("{read}; the tie is not waiting for a shoot-out with it: no winner is recorded").format(
                read=read()
            ),
        )
    return replace(season, legs=season.legs[:index] + (leg,) + season.legs[index + 1 :])


def _in_data(c: Collector, path: str, leg: Leg, spec, what: Callable[[], str]) -> None:
    """A warning in the chosen language, and its note (English: the season file's content)."""
    name = spec.name if spec else leg.round
    label = f"{leg.home} v {leg.away} ({name})"
    with in_english():
        note = f"{label}: in openfootball's data, {what()}."
    shown = _("{match} ({round})").format(
        match=_("{home} v {away}").format(home=leg.home, away=leg.away), round=round_name(spec) if spec else leg.round
    )
    c.say(path, warning(_("{label}: {what}").format(label=shown, what=what()), leg.mark), note)


def _through(shown: str | None) -> str:
    if shown:
        return _("the later rounds show {team} went through").format(team=shown)
    return _("no later round shows who went through")


class _Unsettled:
    """A level shoot-out read as it is: recorded by its winner, or left out."""

    def __init__(self, shown: str | None, recorded: bool) -> None:
        self.shown, self.recorded = shown, recorded

    def __call__(self) -> str:
        if self.recorded:
            message = _(
                "a shoot-out cannot end level; {through}: recorded as the shoot-out's winner, its score not known"
            )
        else:
            message = _("a shoot-out cannot end level, and {through}: its score is left out and the tie stays level")
        return message.format(through=_through(self.shown))


class _SwappedWords:
    """What a swapped reading of a shoot-out gives, said in the language current when called."""

    def __init__(self, leg: Leg, shown: str | None, pens_winner: str, agrees: bool) -> None:
        self.leg, self.shown, self.pens_winner, self.agrees = leg, shown, pens_winner, agrees

    def __call__(self) -> str:
        leg = self.leg
        if self.agrees:
            assert leg.penalties is not None and leg.score is not None
            read_as = _(
                "read as the full-time score and the shoot-out swapped: {score} at full time, {penalties} on penalties"
            ).format(score=dash(leg.score), penalties=dash(leg.penalties))
            if self.shown:
                agree = _("; {through}, as that reading says").format(through=_through(self.shown))
            else:
                agree = _("; {through}").format(through=_through(self.shown))
            return _("a shoot-out cannot end level, and one follows only a level score: {read_as}{agree}").format(
                read_as=read_as, agree=agree
            )
        return _(
            "a shoot-out cannot end level, and one follows only a level score; swapped, the scores would make "
            "{winner} the winner, but {through}: {score} at full time, {team} won the shoot-out (its score not known)"
        ).format(winner=self.pens_winner, through=_through(self.shown), score=dash(leg.score), team=self.shown)


def _say(c: Collector, doubt: DoubtfulShootout, what: Callable[[], str]) -> None:
    """`what` is called twice: in the chosen language for the message, in English for the
    note written into the season file."""
    with in_english():
        note = f"{doubt.label}: openfootball writes '{doubt.written}'; {what()}."
    c.say(
        doubt.path,
        warning(
            _("{label}: '{written}': {what}").format(
                label=doubt.shown or doubt.label, written=doubt.written, what=what()
            ),
            doubt.mark,
        ),
        note,
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
