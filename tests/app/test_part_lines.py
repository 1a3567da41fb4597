"""part_lines draws a card part's lines as Textual draws the same Rich Text (what a Static
of it draws, through Content), segment by segment, styles and selection offsets
included; and it does draw the card's usual parts, not leave them all to Textual."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.style import Style as RichStyle
from rich.text import Text
from textual.app import App, ComposeResult
from textual.content import Content
from textual.visual import Visual

from liguilla_tui.views.part_lines import part_strips
from liguilla_tui.views.scenario_card import ScenarioCard

TOKENS = st.sampled_from(
    [
        "Cruz",
        "Azul",
        "América",
        "UANL",
        "go",
        "through",
        "a",
        "de",
        "2–2",
        "漢字",
        "⚽",
        "e\u0301",
        "–",
        ";",
        ",",
        "x" * 30,
    ]
)
SPACES = st.sampled_from([" ", " ", "  ", "   "])
STYLES = st.sampled_from(
    ["bold", "dim", "italic", "dim italic", "not bold", "underline", "reverse", RichStyle(color="red"),
     RichStyle(bgcolor="blue", bold=True)]
)  # fmt: skip


@st.composite
def parts(draw) -> Text:
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        words = draw(st.lists(TOKENS, min_size=1, max_size=14))
        gaps = [draw(SPACES) for _ in words]
        lines.append(
            "".join(w + g for w, g in zip(words, gaps, strict=True)).rstrip(" ") + draw(st.sampled_from(["", " "]))
        )
    text = Text("\n".join(lines), style=draw(st.sampled_from(["", "bold", "dim", RichStyle(italic=True)])))
    length = len(text.plain)
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, length - 1))
        end = draw(st.integers(start + 1, length))
        text.stylize(draw(STYLES), start, end)
    if draw(st.booleans()):  # pieces put together as the card's builders do, some empty
        more = Text(draw(st.sampled_from(["", "", ": SF v Atlas", " · leg 2"])), style=draw(STYLES))
        text.append_text(more)
        text.append_text(Text(draw(st.sampled_from(["", "\nQuerétaro: out", " x"])), style="dim"))
    return text


class _Host(App[None]):
    def compose(self) -> ComposeResult:
        yield ScenarioCard()


def textual_strips(card: ScenarioCard, part: Text, first: int, width: int):
    """Textual's own: the part's Content after `first` blank lines (its place in the
    card's text), drawn by Visual.to_strips as a Static draws its content."""
    content = Content("\n" * first) + Content.from_rich_text(part, console=card.app.console)
    return Visual.to_strips(card, content, width, None, card.visual_style)[first:]


async def test_the_lines_are_textuals_own():
    app = _Host()
    async with app.run_test(size=(100, 30)):
        card = app.query_one(ScenarioCard)

        @settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
        @given(part=parts(), first=st.integers(0, 4), width=st.integers(1, 90))
        def check(part, first, width) -> None:
            drawn = part_strips(part, first, width, card.visual_style, card._get_style, app.console, app.ansi_theme)
            if drawn is not None:  # None: left to Textual (a crop, a blank line)
                assert drawn == textual_strips(card, part, first, width)

        check()


async def test_the_usual_parts_are_drawn_here_at_any_usual_width():
    """The card's parts as _state, _words and _sides make them (a bold part; dim pieces;
    two dim italic lines), at a wide and a narrow card: drawn here, and as Textual does."""
    state = Text("leg 1: Querétaro 0–3 UANL", style="dim")
    state.append_text(Text(" · leg 2 at UANL", style="dim"))
    words = "UANL go through with any win, a draw, or a defeat by 1–3; Querétaro need to win by 5, or 4–0 and more"
    sides = Text("UANL: SF v Atlas or América, hosting leg 2\nQuerétaro: SF v Atlas, away", style="dim italic")
    parts = [Text(style="bold").append_text(p) for p in (state, Text(words), sides)]

    app = _Host()
    async with app.run_test(size=(100, 30)):
        card = app.query_one(ScenarioCard)
        for width in (74, 40, 22):
            for first, part in enumerate(parts):
                drawn = part_strips(part, first, width, card.visual_style, card._get_style, app.console, app.ansi_theme)
                assert drawn is not None, (width, part.plain)
                assert drawn == textual_strips(card, part, first, width)


async def test_overlapping_spans_are_left_to_textual():
    """Where spans overlap, the order they stack in is Textual's to decide (it changed
    between Textual 8.0 and 8.2): such a part is not drawn here. The card's own parts
    never overlap (a piece each, under the part's own style)."""
    part = Text("abcdef ghij")
    part.stylize("not bold", 2, 4)
    part.stylize("bold", 0, 8)
    side_by_side = Text("abcdef ghij", style="bold")
    side_by_side.stylize("dim", 0, 4)
    side_by_side.stylize(RichStyle(color="red"), 4, 9)
    app = _Host()
    async with app.run_test(size=(100, 30)):
        card = app.query_one(ScenarioCard)
        for width in (20, 8, 5):
            assert part_strips(part, 1, width, card.visual_style, card._get_style, app.console, app.ansi_theme) is None
            drawn = part_strips(side_by_side, 1, width, card.visual_style, card._get_style, app.console, app.ansi_theme)
            assert drawn is not None and drawn == textual_strips(card, side_by_side, 1, width)


async def test_an_empty_piece_breaks_a_segment_where_textual_does_and_only_there():
    """An empty styled piece put into a part (an empty span): Textual drops it when it
    splits the text at a newline or wraps it, and keeps it (a segment break) in a line it
    neither splits nor wraps."""
    split = Text("UANL").append_text(Text("", style="dim")).append_text(Text(": SF v Atlas\nQuerétaro: out"))
    single = Text("UANL").append_text(Text("", style="dim")).append_text(Text(": SF v Atlas"))
    app = _Host()
    async with app.run_test(size=(100, 30)):
        card = app.query_one(ScenarioCard)
        for part in (split, single):
            for width in (40, 10):
                drawn = part_strips(part, 0, width, card.visual_style, card._get_style, app.console, app.ansi_theme)
                if drawn is not None:
                    assert drawn == textual_strips(card, part, 0, width), (part.plain, width)
        draw = part_strips(split, 0, 40, card.visual_style, card._get_style, app.console, app.ansi_theme)
        assert draw is not None and [s.text for s in draw[0]] == ["UANL: SF v Atlas"]
