"""ScenarioCard draws its own lines: they are what a Static of the card's text draws in
the same box, at any width, after a resize and after a change of theme."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.geometry import Offset, Region
from textual.selection import SELECT_ALL, Selection
from textual.widgets import Static

from liguilla_tui.core.load import load_season
from liguilla_tui.core.paths import paths
from liguilla_tui.core.resolve import resolve
from liguilla_tui.core.scenarios import tie_scenarios
from liguilla_tui.views.scenario_card import ScenarioCard

OPEN = Path(__file__).resolve().parent.parent / "data" / "2013-clausura-open.yaml"


class _Side(App[None]):
    """A card and, under it, a Static of the card's text in the card's box."""

    CSS = "#reference { height: auto; border: round $primary-background-lighten-2; padding: 0 1; }"

    def __init__(self, which: int) -> None:
        super().__init__()
        loaded = load_season(OPEN)
        assert loaded.season is not None
        self.resolved = resolve(loaded.season)
        self.which = which

    def compose(self) -> ComposeResult:
        yield ScenarioCard()
        yield Static(id="reference")

    def on_mount(self) -> None:
        self.show()

    def show(self) -> None:
        card = self.query_one(ScenarioCard)
        card.show(tie_scenarios(self.resolved)[self.which], {p.team: p for p in paths(self.resolved)})
        self.query_one("#reference", Static).update(card.text)


def drawn(widget) -> list[list[object]]:
    """Every line of the widget, border included, as segments (text, style and the offsets
    that text selection reads)."""
    return [list(strip) for strip in widget.render_lines(Region(0, 0, *widget.outer_size))]


async def same_as_reference(app: _Side, pilot) -> None:
    await pilot.pause()
    card, reference = app.query_one(ScenarioCard), app.query_one("#reference", Static)
    assert card.outer_size == reference.outer_size
    assert drawn(card) == drawn(reference)


async def test_a_card_draws_what_a_static_of_its_text_draws():
    for which in range(3):  # the three open quarter-finals: sides, needs of one and two lines
        app = _Side(which)
        async with app.run_test(size=(80, 30)) as pilot:
            await same_as_reference(app, pilot)
            assert app.query_one(ScenarioCard).outer_size.height >= 6


async def test_a_resize_and_a_theme_draw_the_card_again():
    app = _Side(0)
    async with app.run_test(size=(80, 30)) as pilot:
        await same_as_reference(app, pilot)
        wide = app.query_one(ScenarioCard).outer_size.height
        await pilot.resize_terminal(44, 40)  # the needs and the sides wrap to more lines
        await same_as_reference(app, pilot)
        assert app.query_one(ScenarioCard).outer_size.height > wide
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await same_as_reference(app, pilot)


async def test_a_card_with_no_paths_leaves_the_sides_out():
    app = _Side(0)
    async with app.run_test(size=(80, 30)) as pilot:
        card = app.query_one(ScenarioCard)
        card.show(tie_scenarios(app.resolved)[0], {})
        app.query_one("#reference", Static).update(card.text)
        assert len(card.text.plain.splitlines()) == 3  # title, state, needs: no sides
        await same_as_reference(app, pilot)
        assert card.outer_size.height == 2 + 4  # the border, and the needs on two lines


async def test_a_selected_card_is_drawn_and_copied_as_a_static_of_its_text():
    app = _Side(1)
    async with app.run_test(size=(80, 30)) as pilot:
        card, reference = app.query_one(ScenarioCard), app.query_one("#reference", Static)
        # From the state's 6th character to the 11th of the first side: across parts.
        for selection in (SELECT_ALL, Selection(Offset(5, 1), Offset(10, 3))):
            app.screen.selections = {card: selection, reference: selection}
            await same_as_reference(app, pilot)
            assert card.get_selection(selection) == reference.get_selection(selection)
        app.screen.clear_selection()
        await same_as_reference(app, pilot)


async def test_the_sides_are_said_again_when_the_paths_or_the_language_change():
    from liguilla_tui import i18n

    app = _Side(0)
    async with app.run_test(size=(80, 30)) as pilot:
        card = app.query_one(ScenarioCard)
        scenario = tie_scenarios(app.resolved)[0]
        found = {p.team: p for p in paths(app.resolved)}
        card.show(scenario, found)
        english = card.text.plain
        assert "if it wins" in english
        home = scenario.open_tie.home
        card.show(scenario, {**found, home: found[home]._replace(meetings=found[home].meetings[:1])})
        assert card.text.plain != english  # the same scenario, fewer opponents for one side
        was = i18n.language()
        try:
            i18n.set_language("es_MX")
            card.show(scenario, found)  # the very scenario and paths of the English text
            spanish = card.text.plain.splitlines()
            assert "if it wins" not in card.text.plain and "leg 2 at" not in spanish[1]  # sides, state
            # The leg left by its Spanish name, as the CLI's report says it.
            assert spanish[1].endswith(" · vuelta en casa de UANL")
            # The title: the round's words in Spanish, as on the tie cards; the names as they
            # are, "vs." between them as between the seeds (Spanish wrote "v" for the teams).
            assert english.splitlines()[0] == "QF 1 v 8  UANL v Monterrey"
            assert spanish[0] == "CF 1 vs. 8  UANL vs. Monterrey"
        finally:
            i18n.set_language(was)
        await pilot.pause()


async def test_an_auto_width_card_is_as_wide_as_its_text():
    app = _Side(0)
    async with app.run_test(size=(200, 30)) as pilot:
        card = app.query_one(ScenarioCard)
        card.styles.width = "auto"
        await pilot.pause()
        widest = max(len(line) for line in card.text.plain.splitlines())
        assert card.outer_size.width == widest + 4  # the border and the padding


def test_a_live_first_leg_is_not_said_to_be_still_to_play(tmp_path):
    """QF 1's first leg under way, 1-0: the card said "Monterrey lead 1–0 on aggregate ·
    live · both legs to play" (a new user's trial); it says the second leg comes next."""
    import yaml

    from liguilla_tui.views.scenario_card import _state

    data = yaml.safe_load(OPEN.read_text(encoding="utf-8"))
    first = next(m for m in data["matches"] if m["leg"] == 1 and m["home"] == "Monterrey")
    first.update(status="live", minute="60")
    path = tmp_path / "live.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    loaded = load_season(path)
    assert loaded.season is not None
    scenario = next(s for s in tie_scenarios(resolve(loaded.season)) if "Monterrey" in s.open_tie.tie.teams)
    assert len(scenario.open_tie.remaining) == 2 and scenario.open_tie.live is not None
    said = _state(scenario).plain
    assert "both legs to play" not in said and said.endswith(" · then leg 2 at UANL"), said
