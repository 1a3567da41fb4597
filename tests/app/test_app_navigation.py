"""Moving around: t then a tab's number, [ and ], Escape to the tab bar, crossing ties."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Tabs

from liguilla_tui.widgets.score_grid import AWAY_GOALS, HOME_GOALS, ScoreGrid


async def test_brackets_cycle_tabs_from_anywhere(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        assert ui.active_pane(app) == "general"
        await pilot.press("right_square_bracket")
        await ui.settle(pilot)
        assert ui.active_pane(app) == "quarterfinals"
        assert app.focused is ui.grid(app, "quarterfinals", 0)
        # Inside a grid ] still switches tabs (digits do not: they are scores).
        await pilot.press("right_square_bracket")
        await ui.settle(pilot)
        assert ui.active_pane(app) == "semifinals"
        assert app.focused is ui.grid(app, "semifinals", 0)
        await pilot.press("left_square_bracket", "left_square_bracket", "left_square_bracket")
        await ui.settle(pilot)
        assert ui.active_pane(app) == "scenarios"  # wraps around to the last tab
        assert not app.document.dirty


async def test_a_digit_never_switches_tabs_and_t_then_a_number_does_from_anywhere(ui, season_path):
    # Issue 13: `2` used to switch tabs from the table but set a score in a grid, so
    # "tab 2, tab 3" silently changed a result. Digits are scores only; t N is the tab key.
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        before = app.document.season
        await pilot.press("2")
        await ui.settle(pilot)
        assert ui.active_pane(app) == "general"  # a digit on the table: no tab switch
        assert any("t then the tab's number" in m for m in ui.notifications(app))  # but how
        await pilot.press("t", "2")
        await ui.settle(pilot)
        assert ui.active_pane(app) == "quarterfinals"
        assert isinstance(app.focused, ScoreGrid)
        await pilot.press("t", "3")  # the same keys from inside a score grid
        await ui.settle(pilot)
        assert ui.active_pane(app) == "semifinals"
        assert app.document.season is before and not app.document.dirty
        await pilot.press("4")  # a digit in a grid is a score
        await ui.settle(pilot)
        assert ui.active_pane(app) == "semifinals"
        assert app.document.dirty
        await pilot.press("escape")  # the tab bar: a digit there is nothing either
        await ui.settle(pilot)
        assert isinstance(app.focused, Tabs)
        edited = app.document.season
        await pilot.press("6")
        await ui.settle(pilot)
        assert ui.active_pane(app) == "semifinals" and app.document.season is edited


async def test_the_tab_picker_lists_the_tabs_and_escape_leaves_everything_as_it_was(ui, season_path):
    from liguilla_tui.screens.tab_picker import TabPicker

    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        grid = app.focused
        await pilot.press("t")
        await ui.settle(pilot)
        assert isinstance(app.screen, TabPicker)
        shown = ui.screen_text(app)
        for title in ("1 Table", "2 Quarter-finals", "5 Scorers", "6 Bracket"):
            assert title in shown
        await pilot.press("escape")
        await ui.settle(pilot)
        assert not isinstance(app.screen, TabPicker)
        assert ui.active_pane(app) == "quarterfinals" and app.focused is grid
        await pilot.press("t", "down", "enter")  # the picker opens on the current tab
        await ui.settle(pilot)
        assert ui.active_pane(app) == "semifinals"
        assert not app.document.dirty


async def test_tab_keys_are_in_the_footer_and_the_help(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        assert "t/[ ] Tabs" in ui.screen_lines(app)[-1]  # also while a score grid has the focus
        await pilot.press("question_mark")
        await ui.settle(pilot)
        help_text = ui.screen_text(app)
        assert "t then 1 … 7" in help_text and "number keys switch tabs" not in help_text  # 7 tabs here


async def test_up_and_down_cross_into_the_next_tie(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        first = ui.grid(app, "quarterfinals", 0)
        await pilot.press("up")  # nothing above the first tie: stay
        assert app.focused is first and first.cursor_coordinate == (0, HOME_GOALS)
        await pilot.press("l", "down", "down")
        second = ui.grid(app, "quarterfinals", 1)
        assert app.focused is second
        assert second.cursor_coordinate == (0, AWAY_GOALS)  # the column is kept
        await pilot.press("up")
        assert app.focused is first and first.cursor_coordinate == (1, AWAY_GOALS)
        for _ in range(8):
            await pilot.press("down")
        last = ui.grid(app, "quarterfinals", 3)
        assert app.focused is last and last.cursor_coordinate == (1, AWAY_GOALS)
        assert isinstance(app.focused, ScoreGrid)


async def test_quitting_before_the_later_tabs_are_built_is_clean(ui, season_path):
    """Found under cProfile: exit() on the first frame (a user's q, or the start-up
    benchmark) let the deferred tab building run on a closing app and crash it."""
    from liguilla_tui import app as app_module
    from liguilla_tui.app import LiguillaApp
    from liguilla_tui.core.load import load_season

    class QuitAtOnce(LiguillaApp):
        CSS_PATH = Path(app_module.__file__).with_name(LiguillaApp.CSS_PATH)  # not beside this test

        def on_ready(self) -> None:
            self.exit(return_code=7)

    app = QuitAtOnce(load_season(season_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
    assert app.return_code == 7  # an exception in a callback would have set 1 and raised


async def test_a_focused_tie_is_shown_whole_title_to_summary(ui, season_path):
    # Textual scrolls a focused widget into view only when it is partly hidden; a grid in
    # view with its tie's summary line below the screen must bring the sentence up too.
    from liguilla_tui.views.round_view import RoundView

    app = ui.open_app(season_path)
    async with app.run_test(size=(80, 16)) as pilot:
        await ui.goto_tab(pilot, 2)
        view = app.query_one("#round-quarterfinals", RoundView)
        card = view.cards[3]
        view.scroll_to(y=card.virtual_region.bottom - view.scrollable_content_region.height - 1, animate=False)
        await ui.settle(pilot)
        assert not app.screen.can_view_entire(card)
        card.focus(scroll_visible=False)  # as the app focuses a tie
        await ui.settle(pilot)
        assert app.screen.can_view_entire(card)


async def test_keys_a_grid_does_not_bind_still_reach_the_app_and_a_keymap_is_obeyed(ui, season_path):
    # A grid runs its own bindings as a key arrives (not after it bubbles up); keys it
    # does not bind go on up to the app, and a user's keymap still renames its keys.
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        assert isinstance(app.focused, ScoreGrid)
        await pilot.press("right_square_bracket")  # an app binding, from inside the grid
        await ui.settle(pilot)
        assert ui.active_pane(app) == "semifinals"
        await pilot.press("left_square_bracket")
        await ui.settle(pilot)
        assert ui.active_pane(app) == "quarterfinals" and isinstance(app.focused, ScoreGrid)
        app.set_keymap({"grid.digit3": "x"})
        await pilot.press("x")
        await ui.settle(pilot)
        assert ui.find_leg(app.document.season, "quarterfinals", 1, "UANL").score == (3, 0)
        await pilot.press("5")
        await ui.settle(pilot)
        assert ui.find_leg(app.document.season, "quarterfinals", 1, "UANL").score == (5, 0)
        await pilot.press("3")  # no longer a score key: it reaches the app, which only says how tabs go
        await ui.settle(pilot)
        assert ui.active_pane(app) == "quarterfinals"
        assert ui.find_leg(app.document.season, "quarterfinals", 1, "UANL").score == (5, 0)


async def test_a_key_reaching_a_grid_that_lost_the_focus_is_looked_up_from_the_focus(ui, season_path):
    # A key forwarded to a grid that has lost the focus by the time it gets there (a
    # click on the tab bar, then a digit, over a slow link) is not the grid's score: it
    # goes up to the app, whose lookup starts from the focused widget, as in Textual.
    from textual import events

    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        grid = app.focused
        assert isinstance(grid, ScoreGrid)
        before = app.document.season
        app.action_focus_tabs()
        await ui.settle(pilot)
        grid.post_message(events.Key("4", "4"))
        await ui.settle(pilot)
        assert app.document.season is before  # not a score


async def test_a_digit_under_a_dialog_gets_no_hint_about_tabs(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await pilot.press("question_mark")
        await ui.settle(pilot)
        await pilot.press("2")
        await ui.settle(pilot)
        assert not any("t then the tab's number" in m for m in ui.notifications(app))


async def test_the_tab_picker_gives_rounds_their_full_names(ui, tmp_path):
    # Five rounds leave room on the tab bar only for short names (2 RE, 3 QF, ...).
    import shutil

    from liguilla_tui.screens.tab_picker import TabPicker
    from liguilla_tui.seasons import seasons_dir

    path = tmp_path / "2020-apertura.yaml"
    shutil.copyfile(seasons_dir() / path.name, path)
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        assert "2 RE" in ui.screen_text(app)
        await pilot.press("t")
        await ui.settle(pilot)
        assert isinstance(app.screen, TabPicker)
        shown = ui.screen_text(app)
        assert "2 Repechaje" in shown and "3 Quarter-finals" in shown and "7 Bracket" in shown
        await pilot.press("7")
        await ui.settle(pilot)
        assert ui.active_pane(app) == "bracket"


async def test_t_then_a_digit_typed_at_once_never_reaches_the_score_grid(ui, season_path):
    """Both keys queued before the first is handled (a fast typist, a paste, a slow link):
    the digit picked a tab in the tab picker and never set QF 1's score."""
    from textual import events

    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        before = app.document.season
        app.post_message(events.Key("t", "t"))
        app.post_message(events.Key("3", "3"))
        await ui.settle(pilot, 6)
        assert app.document.season is before and not app.document.dirty
        assert ui.active_pane(app) == "semifinals"


