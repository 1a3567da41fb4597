"""Every text a season file or its name holds is shown as text in the app: escapes and
invisible characters visible, markup never parsed, on every tab, title, label, dialog,
notification and palette entry (issue 12)."""

from __future__ import annotations

import re

import yaml
from textual.command import CommandPalette
from textual.widgets import DataTable, Tab, TabbedContent

from liguilla_tui.report.safe import printable
from liguilla_tui.screens.goals import GoalsScreen
from liguilla_tui.screens.path_prompt import PathPrompt
from liguilla_tui.views.bracket import BracketView

# Never on a screen: C0 and C1 controls, DEL, bidi controls, zero-width characters.
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
SHOWN = "[@click=app.quit]"  # every hostile text starts with it (tests/conftest.py)


def _still_running(app) -> bool:
    return app.is_running and not app._exit and app.return_code is None


async def _until(pilot, check, tries: int = 60) -> None:
    """Pause until `check()` holds (a hostile season's long labels take a few frames)."""
    for _ in range(tries):
        if check():
            return
        await pilot.pause(0.05)


def _assert_text_only(ui, app, where: str) -> str:
    screen = ui.screen_text(app)
    found = RAW.search(screen)
    assert found is None, f"{where}: raw {found.group()!r} on screen:\n{screen}"
    return screen


def _round_names(app) -> list[tuple[str, str]]:
    return [(r.name, r.short) for r in app.document.season.format.rounds]


async def test_every_tab_shows_a_hostile_season_as_text(ui, hostile_season):
    app = ui.open_app(hostile_season)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        screen = _assert_text_only(ui, app, "tab 1")
        header = ui.screen_lines(app)[0]
        assert "[@click=app.quit]title[/]\\x1b]52;c;UFdORUQ=\\x1b\\" in header, header
        labels = [tab.label.plain for tab in app.query_one(TabbedContent).query(Tab)]
        # The full hostile names do not fit 80 columns: the tabs take the (as hostile) short ones.
        shorts = [short for _, short in _round_names(app)]
        assert labels == [
            "1 Table",
            *(f"{n} {printable(short)}" for n, short in enumerate(shorts, 2)),
            "5 Scorers",
            "6 Bracket",
            "7 Scen.",  # the narrowest titles: the row overflows all the same
        ]
        assert "1 Table 2 [@click=app.quit]Squ[/]\\x1b]52" in screen
        # With tab labels this long, a tab shown from the Scorers or the Bracket may stay
        # undrawn (on main too, with plain long names: not a matter of escapes); so the
        # Scorers come from tab 3 here, and the Bracket from tab 1 in the test below.
        for number in (2, 3, 5, 4):
            await ui.goto_tab(pilot, number)
            await _until(pilot, lambda: SHOWN in "\n".join(ui.screen_lines(app)[3:]))
            screen = _assert_text_only(ui, app, f"tab {number}")
            assert SHOWN in "\n".join(ui.screen_lines(app)[3:]), f"tab {number}:\n{screen}"
        assert _still_running(app)


async def test_tie_bracket_and_scorer_labels_show_round_shorts_as_text(ui, hostile_season):
    app = ui.open_app(hostile_season)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        short = printable(_round_names(app)[1][1])  # the semi-finals', "SF 1"
        # The Bracket first (see the test above).
        await ui.goto_tab(pilot, 6)
        bracket = app.query_one(BracketView)
        await _until(pilot, lambda: len(ui.tree_labels(bracket)) > 1)
        labels = ui.tree_labels(bracket)
        assert any(label.startswith(f"{short} 1: ") for label in labels), labels
        await ui.goto_tab(pilot, 3)
        title = ui.tie_title(app, "semifinals", 0)
        assert title.startswith(f"{short} 1  ("), title
        await ui.goto_tab(pilot, 5)
        table = app.query_one("#scorers-table", DataTable)
        headers = [column.label.plain for column in table.columns.values()]
        assert headers[-3:] == [printable(s) for _, s in _round_names(app)]
        assert not any(RAW.search(label) for label in labels)


async def test_clicking_a_markup_tab_label_shows_the_tab_and_runs_nothing(ui, hostile_season):
    app = ui.open_app(hostile_season)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        at = ui.find_on_screen(app, "2 [@click")
        assert at is not None and at[1] == 1, ui.screen_text(app)
        await pilot.click(offset=(at[0] + 4, at[1]))
        await _until(pilot, lambda: ui.active_pane(app) == "quarterfinals")
        assert ui.active_pane(app) == "quarterfinals"
        assert _still_running(app)


