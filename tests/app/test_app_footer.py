"""The footer shows the keys of what has the focus, and never loses Help or Save."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from liguilla_tui.widgets.footer import AppFooter


def _shown(app) -> list[str]:
    footer = app.screen.query_one(AppFooter)
    return [key.description for key in footer.query(FooterKey) if not key.has_class("-command-palette")]


async def test_a_dialog_has_its_own_footer(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        assert "Score" in _shown(app)
        await pilot.press("g")  # the goals dialog
        await ui.settle(pilot)
        shown = _shown(app)
        assert "Cancel" in shown and "Score" not in shown and "Goals" not in shown


async def test_help_and_save_come_first_and_fit_at_60_columns(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        assert _shown(app)[:2] == ["Help", "Save"]
        footer_line = ui.screen_lines(app)[-1]
        assert "? Help" in footer_line and "^s Save" in footer_line


async def test_the_compact_footers_palette_key_paints_to_the_last_cell(ui, season_path):
    # Compact (Spanish below 100 columns, English below 80), Textual's footer gave the
    # docked palette key a right margin: the last cell showed the key beneath ("paletae").
    from liguilla_tui import i18n

    for language, width, words in (("es_MX", 80, "^p paleta"), ("en", 70, "^p palette")):
        i18n.set_language(language)
        try:
            app = ui.open_app(season_path)
            async with app.run_test(size=(width, 24)) as pilot:
                await ui.settle(pilot)
                assert app.query_one("AppFooter").compact
                last = ui.screen_lines(app)[-1]
                assert last.rstrip().endswith(words) and last.endswith(" "), repr(last)
        finally:
            i18n.set_language(None)