async def test_t_typed_in_a_dialog_is_text_not_the_tab_picker(ui, season_path):
    from textual.widgets import Input

    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await pilot.press("o")  # the season picker: its filter takes letters
        await ui.settle(pilot)
        await pilot.press("t", "t")
        await ui.settle(pilot)
        assert app.screen.query_one(Input).value == "tt"


async def test_a_digit_typed_before_the_new_tabs_grid_took_the_focus_is_that_grids(ui, season_path):
    # `t 2 5` typed fast (or over a slow link): the Quarter-finals are shown, but the focus
    # moves to their grid only once the tab is drawn, so the 5 reached the General table,
    # which only said "digits set scores in a score grid", and the score was lost.
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        table = app.focused
        assert ui.active_pane(app) == "general" and table is not None
        app.query_one("TabbedContent").active = "quarterfinals"  # shown, the focus not moved yet
        assert app.focused is table
        before = app.document.season
        await pilot.press("5")
        await ui.settle(pilot)
        changed = [leg for leg in app.document.season.legs if leg not in before.legs]
        # The cell a fresh grid's cursor is on: the first quarter-final's first-leg home goals.
        assert [(leg.round, leg.leg, leg.score and leg.score[0]) for leg in changed] == [("quarterfinals", 1, 5)]
        assert app.focused is ui.grid(app, "quarterfinals", 0)
        # On the table itself (its own tab shown) a digit is still only a hint.
        await ui.goto_tab(pilot, 1)
        before = app.document.season
        await pilot.press("7")
        await ui.settle(pilot)
        assert app.document.season is before


