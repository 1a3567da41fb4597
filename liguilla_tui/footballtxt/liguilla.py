"""The Liguilla of an import: each round's matches as legs of the format's rounds.

A line whose numbers cannot all be right (a shoot-out that ends level, a full-time score
and a shoot-out swapped, an a.e.t. score below the full-time one) never stops the import:
the leg keeps what the line does say, and a shoot-out left in doubt is settled from the
later rounds (shootouts.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from msgspec.structs import replace

from liguilla_tui.core.diagnostics import Mark, error, warning
from liguilla_tui.core.model import Format, Leg, RoundSpec, Score
from liguilla_tui.core.presets import round_name
from liguilla_tui.core.yamlsource import shorten
from liguilla_tui.footballtxt.collect import Collector, dash, match_mark
from liguilla_tui.footballtxt.reader import Match, Round
from liguilla_tui.footballtxt.sources import _Part
from liguilla_tui.i18n import _, ngettext

# Liguilla round headers seen in openfootball (and the usual English/Spanish variants).
ROUND_HEADERS: dict[str, str] = {
    "cuartos de final": "quarterfinals",
    "cuartos": "quarterfinals",
    "quarterfinals": "quarterfinals",
    "quarter-finals": "quarterfinals",
    "quarter finals": "quarterfinals",
    "semifinales": "semifinals",
    "semifinal": "semifinals",
    "semifinals": "semifinals",
    "semi-finals": "semifinals",
    "semi finals": "semifinals",
    "final": "final",
    "finals": "final",
    "gran final": "final",
    "reclassification": "reclassification",
    "reclasificación": "reclassification",
    "reclasificacion": "reclassification",
    "repechaje": "reclassification",
    # 2020 Apertura: openfootball calls the reclassification "Round 1".
    "round 1": "reclassification",
    "play-in": "playin",
    "play-in round 1": "playin",
    "play-in round 2": "playin_8th",
}


@dataclass(frozen=True)
class DoubtfulShootout:
    """A shoot-out the line gets wrong: level (`4-4 pen.`), or swapped with the full-time score."""

    path: str
    mark: Mark
    round: str
    teams: frozenset[str]
    label: str  # "Tijuana v América (Play-in)"
    written: str  # what the line says: "2-2 pen. (2-3)"
    swapped: bool  # read with the two scores swapped (the leg holds that reading)
    shown: str = ""  # the label as messages show it, in the chosen language
    # `4-4 pen.` alone: no full-time score given; the level pair is read as it (the leg
    # holds that reading until the tie shows whether it can be: shootouts.py)
    full_time_missing: bool = False


def read_legs(c: Collector, part: _Part, fmt: Format) -> tuple[list[Leg], list[DoubtfulShootout]]:
    meetings: dict[tuple[str, frozenset[str]], list[tuple[Match, Leg]]] = {}
    order: list[tuple[Match, Leg]] = []
    doubtful: list[DoubtfulShootout] = []
    for rnd in part.section.rounds:
        spec = round_of(c, part, rnd, fmt)
        for match in rnd.matches:
            home, away = c.team(part, match, "home"), c.team(part, match, "away")
            if spec is None or home is None or away is None:
                continue
            where = match_mark(part, match)
            if home == away:
                c.say(part.path, error(_("{home} cannot play itself").format(home=home), where))
                continue
            leg, doubt = _leg(c, part, spec, match, home, away, where)
            if leg is None:
                continue
            if doubt is not None:
                doubtful.append(doubt)
            entry = (match, leg)
            meetings.setdefault((spec.key, frozenset((home, away))), []).append(entry)
            order.append(entry)
    numbered: dict[int, Leg] = {}
    for (key, _pair), entries in meetings.items():
        spec = fmt.round(key)
        assert spec is not None
        if all(m.date for m, _ in entries):
            entries = sorted(entries, key=lambda e: (e[0].date, e[0].line))
        if len(entries) > spec.legs:
            extra = entries[spec.legs][1]
            c.say(
                part.path,
                error(
                    ngettext(
                        "{home} and {away} meet {count} times in the {name}; the round has {legs} leg",
                        "{home} and {away} meet {count} times in the {name}; the round has {legs} legs",
                        spec.legs,
                    ).format(
                        home=extra.home, away=extra.away, count=len(entries), name=round_name(spec), legs=spec.legs
                    ),
                    extra.mark,
                ),
            )
            entries = entries[: spec.legs]
        for number, (_match, leg) in enumerate(entries, start=1):
            numbered[id(leg)] = _check_last_leg(c, part, spec, replace(leg, leg=number))
    return [numbered[id(leg)] for _, leg in order if id(leg) in numbered], doubtful


def round_of(c: Collector, part: _Part, rnd: Round, fmt: Format) -> RoundSpec | None:
    header = " ".join(rnd.name.split()).casefold()
    key = ROUND_HEADERS.get(header)
    spec = fmt.round(key) if key else None
    if spec is None:  # the format's own names: a round key, name or short name
        spec = next(
            (r for r in fmt.rounds if header in (r.key.casefold(), r.name.casefold(), r.short.casefold())), None
        )
    if spec is None:
        known = ", ".join(f"{r.key} ({r.name})" for r in fmt.rounds)
        if key:
            message = _(
                "'{name}' is the {key} round, which the format {value} does not have (it has: {known}); "
                "its matches are not imported"
            )
        else:
            message = _(
                "'{name}' is a round the format {value} does not have (it has: {known}); its matches are not imported"
            )
        c.say(
            part.path,
            error(
                message.format(name=shorten(rnd.name), key=key, value=fmt.preset or "", known=known),
                Mark(rnd.line, 1),
            ),
        )
    return spec


def _leg(
    c: Collector, part: _Part, spec: RoundSpec, match: Match, home: str, away: str, where: Mark
) -> tuple[Leg | None, DoubtfulShootout | None]:
    label = f"{home} v {away} ({spec.name})"  # for the file's notes
    shown = _("{match} ({round})").format(
        match=_("{home} v {away}").format(home=home, away=away), round=round_name(spec)
    )
    score, extra, pens = match.full_time, None, match.penalties
    if match.status == "cancelled":
        c.say(
            part.path,
            warning(_("{label} was cancelled: imported as not played").format(label=shown), where),
            f"{label} was cancelled in openfootball; imported as not played.",
        )
    elif match.status is not None:
        status = shorten(match.status)
        c.say(
            part.path,
            warning(
                _("{label} is flagged [{status}]; its score is used as given").format(label=shown, status=status), where
            ),
            f"{label} is flagged [{status}] in openfootball; its score is used as given.",
        )
    if score is None and pens is not None:
        return _shootout_alone(c, part, spec, match, home, away, where, label, shown)
    if score is None:
        return Leg(spec.key, 1, home, away, match.date, match.kickoff, mark=where), None
    if match.after_extra_time is not None:
        extra = match.extra_time_goals
        assert extra is not None
        if extra[0] < 0 or extra[1] < 0:
            c.say(
                part.path,
                warning(
                    _(
                        "{label}: the score after extra time {after_extra_time} is lower than the full-time score {score}: the full-time score is kept, the a.e.t. score dropped"
                    ).format(label=shown, after_extra_time=dash(match.after_extra_time), score=dash(score)),
                    where,
                ),
                f"{label}, {match.date or 'date unknown'}: openfootball writes {dash(match.after_extra_time)} "
                f"a.e.t. after {dash(score)} at full time, which cannot be; the a.e.t. score is left out.",
            )
            extra = None
        elif "extra_time" not in spec.tiebreak:
            c.say(
                part.path,
                warning(
                    _(
                        "{label}: openfootball gives {after_extra_time} a.e.t., but the {name} have no extra time: the full-time {score} is kept and the a.e.t. score dropped"
                    ).format(
                        label=shown,
                        after_extra_time=dash(match.after_extra_time),
                        name=round_name(spec),
                        score=dash(score),
                    ),
                    where,
                ),
                f"{label}, {match.date or 'date unknown'}: openfootball writes "
                f"{dash(match.after_extra_time)} a.e.t., but the {spec.name} had no extra time; "
                f"imported as {dash(score)} at full time" + (f", {dash(pens)} on penalties." if pens else "."),
            )
            extra = None
    if pens is not None and "penalties" not in spec.tiebreak:
        _no_shootout(c, part, spec, shown, pens, where)
        return None, None
    doubt = None
    if pens is not None and pens[0] == pens[1]:
        written = (
            f"{dash(pens)} pen."
            + (f" {dash(match.after_extra_time)} a.e.t." if match.after_extra_time else "")
            + f" ({dash(score)}"
            + (f", {dash(match.half_time)}" if match.half_time else "")
            + ")"
        )
        # A single match goes to a shoot-out only when level: a decisive full-time score and
        # a level "shoot-out" are the two scores swapped (2024 Apertura: `2-2 pen. (2-3, 1-0)`).
        swapped = spec.legs == 1 and extra is None and match.after_extra_time is None and score[0] != score[1]
        if swapped:
            score, pens = pens, score
        else:
            pens = None
        doubt = DoubtfulShootout(part.path, where, spec.key, frozenset((home, away)), label, written, swapped, shown)
    leg = Leg(spec.key, 1, home, away, match.date, match.kickoff, score, extra, pens, mark=where)
    return leg, doubt


def _shootout_alone(
    c: Collector,
    part: _Part,
    spec: RoundSpec,
    match: Match,
    home: str,
    away: str,
    where: Mark,
    label: str,
    shown: str,
) -> tuple[Leg | None, DoubtfulShootout | None]:
    """A shoot-out written without the full-time score (`4-4 pen.`, `5-4 pen.`).

    A level pair cannot be a shoot-out's score, and a shoot-out follows only a level score:
    it is read as the full-time score, a shoot-out after it, its winner to be settled from
    the later rounds (shootouts.py, which also checks the tie is level with it). A decisive
    pair is a shoot-out's score with no full-time score to go with it: the match was played
    but what it ended is not given, so the leg is imported as not played, with a warning."""
    pens = match.penalties
    assert pens is not None
    written = f"{dash(pens)} pen."
    if "penalties" not in spec.tiebreak:
        _no_shootout(c, part, spec, shown, pens, where)
        return None, None
    if pens[0] == pens[1]:
        leg = Leg(spec.key, 1, home, away, match.date, match.kickoff, pens, mark=where)
        doubt = DoubtfulShootout(
            part.path, where, spec.key, frozenset((home, away)), label, written, False, shown, full_time_missing=True
        )
        return leg, doubt
    what = _("a shoot-out ({pens}) and no full-time score: the match is imported as not played, its shoot-out left out")
    c.say(
        part.path,
        warning(
            _("{label}: '{written}': {what}").format(label=shown, written=written, what=what.format(pens=dash(pens))),
            where,
        ),
        f"{label}: openfootball writes '{written}'; a shoot-out ({dash(pens)}) and no full-time score: "
        "the match is imported as not played, its shoot-out left out.",
    )
    return Leg(spec.key, 1, home, away, match.date, match.kickoff, mark=where), None


def _no_shootout(c: Collector, part: _Part, spec: RoundSpec, shown: str, pens: Score, where: Mark) -> None:
    """A shoot-out's score for a round whose format has none: the leg is not imported."""
    c.say(
        part.path,
        error(
            _(
                "{label}: penalties {pens}, but the {name} have no shoot-out in this format (--format another preset?)"
            ).format(label=shown, pens=dash(pens), name=round_name(spec)),
            where,
        ),
    )


def _check_last_leg(c: Collector, part: _Part, spec: RoundSpec, leg: Leg) -> Leg:
    if (leg.extra_time or leg.penalties) and leg.leg != spec.legs:
        c.say(
            part.path,
            warning(
                _(
                    "{home} v {away}: extra time or penalties in leg {leg} of the {name}; they come only after leg {legs}: dropped"
                ).format(home=leg.home, away=leg.away, leg=leg.leg, name=round_name(spec), legs=spec.legs),
                leg.mark,
            ),
            f"{leg.home} v {leg.away} ({spec.name}, leg {leg.leg}): openfootball gives extra time or penalties, "
            f"which come only after leg {spec.legs}; they are left out.",
        )
        return replace(leg, extra_time=None, penalties=None)
    return leg
