"""Reading the football.txt files of one tournament: which sections and rounds are whose."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from liguilla_tui.core.diagnostics import Mark, error, warning
from liguilla_tui.core.yamlsource import shorten
from liguilla_tui.footballtxt.diagnostics import ImportDiagnostic
from liguilla_tui.footballtxt.files import read_input
from liguilla_tui.footballtxt.reader import Document, Section, read_football_txt
from liguilla_tui.i18n import _

TOURNAMENTS = ("Apertura", "Clausura")
_YEARS = re.compile(r"(\d{4})\s*/\s*(\d{2,4})")


@dataclass
class _Part:
    """One section of one file: a regular season or a Liguilla."""

    path: str
    text_lines: list[str]
    document: Document
    section: Section
    tournament: str | None
    liguilla: bool


def _tournament_of(*names: str) -> str | None:
    for name in names:
        low = name.casefold()
        found = [t for t in TOURNAMENTS if t.casefold() in low]
        if len(found) == 1:
            return found[0]
    return None


def _read_files(paths: Sequence[str | Path], problems: list[ImportDiagnostic]) -> list[_Part]:
    parts: list[_Part] = []
    for given in paths:
        path = str(given)
        raw = read_input(Path(given))
        if isinstance(raw, str):
            problems.append(ImportDiagnostic(path, error(raw)))
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            problems.append(ImportDiagnostic(path, error(_("not valid UTF-8 text"), Mark(line, 1))))
            continue
        document = read_football_txt(text, path)
        problems.extend(ImportDiagnostic(path, d) for d in document.diagnostics)
        lines = text.splitlines()
        stem = Path(path).name
        for section in document.sections:
            tournament = _tournament_of(section.name, document.title, stem)
            liguilla = "liguilla" in section.name.casefold() or (
                section.name == document.title and "liguilla" in stem.casefold()
            )
            parts.append(_Part(path, lines, document, section, tournament, liguilla))
    return parts


def _pick(
    parts: list[_Part], tournament: str | None, problems: list[ImportDiagnostic]
) -> tuple[str, _Part, _Part | None] | None:
    """The chosen tournament's regular-season part and Liguilla part."""
    known = [p for p in parts if p.tournament is not None]
    for part in parts:
        if part.tournament is None:
            what = (warning if known else error)(
                f"cannot tell whether section '{shorten(part.section.name)}' is the Apertura or the Clausura"
                + ("; its matches are not imported" if known else ""),
                Mark(part.section.line, 1),
            )
            problems.append(ImportDiagnostic(part.path, what))
    if tournament is not None:
        wanted = _tournament_of(tournament)
        if wanted is None:
            problems.append(
                ImportDiagnostic(
                    "<arguments>",
                    error(
                        _("unknown tournament '{tournament}': apertura or clausura").format(
                            tournament=shorten(tournament)
                        )
                    ),
                )
            )
            return None
        chosen = [p for p in known if p.tournament == wanted]
        if not chosen and known:
            held = ", ".join(sorted({p.tournament for p in known if p.tournament is not None}))
            problems.append(
                ImportDiagnostic(
                    known[0].path,
                    error(_("no {wanted} in the files (they hold: {held})").format(wanted=wanted, held=held)),
                )
            )
            return None
    else:
        tournaments = sorted({p.tournament for p in known if p.tournament is not None})  # every p in known
        if len(tournaments) > 1:
            problems.append(
                ImportDiagnostic(
                    known[0].path,
                    error(
                        _("the files hold the {join}: choose one with --tournament {join2}").format(
                            join=_(" and the ").join(tournaments), join2="|".join(t.lower() for t in tournaments)
                        )
                    ),
                )
            )
            return None
        chosen = known
    if not chosen:
        if not problems:
            problems.append(ImportDiagnostic("<arguments>", error(_("no football.txt sections to import"))))
        return None
    regular = [p for p in chosen if not p.liguilla]
    liguilla = [p for p in chosen if p.liguilla]
    name = chosen[0].tournament
    assert name is not None
    for kind, of_kind in ((_("regular season"), regular), (_("Liguilla"), liguilla)):
        for extra in of_kind[1:]:
            problems.append(
                ImportDiagnostic(
                    extra.path,
                    error(
                        _("a second {name} {kind} (section '{name2}'); the first is in {path}:{line}").format(
                            name=name,
                            kind=kind,
                            name2=shorten(extra.section.name),
                            path=of_kind[0].path,
                            line=of_kind[0].section.line,
                        ),
                        Mark(extra.section.line, 1),
                    ),
                )
            )
    if not regular:
        problems.append(
            ImportDiagnostic(
                chosen[0].path,
                error(
                    _(
                        "no {name} regular season in the files: the general table needs its results (give the regular-season file too, e.g. 1-clausura.txt with 1-clausura_liguilla.txt)"
                    ).format(name=name)
                ),
            )
        )
        return None
    if not liguilla:
        problems.append(
            ImportDiagnostic(
                regular[0].path,
                warning(
                    _("no {name} Liguilla in the files: the season has no legs yet").format(name=name),
                    Mark(regular[0].section.line, 1),
                ),
            )
        )
    return name, regular[0], liguilla[0] if liguilla else None


def _year(tournament: str, part: _Part) -> int | None:
    found = _YEARS.search(part.document.title)
    if found:
        first = int(found.group(1))
        second_text = found.group(2)
        second = int(second_text) if len(second_text) == 4 else (first // 100) * 100 + int(second_text)
        return first if tournament == "Apertura" else second
    dates = [m.date for r in part.section.rounds for m in r.matches if m.date]
    return int(min(dates)[:4]) if dates else None
