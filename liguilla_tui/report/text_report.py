"""Plain-text and Markdown renderings of a resolved Liguilla, for `liguilla show`."""

from __future__ import annotations

from liguilla_tui.core.presets import label_shown, round_name
from liguilla_tui.core.progress import heading_words, if_ended_today_words, regular_season_progress
from liguilla_tui.core.results import Resolved, Tie
from liguilla_tui.i18n import _, ngettext, pgettext
from liguilla_tui.report.describe import describe_tie, leg_date, leg_name, live_minute_text, signed, versus
from liguilla_tui.report.safe import cell_width, markdown_text, pad, printable, printable_lines


def _table_head() -> tuple[str, ...]:
    # pgettext: "W", "D", "L" alone say nothing to a translator (JG, JE, JP in Liga MX tables).
    return tuple(
        pgettext("table column", h) for h in ("Pos", "Seed", "Team", "Pld", "W", "D", "L", "GF", "GA", "GD", "Pts")
    )


def _table_rows(resolved: Resolved) -> list[tuple[str, ...]]:
    seeds = {q.team: q.seed for q in resolved.qualified}
    barred = {e.team: e.reason for e in resolved.excluded}
    rows: list[tuple[str, ...]] = []
    for r in sorted(resolved.table, key=lambda row: row.position):
        seed = str(seeds[r.team]) if r.team in seeds else (_("barred") if r.team in barred else "")
        rows.append(
            (
                str(r.position),
                seed,
                r.team,
                str(r.played),
                str(r.won),
                str(r.drawn),
                str(r.lost),
                str(r.goals_for),
                str(r.goals_against),
                signed(r.goal_difference),
                str(r.points),
            )
        )
    return rows


def _leg_date(slot) -> str:
    leg = slot.leg
    return printable(leg_date(leg.date) if leg and leg.date else _("date tbc"))


def _leg_line(slot, legs: int, widths: tuple[int, int] = (0, 10)) -> str:
    """One leg; `widths` lines up the leg names and dates of a tie ("Ida", "Vuelta"; dates
    in words are as long as their month)."""
    leg = slot.leg
    date = pad(_leg_date(slot), widths[1])
    name = pad(leg_name(slot.number, legs), widths[0])
    if slot.played:
        h, a = leg.score
        extra = ""
        if leg.extra_time:
            extra += " " + _("(a.e.t. {score})").format(score=f"{h + leg.extra_time[0]}-{a + leg.extra_time[1]}")
        if leg.penalties:
            extra += " " + _("({score} pen.)").format(score=f"{leg.penalties[0]}-{leg.penalties[1]}")
        elif leg.penalties_winner:
            extra += " " + _("({team} win on pen., score not known)").format(team=printable(leg.penalties_winner))
        return f"{name}  {date}  {leg.home} {h}-{a} {leg.away}{extra}"
    if slot.live:
        h, a = leg.score
        return _("{leg}  {date}  {home} {score} {away} ({minute}, so far)").format(
            leg=name, date=date, home=leg.home, score=f"{h}-{a}", away=leg.away, minute=live_minute_text(leg.minute)
        )
    return _("{leg}  {date}  {match} (not played)").format(leg=name, date=date, match=versus(slot.home, slot.away))


def _tie_heading(tie: Tie) -> str:
    def side(slot) -> str:
        return f"({slot.seed}) {slot.team}" if slot.team else slot.label

    return f"{label_shown(tie.label)}: {versus(side(tie.higher), side(tie.lower))}"


def _rule(char: str, over: str) -> str:
    return char * cell_width(over)


