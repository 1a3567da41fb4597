"""Synthetic seasons in the project's season format, for the scale benchmark.

`season_text(n, seed)`: an N-team two-legged knockout (N a power of two, 4..64): the
format as a mapping (`qualifiers: N`; first round `pairing: {seeds: [[1, N], [2, N-1],
...]}`; later rounds `pairing: reseed`; tiebreak [away_goals, higher_seed], the final
[extra_time, penalties]), an N-row general table consistent with its own checks, and
every leg played with seeded random scores and goal events. Later rounds' pairings are
found by the project's own resolve(), round by round, so the file is valid by
construction (`check` gives no errors).

`regular_season_text(seed)`: an 18-team double round robin, 306 `results` (18 x 17),
matchdays 1..34 of 9 matches each (circle method; matchdays 18..34 repeat 1..17 with
home and away swapped, so every team hosts every other once), a date and kickoff for
each, seeded random scores. No stated `table`: with `results` the format docs make the
general table computed from them (`format: {preset: liga-mx-2012, table_order: [points,
goal_difference, goals_for, head_to_head]}`), and its top 8 play the preset's 8-team
Liguilla, every leg played (found by resolve() as above) down to a champion. Checked
here: no error diagnostics from load_season_text nor from resolve().
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
    named = [("quarterfinals", "Quarter-finals", "QF"), ("semifinals", "Semi-finals", "SF"), ("final", "Final", "F")]
    return out + named[{8: 0, 4: 1, 2: 2}[teams] :]


def _format(n: int) -> list[str]:
    lines = ["format:", f"  qualifiers: {n}", "  rounds:"]
    for index, (key, name, short) in enumerate(rounds_for(n)):
        pairing = (
            "{seeds: [" + ", ".join(f"[{s}, {n + 1 - s}]" for s in range(1, n // 2 + 1)) + "]}"
            if index == 0
            else "reseed"
        )
        lines += [
            f"    - key: {key}",
            f"      name: {name}",
            f"      short: {short}",
            "      legs: 2",
            f"      pairing: {pairing}",
            f"      tiebreak: {FINAL if key == 'final' else TWO_LEGS}",
        ]
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
        lines.append(
            f"  - {{pos: {pos}, team: {team_name(index)}, pld: {played}, w: {won}, d: {drawn}, "
            f"l: {lost}, gf: {gf}, ga: {ga}, gd: {gd}, pts: {pts}}}"
        )
    return lines


def _goals(home: str, away: str, score: tuple[int, int], rng: random.Random, low: int = 1, high: int = 90) -> list[str]:
    events = [
        (rng.randint(low, high), team) for team, count in ((home, score[0]), (away, score[1])) for _ in range(count)
    ]
    return [
        f"      - {{team: {team}, player: {team} No{rng.randint(1, 11)}, minute: {minute}}}"
        for minute, team in sorted(events)
    ]


def _leg(
    key: str,
    number: int,
    date: dt.date,
    home: str,
    away: str,
    rng: random.Random,
    extra: tuple[int, int] | None = None,
    pens: tuple[int, int] | None = None,
    score: tuple[int, int] | None = None,
) -> list[str]:
    score = score or (rng.choice((0, 0, 1, 1, 1, 2, 2, 3)), rng.choice((0, 0, 1, 1, 2, 2, 3)))
    lines = [
        f"  - round: {key}",
        f"    leg: {number}",
        f"    date: {date.isoformat()}",
        f"    home: {home}",
        f"    away: {away}",
        f"    score: [{score[0]}, {score[1]}]",
    ]
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
    first = (rng.randint(0, 2), rng.randint(0, 2))  # lower seed at home
    second = (rng.randint(0, 2), rng.randint(0, 2))  # higher seed at home
    level = first[1] + second[0] == first[0] + second[1]
    extra = pens = None
    if level:
        extra = rng.choice(((0, 0), (1, 0), (0, 1), (1, 1)))
        if extra[0] == extra[1]:
            pens = rng.choice(((4, 2), (5, 4), (3, 5), (2, 4)))
    return _leg(key, 1, date, lower, higher, rng, score=first) + _leg(
        key, 2, date + dt.timedelta(days=3), higher, lower, rng, extra, pens, second
    )


def season_text(n: int, seed: int = 6) -> str:
    if n < 4 or n > 64 or n & (n - 1):
        raise ValueError("n must be a power of two from 4 to 64")
    rng = random.Random(seed * 1000 + n)
    head = [
        f"# Synthetic {n}-team Liguilla for benchmarks (seed {seed}); generated, not real.",
        "competition: Synthetic League",
        "tournament: Benchmark",
        "year: 2030",
        f'title: "Synthetic {n}-team Liguilla"',
        "dates: {start: 2030-05-01, end: 2030-07-30}",
        *_format(n),
        "teams:",
        *(f"  - name: {team_name(i)}" for i in range(n)),
        *_table(n, rng),
    ]
    return _play_knockout(
        head, [key for key, _name, _short in rounds_for(n)], dt.date(2030, 5, 1), rng, f"<synthetic {n}>"
    )


def _play_knockout(head: list[str], round_keys: list[str], date: dt.date, rng: random.Random, label: str) -> str:
    """The file `head` + `matches:`, every leg of every round played; each round's pairings
    from resolve() on the file so far, so the legs fit the bracket."""
    matches: list[str] = []
    for key in round_keys:
        text = "\n".join(head + ["matches:" if matches else "matches: []", *matches]) + "\n"
        loaded = load_season_text(text, label)
        assert loaded.season is not None, loaded.diagnostics[:3]
        ties = resolve(loaded.season).round(key).ties
        for tie in ties:
            higher, lower = tie.higher.team, tie.lower.team
            assert higher and lower, f"{key}: pairing not known"
            if key == "final":
                matches += _final_legs(key, date, higher, lower, rng)
            else:
                matches += _leg(key, 1, date, lower, higher, rng) + _leg(
                    key, 2, date + dt.timedelta(days=3), higher, lower, rng
                )
        date += dt.timedelta(days=7)
    return "\n".join(head + ["matches:", *matches]) + "\n"


# ---- an 18-team double round robin and its Liguilla -------------------------------
RS_TEAMS = 18
RS_MATCHDAYS = 2 * (RS_TEAMS - 1)  # 34
RS_RESULTS = RS_TEAMS * (RS_TEAMS - 1)  # 306
RS_FORMAT = "{preset: liga-mx-2012, table_order: [points, goal_difference, goals_for, head_to_head]}"
_RS_FIRST_MATCHDAY = dt.date(2030, 1, 4)  # a Friday; one matchday a week
# (days after the Friday, kickoff) for the 9 matches of a matchday: Fri 2, Sat 4, Sun 3.
_RS_SLOTS = (
    (0, "19:00"),
    (0, "21:00"),
    (1, "17:00"),
    (1, "17:00"),
    (1, "19:00"),
    (1, "21:00"),
    (2, "12:00"),
    (2, "17:00"),
    (2, "19:00"),
)
_HOME_GOALS = (24, 32, 24, 11, 6, 3)  # weights for 0..5 goals
_AWAY_GOALS = (33, 35, 20, 8, 3, 1)


def round_robin(teams: int = RS_TEAMS) -> list[list[tuple[int, int]]]:
    """Matchdays of (home, away) team indices: circle method (Berger) for the first half,
    the second half the same pairings with home and away swapped."""
    assert teams % 2 == 0
    others = list(range(teams - 1))
    fixed = teams - 1
    first_half = []
    for day in range(teams - 1):
        circle = others[day:] + others[:day]
        pairs = [(fixed, circle[0]) if day % 2 == 0 else (circle[0], fixed)]
        for i in range(1, teams // 2):
            a, b = circle[i], circle[-i]
            pairs.append((a, b) if i % 2 else (b, a))  # 8 or 9 home games a half, 16 breaks
        first_half.append(pairs)
    return first_half + [[(away, home) for home, away in day] for day in first_half]


def _results(rng: random.Random) -> tuple[list[str], dt.date]:
    lines = ["results:"]
    last = _RS_FIRST_MATCHDAY
    for number, pairs in enumerate(round_robin(), start=1):
        friday = _RS_FIRST_MATCHDAY + dt.timedelta(weeks=number - 1)
        for (home, away), (days, kickoff) in zip(pairs, _RS_SLOTS):
            last = friday + dt.timedelta(days=days)
            score = (rng.choices(range(6), _HOME_GOALS)[0], rng.choices(range(6), _AWAY_GOALS)[0])
            lines.append(
                f'  - {{matchday: {number}, date: {last.isoformat()}, kickoff: "{kickoff}", '
                f"home: {team_name(home)}, away: {team_name(away)}, score: [{score[0]}, {score[1]}]}}"
            )
    return lines, last


def regular_season_text(seed: int = 6) -> str:
    """306 results and the Liguilla they qualify for, down to a champion (see the docstring)."""
    rng = random.Random(seed * 1000 + RS_RESULTS)
    results, last_matchday = _results(rng)
    liguilla_start = last_matchday + dt.timedelta(days=4)
    final_leg2 = liguilla_start + dt.timedelta(days=17)  # three rounds a week apart, legs 3 days apart
    head = [
        (
            f"# Synthetic {RS_TEAMS}-team double round robin ({RS_RESULTS} results) and its Liguilla, for "
            f"benchmarks (seed {seed}); generated, not real."
        ),
        "# The general table is computed from `results`; `matches` are the Liguilla legs.",
        "competition: Synthetic League",
        "tournament: Benchmark",
        "year: 2030",
        f'title: "Synthetic {RS_RESULTS}-match regular season and Liguilla"',
        f"dates: {{start: {liguilla_start.isoformat()}, end: {final_leg2.isoformat()}}}",
        f"format: {RS_FORMAT}",
        "teams:",
        *(f"  - name: {team_name(i)}" for i in range(RS_TEAMS)),
        *results,
    ]
    loaded = load_season_text("\n".join(head + ["matches: []"]) + "\n", "<synthetic regular season>")
    assert loaded.season is not None, loaded.diagnostics[:3]
    keys = [spec.key for spec in loaded.season.format.rounds]
    text = _play_knockout(head, keys, liguilla_start, rng, "<synthetic regular season>")
    _assert_valid(text)
    return text


def _assert_valid(text: str) -> None:
    """What `liguilla check` would say: no errors, from loading or from resolving; a champion."""
    loaded = load_season_text(text, "<synthetic regular season>")
    assert loaded.season is not None, loaded.diagnostics[:3]
    resolved = resolve(loaded.season)
    errors = [d for d in (*loaded.diagnostics, *resolved.diagnostics) if d.is_error]
    assert not errors, errors[:3]
    assert len(loaded.season.results) == RS_RESULTS, len(loaded.season.results)
    assert resolved.champion is not None, "the Liguilla does not resolve to a champion"


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


def write_regular_season(folder: Path, seed: int = 6) -> Path:
    path = folder / f"synthetic-regular-season-{RS_RESULTS}.yaml"
    path.write_text(regular_season_text(seed), encoding="utf-8")
    return path


if __name__ == "__main__":  # pragma: no cover
    import sys

    if sys.argv[1:2] == ["regular"]:
        print(regular_season_text(), end="")
    else:
        print(season_text(int(sys.argv[1]) if len(sys.argv) > 1 else 16), end="")
