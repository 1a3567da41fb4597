"""Paths against the resolver: every way the open ties can go is written into the file,
resolved, and the next round's pairings read off; paths() must list exactly those."""

from __future__ import annotations

from itertools import product

from liguilla_tui.core.paths import LOSES, WINS, path_words, paths

T = ("Leones", "Tigres", "Pumas", "Gallos", "Toros", "Rayos", "Zorros", "Lobos", "Potros", "Halcones")


def meetings_of(resolved, rounds: set[str]) -> set[tuple]:
    return {
        (p.team, m.via, m.round_key, m.opponent, m.hosts)
        for p in paths(resolved)
        for m in p.meetings
        if m.round_key in rounds
    }


def pairings(resolved, round_key: str, via: dict[str, str | None]) -> set[tuple]:
    """(team, via, round, opponent, hosts) for every pairing of the round, as resolved."""
    found = set()
    for tie in resolved.round(round_key).ties:
        assert tie.teams is not None, tie
        high, low = tie.teams
        found |= {(high, via.get(high), round_key, low, True), (low, via.get(low), round_key, high, False)}
    return found


def test_semifinal_opponents_and_hosts_follow_reseeding(kit):
    # QF 1 v 8 and 2 v 7 open; Pumas (3) and Toros (5, an upset) through already.
    fixed = [
        kit.leg("quarterfinals", number, home, away, score)
        for number, home, away, score in (
            (1, "Rayos", "Pumas", (0, 1)),
            (2, "Pumas", "Rayos", (2, 0)),
            (1, "Toros", "Gallos", (1, 0)),
            (2, "Gallos", "Toros", (0, 0)),
            (1, "Lobos", "Leones", (1, 0)),
            (1, "Zorros", "Tigres", (0, 0)),
        )
    ]
    resolved = kit.resolve_text(kit.season_text(table=T[:8], format="liga-mx-2012", legs=fixed))
    expected = set()
    for w1, w2 in product(("Leones", "Lobos"), ("Tigres", "Zorros")):
        second_legs = [
            kit.leg("quarterfinals", 2, "Leones", "Lobos", (5, 0) if w1 == "Leones" else (0, 5)),
            kit.leg("quarterfinals", 2, "Tigres", "Zorros", (5, 0) if w2 == "Tigres" else (0, 5)),
        ]
        world = kit.resolve_text(kit.season_text(table=T[:8], format="liga-mx-2012", legs=fixed + second_legs))
        expected |= pairings(world, "semifinals", {w1: WINS, w2: WINS})
    assert meetings_of(resolved, {"semifinals"}) == expected
    # Re-seeding: Toros (5) host Zorros (7) if Zorros and Lobos both win, visit Leones (1) if both
    # higher seeds win, else visit Pumas (3).
    assert {(m[3], m[4]) for m in expected if m[0] == "Toros"} == {
        ("Zorros", True),
        ("Leones", False),
        ("Pumas", False),
    }
    lobos = next(p for p in paths(resolved) if p.team == "Lobos")
    assert lobos.complete
    assert path_words(lobos) == "if it wins: Semi-finals v Pumas or Tigres (2nd leg away)"


