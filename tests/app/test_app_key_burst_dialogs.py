"""Keys that arrive together around a dialog: those typed right after the key that opens
it go to it, not the grid; those typed right after one that closes it, or moves its focus,
go where that key leaves the focus (key_bursts.py posts them at once)."""

from __future__ import annotations

from textual import events

from tests.app.key_bursts import burst, burst_into_dialog, field_of, leg2, legs, open_copy, until_idle

# The key asks the app to open the dialog; the keys typed after it, in the same burst, were
# already in the app's queue ahead of that request, and went to the grid as scores.


async def test_keys_typed_right_after_g_go_to_the_goals_dialog_not_the_grid(ui, tmp_path):
    from liguilla_tui.screens.goals import GoalsScreen

    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        assert app.focused is ui.grid(app, "quarterfinals", 0)  # QF 1, leg 1: Monterrey 1-0 UANL
        before = app.document.season
        await burst_into_dialog(ui, pilot, app, "g 1 0", GoalsScreen, "#player", "10")
        assert legs(app, "quarterfinals")[("Monterrey", "UANL")] == (1, 0)
        assert app.document.season is before  # nothing applied behind the dialog
        assert app.focused is field_of(app, GoalsScreen, "#player")
        assert field_of(app, GoalsScreen, "#player").value == "10"


async def test_keys_typed_right_after_enter_go_to_the_goals_dialog_not_the_grid(ui, tmp_path):
    from liguilla_tui.screens.goals import GoalsScreen

    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        before = app.document.season
        await burst_into_dialog(ui, pilot, app, "enter 2 3", GoalsScreen, "#player", "23")
        assert app.document.season is before
        assert field_of(app, GoalsScreen, "#player").value == "23"


async def test_keys_typed_right_after_d_go_to_the_date_dialog_not_the_grid(ui, tmp_path):
    from liguilla_tui.screens.schedule import ScheduleScreen

    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        before = app.document.season
        # The date field shows the leg's date, selected: the date typed replaces it.
        keys = "d 2 0 1 3 minus 0 5 minus 1 0"
        await burst_into_dialog(ui, pilot, app, keys, ScheduleScreen, "#date", "2013-05-10")
        assert app.document.season is before
        assert field_of(app, ScheduleScreen, "#date").value == "2013-05-10"
        assert app.focused is field_of(app, ScheduleScreen, "#date")


async def test_keys_typed_right_after_m_go_to_the_minute_dialog_not_the_grid(ui, tmp_path):
    from liguilla_tui.screens.minute import MinuteScreen

    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        await pilot.press("down", "L")  # QF 1, leg 2 (UANL v Monterrey): live, 0-0
        await ui.settle(pilot)
        assert (leg2(app).score, leg2(app).status) == ((0, 0), "live")
        before = app.document.season
        await burst_into_dialog(ui, pilot, app, "M 6 3", MinuteScreen, "#minute", "63")
        assert app.document.season is before
        assert field_of(app, MinuteScreen, "#minute").value == "63"
        burst(app, "enter")  # the minute typed in the burst is the leg's
        await until_idle(ui, pilot, app, lambda: leg2(app).minute == "63")
        assert (leg2(app).score, leg2(app).minute) == ((0, 0), "63")


async def test_a_score_typed_before_g_is_applied_before_the_goals_dialog_opens(ui, tmp_path):
    """ "5 g 7": the 5 is the leg's score when its goals dialog opens (on an unplayed leg the
    dialog is refused without a score), the 7 is typed in the dialog."""
    from liguilla_tui.screens.goals import GoalsScreen

    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        await pilot.press("down")  # QF 1, leg 2: not played
        await ui.settle(pilot)
        await burst_into_dialog(ui, pilot, app, "5 g 7", GoalsScreen, "#player", "7")
        assert leg2(app).score == (5, 0)
        assert app.screen.original.score == (5, 0)  # the dialog's leg: with the 5
        assert field_of(app, GoalsScreen, "#player").value == "7"


