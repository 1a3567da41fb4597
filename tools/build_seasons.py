#!/usr/bin/env python3
"""Build the bundled seasons from openfootball/mexico (football.txt, CC0) with `liguilla import`.

    python tools/build_seasons.py            # (re)write seasons/YYYY-apertura.yaml, ...
    python tools/build_seasons.py --check    # exit 1 if a bundled file differs from a fresh import
    python tools/build_seasons.py --source DIR   # another copy of openfootball/mexico

Every complete Liguilla in the data is imported with its era's preset; the 2019-20
Clausura (abandoned, no Liguilla) and the 2025 Clausura (no results yet) are skipped, by name: any
other season that does not import cleanly, or whose bracket does not reproduce the
pairings played, stops the build. The hand-made seasons/2013-clausura.yaml stays the
default; the imported 2013 Clausura goes to seasons/imported/2013-clausura.yaml.
Warnings are explained in each file's `notes:` (the importer writes one per warning;
NOTES below adds what it cannot know).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from liguilla_tui.core.load import load_season_text  # noqa: E402
from liguilla_tui.core.resolve import resolve  # noqa: E402
from liguilla_tui.footballtxt.importer import ImportDiagnostic, import_season  # noqa: E402

SOURCE = REPO / "tests" / "data" / "openfootball"  # a copy of openfootball/mexico (CC0)
SEASONS = REPO / "seasons"
HAND_MADE = {"2013-clausura.yaml"}  # never overwritten: imported twins go to seasons/imported/

SKIP = {
    ("2019-20", "clausura"): "abandoned after matchday 10 (COVID-19): no Liguilla",
    ("2024-25", "clausura"): "unfinished in the data: no results",
}

# Every bundled season: `liguilla check` warns that the legs' goals have no scorers (openfootball gives none).
SCORERS_NOTE = (
    "openfootball's football.txt gives no goal scorers, so `liguilla check` warns that the legs' goals "
    "have no scorer listed; that warning is expected."
)

NOTES = {
    ("2012-13", "clausura"): [
        "Querétaro finished 8th but had been relegated to Ascenso MX, so Monterrey (9th) took its place "
        "(seed article, note 1; as.com 2013-05-06).",
        "The table computed from openfootball's results gives Cruz Azul GA 20 where ligamx.net (in the seed) "
        "gives 19, and América GF 30, GA 15 where the seed has 41 and 9 (shared/liga-mx-facts.md). "
        "Neither changes the qualifiers or the seeds.",
        "The hand-made seasons/2013-clausura.yaml (from the seed, with scorers) is the default season; this "
        "file is its import from openfootball.",
    ],
}


@dataclass(frozen=True)
class Job:
    folder: str  # "2012-13"
    tournament: str  # "apertura" | "clausura"
    paths: tuple[Path, ...]
    single_file: bool  # one file with == sections: the tournament is chosen

    @property
    def key(self) -> tuple[str, str]:
        return (self.folder, self.tournament)


def jobs(source: Path = SOURCE) -> list[Job]:
    """Every tournament in the data, skipped ones included (see SKIP)."""
    out = []
    for folder in sorted(p for p in source.iterdir() if p.is_dir()):
        single = folder / "1-ligamx.txt"
        for tournament in ("apertura", "clausura"):
            if single.is_file():
                out.append(Job(folder.name, tournament, (single,), True))
                continue
            regular, liguilla = folder / f"1-{tournament}.txt", folder / f"1-{tournament}_liguilla.txt"
            if regular.is_file():
                out.append(
                    Job(folder.name, tournament, (regular, liguilla) if liguilla.is_file() else (regular,), False)
                )
    return out


def bundled_jobs(source: Path = SOURCE) -> list[Job]:
    return [job for job in jobs(source) if job.key not in SKIP]


def target(year: int, tournament: str) -> Path:
    name = f"{year}-{tournament}.yaml"
    return SEASONS / "imported" / name if name in HAND_MADE else SEASONS / name


@dataclass
class Built:
    job: Job
    path: Path | None
    text: str | None
    problems: list[str]  # why it cannot be bundled (empty: it can)
    diagnostics: list[ImportDiagnostic]


def build(job: Job) -> Built:
    notes = [*NOTES.get(job.key, []), SCORERS_NOTE]
    imported = import_season(list(job.paths), tournament=job.tournament if job.single_file else None, notes=notes)
    problems = [d.format() for d in imported.diagnostics if d.is_error]
    if imported.season is None or imported.text is None:
        return Built(job, None, None, problems or ["no season"], imported.diagnostics)
    season = imported.season
    text = imported.text.replace(
        "# The general table is computed",
        "# Regenerate with: python tools/build_seasons.py\n# The general table is computed",
        1,
    )
    loaded = load_season_text(text)
    if loaded.season is None:
        return Built(job, None, None, [d.format("<season>") for d in loaded.diagnostics], imported.diagnostics)
    resolved = resolve(loaded.season)
    problems += [d.format("<season>") for d in resolved.diagnostics if d.is_error]
    if resolved.kept_legs:
        problems.append(f"{len(resolved.kept_legs)} leg(s) outside the bracket")
    if resolved.champion is None:
        problems.append("the Liguilla is not complete: no champion")
    return Built(job, target(season.year, season.tournament.lower()), text, problems, imported.diagnostics)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="openfootball/mexico folder")
    parser.add_argument("--check", action="store_true", help="only compare with the bundled files")
    args = parser.parse_args(argv)
    failed = False
    for job in jobs(args.source):
        if job.key in SKIP:
            print(f"skip {job.folder} {job.tournament}: {SKIP[job.key]}")
            continue
        built = build(job)
        if built.problems or built.path is None or built.text is None:
            failed = True
            print(f"FAIL {job.folder} {job.tournament}:", *built.problems, sep="\n  ")
            continue
        warnings = sum(not d.is_error for d in built.diagnostics)
        shown = built.path.relative_to(REPO)
        if args.check:
            same = built.path.is_file() and built.path.read_text(encoding="utf-8") == built.text
            failed = failed or not same
            print(f"{'ok  ' if same else 'DIFF'} {shown}")
            continue
        built.path.parent.mkdir(parents=True, exist_ok=True)
        built.path.write_text(built.text, encoding="utf-8")
        print(f"wrote {shown} ({warnings} import warning(s), explained in its notes)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
