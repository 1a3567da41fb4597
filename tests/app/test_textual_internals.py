"""The private Textual names the app leans on, where no public API serves.

widgets/table.py overrides DataTable's render caches and layout hooks;
widgets/score_grid.py runs a grid's bindings as the key arrives; widgets/main_screen.py
gives the screen a compositor that renders fewer widgets per partial update;
views/scenario_card.py formats a card's parts as Content.render_strips does (and
widgets/hanging.py the Scenarios tab's table section). They rely
on names that Textual may rename or re-sign in any release; pyproject.toml bounds textual
to the minor versions this was checked on, and this test fails, naming the name, when one
changes.
"""

from __future__ import annotations

import inspect

import pytest
from textual._compositor import Compositor
from textual.app import App
from textual.cache import LRUCache
from textual.screen import Screen
from textual.widgets import DataTable

from liguilla_tui.widgets.table import Table

# method: the parameter names (after self) our override passes through
OVERRIDDEN = {
    "_render_line": ["y", "x1", "x2", "base_style"],
    "_render_cell": ["row_index", "column_index", "base_style", "width", "cursor", "hover"],
    "_update_dimensions": ["new_rows"],
    "_update_column_widths": ["updated_cells"],
    "_clear_caches": [],
    "_get_offsets": ["y"],
}
# attributes read on a DataTable instance, and their types
READ = {
    "_update_count": int,
    "_header_row_key": object,
    "_data": dict,
    "_show_hover_cursor": bool,
    "_row_render_cache": LRUCache,
    "_line_cache": LRUCache,
    "_cell_render_cache": LRUCache,
}


@pytest.mark.parametrize("name", sorted(OVERRIDDEN))
def test_overridden_datatable_methods_keep_their_signature(name):
    method = getattr(DataTable, name, None)
    assert callable(method), f"DataTable.{name} is gone"
    params = list(inspect.signature(method).parameters)[1:]
    assert params == OVERRIDDEN[name], f"DataTable.{name}{params}"


def test_datatable_attributes_read_by_table_are_there():
    table = Table()
    for name, kind in READ.items():
        assert isinstance(getattr(table, name, None), kind), name
    # row/column locations map an index to a key
    assert callable(table._row_locations.get_key) and callable(table._column_locations.get_key)
    # Table resized DataTable's own caches: the names it looks for are the ones DataTable uses.
    assert table._line_cache.maxsize == Table.LINES // 4


def test_key_fast_path_names():
    """score_grid.ScoreGrid.run_key reads the app's keymap and the widget's binding map."""
    app = App()
    assert isinstance(app._keymap, dict)
    table = Table()
    assert isinstance(table._bindings.key_to_bindings, dict)


def test_compositor_names():
    """main_screen.CroppingCompositor overrides Compositor._get_renders(crop), reads
    visible_widgets, and is put in place as a Screen's `_compositor`."""
    assert list(inspect.signature(Compositor._get_renders).parameters) == ["self", "crop"]
    assert isinstance(Compositor().visible_widgets, dict)
    assert isinstance(Screen()._compositor, Compositor)


def test_content_formatting_names():
    """views/scenario_card.py renders a card's part as Content.render_strips does, from
    Content._wrap_and_format's lines, each line's place in the card's text set on its `y`."""
    from textual.content import Content
    from textual.style import Style

    params = list(inspect.signature(Content._wrap_and_format).parameters)[1:]
    assert params[:7] == ["width", "align", "overflow", "no_wrap", "line_pad", "tab_size", "selection"], params
    assert "get_style" in params
    source = inspect.getsource(Content.render_strips)
    assert "self._wrap_and_format(" in source and "line.to_strip(style)" in source
    [line] = Content("a b")._wrap_and_format(10)
    assert isinstance(line.y, int)
    line.y = 3
    segments, cells = line.to_strip(Style())
    assert cells == 3 and [(s.text, s.style.meta["offset"]) for s in segments if s.style] == [("a b", (0, 3))]
    # widgets/hanging.py also reads where a wrapped piece starts in its line (`x`), and
    # moves a piece wrapped on its own to its place there.
    assert "post_style" in params
    first, second = Content("ab cd")._wrap_and_format(3)
    assert (first.x, second.x) == (0, 3)
    second.x += 2
    segments, _cells = second.to_strip(Style())
    assert [(s.text, s.style.meta["offset"]) for s in segments if s.style] == [("cd", (5, 0))]
