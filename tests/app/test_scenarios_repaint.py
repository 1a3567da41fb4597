"""A key on the Scenarios tab redraws the parts of a card that changed, and no more;
set_text asks for a re-layout exactly when a text wraps to another number of lines."""

from __future__ import annotations

import shutil
from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Static

from liguilla_tui.views.scenarios import ScenarioCard
from liguilla_tui.widgets.cells import set_text

OPEN = Path(__file__).resolve().parent.parent / "data" / "2013-clausura-open.yaml"


def lines(card: ScenarioCard) -> list[Strip]:
    """The card's content lines, as the compositor asks for them."""
    return [card.render_line(y) for y in range(card.size.height)]


async def test_undo_redraws_the_state_and_needs_of_a_card_not_its_title_or_paths(ui, tmp_path, monkeypatch):
    path = tmp_path / "open.yaml"
    shutil.copyfile(OPEN, path)
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        await pilot.press("3")  # QF 1 v 8, leg 1: Monterrey 3-0 (the file has 1-0)
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 7)
        card = app.query(ScenarioCard).first()
        assert "Monterrey lead 3–0" in card.text.plain.splitlines()[1]
        before = lines(card)
        assert [strip.text.strip() for strip in before[:2]] == [
            "QF 1 v 8  UANL v Monterrey",
            card.text.plain.splitlines()[1],
        ]
        refreshed: list[tuple[tuple[Region, ...], bool]] = []
        refresh = ScenarioCard.refresh

        def spy(self, *regions, layout: bool = False, **kwargs):
            if self is card:
                refreshed.append((regions, layout))
            return refresh(self, *regions, layout=layout, **kwargs)

        monkeypatch.setattr(ScenarioCard, "refresh", spy)

        await pilot.press("ctrl+z")
        await ui.settle(pilot)
        text = card.text.plain.splitlines()
        assert "Monterrey lead 1–0" in text[1]
        after = lines(card)
        assert len(after) == len(before)
        # The title and the sides keep the very strips they had: not rendered again, and
        # only the lines of the state and the needs (1, then the needs' 2) are repainted.
        assert after[0] is before[0]
        words = 2  # the needs wrap to two lines at this width, before and after
        assert all(a is b for a, b in zip(after[2 + words :], before[2 + words :], strict=True))
        assert all(a is not b for a, b in zip(after[1 : 2 + words], before[1 : 2 + words], strict=True))
        assert refreshed == [((Region(0, 1, card.size.width, 1 + words),), False)]


class _One(App[None]):
    CSS = "Static { width: 20; height: auto; }"

    def compose(self) -> ComposeResult:
        yield Static("")


async def test_set_text_lays_out_again_only_when_the_number_of_lines_changes(monkeypatch):
    layouts: list[bool] = []
    update = Static.update

    def spy(self, content="", *, layout: bool = True) -> None:
        layouts.append(layout)
        update(self, content, layout=layout)

    monkeypatch.setattr(Static, "update", spy)
    app = _One()
    async with app.run_test(size=(40, 10)) as pilot:
        static = app.query_one(Static)
        two = "aaaa bbbb cccc dddd eeee"  # 2 lines at 20 columns
        set_text(static, Text(two))
        await pilot.pause()
        assert static.size.height == 2
        set_text(static, Text(two.replace("a", "x")))  # 2 lines again: a repaint
        three = two + " ffff gggg hhhh iiii jjjj"
        set_text(static, Text(three))  # 3 lines: a re-layout
        set_text(static, Text(three.replace("b", "y")))  # 3 again (the kept count is the last text's)
        set_text(static, Text("short"))  # 1 line
        await pilot.pause()
        assert layouts[1:] == [False, True, False, True]
        assert static.size.height == 1


async def test_set_text_wraps_only_the_new_text_when_it_replaces_its_own_last_one(monkeypatch):
    """The old text's line count is the one worked out when it was new: one wrap a key."""
    app = _One()
    async with app.run_test(size=(40, 10)) as pilot:
        static = app.query_one(Static)
        set_text(static, Text("aaaa bbbb cccc dddd eeee"))
        await pilot.pause()
        set_text(static, Text("xxxx bbbb cccc dddd eeee"))
        wrapped: list[str] = []
        wrap = Text.wrap

        def counting(self, *args, **kwargs):
            wrapped.append(self.plain)
            return wrap(self, *args, **kwargs)

        monkeypatch.setattr(Text, "wrap", counting)
        set_text(static, Text("yyyy bbbb cccc dddd eeee"))
        assert wrapped == ["yyyy bbbb cccc dddd eeee"]
