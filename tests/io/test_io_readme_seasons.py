"""The README says exactly which seasons are bundled (issue 13): its list is seasons/."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def readme_list() -> tuple[int, set[str]]:
    """(the count the README gives, the seasons it names as `YEAR-tournament`)."""
    text = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    found = re.search(
        r"Every complete Liguilla in openfootball is bundled in `seasons/`, (\d+) tournaments: "
        r"the Apertura of ([^()]*?), and the Clausura of ([^()]*?) \(",
        text,
    )
    assert found, "the README's list of bundled seasons is not where this test looks for it"
    named = {f"{year}-apertura" for year in re.findall(r"\d{4}", found[2])}
    named |= {f"{year}-clausura" for year in re.findall(r"\d{4}", found[3])}
    return int(found[1]), named


def test_the_readme_names_every_bundled_season_and_no_other():
    count, named = readme_list()
    bundled = {path.stem for path in (REPO / "seasons").glob("*.yaml")}
    assert named == bundled, (sorted(bundled - named), sorted(named - bundled))
    assert count == len(bundled)