def render_text(resolved: Resolved) -> str:
    season = resolved.season
    title = printable(season.title)
    out = [title, _rule("=", title), ""]
    progress = regular_season_progress(season)
    heading, banner = heading_words(progress), if_ended_today_words(progress)
    if heading:  # an unfinished regular season: the table, and the pairings drawn from it
        out += [heading, ""]
    # Made printable before measuring: an escape is wider than the character it shows.
    rows = [tuple(map(printable, row)) for row in _table_rows(resolved)]
    head = _table_head()
    widths = [max(len(h), *(cell_width(r[i]) for r in rows)) for i, h in enumerate(head)]
    out.append("  ".join(h.ljust(w) for h, w in zip(head, widths)).rstrip())
    for row in rows:
        out.append("  ".join(pad(c, w, right=i != 2) for i, (c, w) in enumerate(zip(row, widths))))
    for e in resolved.excluded:
        out.append(_("Barred: {team} ({reason})").format(team=e.team, reason=e.reason))
    if banner and resolved.rounds:
        out += ["", banner]
    for rnd in resolved.rounds:
        name = printable(round_name(rnd.spec))
        out += ["", name, _rule("-", name)]
        for tie in rnd.ties:
            out.append(_tie_heading(tie))
            leg_widths = (
                max((cell_width(leg_name(slot.number, rnd.spec.legs)) for slot in tie.legs), default=0),
                max([10, *(cell_width(_leg_date(slot)) for slot in tie.legs)]),
            )
            out += ["  " + _leg_line(slot, rnd.spec.legs, leg_widths) for slot in tie.legs]
            out.append("  " + describe_tie(tie, rnd.spec.legs))
    undecided = _("not decided")
    scorers = _("Scorers")
    out += [
        "",
        _("Champion: {team}").format(team=resolved.champion or undecided),
        _("Runner-up: {team}").format(team=resolved.runner_up or undecided),
        _("Matches: {matches}   Goals: {goals}").format(matches=resolved.matches_played, goals=resolved.goals),
        "",
        scorers,
        _rule("-", scorers),
    ]
    for s in resolved.scorers:
        pens = " " + _("({n} pen.)").format(n=s.penalties) if s.penalties else ""
        out.append(f"{s.rank:>3}. {s.player} ({s.team}) {s.goals}{pens}")
    if resolved.unattributed_goals or resolved.own_goals:
        out.append(
            "     "
            + _("Own goals: {own}   Scorer unknown: {unknown}").format(
                own=resolved.own_goals, unknown=resolved.unattributed_goals
            )
        )
    return printable_lines(out)


def _md_escape(text: str) -> str:
    return markdown_text(text)


def render_markdown(resolved: Resolved) -> str:
    season = resolved.season
    head = _table_head()
    out = [
        f"# {_md_escape(season.title)}",
        "",
        "## " + _("General table"),
        "",
    ]
    progress = regular_season_progress(season)
    heading, banner = heading_words(progress), if_ended_today_words(progress)
    if heading:
        out += [f"*{heading}*", ""]
    out += [
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    out += ["| " + " | ".join(_md_escape(c) for c in row) + " |" for row in _table_rows(resolved)]
    for e in resolved.excluded:
        out += ["", _md_escape(_("Barred: {team} ({reason})").format(team=e.team, reason=e.reason))]
    if banner and resolved.rounds:
        out += ["", f"> **{banner}**"]
    leg_head = (_("Tie"), _("Leg"), _("Date"), _("Home"), _("Score"), _("Away"))
    for rnd in resolved.rounds:
        out += [
            "",
            f"## {_md_escape(round_name(rnd.spec))}",
            "",
            "| " + " | ".join(leg_head) + " |",
            "|---|---|---|---|---|---|",
        ]
        for tie in rnd.ties:
            for slot in tie.legs:
                leg = slot.leg
                sc = f"{slot.score[0]}–{slot.score[1]}" if slot.score is not None else pgettext("no score", "v")
                if slot.live:  # the score so far: the tie's line says who leads
                    sc += f" ({_md_escape(live_minute_text(leg.minute if leg else None))})"
                out.append(
                    f"| {_md_escape(label_shown(tie.label))} | {slot.number} | {leg_date(leg.date) if leg and leg.date else ''} | "
                    f"{_md_escape(slot.home)} | {sc} | {_md_escape(slot.away)} |"
                )
        out.append("")
        out += [
            f"- **{_md_escape(label_shown(t.label))}**: {_md_escape(describe_tie(t, rnd.spec.legs))}" for t in rnd.ties
        ]
    champion = f"**{_md_escape(resolved.champion or _('not decided'))}**"
    if resolved.runner_up:
        champion += " " + _("(runner-up {team})").format(team=_md_escape(resolved.runner_up))
    out += [
        "",
        "## " + _("Champion"),
        "",
        champion,
        "",
        ngettext("{matches} match", "{matches} matches", resolved.matches_played).format(
            matches=resolved.matches_played
        )
        + ", "
        + ngettext("{goals} goal.", "{goals} goals.", resolved.goals).format(goals=resolved.goals),
        "",
        "## " + _("Scorers"),
        "",
        "| " + " | ".join((_("Rank"), _("Player"), _("Team"), _("Goals"), _("Pen."))) + " |",
        "|---|---|---|---|---|",
    ]
    out += [
        f"| {s.rank} | {_md_escape(s.player)} | {_md_escape(s.team)} | {s.goals} | {s.penalties} |"
        for s in resolved.scorers
    ]
    return printable_lines(out)