async def test_dialogs_notifications_and_prompts_show_a_hostile_file_name_as_text(ui, hostile_season):
    app = ui.open_app(hostile_season)
    name = printable(hostile_season.name)
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        await ui.settle(pilot)
        assert app.sub_title == name
        await ui.goto_tab(pilot, 2)
        await pilot.press("down", "3")
        await ui.settle(pilot)
        assert app.document.dirty
        await pilot.press("q")  # the unsaved-edits question names the file
        await _until(pilot, lambda: app.screen.query(".question"))
        _assert_text_only(ui, app, "the quit question")
        assert ui.static_text(app.screen.query_one(".question")) == f"{name} has unsaved edits."
        await pilot.press("escape")
        await ui.settle(pilot)

        await pilot.press("ctrl+s")
        await ui.settle(pilot)
        assert not app.document.dirty
        toast = app.screen.query_one("Toast")
        assert ui.static_text(toast) == f"Saved {printable(str(hostile_season))}"
        _assert_text_only(ui, app, "the Saved notification")

        # Any notification, whoever sends it: markup and escapes shown, never run.
        app.clear_notifications()
        app.notify("[@click=app.quit]n[/]\x1b]2;PWNED\x07\u202e")
        await ui.settle(pilot)
        toast = app.screen.query_one("Toast")
        assert ui.static_text(toast) == "[@click=app.quit]n[/]\\x1b]2;PWNED\\x07\\u202e"
        at = ui.find_on_screen(app, "[@click=app.quit]n")
        assert at is not None
        await pilot.click(offset=(at[0] + 1, at[1]))
        await ui.settle(pilot)
        assert _still_running(app)

        app.action_save_as()  # the prompt holds the path
        await ui.settle(pilot)
        assert isinstance(app.screen, PathPrompt)
        _assert_text_only(ui, app, "the save-as prompt")
        await pilot.press("escape")
        await ui.settle(pilot)


async def test_palette_entries_show_a_hostile_file_name_as_text(ui, hostile_season):
    app = ui.open_app(hostile_season)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await pilot.press("ctrl+p")
        await ui.settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"export")
        for _ in range(20):
            await pilot.pause(0.05)
        screen = _assert_text_only(ui, app, "the palette")
        # "Write STEM.md beside the season": the stem's markup shown, not parsed.
        assert "\\x9b2J[@click=app.q" in screen, screen
        await pilot.press("escape")
        await ui.settle(pilot)
        assert _still_running(app)


async def test_goals_dialog_suggests_hostile_player_names_as_text(ui, hostile_season):
    app = ui.open_app(hostile_season)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        await pilot.press("g")
        await ui.settle(pilot)
        assert isinstance(app.screen, GoalsScreen)
        _assert_text_only(ui, app, "the goals dialog")
        await pilot.press("[")  # every player's name starts with "[": one is suggested
        await ui.settle(pilot)
        assert "[@click=app.quit]P" in _assert_text_only(ui, app, "a suggested player")


async def test_a_round_key_that_is_no_widget_id_opens(ui, bundled_text, write_season):
    """A round's key is data too: it must not become a widget id Textual refuses."""
    key = "quarter [b]finals"
    text = bundled_text.replace("round: quarterfinals", f'round: "{key}"').replace(
        "format: liga-mx-2012",
        "format:\n  preset: liga-mx-2012\n  rounds:\n"
        f'    - {{key: "{key}", legs: 2, pairing: {{seeds: [[1, 8], [2, 7], [3, 6], [4, 5]]}},'
        " tiebreak: [away_goals, higher_seed]}\n    - {key: semifinals}\n    - {key: final}",
    )
    app = ui.open_app(write_season(text, "keys.yaml"))
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        assert "QU 1 v 8" in ui.screen_text(app)  # the short name made from the key
        await pilot.press("5")  # the round's score grid takes keys
        await ui.settle(pilot)
        assert app.document.dirty
        assert _still_running(app)


async def test_a_hostile_round_name_in_a_scenario_card_is_shown_as_text(ui, tmp_path):
    """A Scenarios card's title: the tie's label (a file's round name) shown as text."""
    from tests.conftest import hostile_season_text

    data = yaml.safe_load(hostile_season_text())
    data["matches"] = [m for m in data["matches"] if m["round"] != "final" or m.get("leg") == 1]
    path = tmp_path / "h.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=False), encoding="utf-8")
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 7)
        await ui.settle(pilot)
        assert not [line for line in ui.screen_lines(app) if "\x1b" in line or "\x9b" in line]


async def test_what_a_hostile_team_needs_is_shown_as_text(ui, hostile_season):
    """Enter on a team of the General table: the panel under it names the team as text,
    its escapes visible (they reached the screen raw when the words moved from a
    notification into the panel: found by an independent review)."""
    app = ui.open_app(hostile_season)
    async with app.run_test(size=ui.SIZE) as pilot:
        await app.workers.wait_for_complete()
        await ui.settle(pilot)
        app.query_one("#general-table", DataTable).focus()
        await ui.settle(pilot)
        await pilot.press("enter")
        await _until(pilot, lambda: SHOWN in ui.needs_shown(app))
        said = ui.needs_shown(app)
        assert SHOWN in said and "\\x1b]52;c;" in said and "\x1b" not in said, said
        _assert_text_only(ui, app, "the needs panel")
        assert _still_running(app)
