"""The Scenarios tab: a card per open tie saying what each side needs, following every edit."""

from __future__ import annotations

import shutil
from pathlib import Path

from liguilla_tui.core.scenarios import tie_scenarios
from liguilla_tui.views.scenarios import NO_OPEN_TIE, ScenarioCard, ScenariosView
from tests.app.key_bursts import burst
from tests.app.key_bursts import open_copy as open_burst_copy

OPEN = Path(__file__).resolve().parent.parent / "data" / "2013-clausura-open.yaml"


def open_copy(tmp_path: Path) -> Path:
    path = tmp_path / "open.yaml"
    shutil.copyfile(OPEN, path)
    return path


def cards(app) -> list[str]:
    return [card.text.plain for card in app.query(ScenarioCard)]


async def test_each_open_tie_gets_a_card_with_what_each_side_needs(ui, tmp_path):
    app = ui.open_app(open_copy(tmp_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 7)
        assert ui.active_pane(app) == "scenarios"
        shown = cards(app)
        assert [c.splitlines()[0] for c in shown] == [
            "QF 1 v 8  UANL v Monterrey",
            "QF 2 v 7  América v UNAM",
            "QF 3 v 6  Atlas v Santos Laguna",
        ]
        # The card's line is the core's, word for word.
        expected = [s.words for s in tie_scenarios(app.resolved)]
        for text, words in zip(shown, expected):
            assert words in text.replace("\n", " ")
        assert "UANL need a win by 2, or 1–0 (the higher seed)" in " ".join(shown).replace("\n", " ")
        # Cruz Azul are through: who they can meet is listed apart.
        through = ui.static_text(app.query_one("#scenarios-through"))
        assert through.startswith("Through, opponent not known yet") and "Cruz Azul: Semi-finals v" in through


async def test_cards_follow_each_edit_and_undo(ui, tmp_path):
    app = ui.open_app(open_copy(tmp_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 7)
        assert len(cards(app)) == 3
        # QF 1 v 8, leg 2 at UANL: 3 (UANL) and 1 (Monterrey) decide it.
        await ui.goto_tab(pilot, 2)
        await pilot.press("down", "3", "right", "right", "1")
        await ui.settle(pilot)
        assert ui.tie(app.resolved, "quarterfinals", 0).winner == "UANL"
        await ui.goto_tab(pilot, 7)
        assert [c.splitlines()[0] for c in cards(app)] == [
            "QF 2 v 7  América v UNAM",
            "QF 3 v 6  Atlas v Santos Laguna",
        ]
        assert "UANL: if it wins" not in " ".join(cards(app))  # through now, listed apart
        # Undo on this tab (both keys: 3-0, then 3-1): the card comes back at once.
        await pilot.press("ctrl+z", "ctrl+z")
        await ui.settle(pilot)
        assert ui.tie(app.resolved, "quarterfinals", 0).winner is None
        shown = cards(app)
        assert len(shown) == 3 and shown[0].startswith("QF 1 v 8")


async def test_a_one_goal_edit_changes_the_words(ui, tmp_path):
    app = ui.open_app(open_copy(tmp_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 7)
        before = cards(app)[0]
        # Leg 1 of QF 1 v 8 was Monterrey 1-0 UANL: make it 1-1, and UANL's need changes.
        await ui.goto_tab(pilot, 2)
        await pilot.press("right", "right", "1")
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 7)
        after = cards(app)[0]
        assert after != before
        assert "UANL go through with any win" in after.replace("\n", " ")


async def test_no_open_tie_says_so(ui, season_path):
    app = ui.open_app(season_path)  # the bundled season: all decided
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 7)
        assert cards(app) == []
        assert ui.static_text(app.query_one(ScenariosView).query_one(".scenarios-note")) == NO_OPEN_TIE


async def test_names_with_markup_and_escapes_are_shown_as_text(ui, tmp_path):
    text = OPEN.read_text(encoding="utf-8")
    new_text, count = ui.rename_team(text, "Monterrey", "[b]Rayados[/b]\\x1b")
    assert count > 0
    path = tmp_path / "named.yaml"
    path.write_text(new_text, encoding="utf-8")
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 7)
        first = cards(app)[0]
        assert "[b]Rayados[/b]" in first


async def test_the_scenarios_tab_shows_a_tie_decided_while_it_was_hidden(ui, tmp_path):
    """A card shown a new scenario while 0 wide (its tab just being shown) kept Textual's
    copy of its old lines: the decided QF 1 was still on screen (found by a review; it
    failed 4 times in 4 before the fix)."""
    app = open_burst_copy(ui, tmp_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        for keys, pause in (("t 7", 15), ("t 2", 12), ("j 3 l 1", 8), ("t 7", 15)):
            burst(app, keys)
            for _ in range(pause):
                await pilot.pause(0.1)
        assert "QF 1 v 8" not in ui.screen_text(app)
