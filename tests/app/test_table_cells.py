"""The app's Table re-renders only the cells whose value changed, and still shows the truth."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable

from liguilla_tui.widgets.table import Table

ROWS = [
    ("America", "2", "–", "1", "Cruz Azul"),
    ("Santos", "0", "–", "0", "Monterrey"),
    ("Toluca", "3", "–", "2", "Tijuana"),
]


class TableApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Table(cursor_type="cell", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one(Table)
        for key in ("home", "hg", "dash", "ag", "away"):
            table.add_column(key, key=key)
        for index, row in enumerate(ROWS):
            table.add_row(*(Text(cell) for cell in row), key=str(index))


def _record_calls(monkeypatch, method: str, arguments: int) -> list:
    """The leading `arguments` of every call of DataTable's own `method` (what Table's
    caches did not have), one item per call: a value, or a tuple of them."""
    calls: list = []
    original = getattr(DataTable, method)

    def recording(self, *args, **kwargs):
        calls.append(args[0] if arguments == 1 else tuple(args[:arguments]))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(DataTable, method, recording)
    return calls


def _count_renders(monkeypatch) -> list[tuple[int, int]]:
    """Every cell DataTable itself renders, as (row, column)."""
    return _record_calls(monkeypatch, "_render_cell", 2)


def _screen_text(app: App) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_one_changed_cell_is_the_only_one_rendered_again(monkeypatch):
    rendered = _count_renders(monkeypatch)
    app = TableApp()
    async with app.run_test(size=(60, 8)) as pilot:
        await pilot.pause()
        table = app.query_one(Table)
        table.update_cell("1", "hg", Text("4"))
        rendered.clear()
        await pilot.pause()
        assert rendered == [(1, 1)]
        santos = next(line for line in _screen_text(app).splitlines() if "Santos" in line)
        assert santos.split() == ["Santos", "4", "–", "0", "Monterrey"]
        # A cell changed before is not rendered again when another one changes.
        table.update_cell("0", "ag", Text("2"))
        rendered.clear()
        await pilot.pause()
        assert rendered == [(0, 3)]


async def test_only_the_changed_row_is_drawn_again(monkeypatch):
    drawn = _record_calls(monkeypatch, "_render_line", 1)  # the y of every line DataTable draws
    app = TableApp()
    async with app.run_test(size=(60, 8)) as pilot:
        await pilot.pause()
        table = app.query_one(Table)
        # DataTable's resize bumps its counter after the first frame; one edit to draw after it.
        table.update_cell("0", "hg", Text("3"))
        await pilot.pause()
        table.update_cell("2", "hg", Text("5"))
        drawn.clear()
        await pilot.pause()
        assert drawn == [3]  # the header is line 0
        table.add_row(Text("León"), Text("1"), Text("–"), Text("1"), Text("Puebla"), key="3")
        drawn.clear()
        await pilot.pause()
        assert sorted(drawn) == [0, 1, 2, 3, 4]  # a new row: everything is laid out again
        assert "León" in _screen_text(app)


async def test_an_equal_but_new_value_is_still_rendered_from_itself(monkeypatch):
    # The cache holds a cell's render while the cell holds the same object: a new object
    # (even an equal one, styled otherwise) is rendered anew.
    rendered = _count_renders(monkeypatch)
    app = TableApp()
    async with app.run_test(size=(60, 8)) as pilot:
        await pilot.pause()
        table = app.query_one(Table)
        table.update_cell("2", "away", Text("Tijuana", style="bold"))
        rendered.clear()
        await pilot.pause()
        assert rendered == [(2, 4)]
        row = table._render_line_in_row(
            table.ordered_rows[2].key, 0, table.rich_style, table.cursor_coordinate, table.hover_coordinate
        )[1]
        assert any(seg.text.strip() == "Tijuana" and seg.style and seg.style.bold for line in row for seg in line)


async def test_rows_that_move_show_their_own_cells():
    app = TableApp()
    async with app.run_test(size=(60, 8)) as pilot:
        await pilot.pause()
        table = app.query_one(Table)
        table.sort("home", key=lambda cell: cell.plain, reverse=True)  # Toluca, Santos, America
        await pilot.pause()
        lines = [line for line in _screen_text(app).splitlines() if line.strip()]
        order = [name for line in lines for name in ("Toluca", "Santos", "America") if name in line]
        assert order == ["Toluca", "Santos", "America"]


async def test_a_style_change_renders_every_cell_again(monkeypatch):
    rendered = _count_renders(monkeypatch)
    app = TableApp()
    async with app.run_test(size=(60, 8)) as pilot:
        await pilot.pause()
        before = _screen_text(app)
        styles = _cell_styles(app)
        rendered.clear()
        app.query_one(Table).zebra_stripes = False
        await pilot.pause()
        assert len(rendered) >= len(ROWS) * 5
        rendered.clear()
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        assert len(rendered) >= len(ROWS) * 5
        assert _screen_text(app) == before  # the same text...
        assert _cell_styles(app) != styles  # ...in the new theme's colours, not cached old ones


def _cell_styles(app: App) -> list:
    """The colours of the table's lines as drawn now."""
    table = app.query_one(Table)
    return [
        [(seg.style.color, seg.style.bgcolor) for seg in strip if seg.style]
        for strip in table.render_lines(table.size.region)
    ]
