"""The resolved Liguilla as MediaWiki wikitext, laid out as the Wikipedia of the chosen
language writes a Liga MX tournament's final phase: English Wikipedia's conventions
(WP:Football) by default, Spanish Wikipedia's when es_MX is chosen. The markup of each
(templates, their parameters, score and date styles) is in `wikitext_markup`; this module
lays out the article: the opening sentence (past tense once there is a champion, present
while the Liguilla is played), the general table with a barred team's note as a <ref>
footnote, the bracket, each round's ties and matches, the winners, the scorers, and the
references (`{{reflist}}` / `{{listaref}}`).

Every word is `pgettext("wikitext", ...)`; text from the season file is data, never
translated, and always goes through `wiki`.
"""

from __future__ import annotations

from liguilla_tui.core.model import RoundSpec
from liguilla_tui.core.results import DECIDED, Resolved, RoundResult
from liguilla_tui.i18n import pgettext
from liguilla_tui.report.describe import signed
from liguilla_tui.report.wikitext_markup import (
    bracket,
    match_box,
    spanish,
    two_leg_rows,
    wiki,
)

__all__ = ["render_wikitext", "wiki"]

# A qualifier's row, as Wikipedia's league tables shade the places that go on.
_QUALIFIED = '|- style="background:#ccffcc"'


def _ref(text: str) -> str:
    """A footnote; `text` is already wikitext (its data escaped), so it cannot close the tag."""
    return f"<ref>{text}</ref>"


def round_name(spec: RoundSpec) -> str:
    """A preset's round in the chosen language; a name the season file gave is data."""
    names = {
        "Quarter-finals": pgettext("wikitext", "Quarter-finals"),
        "Semi-finals": pgettext("wikitext", "Semi-finals"),
        "Final": pgettext("wikitext", "Final"),
        "Repechaje": pgettext("wikitext", "Reclassification"),
        "Play-in": pgettext("wikitext", "Play-in"),
        "Play-in for 8th": pgettext("wikitext", "Play-in for 8th place"),
    }
    return names.get(spec.name) or wiki(spec.name)


def leg_name(number: int, legs: int) -> str:
    if legs == 1:
        return ""
    if legs == 2 and number in (1, 2):
        return pgettext("wikitext", "First leg") if number == 1 else pgettext("wikitext", "Second leg")
    return pgettext("wikitext", "Leg {n}").format(n=number)


def _intro(resolved: Resolved) -> list[str]:
    season = resolved.season
    fields = {
        "title": wiki(season.title),
        "competition": wiki(season.competition),
        "tournament": wiki(season.tournament),
        "year": season.year,
        "n": season.format.qualifiers,
    }
    if resolved.champion:
        text = pgettext(
            "wikitext",
            "The '''{title}''' was the final stage of the {competition} {tournament} {year}, played by the "
            "{n} best-placed eligible teams of the general table.",
        ).format(**fields)
        if resolved.runner_up:
            text += " " + pgettext("wikitext", "{champion} won the title, beating {runner_up} in the final.").format(
                champion=wiki(resolved.champion), runner_up=wiki(resolved.runner_up)
            )
    else:
        text = pgettext(
            "wikitext",
            "The '''{title}''' is the final stage of the {competition} {tournament} {year}, played by the "
            "{n} best-placed eligible teams of the general table.",
        ).format(**fields)
    if season.source:
        text += _ref(wiki(season.source))
    return [text]


def _table(resolved: Resolved) -> list[str]:
    qualified = {q.team for q in resolved.qualified}
    reasons = {e.team: e.reason for e in resolved.excluded}
    heads = [
        pgettext("wikitext", "Pos"),
        pgettext("wikitext", "Team"),
        pgettext("wikitext", "Pld"),
        pgettext("wikitext", "W"),
        pgettext("wikitext", "D"),
        pgettext("wikitext", "L"),
        pgettext("wikitext", "GF"),
        pgettext("wikitext", "GA"),
        pgettext("wikitext", "GD"),
        pgettext("wikitext", "Pts"),
    ]
    out = ['{| class="wikitable" style="text-align:center"', "! " + " !! ".join(heads)]
    for r in sorted(resolved.table, key=lambda row: row.position):
        team = wiki(r.team)
        if r.team in reasons:
            barred = (
                pgettext("wikitext", "{team} was barred from the Liguilla: {reason}.")
                if resolved.champion
                else pgettext("wikitext", "{team} is barred from the Liguilla: {reason}.")
            )
            team += _ref(barred.format(team=wiki(r.team), reason=wiki(reasons[r.team].rstrip("."))))
        cells = [r.position, r.played, r.won, r.drawn, r.lost, r.goals_for, r.goals_against]
        out += [
            _QUALIFIED if r.team in qualified else "|-",
            f'| {cells[0]} || style="text-align:left" | {team} || '
            + " || ".join(str(c) for c in cells[1:])
            + f" || {signed(r.goal_difference)} || {r.points}",
        ]
    return out + ["|}"]


