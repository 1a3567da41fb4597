"""Issue 13's fixes to the goals dialog: ticks per goal, the team credited, a minute field
wide enough for 90+3, raising the score to list a goal, the focused cell's team first,
and Escape asking before goals typed are thrown away.

QF 1, leg 1 of the bundled season: Monterrey 1-0 UANL, Humberto Suazo 18'.
"""

from __future__ import annotations

from textual.widgets import Checkbox, DataTable, Input, Select

from liguilla_tui.screens.choice import ChoiceScreen
from liguilla_tui.screens.goals import GoalsScreen


async def _dialog(ui, pilot, *keys: str) -> GoalsScreen:
    """QF 1 leg 1's goals dialog, after `keys` pressed in the grid."""
    await ui.goto_tab(pilot, 2)
    await pilot.press(*keys, "g")
    await ui.settle(pilot)
    assert isinstance(pilot.app.screen, GoalsScreen)
    return pilot.app.screen


def _leg(ui, app):
    return ui.find_leg(app.document.season, "quarterfinals", 1, "UANL")


async def test_penalty_and_own_goal_ticks_reset_after_each_goal(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        dialog = await _dialog(ui, pilot, "plus", "plus")  # Monterrey 3-0: two goals to spare
        dialog.query_one("#penalty", Checkbox).value = True
        dialog.query_one("#own_goal", Checkbox).value = True
        dialog.query_one("#player", Input).focus()
        await pilot.press(*"Somebody", "enter")
        await ui.settle(pilot)
        assert [g.player for g in dialog.goals if g.penalty and g.own_goal] == ["Somebody"]
        assert not dialog.query_one("#penalty", Checkbox).value
        assert not dialog.query_one("#own_goal", Checkbox).value
        await pilot.press(*"Another", "enter")  # the next goal: neither ticked
        await ui.settle(pilot)
        another = next(g for g in dialog.goals if g.player == "Another")
        assert (another.penalty, another.own_goal) == (False, False)


async def test_the_team_field_says_it_is_the_team_credited(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        dialog = await _dialog(ui, pilot)
        team = dialog.query_one("#team", Select)
        label = ui.find_on_screen(app, "Goal for")
        assert label is not None
        # On the same line as the team field, just left of it.
        assert label[1] == team.region.y + 1 and label[0] < team.region.x
        assert "counts for" in str(team.tooltip)


async def test_the_minute_field_shows_90_plus_3_and_its_hint_whole(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        dialog = await _dialog(ui, pilot)
        minute = dialog.query_one("#minute", Input)
        assert ui.find_on_screen(app, "min 90+3") is not None  # the placeholder, not cut
        minute.focus()
        await pilot.press(*"90+3")
        await ui.settle(pilot)
        at = ui.find_on_screen(app, "90+3")
        assert at is not None and minute.region.x <= at[0] < minute.region.right
        assert minute.content_region.width >= len("90+3") + 1  # room for the cursor too


async def test_a_goal_beyond_the_score_offers_to_raise_it(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        dialog = await _dialog(ui, pilot)
        before = app.document.season
        await pilot.press(*"Aldo de Nigris", "tab", *"77", "enter")
        await ui.settle(pilot)
        question = app.screen
        assert isinstance(question, ChoiceScreen)
        assert "Raise the score to Monterrey 2–0 UANL" in ui.static_text(question.query_one(".question"))
        await pilot.press("enter")  # "Raise and add" is the default
        await ui.settle(pilot)
        assert app.screen is dialog
        assert [r[2] for r in ui.row_list(dialog.query_one("#events", DataTable))] == [
            "Humberto Suazo",
            "Aldo de Nigris",
        ]
        assert "Monterrey 2–0 UANL" in ui.static_text(dialog.query_one("#heading"))
        assert app.document.season is before  # nothing applied before Done
        await pilot.click("#done")
        await ui.settle(pilot)
        leg = _leg(ui, app)
        assert leg.score == (2, 0) and [g.player for g in leg.goals] == ["Humberto Suazo", "Aldo de Nigris"]
        assert ui.summary(app, "quarterfinals", 0) == "Monterrey win 3–1 on aggregate"
        await pilot.press("ctrl+z")  # score and goal are one edit
        await ui.settle(pilot)
        assert app.document.season is before


async def test_declining_the_raise_adds_nothing(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        dialog = await _dialog(ui, pilot)
        await pilot.press(*"Somebody", "enter")
        await ui.settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("escape")
        await ui.settle(pilot)
        assert app.screen is dialog and len(dialog.goals) == 1
        assert "raise the score first" in ui.static_text(dialog.query_one(".status"))


async def test_the_focused_cells_team_is_the_default(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        dialog = await _dialog(ui, pilot, "l")  # UANL's cell of leg 1
        assert dialog.query_one("#team", Select).value == "UANL"
        await pilot.press("escape")
        await ui.settle(pilot)
        await pilot.press("h", "g")  # Monterrey's cell
        await ui.settle(pilot)
        assert app.screen.query_one("#team", Select).value == "Monterrey"


async def test_escape_with_goals_added_asks_before_discarding_them(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        dialog = await _dialog(ui, pilot, "plus")  # 2-0: a goal to spare
        before = app.document.season
        await pilot.press(*"Somebody", "enter")
        await ui.settle(pilot)
        await pilot.press("escape")
        await ui.settle(pilot)
        question = app.screen
        assert isinstance(question, ChoiceScreen)
        assert "Discard" in ui.static_text(question.query_one(".question"))
        await pilot.press("escape")  # Keep editing
        await ui.settle(pilot)
        assert app.screen is dialog and [g.player for g in dialog.goals][-1] == "Somebody"
        await pilot.press("escape")
        await ui.settle(pilot)
        await pilot.click("#answer-discard")
        await ui.settle(pilot)
        assert not isinstance(app.screen, (GoalsScreen, ChoiceScreen))
        assert app.document.season is before


async def test_escape_without_changes_closes_at_once_though_the_list_was_reordered(ui, season_path):
    # QF 4 leg 1 lists its goals out of minute order (…, 80', 2', 89'); the dialog shows
    # them sorted, which is no change of the user's to ask about.
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        for _ in range(6):
            await pilot.press("j")
        await pilot.press("g")
        await ui.settle(pilot)
        assert isinstance(app.screen, GoalsScreen)
        assert "Cruz Azul 4–2 Morelia" in ui.static_text(app.screen.query_one("#heading"))
        await pilot.press("escape")
        await ui.settle(pilot)
        assert not isinstance(app.screen, (GoalsScreen, ChoiceScreen))
        assert not app.document.dirty
        await pilot.press("g")
        await ui.settle(pilot)
        await pilot.click("#done")  # nor is Done without a change an edit
        await ui.settle(pilot)
        assert not isinstance(app.screen, GoalsScreen)
        assert not app.document.dirty and not app.document.history.can_undo
