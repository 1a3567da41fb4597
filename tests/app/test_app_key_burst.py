"""Keys that arrive together (a fast typist, a paste of keys over SSH, tmux send-keys) are
applied in order, each to the cell the cursor is on when its turn comes: a key that moves
the cursor into the next tie's grid takes effect before the key after it is routed.

Pilot's press() waits for the app to settle after every key, which hides the race: here
the keys are posted to the app at once, as a terminal's driver does with one read."""

from __future__ import annotations

import pytest
from textual.binding import Binding

from tests.app.key_bursts import burst, leg2, legs, open_copy, until_idle


async def test_a_burst_of_keys_across_ties_lands_each_score_in_its_own_cell(ui, tmp_path):
    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        assert app.focused is ui.grid(app, "quarterfinals", 0)
        # QF 1: leg 1 5-4, leg 2 3-2; down into QF 2: leg 1 1-3, leg 2 2-2; up back into QF 1's
        # leg 2: 6. (No score goes below the goals listed for it, which would ask first.)
        burst(app, "5 l 4 j h 3 l 2 j h 1 l 3 j h 2 l 2 k k h 6")
        found = {}

        def done() -> bool:
            found.update(legs(app, "quarterfinals"))
            return found.get(("UNAM", "América")) == (1, 3) and found.get(("UANL", "Monterrey"), (0,))[0] == 6

        await until_idle(ui, pilot, app, done)
        assert found[("Monterrey", "UANL")] == (5, 4)
        assert found[("UANL", "Monterrey")] == (6, 2)  # 3-2, then the 6 typed after coming back up
        assert found[("UNAM", "América")] == (1, 3)
        assert found[("América", "UNAM")] == (2, 2)
        assert app.focused is ui.grid(app, "quarterfinals", 0)


async def test_escape_then_a_tab_key_in_one_burst_moves_between_tabs(ui, tmp_path):
    """Escape leaves the grid for the tab row at once, so the arrow typed right after it
    switches tabs instead of moving the grid's cursor."""
    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        burst(app, "3 escape right")
        await until_idle(ui, pilot, app, lambda: ui.active_pane(app) == "semifinals")
        assert ui.active_pane(app) == "semifinals"
        assert legs(app, "quarterfinals")[("Monterrey", "UANL")] == (3, 0)


def test_no_priority_binding_shares_a_key_with_a_score_grid():
    """The app runs a focused grid's own keys before Textual looks up priority bindings
    (liguilla_tui/keys_in_order.py): that is only the same as Textual's order while no
    priority binding (the app's, a screen's) is on a key the grids bind."""
    from textual.screen import Screen

    from liguilla_tui.app import LiguillaApp
    from liguilla_tui.widgets.results_grid import ResultsGrid
    from liguilla_tui.widgets.score_grid import ScoreGrid

    def keys(bindings, priority: bool | None = None) -> set[str]:
        return {
            key.strip()
            for binding in bindings
            if isinstance(binding, Binding) and (priority is None or binding.priority == priority)
            for key in binding.key.split(",")
        }

    grid_keys = keys([*ScoreGrid.BINDINGS, *ResultsGrid.BINDINGS])
    assert {"0", "9", "down", "left"} <= grid_keys  # what the grids bind is read right
    priority = set()
    for cls in (*LiguillaApp.__mro__, *Screen.__mro__):
        priority |= keys(getattr(cls, "BINDINGS", []), priority=True)
    assert "t" in priority  # the app's own priority key is seen
    assert not grid_keys & priority, grid_keys & priority


async def test_removing_goals_after_a_burst_keeps_the_scores_typed_behind_the_question(ui, season_path):
    """ "3 j 7" on QF 4's leg 1 (Cruz Azul 4-2, its goals listed): the 3 asks whether to remove
    a listed goal; the 7 lands in leg 2 before the question shows. "Remove them" used to
    apply the season worked out when the question was asked, undoing the 7."""
    from liguilla_tui.screens.choice import ChoiceScreen

    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        for _ in range(6):  # down the ties to QF 4's leg 1, home score
            await pilot.press("j")
        await ui.settle(pilot)
        assert app.focused is ui.grid(app, "quarterfinals", 3)
        burst(app, "3 j 7")
        await until_idle(ui, pilot, app, lambda: isinstance(app.screen, ChoiceScreen))
        await until_idle(ui, pilot, app, lambda: legs(app, "quarterfinals")[("Morelia", "Cruz Azul")] == (7, 0))
        assert legs(app, "quarterfinals")[("Morelia", "Cruz Azul")] == (7, 0)
        await pilot.click("#answer-remove")
        await ui.settle(pilot)
        after = legs(app, "quarterfinals")
        assert after[("Cruz Azul", "Morelia")] == (3, 2)
        assert after[("Morelia", "Cruz Azul")] == (7, 0)  # kept
        leg = ui.find_leg(app.document.season, "quarterfinals", 1, "Cruz Azul")
        assert sum(1 for goal in leg.goals if goal.team == "Cruz Azul") == 3


