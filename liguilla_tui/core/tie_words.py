"""What each side of an open tie needs, read off its outcomes and said in words.

The rules reach any tie in one shape: a side goes through when it wins what is left by
some margin, and at the one margin below (the level aggregate) only for some results
(away goals) or all (the higher seed). Need holds that shape; needs() finds it by asking
the tie-decider (through tie_outcomes) about every result that can matter, then checks
it: a tie that does not fit gets no Need, never a wrong one. words() says a Need, the
shortest true form first: "Cruz Azul go through with any win, or a draw of 2–2 or more".
"""

from __future__ import annotations

from typing import NamedTuple

from liguilla_tui.core.tie_outcomes import LEG, OpenTie, Outcome, aggregate_results, decider, outcome_from
from liguilla_tui.i18n import _, ngettext

MORE, SAME, FEWER = "more", "same", "fewer"  # away goals against the other side's


class Need(NamedTuple):
    team: str
    margin: int  # through whenever it wins what is left by this many or more (≤ 0: a draw, a defeat)
    # One leg left: at margin - 1, the team's own goals that also take it through:
    # lo..hi (hi None: no upper bound). None: no result at that margin does.
    edge: tuple[int, int | None] | None = None
    # Both legs left: at margin - 1, the away-goal comparisons that also take it through.
    edge_away: tuple[str, ...] = ()
    by: tuple[str, ...] = ()  # what decides the results it goes through with, other than the aggregate
    home: bool = True  # hosts the (last) leg left: scores are said from its side

    def admits(self, goals: int, against: int, away: int = 0, away_against: int = 0) -> bool:
        """Does this result (the team's goals, the other side's) take the team through?"""
        margin = goals - against
        if margin >= self.margin:
            return True
        if margin != self.margin - 1:
            return False
        if self.edge is not None:
            lo, hi = self.edge
            return lo <= goals and (hi is None or goals <= hi)
        if self.edge_away:
            return (MORE if away > away_against else SAME if away == away_against else FEWER) in self.edge_away
        return False


class TieNeeds(NamedTuple):
    needs: tuple[Need, ...]  # easier first; empty if the tie has no such shape (never expected)
    level: str | None  # what follows a result that leaves it level: "extra_time" / "penalties"
    after_level: tuple[str, ...]  # the chain's steps from there on


def needs(open_tie: OpenTie) -> TieNeeds:
    if not open_tie.remaining:
        return TieNeeds((), open_tie.tie.awaiting, _after(open_tie, open_tie.tie.awaiting))
    f = decider(open_tie)
    bound = open_tie.prior_goals + 2  # every threshold the goals so far can set lies within
    low_h, low_a = open_tie.floor
    results: list[tuple[tuple[int, ...], Outcome]] = []
    if open_tie.basis == LEG:
        results = _leg_results(open_tie, f, bound, low_h, low_a)
    else:
        goals = range(bound + 2)
        results += [
            ((o.home_goals, o.away_goals, _given(o.home_away_goals), _given(o.away_away_goals)), o)
            for o in aggregate_results(open_tie, goals, goals)
        ]
    level = next((o.decided_by for _, o in results if o.through is None), None)
    found = []
    for team, home in ((open_tie.home, True), (open_tie.away, False)):
        need = _fit(team, home, open_tie.basis, results)
        if need is None:
            return TieNeeds((), level, _after(open_tie, level))
        found.append(need)
    found.sort(key=lambda n: (n.margin, n.edge is None and not n.edge_away))
    return TieNeeds(tuple(found), level, _after(open_tie, level))


def _leg_results(open_tie: OpenTie, f, bound: int, low_h: int, low_a: int) -> list[tuple[tuple[int, ...], Outcome]]:
    """One leg left: the results that say its Need. Past the margins (home minus away)
    where the aggregate leaves the tie level, a bigger win never hurts: from some margin
    up the home side goes through on aggregate, from some margin down the away side. Those
    two margins are found by bisection (margin ±bound lies past both), and the results
    asked for are one per margin from the one to the other, and at each margin between
    them, where the decider says the aggregate did not settle it, every score up to past
    any away-goal threshold. About 2 × log2(bound) + bound questions, not bound²: a file
    may hold 99 goals a leg. _fit() checks the Need against every result asked for; the
    tests check the words against the decider on every small score and far margins."""
    home, away = open_tie.home, open_tie.away
    first: dict[int, tuple[tuple[int, ...], Outcome]] = {}

    def at(margin: int) -> Outcome:
        if margin not in first:
            start = max(low_h, low_a + margin)
            first[margin] = ((start, start - margin), outcome_from(f(start, start - margin), (start, start - margin)))
        return first[margin][1]

    def by_aggregate(margin: int, team: str) -> bool:
        o = at(margin)
        return o.through == team and o.decided_by == "aggregate"

    up = _first(-bound, bound, lambda m: by_aggregate(m, home))  # home through on aggregate from here
    down = _first(-bound, bound, lambda m: not by_aggregate(m, away)) - 1  # away through from here down
    results: list[tuple[tuple[int, ...], Outcome]] = []
    for margin in range(down, up + 1):
        at(margin)
        score, probe = first[margin]
        results.append((score, probe))
        if probe.decided_by != "aggregate":
            start = score[0]
            results += [
                ((h, h - margin), outcome_from(f(h, h - margin), (h, h - margin)))
                for h in range(start + 1, start + bound + 1)
            ]
    return results


