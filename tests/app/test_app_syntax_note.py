"""A YAML syntax error shows, in the app too, where the unclosed construct began."""

from __future__ import annotations

import shutil

from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season
from liguilla_tui.seasons import default_season


async def _notices_on_opening(tmp_path, text: str) -> list[str]:
    """The notifications shown when a file holding `text` is opened over a good season."""
    path = tmp_path / "season.yaml"
    shutil.copy(default_season(), path)
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(4):
            await pilot.pause()
        app.open_path(bad)
        for _ in range(4):
            await pilot.pause()
        return [n.message for n in app._notifications]


async def test_opening_a_file_with_an_unclosed_bracket_names_where_it_opened(tmp_path):
    bad = tmp_path / "bad.yaml"
    messages = await _notices_on_opening(
        tmp_path, "competition: Liga MX\nyear: 2013\nteams: [América, Cruz Azul\nformat: liga-mx-2012\n"
    )
    shown = next(m for m in messages if "YAML syntax" in m)
    assert f"{bad}:4:7: error: YAML syntax" in shown
    assert f"{bad}:3:8: note: the '[' opened here" in shown


async def test_the_error_and_its_note_show_as_two_lines_not_an_escaped_break(tmp_path):
    # The notification once read "...expected ',' or '}'\x0a/tmp/bad.yaml:2:8: note: ...".
    bad = tmp_path / "bad.yaml"
    shown = next(m for m in await _notices_on_opening(tmp_path, "name: x\nteams: {a, b\n") if "YAML syntax" in m)
    assert shown.split("\n") == [
        f"{bad}:3:1: error: YAML syntax: did not find expected ',' or '}}'",
        f"{bad}:2:8: note: the '{{' opened here",
    ]


async def test_a_break_inside_a_name_from_the_file_stays_escaped(tmp_path):
    messages = await _notices_on_opening(tmp_path, 'competition: Liga MX\nyear: 2013\nformat: "liga\\nmx"\n')
    shown = next(m for m in messages if "unknown format" in m)
    line = next(line for line in shown.split("\n") if "unknown format" in line)
    assert "'liga\\x0amx'" in line
