"""Goal events: the goals dialog (g) and what lowering a score does to listed goals."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from liguilla_tui.screens.choice import ChoiceScreen
from liguilla_tui.screens.goals import GoalsScreen


def _scorer(ui, app, player: str) -> list[str]:
    rows = [r for r in ui.row_list(app.query_one("#scorers-table", DataTable)) if r[1] == player]
    assert len(rows) == 1, (player, rows)
    return rows[0]


async def test_add_a_goal_with_completion(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 5)
        # #, Player, Team, Goals, Pen, QF, SF, F
        assert _scorer(ui, app, "Humberto Suazo")[2:6] == ["Monterrey", "2", "", "1"]

        await ui.goto_tab(pilot, 2)
        qf1 = ui.grid(app, "quarterfinals", 0)
        # Without a goal to spare the dialog lists another one only with the score raised.
        await pilot.press("g")
        await ui.settle(pilot)
        assert isinstance(app.screen, GoalsScreen)
        await pilot.press(*"Somebody", "tab", *"50", "enter")
        await ui.settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("escape")  # not raised
        await ui.settle(pilot)
        assert "raise the score first" in ui.static_text(app.screen.query_one(".status"))
        assert app.screen.query_one("#events", DataTable).row_count == 1
        await pilot.press("escape")
        await ui.settle(pilot)
        assert not isinstance(app.screen, GoalsScreen)
        assert not app.document.dirty

        # Monterrey 2-0 UANL, then the goal: Humberto Suazo (completed from "hum"), 90+2.
        await pilot.press("plus")
        await ui.settle(pilot)
        assert ui.find_leg(app.document.season, "quarterfinals", 1, "UANL").score == (2, 0)
        before = app.document.season
        await pilot.press("g")
        await ui.settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, GoalsScreen)
        assert "Goals: Monterrey 2–0 UANL" in ui.screen_text(app)
        player = dialog.query_one("#player", Input)
        assert dialog.focused is player
        await pilot.press(*"hum")
        await ui.settle(pilot)
        await pilot.press("right")  # accept the suggestion
        assert player.value == "Humberto Suazo"
        await pilot.press("tab", *"90+2", "enter")
        await ui.settle(pilot)
        events = ui.row_list(dialog.query_one("#events", DataTable))
        assert [r[:3] for r in events] == [
            ["18'", "Monterrey", "Humberto Suazo"],
            ["90+2'", "Monterrey", "Humberto Suazo"],
        ]
        assert app.document.season is before  # nothing is applied before Done
        await pilot.click("#done")
        await ui.settle(pilot)
        assert not isinstance(app.screen, GoalsScreen)
        assert app.focused is qf1

        leg = ui.find_leg(app.document.season, "quarterfinals", 1, "UANL")
        assert [(g.team, g.player, g.minute, g.penalty, g.own_goal) for g in leg.goals] == [
            ("Monterrey", "Humberto Suazo", "18", False, False),
            ("Monterrey", "Humberto Suazo", "90+2", False, False),
        ]
        assert app.document.history.can_undo and app.document.season is not before

        await ui.goto_tab(pilot, 5)
        assert _scorer(ui, app, "Humberto Suazo")[2:6] == ["Monterrey", "3", "", "2"]
        assert "Humberto Suazo" in ui.screen_text(app)

        # The goal is one undo step.
        await pilot.press("ctrl+z")
        await ui.settle(pilot)
        assert app.document.season is before
        assert _scorer(ui, app, "Humberto Suazo")[3] == "2"


async def test_goals_dialog_rejects_a_bad_minute(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        await pilot.press("plus", "g")
        await ui.settle(pilot)
        assert isinstance(app.screen, GoalsScreen)
        await pilot.press(*"Aldo de Nigris", "tab", *"90+x", "enter")
        await ui.settle(pilot)
        assert "is not a minute" in ui.static_text(app.screen.query_one(".status"))
        await pilot.click("#done")
        await ui.settle(pilot)
        leg = ui.find_leg(app.document.season, "quarterfinals", 1, "UANL")
        assert [g.player for g in leg.goals] == ["Humberto Suazo"]


async def _to_qf4_leg1(ui, pilot):
    """Down from QF 1 through the ties (the cursor crosses cards) to QF 4's leg 1, home cell."""
    await ui.goto_tab(pilot, 2)
    for _ in range(6):
        await pilot.press("j")
    await ui.settle(pilot)
    qf4 = ui.grid(pilot.app, "quarterfinals", 3)
    assert pilot.app.focused is qf4
    assert (qf4.current_row, qf4.side) == ("leg1", 0)
    assert ui.row_texts(qf4)["leg1"][2:7] == ["Cruz Azul", "4", "–", "2", "Morelia"]
    return qf4


async def test_lowering_below_listed_goals_asks_keep(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await _to_qf4_leg1(ui, pilot)
        season = app.document.season
        await pilot.press("3")
        await ui.settle(pilot)
        choice = app.screen
        assert isinstance(choice, ChoiceScreen)
        assert "Mariano Pavone 80'" in ui.static_text(choice.query_one(".question"))
        assert choice.answers == [("remove", "Remove them"), ("keep", "Keep the score")]
        await pilot.click("#answer-keep")
        await ui.settle(pilot)
        assert not isinstance(app.screen, ChoiceScreen)
        assert app.document.season is season
        assert not app.document.dirty
        assert ui.find_leg(season, "quarterfinals", 1, "Cruz Azul").score == (4, 2)
        assert ui.row_texts(ui.grid(app, "quarterfinals", 3))["leg1"][3:6] == ["4", "–", "2"]
        # Escape is "Keep the score" too.
        await pilot.press("2")
        await ui.settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("escape")
        await ui.settle(pilot)
        assert app.document.season is season


async def test_lowering_below_listed_goals_asks_remove(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        qf4 = await _to_qf4_leg1(ui, pilot)
        before = ui.find_leg(app.document.season, "quarterfinals", 1, "Cruz Azul")
        await pilot.press("3")
        await ui.settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.click("#answer-remove")
        await ui.settle(pilot)
        assert not isinstance(app.screen, ChoiceScreen)
        leg = ui.find_leg(app.document.season, "quarterfinals", 1, "Cruz Azul")
        assert leg.score == (3, 2)
        # The last listed Cruz Azul goal (Pavone 80') goes; everything else stays, in order.
        assert [(g.player, g.minute) for g in leg.goals] == [
            (g.player, g.minute) for g in before.goals if (g.player, g.minute) != ("Mariano Pavone", "80")
        ]
        assert len(leg.goals) == len(before.goals) - 1
        assert app.focused is qf4 and qf4.cursor_coordinate == (0, 3)
        tie = ui.tie(app.resolved, "quarterfinals", 3)
        # 3-3 on aggregate, and Morelia's two goals at Cruz Azul's ground take them through.
        assert (tie.winner, tie.aggregate, tie.decided_by) == ("Morelia", (3, 3), "away_goals")
        assert ui.summary(app, "quarterfinals", 3) == "Morelia through on away goals after 3–3 (2 away goals to 0)"
        await ui.goto_tab(pilot, 5)
        assert _scorer(ui, app, "Mariano Pavone")[3] == "1"