def _first(lo: int, hi: int, holds) -> int:
    """The least margin in lo..hi from which `holds` is true (it is at hi, and stays true
    once true)."""
    while lo < hi:
        mid = (lo + hi) // 2
        if holds(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def _given(away_goals: int | None) -> int:
    """A split's away goals, which aggregate_results always gives."""
    assert away_goals is not None
    return away_goals


def _after(open_tie: OpenTie, step: str | None) -> tuple[str, ...]:
    chain = open_tie.spec.tiebreak
    return tuple(chain[chain.index(step) :]) if step in chain else ()


def _fit(team: str, home: bool, basis: str, results: list[tuple[tuple[int, ...], Outcome]]) -> Need | None:
    """The Need that says exactly which of these results take the team through, or None."""

    def side(score: tuple[int, ...]) -> tuple[int, int, int, int]:
        own, other = (score[0], score[1]) if home else (score[1], score[0])
        if len(score) == 2:
            return own, other, 0, 0
        return (own, other, score[2], score[3]) if home else (own, other, score[3], score[2])

    rows = [(side(score), o.through == team, o.decided_by) for score, o in results]
    by_margin: dict[int, list] = {}
    for row in rows:
        by_margin.setdefault(row[0][0] - row[0][1], []).append(row)
    every = {m: all(through for _, through, _ in group) for m, group in by_margin.items()}
    margin = max(by_margin)
    if not every[margin]:
        return None
    while every.get(margin - 1):
        margin -= 1
    # A result that takes the team through was decided by something (never None).
    by = tuple(sorted({how for _, through, how in rows if through and how is not None and how != "aggregate"}))
    need = Need(team, margin, by=by, home=home)
    edge_rows = by_margin.get(margin - 1, [])
    if any(r[1] for r in edge_rows):
        if basis == LEG:
            goals = sorted(r[0][0] for r in edge_rows if r[1])
            top = max(r[0][0] for r in edge_rows)
            need = need._replace(edge=(goals[0], None if goals[-1] == top else goals[-1]))
        else:
            comparisons = {MORE if a > b else SAME if a == b else FEWER for (_, _, a, b), ok, _ in edge_rows if ok}
            need = need._replace(edge_away=tuple(c for c in (MORE, SAME, FEWER) if c in comparisons))
    # The shape must say every result exactly, or it is not said at all.
    if all(need.admits(*r[0]) == r[1] for r in rows):
        return need
    return None


# ---- words -------------------------------------------------------------------------------


def _score(own: int, other: int) -> str:
    return f"{own}–{other}"


def _margin_words(margin: int, basis: str) -> str:
    if basis != LEG:
        if margin > 1:
            return _("an aggregate win by {n}").format(n=margin)
        if margin == 1:
            return _("a win on aggregate")
        if margin == 0:
            return _("a level aggregate or better")
        return _("anything but an aggregate defeat by {n} or more").format(n=1 - margin)
    if margin >= 2:
        return _("a win by {n}").format(n=margin)
    if margin == 1:
        return _("any win")
    if margin == 0:
        return _("a draw or any win")
    return _("anything but a defeat by {n} or more").format(n=1 - margin)


def _or(scores: list[str]) -> str:
    return scores[0] if len(scores) == 1 else _("{first} or {second}").format(first=scores[0], second=scores[1])


def _edge_words(need: Need, basis: str) -> str | None:
    d = need.margin - 1
    if basis != LEG:
        if not need.edge_away:
            return None
        comparison = {
            (MORE,): _("more away goals"),
            (MORE, SAME): _("at least as many away goals"),
            (SAME,): _("as many away goals"),
            (SAME, FEWER): _("no more away goals"),
            (FEWER,): _("fewer away goals"),
            (MORE, FEWER): _("a different count of away goals"),
        }
        return _("level on aggregate with {comparison}").format(comparison=comparison[need.edge_away])
    if need.edge is None:
        return None
    lo, hi = need.edge
    # Each kind its own sentence: Spanish says "un empate", "una victoria", "una derrota".
    if hi is None:
        at_least = {0: _("a draw of {score} or more"), 1: _("a {n}-goal win of {score} or more")}
        message = at_least[0] if d == 0 else at_least[1] if d > 0 else _("a {n}-goal defeat of {score} or more")
        return message.format(n=abs(d), score=_score(lo, lo - d))
    scores = [_score(g, g - d) for g in range(lo, hi + 1)]
    if len(scores) <= 2:
        if d > 0:
            return _or(scores)
        if len(scores) == 1:
            return (_("a {score} draw") if d == 0 else _("a {score} defeat")).format(score=scores[0])
        return (_("a draw of {scores}") if d == 0 else _("a defeat of {scores}")).format(scores=_or(scores))
    at_most = _("a draw of {score} or less") if d == 0 else _("a {n}-goal win of {score} or less") if d > 0 else None
    message = at_most or _("a {n}-goal defeat of {score} or less")
    return message.format(n=abs(d), score=_score(hi, hi - d))


def _reason(by: tuple[str, ...]) -> str:
    """What settles the team's level results: "higher_seed", "away_goals" or "" (keys, said by _said)."""
    return "higher_seed" if "higher_seed" in by else "away_goals" if by == ("away_goals",) else ""


def _complement_words(need: Need, basis: str, floor: tuple[int, int]) -> str | None:
    """The same need said by what fails: "anything but a 0–1 defeat or a defeat by 2 or more".

    Only where the edge (a draw or a defeat) fails for one or two scores: those with the
    team's goals from the fewest it can have (0, or the live score) below the edge's.
    """
    d = need.margin - 1
    if basis != LEG or need.edge is None or need.edge[1] is not None or d > 0:
        return None
    own, other = floor if need.home else (floor[1], floor[0])
    failing = range(max(0, own, other + d), need.edge[0])  # the other side has goals - d
    if not 0 < len(failing) <= 2:
        return None
    scores = [_score(g, g - d) for g in failing]
    if len(failing) == 1:
        exceptions = (_("a {score} draw") if d == 0 else _("a {score} defeat")).format(score=scores[0])
    else:
        exceptions = (_("a draw of {scores}") if d == 0 else _("a defeat of {scores}")).format(scores=_or(scores))
    loss = _("a defeat") if d == 0 else _("a defeat by {n} or more").format(n=1 - d)
    return _("anything but {exceptions} or {loss}").format(exceptions=exceptions, loss=loss)


def phrase(need: Need, basis: str = LEG, floor: tuple[int, int] = (0, 0)) -> str:
    """What the team needs, as a noun phrase, the shorter of two true forms:
    "any win, or a draw of 2–2 or more"; "anything but a 0–1 defeat or a defeat by 2 or more"."""
    edge = _edge_words(need, basis)
    main = _margin_words(need.margin, basis)
    if edge and basis == LEG and need.margin < 0:
        # Not "anything but a defeat by 2 or more, or a 2-goal defeat of 3–5 or more": its
        # "or" reads as one more exclusion. Every way through listed, the edge the last.
        said = (
            _("any win, a draw, a 1-goal defeat, or {edge}")
            if need.margin == -1
            else _("any win, a draw, a defeat by up to {n}, or {edge}")
        ).format(n=-need.margin, edge=edge)
    else:
        said = _("{main}, or {edge}").format(main=main, edge=edge) if edge else main
    other = _complement_words(need, basis, floor)
    return other if other is not None and len(other) < len(said) else said


def sentence(need: Need, basis: str, first: bool, floor: tuple[int, int] = (0, 0), final: bool = False) -> str:
    """One side's line. The easier side "goes through with" ("are champions with" in a
    final), the other "needs"."""
    edge = _edge_words(need, basis)
    reason = _reason(need.by)
    if need.margin == 0 and edge is None and reason:
        enough = {
            (True, "higher_seed"): _("a level aggregate is enough for {team}, the higher seed"),
            (True, "away_goals"): _("a level aggregate is enough for {team}, on away goals"),
            (False, "higher_seed"): _("a draw is enough for {team}, the higher seed"),
            (False, "away_goals"): _("a draw is enough for {team}, on away goals"),
        }
        return enough[basis != LEG, reason].format(team=need.team)
    what = phrase(need, basis, floor)
    through = _("{team} are champions with {what}") if final else _("{team} go through with {what}")
    line = (through if first else _("{team} need {what}")).format(team=need.team, what=what)
    return _("{line} (the higher seed)").format(line=line) if reason == "higher_seed" else line


def _step(step: str) -> str:
    return {"extra_time": _("extra time"), "penalties": _("penalties")}[step]


def level_words(tie_needs: TieNeeds, basis: str, legs: int, after_extra_time: bool = False) -> str | None:
    """ "level after 90: extra time, then penalties" (or None: no result leaves it level)."""
    if tie_needs.level is None:
        return None
    said = [_step(s) for s in tie_needs.after_level if s in ("extra_time", "penalties")]
    steps = _("{first}, then {second}").format(first=said[0], second=said[1]) if len(said) == 2 else "".join(said)
    if after_extra_time:
        return _("level after extra time: {steps}").format(steps=steps)
    if legs == 1:
        return _("a draw: {steps}").format(steps=steps)
    if basis != LEG:
        return _("level on aggregate after 90: {steps}").format(steps=steps)
    return _("level after 90: {steps}").format(steps=steps)


def words(open_tie: OpenTie, tie_needs: TieNeeds | None = None) -> str:
    """The tie's whole story in one line, each side's need, then what a level result brings."""
    tie_needs = tie_needs or needs(open_tie)
    basis = open_tie.basis
    if not open_tie.remaining:  # all legs played, level: extra time or penalties to come
        return _waiting_words(open_tie, tie_needs) or _("level: nothing left to decide it")
    pair = tie_needs.needs
    live = live_words(open_tie, tie_needs)
    if live is not None:
        return live
    if (
        len(pair) == 2
        and pair[0].margin == pair[1].margin == 1
        and not any(n.edge or n.edge_away or _reason(n.by) for n in pair)
    ):
        if open_tie.final:
            either = (
                _("{a} or {b}: whoever wins on aggregate is champion")
                if basis != LEG
                else _("{a} or {b}: whoever wins is champion")
            )
        else:
            either = (
                _("{a} or {b}: whoever wins on aggregate goes through")
                if basis != LEG
                else _("{a} or {b}: whoever wins goes through")
            )
        parts = [either.format(a=pair[0].team, b=pair[1].team)]
    else:
        parts = [sentence(n, basis, i == 0, open_tie.floor, open_tie.final) for i, n in enumerate(pair)]
    if not parts:
        parts = [_("see the grid of results")]
    level = level_words(tie_needs, basis, open_tie.spec.legs)
    if level:
        parts.append(level)
    return "; ".join(parts)


def _waiting_words(open_tie: OpenTie, tie_needs: TieNeeds) -> str | None:
    """All legs played, level: what comes after the step the tie waits for (its state says
    that step: "Level 2–2 on aggregate: extra time to come"), never that step again."""
    if tie_needs.level == "extra_time" and "penalties" in tie_needs.after_level:
        return _("penalties if still level after extra time")
    if tie_needs.level == "penalties":
        return (
            _("whoever wins the shoot-out is champion")
            if open_tie.final
            else _("whoever wins the shoot-out goes through")
        )
    return level_words(tie_needs, open_tie.basis, open_tie.spec.legs, open_tie.tie.extra_time is not None)


def live_words(open_tie: OpenTie, tie_needs: TieNeeds) -> str | None:
    """A live last leg said from its score so far: who goes through if it ends so, and by
    how many each other side must outscore the other from here ("UANL need to outscore
    Monterrey by 2 goals from here"); a side whose need has an edge (a score that also works at
    one goal less) keeps its full sentence. None where that is not the tie's shape."""
    pair = tie_needs.needs
    if open_tie.live is None or open_tie.basis != LEG or len(pair) != 2:
        return None
    h, a = open_tie.floor
    now = outcome_from(decider(open_tie)(h, a), (h, a))
    if now.through is not None:
        ends_so = _("{team} are champions if it ends so") if open_tie.final else _("{team} go through if it ends so")
        parts = [ends_so.format(team=now.through)]
    else:
        said = [_step(s) for s in tie_needs.after_level if s in ("extra_time", "penalties")]
        steps = _("{first}, then {second}").format(first=said[0], second=said[1]) if len(said) == 2 else "".join(said)
        parts = [_("level if it ends so: {steps}").format(steps=steps)]
    level = level_words(tie_needs, LEG, open_tie.spec.legs) if now.through is not None else None
    chasing = [n for n in pair if n.team != now.through]
    more = {n.team: n.margin - ((h - a) if n.home else (a - h)) for n in chasing}
    if len(chasing) == 2 and all(more[n.team] == 1 and n.edge is None for n in chasing):
        more_from_here = (
            _("{a} or {b}: whoever scores more from here is champion")
            if open_tie.final
            else _("{a} or {b}: whoever scores more from here goes through")
        )
        parts.append(more_from_here.format(a=chasing[0].team, b=chasing[1].team))
        return "; ".join(parts)
    for need in chasing:
        other = next(n.team for n in pair if n is not need)
        if need.edge is None and more[need.team] > 0:
            n = more[need.team]
            parts.append(
                ngettext(
                    "{team} need to outscore {other} by {n} goal from here",
                    "{team} need to outscore {other} by {n} goals from here",
                    n,
                ).format(team=need.team, other=other, n=n)
            )
        else:
            parts.append(sentence(need, LEG, False, open_tie.floor))
    if level:  # the leader is not through with every other result: a level one brings more
        parts.append(level)
    return "; ".join(parts)
