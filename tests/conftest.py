"""Shared test set-up: journals, cached seasons and settings live in temporary folders, never the user's."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path, monkeypatch):
    monkeypatch.setenv("LIGUILLA_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("LIGUILLA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # settings: never the user's
    monkeypatch.delenv("LIGUILLA_CONFIG", raising=False)


# --- a season whose every text says something to the terminal ----------------------------

# OSC 52 (write the clipboard: "PWNED" in base64), OSC 2 (set the window title), OSC 8 (a
# hyperlink), CSI (7-bit clear screen, 8-bit reverse video), Textual markup that quits when
# clicked, a bidi override and a zero-width space. Both string terminators (ST and BEL).
ATTACK = ("\x1b]52;c;UFdORUQ=\x1b\\\x1b]52;c;UFdORUQ=\x07\x1b]2;PWNED\x1b\\\x1b]2;PWNED\x07"
          "\x1b]8;;http://evil.example/\x1b\\L\x1b]8;;\x1b\\\x1b[2J\x9b7m[b]\u202e\u200b")


def hostile(tag: str) -> str:
    """`tag` behind a clickable quit and before every attack: the markup shows first, where
    a cut cell still shows it."""
    return f"[@click=app.quit]{tag}[/]{ATTACK}"


# A file name may hold any byte but "/" and NUL.
HOSTILE_FILE_NAME = "\x1b]52;c;UFdORUQ=\x07\x1b]2;PWNED\x1b\\\x1b]8;;x:y\x1b\\\x9b2J[@click=app.quit]f[b]\u202e.yaml"


def hostile_season_text() -> str:
    """The bundled 2013 Clausura with every text field hostile: title, competition,
    tournament, source, notes, round names and shorts, teams, managers, captains (and
    their nationalities), players, barred reasons."""
    import yaml

    from liguilla_tui.seasons import default_season

    data = yaml.safe_load(default_season().read_text(encoding="utf-8"))
    teams = {t["name"]: hostile(f"T{i}") for i, t in enumerate(data["teams"])}
    players: dict[str, str] = {}

    def player(name: str) -> str:
        return players.setdefault(name, hostile(f"P{len(players)}"))

    for i, team in enumerate(data["teams"]):
        team["name"] = teams[team["name"]]
        team["aliases"] = []
        for role in ("manager", "captain"):
            team[role] = {"name": hostile(f"{role[0].upper()}{i}"), "nationality": hostile(f"{role[0]}n{i}")}
    for row in data["table"]:
        row["team"] = teams[row["team"]]
    for barred in data["barred"]:
        barred.update(team=teams[barred["team"]], reason=hostile("why"))
    for match in data["matches"]:
        match["home"], match["away"] = teams[match["home"]], teams[match["away"]]
        for goal in match.get("goals", []):
            goal["team"] = teams[goal["team"]]
            if goal.get("player"):
                goal["player"] = player(goal["player"])
    stated = data["stated"]
    stated.update(champion=teams[stated["champion"]], runner_up=teams[stated["runner_up"]])
    stated["top_scorer"]["player"] = player(stated["top_scorer"]["player"])
    data.update(title=hostile("title"), competition=hostile("comp"), tournament=hostile("tour"),
                source=hostile("src"), notes=[hostile("note")])
    data["format"] = {"preset": "liga-mx-2012", "rounds": [
        {"key": key, "name": hostile(f"N{key[:2]}"), "short": hostile(f"S{key[:2]}")}
        for key in ("quarterfinals", "semifinals", "final")]}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6)


@pytest.fixture
def hostile_season(tmp_path):
    """The hostile season, in a file whose name is hostile too."""
    path = tmp_path / HOSTILE_FILE_NAME
    path.write_text(hostile_season_text(), encoding="utf-8")
    return path
