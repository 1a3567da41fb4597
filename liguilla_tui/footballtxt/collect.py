"""What one import gathers as it reads: diagnostics, notes for the season, team spellings."""

from __future__ import annotations

from liguilla_tui.core.diagnostics import Diagnostic, Mark, error
from liguilla_tui.core.fields import MAX_SUGGEST_CHARS, MAX_SUGGESTIONS  # hints cost difflib time: bounded
from liguilla_tui.core.yamlsource import shorten
from liguilla_tui.footballtxt.aliases import Aliases
from liguilla_tui.footballtxt.diagnostics import ImportDiagnostic
from liguilla_tui.footballtxt.reader import Match
from liguilla_tui.footballtxt.sources import _Part
from liguilla_tui.i18n import _, ngettext


class Collector:
    """Diagnostics (FILE:LINE:COL), the notes the season will carry, and the spellings of each team."""

    def __init__(self, aliases: Aliases, problems: list[ImportDiagnostic]) -> None:
        self.aliases = aliases
        self.problems = problems
        self.notes: list[str] = []
        self.spellings: dict[str, dict[str, None]] = {}  # canonical -> spellings seen, in order
        self.unknown: dict[str, list[tuple[str, Mark]]] = {}

    def say(self, path: str, diagnostic: Diagnostic, note: str | None = None) -> None:
        self.problems.append(ImportDiagnostic(path, diagnostic))
        if note is not None:
            self.notes.append(note)

    def team(self, part: _Part, match: Match, side: str) -> str | None:
        spelling = match.home if side == "home" else match.away
        canonical = self.aliases.lookup(spelling)
        line = part.text_lines[match.line - 1] if match.line - 1 < len(part.text_lines) else ""
        at = line.find(spelling) if side == "home" else line.rfind(spelling)
        mark = Mark(match.line, at + 1 if at >= 0 else 1)
        if canonical is None:
            self.unknown.setdefault(spelling, []).append((part.path, mark))
            return None
        self.spellings.setdefault(canonical, {})[spelling] = None
        return canonical

    def report_unknown(self) -> None:
        hints_left = MAX_SUGGESTIONS
        for spelling, places in self.unknown.items():
            path, mark = places[0]
            hint = None
            if hints_left > 0 and len(spelling) <= MAX_SUGGEST_CHARS:
                hints_left -= 1
                hint = self.aliases.suggest(spelling)
            more = len(places) - 1
            also = (
                ngettext(" (and {count} more match)", " (and {count} more matches)", more).format(count=more)
                if more
                else ""
            )
            near = _("; did you mean {hint}?").format(hint=hint) if hint else ""
            shown = shorten(spelling)
            self.say(
                path,
                error(
                    _(
                        "unknown team '{shown}'{also}{near} Add it to an alias file and pass --aliases FILE, e.g. a line `{value}: [{shown}]`"
                    ).format(shown=shown, also=also, near=near, value=hint or "Canonical Name"),
                    mark,
                ),
            )


def match_mark(part: _Part, match: Match) -> Mark:
    """Where a match's line starts (after its indent)."""
    line = part.text_lines[match.line - 1] if match.line - 1 < len(part.text_lines) else ""
    return Mark(match.line, len(line) - len(line.lstrip()) + 1)


def dash(pair: tuple[int, int] | None) -> str:
    return "-" if pair is None else f"{pair[0]}-{pair[1]}"
