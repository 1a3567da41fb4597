"""A key on the Scenarios tab redraws the parts of a card that changed, and no more;
set_text asks for a re-layout exactly when a text wraps to another number of lines."""

from __future__ import annotations

import shutil
from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import Static

from liguilla_tui.views.scenarios import ScenarioCard
from liguilla_tui.widgets.cells import set_text

OPEN = Path(__file__).resolve().parent.parent / "data" / "2013-clausura-open.yaml"


def parts(card: ScenarioCard) -> dict[str, object]:
    """Each part's Static and the text object it was last given."""
    return {
        next(c for c in static.classes if c.startswith("card-")): static._shown_text for static in card.query(Static)
    }


async def test_undo_redraws_the_state_and_needs_of_a_card_not_its_title_or_paths(ui, tmp_path):
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
        before = parts(card)
        assert "Monterrey lead 3–0" in before["card-state"].plain

        await pilot.press("ctrl+z")
        await ui.settle(pilot)
        after = parts(card)
        assert "Monterrey lead 1–0" in after["card-state"].plain
        assert after["card-words"].plain != before["card-words"].plain
        # Untouched parts keep the very text they were given: set_text did not update them,
        # so they are neither re-rendered nor repainted.
        assert after["card-title"] is before["card-title"]
        assert after["card-sides"] is before["card-sides"]
        assert card.text.plain.splitlines()[0] == "QF 1 v 8  UANL v Monterrey"


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