def test_play_in_paths_for_winners_and_losers(kit):
    # 2023 format, nothing played: play-in ties 7 v 8 and 9 v 10 open, the 8th place and QF 1 v 8 waiting.
    def text(legs):
        return kit.season_text(table=T[:10], format="liga-mx-2023-play-in", legs=legs)

    resolved = kit.resolve_text(text([]))

    def via_of(w1, w2):
        return {
            w1: WINS,
            w2: WINS,
            ({"Zorros", "Lobos"} - {w1}).pop(): LOSES,
            ({"Potros", "Halcones"} - {w2}).pop(): LOSES,
        }

    expected = set()
    for w1, w2 in product(("Zorros", "Lobos"), ("Potros", "Halcones")):
        playin = [
            kit.leg("playin", 1, "Zorros", "Lobos", (1, 0) if w1 == "Zorros" else (0, 1)),
            kit.leg("playin", 1, "Potros", "Halcones", (1, 0) if w2 == "Potros" else (0, 1)),
        ]
        after_playin = kit.resolve_text(text(playin))
        expected |= pairings(after_playin, "playin_8th", via_of(w1, w2))
        high, low = kit.find_tie(after_playin, "Play-in for 8th").teams
        for w8 in (high, low):
            p8 = [kit.leg("playin_8th", 1, high, low, (1, 0) if w8 == high else (0, 1))]
            world = kit.resolve_text(text(playin + p8))
            # Only the play-in's teams and the QF's waiting sides: QF 3 v 6 and 4 v 5 are open ties.
            for entry in pairings(world, "quarterfinals", via_of(w1, w2)):
                if entry[0] in ("Leones", "Tigres", w1):
                    expected.add(entry)
    got = {
        m
        for m in meetings_of(resolved, {"playin_8th", "quarterfinals"})
        if m[0] in ("Leones", "Tigres", "Zorros", "Lobos", "Potros", "Halcones")
    }
    # A P8 side's quarter-final comes after a round it has yet to play: its next round is the P8.
    expected = {e for e in expected if not (e[2] == "quarterfinals" and e[0] in ("Potros", "Halcones"))}
    assert got == expected
    assert ("Zorros", LOSES, "playin_8th", "Potros", True) in got  # the loser of 7 v 8 hosts the 8th-place match
    assert ("Zorros", WINS, "quarterfinals", "Tigres", False) in got  # seed 7 visits seed 2 last
    assert {m[3] for m in got if m[0] == "Leones"} == {"Zorros", "Lobos", "Potros", "Halcones"}


def test_no_paths_once_everything_is_decided(kit):
    resolved = kit.resolve_text(kit.SEASON_2013.read_text(encoding="utf-8"))
    assert resolved.champion is not None and paths(resolved) == []


def test_past_the_bound_on_worlds_a_team_is_listed_incomplete(kit):
    # 32 teams, 16 first-round ties all open: 2^16 ways, past the resolver's 256 worlds.
    names = [f"Equipo {i}" for i in range(1, 33)]
    fmt = {
        "qualifiers": 32,
        "rounds": [
            {
                "key": "r32",
                "name": "Round of 32",
                "short": "R32",
                "legs": 1,
                "pairing": {"seeds": [[i, 33 - i] for i in range(1, 17)]},
                "tiebreak": ["penalties"],
            },
            {
                "key": "r16",
                "name": "Round of 16",
                "short": "R16",
                "legs": 1,
                "pairing": "reseed",
                "tiebreak": ["penalties"],
            },
        ],
    }
    rows = [
        {"pos": i, "team": name, "pld": 40 - i, "w": 0, "d": 40 - i, "l": 0, "gf": 0, "ga": 0, "gd": 0, "pts": 40 - i}
        for i, name in enumerate(names, start=1)
    ]
    resolved = kit.resolve_text(kit.season_text(table=rows, format=fmt))
    assert not resolved.errors and len(resolved.qualified) == 32
    found = {p.team: p for p in paths(resolved)}
    assert set(found) == set(names)
    assert not any(p.complete for p in found.values())
    assert path_words(found["Equipo 1"]) == "next round not followed: too many ways the open ties can go"


def test_three_possible_opponents_are_listed_with_commas():
    from liguilla_tui.core.paths import Meeting, TeamPaths

    meetings = tuple(
        Meeting("semifinals", "Semi-finals", name, hosts, WINS)
        for name, hosts in (("Cruz Azul", True), ("Santos Laguna", True), ("UNAM", True), ("América", False))
    )
    said = path_words(TeamPaths("UANL", meetings, True))
    assert said == (
        "if it wins: Semi-finals v Cruz Azul, Santos Laguna or UNAM (hosting the 2nd leg), or América (2nd leg away)"
    )
