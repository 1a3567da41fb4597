"""Synthetic seasons in the project's season format, for the scale benchmark.

`season_text(n, seed)`: an N-team two-legged knockout (N a power of two, 4..64): the
format as a mapping (`qualifiers: N`; first round `pairing: {seeds: [[1, N], [2, N-1],
...]}`; later rounds `pairing: reseed`; tiebreak [away_goals, higher_seed], the final
[extra_time, penalties]), an N-row general table consistent with its own checks, and
every leg played with seeded random scores and goal events. Later rounds' pairings are
found by the project's own resolve(), round by round, so the file is valid by
construction (`check` gives no errors).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from liguilla_tui.core.load import load_season_text
from liguilla_tui.core.resolve import resolve

TWO_LEGS = "[away_goals, higher_seed]"
FINAL = "[extra_time, penalties]"


def team_name(index: int) -> str:
    return f"Club {index + 1:02d}"


def rounds_for(n: int) -> list[tuple[str, str, str]]:
    """(key, name, short) from the first round to the final."""
    out = []
    teams = n
    while teams > 8:
        out.append((f"r{teams}", f"Round of {teams}", f"R{teams}"))
        teams //= 2
    named = [("quarterfinals", "Quarter-finals", "QF"), ("semifinals", "Semi-finals", "SF"),
             ("final", "Final", "F")]
    return out + named[{8: 0, 4: 1, 2: 2}[teams]:]


def _format(n: int) -> list[str]:
    lines = ["format:", f"  qualifiers: {n}", "  rounds:"]
    for index, (key, name, short) in enumerate(rounds_for(n)):
        pairing = ("{seeds: [" + ", ".join(f"[{s}, {n + 1 - s}]" for s in range(1, n // 2 + 1)) + "]}"
                   if index == 0 else "reseed")
        lines += [f"    - key: {key}", f"      name: {name}", f"      short: {short}", "      legs: 2",
                  f"      pairing: {pairing}", f"      tiebreak: {FINAL if key == 'final' else TWO_LEGS}"]
    return lines


def _table(n: int, rng: random.Random) -> list[str]:
    played = n - 1
    rows = []
    for index in range(n):
        won = rng.randint(0, played)
        drawn = rng.randint(0, played - won)
        lost = played - won - drawn
        goals_for = won * 2 + drawn + rng.randint(0, played)
        goals_against = lost * 2 + drawn + rng.randint(0, played)
        rows.append((3 * won + drawn, goals_for - goals_against, goals_for, index, won, drawn, lost, goals_against))
    rows.sort(key=lambda r: (-r[0], -r[1], -r[2], r[3]))
    lines = ["table:"]
    for pos, (pts, gd, gf, index, won, drawn, lost, ga) in enumerate(rows, start=1):
        lines.append(f"  - {{pos: {pos}, team: {team_name(index)}, pld: {played}, w: {won}, d: {drawn}, "
                     f"l: {lost}, gf: {gf}, ga: {ga}, gd: {gd}, pts: {pts}}}")
    return lines


def _goals(home: str, away: str, score: tuple[int, int], rng: random.Random, low: int = 1, high: int = 90) -> list[str]:
    events = [(rng.randint(low, high), team) for team, count in ((home, score[0]), (away, score[1]))
              for _ in range(count)]
    return [f"      - {{team: {team}, player: {team} No{rng.randint(1, 11)}, minute: {minute}}}"
            for minute, team in sorted(events)]


def _leg(key: str, number: int, date: dt.date, home: str, away: str, rng: random.Random,
         extra: tuple[int, int] | None = None, pens: tuple[int, int] | None = None,
         score: tuple[int, int] | None = None) -> list[str]:
    score = score or (rng.choice((0, 0, 1, 1, 1, 2, 2, 3)), rng.choice((0, 0, 1, 1, 2, 2, 3)))
    lines = [f"  - round: {key}", f"    leg: {number}", f"    date: {date.isoformat()}",
             f"    home: {home}", f"    away: {away}", f"    score: [{score[0]}, {score[1]}]"]
    if extra is not None:
        lines.append(f"    extra_time: [{extra[0]}, {extra[1]}]")
    if pens is not None:
        lines.append(f"    penalties: [{pens[0]}, {pens[1]}]")
    goals = _goals(home, away, score, rng)
    if extra is not None:
        goals += _goals(home, away, extra, rng, 91, 120)
    if goals:
        lines += ["    goals:", *goals]
    return lines


def _final_legs(key: str, date: dt.date, higher: str, lower: str, rng: random.Random) -> list[str]:
    first = (rng.randint(0, 2), rng.randint(0, 2))            # lower seed at home
    second = (rng.randint(0, 2), rng.randint(0, 2))           # higher seed at home
    level = first[1] + second[0] == first[0] + second[1]
    extra = pens = None
    if level:
        extra = rng.choice(((0, 0), (1, 0), (0, 1), (1, 1)))
        if extra[0] == extra[1]:
            pens = rng.choice(((4, 2), (5, 4), (3, 5), (2, 4)))
    return (_leg(key, 1, date, lower, higher, rng, score=first)
            + _leg(key, 2, date + dt.timedelta(days=3), higher, lower, rng, extra, pens, second))


def season_text(n: int, seed: int = 6) -> str:
    if n < 4 or n > 64 or n & (n - 1):
        raise ValueError("n must be a power of two from 4 to 64")
    rng = random.Random(seed * 1000 + n)
    head = [f"# Synthetic {n}-team Liguilla for benchmarks (seed {seed}); generated, not real.",
            "competition: Synthetic League", "tournament: Benchmark", "year: 2030",
            f'title: "Synthetic {n}-team Liguilla"', "dates: {start: 2030-05-01, end: 2030-07-30}",
            *_format(n), "teams:", *(f"  - name: {team_name(i)}" for i in range(n)), *_table(n, rng)]
    matches: list[str] = []
    date = dt.date(2030, 5, 1)
    for key, _name, _short in rounds_for(n):
        text = "\n".join(head + ["matches:" if matches else "matches: []", *matches]) + "\n"
        loaded = load_season_text(text, f"<synthetic {n}>")
        assert loaded.season is not None, loaded.diagnostics[:3]
        ties = resolve(loaded.season).round(key).ties
        for tie in ties:
            higher, lower = tie.higher.team, tie.lower.team
            assert higher and lower, f"{key}: pairing not known"
            if key == "final":
                matches += _final_legs(key, date, higher, lower, rng)
            else:
                matches += _leg(key, 1, date, lower, higher, rng) + _leg(key, 2, date + dt.timedelta(days=3),
                                                                          higher, lower, rng)
        date += dt.timedelta(days=7)
    return "\n".join(head + ["matches:", *matches]) + "\n"


def with_undecided(season, ties: int):
    """The season with the last leg of the first `ties` first-round ties unplayed again:
    the state mid-round, when later rounds have several possible pairings."""
    from liguilla_tui.core import edits

    first = resolve(season).rounds[0]
    for tie in first.ties[:ties]:
        leg = tie.legs[-1].leg
        season = edits.set_score(season, first.spec.key, tie.legs[-1].number, leg.home, leg.away, None)
    return season


def write_season(folder: Path, n: int, seed: int = 6) -> Path:
    path = folder / f"synthetic-{n}.yaml"
    path.write_text(season_text(n, seed), encoding="utf-8")
    return path


if __name__ == "__main__":  # pragma: no cover
    import sys

    print(season_text(int(sys.argv[1]) if len(sys.argv) > 1 else 16), end="")
