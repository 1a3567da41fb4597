"""Team spellings across openfootball files mapped to one name: a shipped table, extendable."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from liguilla_tui.core.diagnostics import Mark, error
from liguilla_tui.core.yamlsource import YamlProblem, YMap, read_yaml, shorten
from liguilla_tui.footballtxt.diagnostics import ImportDiagnostic
from liguilla_tui.footballtxt.files import read_input
from liguilla_tui.i18n import _


@dataclass
class Aliases:
    """Spellings (case-folded) to canonical team names."""

    names: dict[str, str] = field(default_factory=dict)

    def add(self, canonical: str, spellings: Iterable[str]) -> None:
        for spelling in (canonical, *spellings):
            self.names[spelling.casefold()] = canonical

    def lookup(self, spelling: str) -> str | None:
        return self.names.get(spelling.casefold())

    def suggest(self, spelling: str) -> str | None:
        found = difflib.get_close_matches(spelling.casefold(), list(self.names), n=1, cutoff=0.6)
        return self.names[found[0]] if found else None


SHIPPED_ALIASES = "aliases.yaml"


def _alias_data(text: str, path: str, problems: list[ImportDiagnostic]) -> dict[str, list[str]]:
    try:  # the season loader's reader: positions, and no alias bombs or runaway nesting
        data, _problems = read_yaml(text)
    except YamlProblem as problem:
        if problem.message == "file is empty":
            return {}
        problems.append(
            ImportDiagnostic(
                path,
                error(
                    _("cannot read the alias file: {message}").format(message=problem.message),
                    problem.mark,
                    problem.notes,
                ),
            )
        )
        return {}
    if data is None:
        return {}
    if not isinstance(data, YMap):
        problems.append(
            ImportDiagnostic(
                path, error(_("an alias file must be a mapping: canonical team name -> [spellings]"), Mark(1, 1))
            )
        )
        return {}
    out: dict[str, list[str]] = {}
    for canonical, spellings in data.items():
        if not isinstance(canonical, str) or not canonical.strip():
            problems.append(
                ImportDiagnostic(
                    path,
                    error(
                        _("alias file: {canonical} is not a team name").format(canonical=shorten(repr(canonical))),
                        data.key_marks[canonical],
                    ),
                )
            )
            continue
        if spellings is None:
            spellings = []
        if isinstance(spellings, str):
            spellings = [spellings]
        if not isinstance(spellings, list) or not all(isinstance(s, str) and s.strip() for s in spellings):
            problems.append(
                ImportDiagnostic(
                    path,
                    error(
                        _("alias file: the spellings of {canonical} must be a list of names").format(
                            canonical=shorten(canonical)
                        ),
                        data.mark_of(canonical),
                    ),
                )
            )
            continue
        out[canonical.strip()] = [s.strip() for s in spellings]
    return out


def load_aliases(
    extra: str | Path | Mapping[str, Sequence[str]] | None = None, problems: list[ImportDiagnostic] | None = None
) -> Aliases:
    """The shipped aliases, extended (and overridden where they clash) by `extra`: an alias
    file's path, or a mapping canonical name -> spellings."""
    problems = problems if problems is not None else []
    aliases = Aliases()
    shipped = resources.files("liguilla_tui.footballtxt").joinpath(SHIPPED_ALIASES).read_text(encoding="utf-8")
    for canonical, spellings in _alias_data(shipped, SHIPPED_ALIASES, problems).items():
        aliases.add(canonical, spellings)
    if extra is None:
        return aliases
    if isinstance(extra, Mapping):
        data = {str(k): [str(s) for s in (v or [])] for k, v in extra.items()}
    else:
        path = str(extra)
        raw = read_input(Path(extra))
        why = raw if isinstance(raw, str) else None  # read_input says why it could not read
        text = None
        if isinstance(raw, bytes):
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                why = _("not valid UTF-8 text")
        if text is None:
            problems.append(ImportDiagnostic(path, error(_("cannot read the alias file: {why}").format(why=why))))
            return aliases
        data = _alias_data(text, path, problems)
    for canonical, spellings in data.items():
        aliases.add(canonical, spellings)
    return aliases
