"""The date and minute dialogs name the tie as its card does: the round's words in the
user's language ("CF 1 vs. 8" in Spanish), not the tie's internal label ("QF 1 v 8")."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from liguilla_tui import i18n
from liguilla_tui.screens.minute import MinuteScreen
from liguilla_tui.screens.schedule import ScheduleScreen


@pytest.mark.parametrize(
    ("language", "date_heading", "minute_heading"),
    [
        ("en", "QF 1 v 8, leg 1: Monterrey v UANL", "QF 1 v 8, leg 2: UANL v Monterrey"),
        ("es_MX", "CF 1 vs. 8, partido 1: Monterrey vs. UANL", "CF 1 vs. 8, partido 2: UANL vs. Monterrey"),
    ],
)
async def test_the_leg_dialogs_name_the_tie_as_its_card_does(ui, season_path, language, date_heading, minute_heading):
    i18n.set_language(language)
    try:
        app = ui.open_app(season_path)
        async with app.run_test(size=ui.SIZE) as pilot:
            await ui.goto_tab(pilot, 2)
            title = ui.tie_title(app, "quarterfinals", 0)
            assert title.startswith(date_heading[:8])  # the card's own words
            await pilot.press("d")
            await ui.settle(pilot)
            assert isinstance(app.screen, ScheduleScreen)
            assert ui.static_text(app.screen.query(Static).first()) == date_heading
            await pilot.press("escape", "down", "L", "M")
            await ui.settle(pilot)
            assert isinstance(app.screen, MinuteScreen)
            assert ui.static_text(app.screen.query(Static).first()) == minute_heading
    finally:
        i18n.set_language(None)
