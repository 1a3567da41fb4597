"""Two-matchday needs (table_needs_two.py) in words: the team's own results, named by
opponent where only one order of them is enough, and others' margins in named matches."""

from __future__ import annotations

from liguilla_tui.core.table_needs_two import TwoNeed
from liguilla_tui.core.table_reach import Fixture
from liguilla_tui.core.table_rivals import ANY, DRAW, OWN, WIN
from liguilla_tui.i18n import _, ngettext


def need_words(need: TwoNeed, team: str, own: list[Fixture], rest: list[Fixture]) -> str:
    parts = _own_parts(need, team, own)
    if not need.helps:
        if not parts:
            return _("nothing more")
        asked = sum(c != ANY for c in need.own)
        enough = _("{results} are enough") if asked > 1 else _("{results} is enough")
        return enough.format(results=and_words(parts))
    others = and_words([match_words(*rest[i], lo, hi) for i, lo, hi in need.helps])
    if not parts:  # its own results do not matter (said, lest a reader think they were forgotten)
        return _("whatever its results, {others}").format(others=others) if own else others
    return _("{own}, and {others}").format(own=and_words(parts), others=others)


def and_words(parts: list[str]) -> str:
    said = parts[0]
    for part in parts[1:]:
        said = _("{first} and {second}").format(first=said, second=part)
    return said


def _own_parts(need: TwoNeed, team: str, own: list[Fixture]) -> list[str]:
    if need.any_order:
        asked = [c for c in need.own if c != ANY]
        if len(asked) == 2 and asked[0] == asked[1]:
            return [_two_of(asked[0])]
        if len(asked) == 2 and min(asked) == WIN:  # "two wins (one by 3 or more)"
            return [_("two wins (one by {n} or more)").format(n=OWN[max(asked)][0])]
        return [_class_words(c) for c in asked]
    parts = []
    for (home, away), c in zip(own, need.own):
        if c != ANY:
            parts.append(_class_words(c, away if home == team else home))
    return parts


def _class_words(c: int, opponent: str | None = None) -> str:
    if opponent is None:
        if c == DRAW:
            return _("a draw")
        return _("a win") if c == WIN else _("a win by {n} or more").format(n=OWN[c][0])
    if c == DRAW:
        return _("a draw with {team}").format(team=opponent)
    if c == WIN:
        return _("a win over {team}").format(team=opponent)
    return _("a win by {n} or more over {team}").format(n=OWN[c][0], team=opponent)


def _two_of(c: int) -> str:
    if c == DRAW:
        return _("two draws")
    return _("two wins") if c == WIN else _("two wins by {n} or more").format(n=OWN[c][0])


def match_words(home: str, away: str, lo: int | None, hi: int | None) -> str:
    """Words for "home minus away ends in lo..hi" in one named match (None: unbounded),
    the other side named too ("Tijuana not beating Puebla"), with one matchday left as with
    two (table_needs.py)."""

    def beating(team: str, other: str, k: int) -> str:
        if k == 1:
            return _("{team} beating {other}").format(team=team, other=other)
        return _("{team} beating {other} by {n} or more").format(team=team, other=other, n=k)

    def not_beating(team: str, other: str, k: int) -> str:
        if k == 1:
            return _("{team} not beating {other}").format(team=team, other=other)
        return _("{team} not beating {other} by {n} or more").format(team=team, other=other, n=k)

    if lo is None:
        assert hi is not None  # a range unbounded both ways is never a help
        return beating(away, home, -hi) if hi < 0 else not_beating(home, away, hi + 1)
    if hi is None:
        return beating(home, away, lo) if lo > 0 else not_beating(away, home, 1 - lo)
    if lo == hi == 0:
        return _("{home} v {away} drawn").format(home=home, away=away)
    if lo > 0 or hi < 0:  # a win within bounds (one matchday's needs; the two-matchday search tries none)
        team, other, low, high = (home, away, lo, hi) if lo > 0 else (away, home, -hi, -lo)
        if low == high:
            exactly = ngettext(
                "{team} beating {other} by exactly {n} goal", "{team} beating {other} by exactly {n} goals", low
            )
            return exactly.format(team=team, other=other, n=low)
        return _("{team} beating {other} by {low} to {high}").format(team=team, other=other, low=low, high=high)
    # A range across a draw: said plainly.
    return _("{home} v {away} ending with {home} between {lo:+d} and {hi:+d} goals").format(
        home=home, away=away, lo=lo, hi=hi
    )


def least_words(need: TwoNeed | None, team: str, own: list[Fixture]) -> str:
    """ "Other results to go its way", after what the team must take itself (least_possible)."""
    parts = _own_parts(need, team, own) if need is not None else []
    if not parts:
        return _("other results to go its way")
    # "at least": what it cannot do without, not all it needs ("a win" read as no more).
    return _("at least {own}, and other results to go its way").format(own=and_words(parts))


def own_results_words(found: tuple[int, int] | None) -> str:
    """table_needs_chance.own_results' answer in words."""
    if found is None:
        return _("its own wins and help from other results")
    wins, draws = found
    if not wins + draws:
        return _("any results")
    enough = _("{results} are enough") if wins + draws > 1 else _("{results} is enough")
    return enough.format(results=_results_words(wins, draws))


def _results_words(wins: int, draws: int) -> str:
    parts = []
    if wins:
        parts.append({1: _("a win"), 2: _("two wins")}.get(wins) or _("{n} wins").format(n=wins))
    if draws:
        parts.append({1: _("a draw"), 2: _("two draws")}.get(draws) or _("{n} draws").format(n=draws))
    return and_words(parts)
