"""A tie's card draws its own lines (widgets/tie_card.py): the cursor, clicks, and a
line drawn again only when what it shows changes."""

from __future__ import annotations

from liguilla_tui.widgets.score_grid import AWAY_GOALS, HOME_GOALS


def _highlighted(card) -> list[tuple[int, str]]:
    """(line, text) of what the card draws on another background than its own: the
    focused cursor's cell."""
    found = []
    for y in range(card.region.height):
        strip = card.render_line(y)
        ground = next(iter(strip)).style.bgcolor
        text = "".join(s.text for s in strip if s.style is not None and s.style.bgcolor != ground)
        if text:
            found.append((y, text))
    return found


async def test_only_the_focused_card_shows_its_cursor_and_it_follows_the_focus(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        first, second = ui.card(app, "quarterfinals", 0), ui.card(app, "quarterfinals", 1)
        assert app.focused is first
        assert _highlighted(first) == [(1, " 1  ")] and _highlighted(second) == []
        await pilot.press("l", "down", "down")  # into the second tie, away side
        await ui.settle(pilot)
        assert app.focused is second
        assert _highlighted(first) == []
        assert _highlighted(second) == [(1, " 1  ")]  # UNAM 0–1 América: the away 1
        await pilot.press("5")
        await ui.settle(pilot)
        assert _highlighted(second) == [(1, " 5  ")]
        assert "UNAM                 0   –  5   América" in ui.screen_text(app)


async def test_a_click_on_a_name_puts_the_cursor_on_that_sides_score(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        third = ui.card(app, "quarterfinals", 2)  # QF 3: Santos Laguna v Atlas, then Atlas v Santos
        at = ui.find_on_screen(app, "May 12  Atlas")  # leg 2's home side
        assert at is not None
        await pilot.click(offset=(at[0] + 9, at[1]))
        await ui.settle(pilot)
        assert app.focused is third and third.cursor_coordinate == (1, HOME_GOALS)
        at = ui.find_on_screen(app, "Atlas")  # the title's "(3) Atlas": not a row, the cursor stays
        await pilot.click(offset=(at[0] + 1, at[1]))
        assert third.cursor_coordinate == (1, HOME_GOALS)
        leg1 = ui.find_on_screen(app, "–  0   Atlas")  # leg 1's away side
        assert leg1 is not None
        await pilot.click(offset=(leg1[0] + 8, leg1[1]))
        await ui.settle(pilot)
        assert third.cursor_coordinate == (0, AWAY_GOALS)


async def test_a_score_key_draws_its_row_and_sentence_again_and_nothing_else(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        card = ui.card(app, "quarterfinals", 0)
        await ui.settle(pilot)
        kept = dict(card._strips)
        assert set(kept) == set(range(card._line_count()))  # every line drawn once
        await pilot.press("3")  # Monterrey 3–0 UANL in leg 1: its row and the sentence change
        await ui.settle(pilot)
        redrawn = {y for y, strip in card._strips.items() if kept.get(y) is not strip}
        assert redrawn == {1, 3}
        assert ui.summary(app, "quarterfinals", 0) == "Monterrey win 4–1 on aggregate"


async def test_text_selected_with_the_mouse_is_the_cards_text_and_drawn_selected(ui, tmp_path):
    """A drag over a card selects its text, as over a Static: each drawn piece says where
    it is in the card's text, the selection is drawn, and ctrl+c copies what it covers (a
    stray leg's line, naming the file's line, is what a user copies)."""
    from textual.geometry import Offset
    from textual.selection import Selection

    from tests.app.test_app_file_errors import _misspelt

    app = ui.open_app(_misspelt(tmp_path))
    async with app.run_test(size=(140, 30)) as pilot:  # the stray leg's line whole
        await ui.goto_tab(pilot, 2)
        await ui.settle(pilot)
        card = ui.card(app, "quarterfinals", 3)  # QF 4, with its stray leg
        stray = card.strays_text.plain
        y = 2 + card.row_count  # the stray's line in the card
        at = card.content_region.offset + Offset(6, y)
        widget, offset = app.screen.get_widget_and_offset_at(*at)
        assert widget is card and offset == Offset(6, y)  # the sixth character of that line
        app.screen.selections = {card: Selection(Offset(0, y), Offset(len(stray), y))}
        await ui.settle(pilot)
        assert app.screen.get_selected_text() == stray
        selected = app.screen.get_component_rich_style("screen--selection").bgcolor
        assert any(s.style is not None and s.style.bgcolor == selected for s in card.render_line(y))
        assert not any(s.style is not None and s.style.bgcolor == selected for s in card.render_line(0))
        app.screen.selections = {card: Selection(Offset(0, 0), Offset(8, 0))}  # "QF 4 v 5"
        await ui.settle(pilot)
        assert app.screen.get_selected_text() == "QF 4 v 5"
        app.screen.selections = {}
        await ui.settle(pilot)
        assert not any(s.style is not None and s.style.bgcolor == selected for s in card.render_line(y))


async def test_a_sentence_longer_than_the_card_wraps_and_a_key_redraws_its_lines(ui, tmp_path):
    """The 2013 Apertura's QF 1 went through on away goals: "América through on away goals
    after 3–3 (2 away goals to 1)" is cut with "…" no more where the card is narrower
    (in Spanish at 80 columns it was). Its lines follow a score key, and the lines after
    them move down a line."""
    import shutil

    from liguilla_tui.seasons import seasons_dir

    path = tmp_path / "2013-apertura.yaml"
    shutil.copyfile(seasons_dir() / "2013-apertura.yaml", path)
    app = ui.open_app(path)
    async with app.run_test(size=(50, 24)) as pilot:
        await ui.goto_tab(pilot, 2)
        await ui.settle(pilot)
        card = ui.card(app, "quarterfinals", 0)
        sentence = card.summary_text.plain
        assert sentence == "América through on away goals after 3–3 (2 away goals to 1)"
        width = card.content_region.width
        assert len(sentence) > width
        drawn = ["".join(s.text for s in card.render_line(y)).rstrip() for y in range(card._line_count())]
        rows = card.row_count
        assert "…" not in "".join(drawn)
        assert " ".join(drawn[1 + rows :]) == sentence and len(drawn) == 1 + rows + 2
        assert card.region.height == len(drawn)
        await pilot.press("delete")  # leg 1 unplayed: a one-line sentence
        await ui.settle(pilot)
        assert card._line_count() == 2 + rows and card.region.height == 2 + rows
