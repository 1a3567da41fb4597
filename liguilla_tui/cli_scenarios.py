"""`liguilla scenarios`: what each team needs in every open tie, and who it can meet next."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from liguilla_tui.i18n import N_, _

if TYPE_CHECKING:
    from liguilla_tui.core.model import Season
    from liguilla_tui.core.results import Resolved

DESCRIPTION = N_(
    "What each team needs: with matches of the regular season left, where each team can finish, "
    "which zones it has clinched or is out of, and what it needs; for every open tie, who goes "
    "through with each result of what is left to play, and how (aggregate, away goals, higher "
    "seed, extra time, penalties); and who each team still in can meet next. --format json is a "
    "documented contract (docs/json-output.md)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = _(DESCRIPTION)
    parser.add_argument("file", nargs="?", help=_("season file (default: the bundled 2013 Clausura)"))
    parser.add_argument("--format", "-f", choices=("text", "json", "markdown"), default="text", help=_("output format"))
    parser.add_argument(
        "--live",
        action="append",
        default=[],
        type=live_score,
        metavar="'LABEL=H-A'",
        help=_(
            "a leg being played now, by its tie's label and current score (home-away), "
            "e.g. --live 'QF 1 v 8=1-1'; its outcomes then count from that score (repeatable)"
        ),
    )


def live_score(text: str) -> tuple[str, tuple[int, int]]:
    """'QF 1 v 8=1-1' -> ('QF 1 v 8', (1, 1))."""
    label, _eq, score = text.rpartition("=")
    home, _dash, away = score.replace("–", "-").partition("-")
    if not label.strip() or not all(g.strip().isascii() and g.strip().isdigit() for g in (home, away)):
        raise argparse.ArgumentTypeError(_("not LABEL=HOME-AWAY (e.g. 'QF 1 v 8=1-1'): {text}").format(text=repr(text)))
    goals = (int(home), int(away))
    if max(goals) > 99:
        raise argparse.ArgumentTypeError(_("more than 99 goals a side: {text}").format(text=repr(text)))
    return label.strip(), goals


def run(args: argparse.Namespace) -> int:
    from liguilla_tui.cli_season import in_user_language, load_named, say_diagnostics
    from liguilla_tui.core.resolve import resolve
    from liguilla_tui.core.scenarios import scenarios
    from liguilla_tui.report import scenarios_report

    def read() -> tuple:
        loaded = load_named(args.file)
        return loaded, loaded.diagnostics

    def resolved_again() -> tuple:
        loaded = load_named(args.file)
        assert loaded.season is not None  # it was read once
        again = resolve(loaded.season)
        return loaded, (resolve(_marked_live(again, live)) if live else again).diagnostics

    loaded = load_named(args.file)
    if loaded.season is None:
        say_diagnostics(args, loaded, loaded.diagnostics, read)
        return 1
    resolved = resolve(loaded.season)
    with in_user_language(args):  # a tie named as the user reads it, and said so if not found
        live = _live_by_label(resolved, args.live)
    if live is None:
        return 2
    if live:  # the legs marked live as if the file said so: every figure then counts them alike
        resolved = resolve(_marked_live(resolved, live))
    found = scenarios(resolved)
    from liguilla_tui.core.table_outlook import table_outlook

    outlook = table_outlook(loaded.season, with_needs=True)
    if args.format == "json":
        import json

        from liguilla_tui.report.safe import json_safe

        print(json_safe(json.dumps(scenarios_report.document(resolved, found, outlook), ensure_ascii=False, indent=2)))
    else:
        render = scenarios_report.render_markdown if args.format == "markdown" else scenarios_report.render_text
        print(render(resolved, found, outlook), end="")
    say_diagnostics(args, loaded, resolved.diagnostics, resolved_again)
    return 0


def _live_by_label(resolved: Resolved, typed: list[tuple[str, tuple[int, int]]]) -> dict[str, tuple[int, int]] | None:
    """--live's scores by tie label; None (said why) if one names no open tie. A tie is named
    by its label ("QF 1 v 8", the JSON's) or as the app shows it in the language of the run
    ("CF 1 vs. 8" in Spanish: core/presets.py tie_label_shown); the label wins a clash."""
    from liguilla_tui.core.presets import tie_label_shown

    open_ties = [
        (t.label, tie_label_shown(t.label, rnd.spec))
        for rnd in resolved.rounds
        for t in rnd.ties
        if t.teams and any(not s.played for s in t.legs)  # its first leg left is the live one
    ]
    by_name = {shown: label for label, shown in open_ties} | {label: label for label, _shown in open_ties}
    named = [by_name.get(name) for name, _goals in typed]
    twice = next((name for (name, _goals), label in zip(typed, named) if label and named.count(label) > 1), None)
    if twice is not None:
        from liguilla_tui.report.safe import printable

        message = _("error: --live {label}: that tie is given more than once").format(label=repr(twice))
        print(printable("liguilla scenarios: " + message), file=sys.stderr)
        return None
    unknown = [name for name, _goals in typed if name not in by_name]
    if unknown:
        from liguilla_tui.report.safe import printable

        names = sorted(shown if shown == label else f"{shown} ({label})" for label, shown in open_ties)
        print(
            printable(
                "liguilla scenarios: "
                + (
                    _(
                        "error: --live {label}: no open tie by that label with a leg left to play (these have: {labels})"
                    ).format(label=repr(unknown[0]), labels=", ".join(names))
                    if names
                    else _("error: --live {label}: no tie has a leg left to play").format(label=repr(unknown[0]))
                )
            ),
            file=sys.stderr,
        )
        return None
    return {by_name[name]: goals for name, goals in typed}


def _marked_live(resolved: Resolved, live: dict[str, tuple[int, int]]) -> Season:
    """The season with each --live tie's first leg left (leg 1 of two left, or the one left)
    marked live at its score (home-away of that leg), as a file marking it would say (its minute, if the file gave one, kept):
    the JSON's remaining legs, aggregates and states then agree with the words."""
    from liguilla_tui.core.edits import mark_live, set_score

    season = resolved.season
    for rnd in resolved.rounds:
        for tie in rnd.ties:
            if tie.label in live:
                slot = next(s for s in tie.legs if not s.played)
                season = mark_live(season, rnd.spec.key, slot.number, slot.home, slot.away)
                season = set_score(season, rnd.spec.key, slot.number, slot.home, slot.away, live[tie.label])
    return season