async def test_a_round_view_asked_for_focus_before_its_cards_are_built_focuses_once_they_are(ui, season_path):
    """`liguilla` started on a round, or `t 2` typed at once: the view is asked to focus its
    first grid before its cards are built. The focus was then lost (no cards yet) or the
    query for a grid not mounted yet raised NoMatches (seen under load in the snapshot
    tests); now the focus follows once they are built."""
    from textual.widgets import TabPane

    from liguilla_tui.views.round_view import RoundView

    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        pane = app.query_one("TabPane#quarterfinals", TabPane)
        old = pane.query_one(RoundView)
        spec, ties = old.spec, old.tie_count
        await old.remove()
        view = RoundView(spec, ties, id="round-again")
        pane.mount(view)  # not awaited: its cards are not built when it is asked for focus
        assert not view.cards or not view.cards[0].is_mounted
        view.focus_first()
        await ui.settle(pilot, 5)
        assert app.focused is view.cards[0]


async def test_with_a_keymap_the_grid_runs_its_keys_as_they_arrive_unless_textual_must_choose(ui, season_path):
    """A keymap no longer sends the grid's keys Textual's slower way (keys typed after g
    then raced the dialog): run_key runs the keymap's keys itself; a keymap that gives a
    grid key to a priority binding of the app (ctrl+q, quit) leaves that lookup to
    Textual, where the priority binding comes first."""
    from textual import events

    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        grid = app.focused
        assert isinstance(grid, ScoreGrid)
        app.set_keymap({"grid.digit3": "x"})
        assert await grid.run_key(events.Key("x", "x"))  # run as it arrives, renamed
        await ui.settle(pilot)
        assert ui.find_leg(app.document.season, "quarterfinals", 1, "UANL").score == (3, 0)
        assert not await grid.run_key(events.Key("3", "3"))  # renamed away: not the grid's
        app.set_keymap({"grid.digit3": "ctrl+q"})
        assert not await grid.run_key(events.Key("ctrl+q", None))  # Textual's lookup: quit first
        app.set_keymap({})
        assert await grid.run_key(events.Key("4", "4"))