async def test_keys_after_a_refused_g_are_scores_as_if_typed_one_by_one(ui, tmp_path):
    """g on an unplayed leg opens no dialog (its score comes first): the keys typed after it
    are the grid's, in order, none lost."""
    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        await pilot.press("down")
        await ui.settle(pilot)
        burst(app, "g 2 l 1")
        await until_idle(ui, pilot, app, lambda: leg2(app).score == (2, 1))
        assert leg2(app).score == (2, 1)
        assert len(app.screen_stack) == 1
        assert any("score first" in note for note in ui.notifications(app))


async def test_a_paste_right_after_g_goes_to_the_goals_dialog(ui, tmp_path):
    """A scorer's name pasted right after g: it waited for the dialog, not lost on the grid."""
    from liguilla_tui.screens.goals import GoalsScreen

    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        before = app.document.season
        burst(app, "g")
        app.post_message(events.Paste("Aldo de Nigris"))
        burst(app, "space 9")

        def pasted() -> bool:
            box = field_of(app, GoalsScreen, "#player")
            return box is not None and box.value == "Aldo de Nigris 9"

        await until_idle(ui, pilot, app, pasted)
        assert field_of(app, GoalsScreen, "#player").value == "Aldo de Nigris 9"
        assert app.document.season is before


async def test_a_second_g_among_the_held_keys_waits_for_its_own_dialog(ui, tmp_path):
    """ "g 5 g 7" on an unplayed leg: the first g is refused (no score yet), the 5 is the
    score, the second g opens the dialog and the 7 is typed in it."""
    from liguilla_tui.screens.goals import GoalsScreen

    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        await pilot.press("down")
        await ui.settle(pilot)
        await burst_into_dialog(ui, pilot, app, "g 5 g 7", GoalsScreen, "#player", "7")
        assert leg2(app).score == (5, 0)
        assert field_of(app, GoalsScreen, "#player").value == "7"


async def test_a_key_after_the_one_that_closes_the_dialog_goes_to_the_grid(ui, tmp_path):
    """'g escape 3' at once: the dialog opens, escape closes it (from a worker), and the 3
    is the score it is when typed one by one (a review found it typed into the closing
    dialog, and lost)."""
    from liguilla_tui.screens.goals import GoalsScreen

    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        assert legs(app, "quarterfinals")[("Monterrey", "UANL")] == (1, 0)
        burst(app, "g escape 3")
        await until_idle(ui, pilot, app, lambda: legs(app, "quarterfinals")[("Monterrey", "UANL")] == (3, 0))
        assert not isinstance(app.screen, GoalsScreen)
        assert legs(app, "quarterfinals")[("Monterrey", "UANL")] == (3, 0)


async def test_keys_typed_in_a_dialog_in_one_burst_all_arrive_in_order(ui, tmp_path):
    """Held keys go into the dialog one at a time: none lost, none reordered."""
    from liguilla_tui.screens.goals import GoalsScreen

    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        await burst_into_dialog(ui, pilot, app, "g S u a z o 1 2", GoalsScreen, "#player", "Suazo12")
        assert field_of(app, GoalsScreen, "#player").value == "Suazo12"
        assert app.document.season is not None and legs(app, "quarterfinals")[("Monterrey", "UANL")] == (1, 0)


async def test_a_key_after_a_remapped_cancel_goes_to_the_grid(ui, tmp_path):
    """As 'g escape 3', with a user's keymap giving the goals dialog's cancel to f9:
    'g f9 3' opens the dialog, closes it, and types the 3 into the grid. (With any keymap
    set, the grid's keys had gone Textual's slower way, so the f9 and the 3 reached the
    grid before the g's dialog opened, which then stayed open.)"""
    from liguilla_tui.screens.goals import GoalsScreen

    app = open_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        app.set_keymap({"goals.cancel": "f9"})
        await ui.goto_tab(pilot, 2)
        burst(app, "g f9 3")
        await until_idle(ui, pilot, app, lambda: legs(app, "quarterfinals")[("Monterrey", "UANL")] == (3, 0))
        assert not isinstance(app.screen, GoalsScreen)
        assert legs(app, "quarterfinals")[("Monterrey", "UANL")] == (3, 0)