def _tie_notes(rnd: RoundResult) -> dict[int, str]:
    """Footnotes for what a score alone does not say: the higher seed going through on a
    level aggregate (both languages), away goals (es.wikipedia has no `(a)`)."""
    notes = {}
    for tie in rnd.ties:
        if tie.state != DECIDED or not tie.winner:
            continue
        team = wiki(tie.winner)
        if tie.decided_by == "higher_seed":
            text = pgettext("wikitext", "{team} advanced as the better-placed team in the general table.")
        elif tie.decided_by == "away_goals" and spanish():
            text = pgettext("wikitext", "{team} advanced on away goals.")
        else:
            continue
        notes[tie.index] = _ref(text.format(team=team))
    return notes


def _round(rnd: RoundResult) -> list[str]:
    legs = rnd.spec.legs
    out = ["", f"==={round_name(rnd.spec)}==="]
    notes = _tie_notes(rnd)
    if legs == 2:
        out += [""] + two_leg_rows(rnd, notes)
    for number in range(1, legs + 1):
        name = leg_name(number, legs)
        ties = [tie for tie in rnd.ties if len(tie.legs) >= number]  # a tie's legs are known with its teams
        if legs > 1 and ties:
            out += ["", f"===={name}===="]
        for tie in ties:
            slot = tie.legs[number - 1]
            leg = slot.leg
            home, away = (leg.home, leg.away) if leg else (slot.home, slot.away)
            aggregate = None
            if number == legs > 1 and tie.aggregate is not None and tie.legs_played == legs:
                higher, lower = tie.aggregate
                aggregate = (higher, lower) if home == tie.higher.team else (lower, higher)
            box = match_box(leg, home, away, name, aggregate)
            if legs == 1 and tie.index in notes:  # one match: the note goes after the box
                box.append(notes[tie.index])
            out += [""] + box
    return out


def _winners(resolved: Resolved) -> list[str]:
    season = resolved.season
    tournament = f"{wiki(season.tournament)} {season.year}"
    out = [
        "",
        f"=={pgettext('wikitext', 'Winners')}==",
        "",
        '{| class="wikitable" style="text-align:center; margin:auto"',
        "|-",
        "! " + pgettext("wikitext", "{tournament} winners:").format(tournament=tournament),
        "|-",
        f"| '''{wiki(resolved.champion or '')}'''",
        "|}",
    ]
    if resolved.runner_up:
        out += [
            "",
            pgettext(
                "wikitext",
                "{runner_up} were the runners-up. {matches} matches were played and {goals} goals scored.",
            ).format(runner_up=wiki(resolved.runner_up), matches=resolved.matches_played, goals=resolved.goals),
        ]
    return out


def _scorers(resolved: Resolved) -> list[str]:
    heads = [
        pgettext("wikitext", "Rank"),
        pgettext("wikitext", "Player"),
        pgettext("wikitext", "Team"),
        pgettext("wikitext", "Goals"),
    ]
    out = ["", f"=={pgettext('wikitext', 'Top goalscorers')}==", "", '{| class="wikitable"', "! " + " !! ".join(heads)]
    for s in resolved.scorers:
        out += ["|-", f"| {s.rank} || {wiki(s.player)} || {wiki(s.team)} || {s.goals}"]
    return out + ["|}"]


def render_wikitext(resolved: Resolved) -> str:
    out = _intro(resolved)
    out += ["", f"=={pgettext('wikitext', 'General table')}==", ""] + _table(resolved)
    out += ["", f"=={pgettext('wikitext', 'Liguilla')}=="]
    # The play-in or repechaje (single matches) first, then the bracket of the two-legged rounds.
    two_legged = [r for r in resolved.rounds if r.spec.legs == 2]
    drawn = bracket(two_legged, [round_name(r.spec) for r in two_legged])
    for rnd in resolved.rounds:
        if drawn and rnd is two_legged[0]:
            out += [""] + drawn
        out += _round(rnd)
    if resolved.champion:
        out += _winners(resolved)
    if resolved.scorers:
        out += _scorers(resolved)
    text = "\n".join(out)
    if "<ref>" in text:
        out += ["", f"=={pgettext('wikitext', 'References')}==", "{{listaref}}" if spanish() else "{{reflist}}"]
    return "".join(line + "\n" for line in out)