async def test_escape_in_a_maximized_grid_restores_the_screen_first(ui, season_path):
    """Textual's rule: Escape minimizes a maximized widget. Running the grid's own keys first
    (keys_in_order.py) must leave that to Textual, not send the focus to the tab row."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        grid = ui.grid(app, "quarterfinals", 0)
        app.screen.maximize(grid)
        await ui.settle(pilot)
        assert app.screen.maximized is not None  # (Textual maximizes the grid's tab set)
        await pilot.press("escape")
        await ui.settle(pilot)
        assert app.screen.maximized is None
        assert app.focused is grid


async def test_live_then_a_score_in_one_burst_are_undone_in_the_order_typed(ui, tmp_path):
    """L and 4 in one burst, then undo: the 4 goes. (L's request had bubbled up through
    the containers while the 4's went straight to the app: the 4 was applied first.)"""
    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        await pilot.press("down")  # QF 1, leg 2 (UANL v Monterrey): not played
        await ui.settle(pilot)
        burst(app, "L 4")
        await until_idle(ui, pilot, app, lambda: leg2(app).score == (4, 0) and leg2(app).status == "live")
        await pilot.press("ctrl+z")  # the last key typed was the 4
        await ui.settle(pilot)
        assert (leg2(app).score, leg2(app).status) == ((0, 0), "live")


async def test_a_score_then_undo_in_one_burst_leaves_the_season_as_it_was(ui, tmp_path):
    """A digit and ctrl+z in one burst undo that digit (ctrl+z, a priority binding, ran
    before the digit's edit queued ahead of it, undoing the edit before)."""
    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        await pilot.press("down")
        await ui.settle(pilot)
        before = app.document.season
        burst(app, "5 ctrl+z")
        await until_idle(ui, pilot, app, lambda: app.document.history.can_redo)
        assert app.document.season == before


# ---- keys typed right after a key that opens a dialog (g, Enter, d, M) -------------------


async def test_two_tab_switches_in_one_burst_both_happen_and_type_nothing(ui, tmp_path):
    """'t 7 t 2' typed at once from a quarter-final's grid: to the Scenarios tab and back
    to the quarter-finals, no score changed. (The second t reached the tab picker as it
    closed and was lost, and its 2 went into the hidden grid as a score. Found by a
    new user's trial.)"""
    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        before = dict(legs(app, "quarterfinals"))
        burst(app, "t 7 t 2")
        await until_idle(ui, pilot, app, lambda: ui.active_pane(app) == "quarterfinals" and len(app.screen_stack) == 1)
        await ui.settle(pilot)
        assert ui.active_pane(app) == "quarterfinals" and len(app.screen_stack) == 1
        assert legs(app, "quarterfinals") == before and not app.document.dirty


async def test_a_digit_right_after_leaving_a_grids_tab_is_not_typed_into_it(ui, tmp_path):
    """'t 7 2' at once: on the Scenarios tab (no grid) the 2 edits nothing; it is not a
    score for the quarter-final grid left behind, hidden."""
    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        before = dict(legs(app, "quarterfinals"))
        burst(app, "t 7 2")
        await until_idle(ui, pilot, app, lambda: ui.active_pane(app) == "scenarios" and len(app.screen_stack) == 1)
        await ui.settle(pilot)
        assert ui.active_pane(app) == "scenarios"
        assert legs(app, "quarterfinals") == before and not app.document.dirty


async def test_a_score_typed_right_after_a_matchday_step_lands_in_the_matchday_shown(ui, tmp_path):
    """`,` sixteen times, Down and a 5 at once (tmux send-keys, a fast typist), from the
    last matchday (the grid opens on the first still to play): the 5 is for the second
    match of matchday 1, on screen when its turn comes. It went to the matchday left
    behind, a match no longer on screen (a new user's '.' x16 then Down and 5 did so)."""
    from liguilla_tui.widgets.results_grid import ResultsGrid
    from tests.open_seasons import last_matchday_open

    app = ui.open_app(last_matchday_open(tmp_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        before = {(r.home, r.away): r.score for r in app.document.season.results}
        grid = app.query_one(ResultsGrid)
        grid.focus()
        grid.place(0, 3)
        await ui.settle(pilot)
        last_day = max(r.matchday for r in app.document.season.results)
        assert ui.static_text(app.query_one("GeneralTableView .matchday")).startswith(f"Matchday {last_day} of")
        burst(app, " ".join(["comma"] * (last_day - 1) + ["j", "5"]))
        second = [r for r in app.document.season.results if r.matchday == 1][1]
        changed = {}

        def done() -> bool:
            changed.clear()
            changed.update(
                {(r.home, r.away): r.score for r in app.document.season.results if before[(r.home, r.away)] != r.score}
            )
            return bool(changed)

        await until_idle(ui, pilot, app, done)
        assert list(changed) == [(second.home, second.away)], changed  # and no other match
        assert changed[(second.home, second.away)][0] == 5
        assert ui.static_text(app.query_one("GeneralTableView .matchday")).startswith("Matchday 1 of")


@pytest.mark.parametrize(
    ("opener", "dialog", "burst_keys"),
    [("t", "TabPicker", "3 t 5"), ("question_mark", "HelpScreen", "question_mark t 5")],
)
async def test_a_tab_switch_typed_as_a_dialog_closes_is_not_lost(ui, tmp_path, opener, dialog, burst_keys):
    """The tab picker open, '3 t 5' at once: the 3 picks the semi-finals, and the t that
    arrives while the picker is still closing opens a new picker for the 5 (it reached the
    closing picker, as its cancel key, and was lost: the 5 then typed a score into the
    semi-finals; CI's tmux test of a hostile season caught it under load). Help open,
    '? t 5': ? closes it and t 5 shows the scorers (the t reached the closing help screen,
    where it means nothing)."""
    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await pilot.press(opener)
        await ui.settle(pilot)
        assert type(app.screen).__name__ == dialog
        burst(app, burst_keys)
        await until_idle(ui, pilot, app, lambda: ui.active_pane(app) == "scorers" and len(app.screen_stack) == 1)
        await ui.settle(pilot)
        assert ui.active_pane(app) == "scorers" and len(app.screen_stack) == 1
        assert not app.document.dirty


async def test_a_score_typed_right_after_a_tab_switch_lands_in_the_tab_shown(ui, tmp_path):
    """'t 2 5' at once from the Table tab: the 5 is the first quarter-final's leg 1 score,
    the cell focused on the tab the 2 showed."""
    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        burst(app, "t 2 5")
        await until_idle(ui, pilot, app, lambda: legs(app, "quarterfinals")[("Monterrey", "UANL")] == (5, 0))
        assert ui.active_pane(app) == "quarterfinals" and len(app.screen_stack) == 1
        assert legs(app, "quarterfinals")[("Monterrey", "UANL")] == (5, 0)


async def test_tab_and_digits_typed_at_once_in_the_table_row_dialog_fill_each_box(ui, tmp_path):
    """'tab 6 tab 1' at once (a paste, SSH, tmux send-keys) in the row dialog of a stated
    table: W 6, D 1, Pld as it was. The digits went into the box focused before each Tab,
    which was lost ('JG 961', a new user's trial)."""
    from textual.widgets import Input

    from liguilla_tui.screens.table_row import TableRowScreen

    app = open_copy(ui, tmp_path)  # the 2013 Clausura: its table as stated
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await pilot.press("e")
        await ui.settle(pilot)
        assert isinstance(app.screen, TableRowScreen)
        played = app.screen.query_one("#played", Input).value
        burst(app, "tab 6 tab 1")

        def filled() -> bool:
            return isinstance(app.screen, TableRowScreen) and app.screen.query_one("#drawn", Input).value == "1"

        await until_idle(ui, pilot, app, filled)
        boxes = {name: app.screen.query_one(f"#{name}", Input).value for name in ("played", "won", "drawn")}
        assert boxes == {"played": played, "won": "6", "drawn": "1"}
