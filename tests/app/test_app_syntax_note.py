"""A YAML syntax error shows, in the app too, where the unclosed construct began."""

from __future__ import annotations

import shutil

from liguilla_tui.app import LiguillaApp
from liguilla_tui.core.load import load_season
from liguilla_tui.seasons import default_season


async def test_opening_a_file_with_an_unclosed_bracket_names_where_it_opened(tmp_path):
    path = tmp_path / "season.yaml"
    shutil.copy(default_season(), path)
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "competition: Liga MX\nyear: 2013\nteams: [América, Cruz Azul\nformat: liga-mx-2012\n", encoding="utf-8"
    )
    app = LiguillaApp(load_season(path))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(4):
            await pilot.pause()
        app.open_path(bad)
        for _ in range(4):
            await pilot.pause()
        messages = [n.message for n in app._notifications]
        shown = next(m for m in messages if "YAML syntax" in m)
        assert f"{bad}:4:7: error: YAML syntax" in shown
        assert f"{bad}:3:8: note: the '[' opened here" in shown
