"""Teams placed to qualify that did not play the Liguilla: barred, as the legs show."""

from __future__ import annotations

from collections.abc import Sequence

from liguilla_tui.core.model import Format, Leg

BARRED_REASON = (
    "did not take part in the Liguilla (inferred from the results; relegated or barred by the coefficient table)"
)


def infer_barred(table, legs: Sequence[Leg], fmt: Format) -> tuple[list[tuple[str, int, str]], str | None]:
    """Teams placed above the last Liguilla team that did not play in it: (team, position,
    who took the place), or why none can be inferred."""
    playing = {team for leg in legs for team in (leg.home, leg.away)}
    if len(playing) != fmt.qualifiers:
        return [], (
            f"the Liguilla's legs name {len(playing)} teams and the format takes {fmt.qualifiers}: "
            "no barred teams inferred"
        )
    rows = sorted(table, key=lambda r: r.position)
    missing = playing - {r.team for r in rows}
    if missing:
        return [], f"{', '.join(sorted(missing))} play in the Liguilla but not in the regular season"
    barred: list[tuple[str, int]] = []
    taken = 0
    for row in rows:
        if taken == fmt.qualifiers:
            break
        if row.team in playing:
            taken += 1
        else:
            barred.append((row.team, row.position))
    # The barred teams' places go to the best-placed Liguilla teams below the line they left.
    inside = [r.team for r in rows if r.team in playing]
    line_teams = inside[fmt.qualifiers - len(barred) :]
    return [(team, pos, line_teams[i] if i < len(line_teams) else "") for i, (team, pos) in enumerate(barred)], None
