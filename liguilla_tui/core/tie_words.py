"""What each side of an open tie needs, said in words: a Need (core/tie_needs.py) the
shortest true form first: "Cruz Azul go through with any win, or a draw of 2–2 or more".
"""

from __future__ import annotations

from liguilla_tui.core.tie_needs import FEWER, MORE, SAME, Need, TieNeeds, needs
from liguilla_tui.core.tie_outcomes import LEG, OpenTie, decider, outcome_from
from liguilla_tui.i18n import _, ngettext


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
