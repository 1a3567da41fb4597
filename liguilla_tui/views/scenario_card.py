"""One open tie's card on the Scenarios tab: its parts (title; how it stands; what each
side needs; each side's next round) one under the other, in a round border.

The card is one widget drawing its own lines (Textual's line API): each part is rendered
to strips once per change of its text, the card's width or its style, and a key repaints
only the lines of the parts it changed. As four Statics in a Vertical, every frame that
touched the card rendered five widgets, and each changed part was measured (wrapped) to
know whether the card's height changed, then rendered again. The strips are the ones a
Static of the card's text draws (Textual's own formatting of the same Content), so the
screen is the same (tests/app/test_scenario_card.py).
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.css.styles import RenderStyles
from textual.geometry import Region, Size
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import Visual
from textual.widget import Widget

from liguilla_tui.core.paths import TeamPaths, path_words
from liguilla_tui.core.presets import tie_label_shown
from liguilla_tui.core.scenarios import TieScenario
from liguilla_tui.i18n import _, language
from liguilla_tui.report.describe import describe_tie, versus
from liguilla_tui.views.part_lines import part_strips
from liguilla_tui.widgets.cells import plain, same

PARTS = ("title", "state", "words", "sides")


def _title(scenario: TieScenario) -> Text:
    ot = scenario.open_tie
    # The round's words in the current language, as on the tie cards ("CF 1 vs. 8"); a
    # file's own round name as written, shown as text. The teams as the CLI names them
    # ("UANL vs. Monterrey" in Spanish).
    title = plain(f"{tie_label_shown(scenario.label, ot.spec)}  ", "bold")
    title.append_text(plain(versus(ot.home, ot.away), "bold"))
    return title


def _state(scenario: TieScenario) -> Text:
    """How the tie stands, and what is left to play."""
    ot = scenario.open_tie
    state = plain(describe_tie(ot.tie, ot.spec.legs), "dim")
    if ot.remaining:
        number = ot.remaining[0].number
        if len(ot.remaining) > 1 and not ot.live:
            left = _(" · both legs to play")
        elif len(ot.remaining) > 1:  # leg 1 under way (the sentence says "live"): then leg 2
            left = _(" · then leg 2 at {team}").format(team=ot.home)
        elif ot.spec.legs == 1:
            left = _(" · at {team}").format(team=ot.home)
        elif number == 2:  # its own sentence, as in the CLI's: Spanish says "vuelta", not "partido 2"
            left = _(" · leg 2 at {team}").format(team=ot.home)
        else:
            left = _(" · leg {number} at {team}").format(number=number, team=ot.home)
        state.append_text(plain(left, "dim"))
    return _bold(state)


def _words(scenario: TieScenario) -> Text:
    return _bold(plain(scenario.words))


def _sides(home: str, away: str, found: tuple[TeamPaths | None, TeamPaths | None]) -> Text:
    """Each side's next round: who it can meet, and where."""
    sides = [plain(f"{team}: {path_words(p)}", "dim italic") for team, p in zip((home, away), found) if p is not None]
    return _bold(Text("\n").join(sides))


def _bold(part: Text) -> Text:
    """Bold under the part's own style, as when the card was one bold text."""
    text = Text(style="bold")
    text.append_text(part)
    return text


def _plain_layout(rules: RenderStyles) -> bool:
    """Left-aligned text, folded and wrapped, with no line padding: what part_lines draws."""
    return (
        rules.text_align in ("left", "start")
        and rules.text_overflow == "fold"
        and rules.text_wrap == "wrap"
        and not rules.line_pad
    )


class _Rendered:
    """A part's strips, and what they were rendered from."""

    __slots__ = ("first", "strips", "style", "text", "width")

    def __init__(self, text: Text, first: int, width: int, style: object, strips: list[Strip]) -> None:
        self.text = text
        self.first = first  # the part's first line in the card's whole text (`ScenarioCard.text`)
        self.width = width
        self.style = style
        self.strips = strips


class ScenarioCard(Widget):
    """One open tie. `show()` gives it a scenario; `text` is the card as one text."""

    DEFAULT_CSS = """
    ScenarioCard { width: 1fr; height: auto; border: round $primary-background-lighten-2; padding: 0 1; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._parts: tuple[Text, ...] = ()
        self._made_from: tuple[object, ...] = ()  # what each part was made from (see show)
        self._rendered: list[_Rendered | None] = [None] * len(PARTS)
        self._lines: list[Strip] = []  # every part's strips, in order: the card's content lines
        self._lines_for: tuple[object, ...] = ()  # the width, style and selection they were rendered at

    def show(self, scenario: TieScenario, team_paths: dict[str, TeamPaths]) -> None:
        """Show the tie's scenario. The parts are made again only from what changed, as a key
        changes one tie's score: its state and needs (a new scenario from ScenarioMemo),
        rarely its teams' next opponents, its title only in another language."""
        ot = scenario.open_tie
        said_in = language()
        made_from = (
            (scenario.label, ot.home, ot.away, said_in),
            (scenario, said_in),  # the memo's very object while the tie (and the language) is the same
            scenario,  # its words are in the language they were worked out in
            (ot.home, ot.away, team_paths.get(ot.home), team_paths.get(ot.away), said_in),
        )
        if made_from == self._made_from:
            return
        makers = (
            lambda: _title(scenario),
            lambda: _state(scenario),
            lambda: _words(scenario),
            lambda: _sides(ot.home, ot.away, (team_paths.get(ot.home), team_paths.get(ot.away))),
        )
        old = self._made_from or (None,) * len(PARTS)
        parts: list[Text | None] = list(self._parts) or [None] * len(PARTS)
        for i, make in enumerate(makers):
            if parts[i] is None or old[i] != made_from[i]:
                part = make()
                # A part that shows the same keeps its text object: its strips are reused.
                if not same(parts[i], part):
                    parts[i] = part
        self._parts = tuple(part for part in parts if part is not None)
        self._made_from = made_from
        self._draw()

    @property
    def text(self) -> Text:
        """The whole card as one text, its parts a line (or more) each: the lines drawn."""
        return Text("\n").join(self._parts[i] for i in self._shown_parts())

    def _shown_parts(self) -> list[int]:
        """The parts drawn: all but the sides when there are none (no team path known)."""
        return [i for i, part in enumerate(self._parts) if i < len(PARTS) - 1 or part.plain]

    def _draw(self) -> None:
        """Render what changed at the card's width, and repaint its lines (or lay the
        card out again, if it now takes another number of lines)."""
        width = self.size.width
        if not self.is_mounted or width <= 0:
            # Rendered when laid out (get_content_height); Textual's own copy of the old
            # lines is dropped now, or a hidden tab's card shows them again when shown.
            self._lines_for = ()
            if self.is_mounted:
                self.refresh(layout=True)
            return
        old = self._lines
        lines = self._render_parts(width)
        if len(lines) != len(old):
            self.refresh(layout=True)
            return
        changed = [y for y, (a, b) in enumerate(zip(old, lines)) if a is not b]
        if changed:
            self.refresh(Region(0, changed[0], width, changed[-1] - changed[0] + 1))

    def _render_parts(self, width: int) -> list[Strip]:
        style = self.visual_style
        selection = self.text_selection
        lines: list[Strip] = []
        first = 0  # in the card's whole text, where selection offsets point
        for i in self._shown_parts():
            part = self._parts[i]
            kept = self._rendered[i]
            if (
                kept is None
                or selection is not None
                or kept.text is not part
                or kept.first != first
                or kept.width != width
                or kept.style != style
            ):
                strips = self._strips(part, first, width, style, selection)
                kept = _Rendered(part, first, width, style, strips)
                self._rendered[i] = None if selection is not None else kept
            lines += kept.strips
            first += part.plain.count("\n") + 1
        self._lines = lines
        self._lines_for = (width, style, selection)
        return lines

    def _strips(
        self, part: Text, first: int, width: int, style: VisualStyle, selection: Selection | None
    ) -> list[Strip]:
        """The part's strips as a Static of the card's whole text draws them, the part
        starting at its line `first` (text selection reads each cell's line and column in
        that text from the strips).

        That is Visual.to_strips of the whole text, cut to the part's lines. Its steps
        that cannot change a part are left out: links (a part is plain()'s text, never a
        link), and unless the card has them, alignment and a selection (then to_strips
        is asked, the part after as many blank lines). The rest is Content.render_strips
        with each line's place in the whole text set as it is formatted, rather than
        formatting blank lines ahead of the part (a third of a key's rendering). Most
        parts are drawn by part_lines.py, which repeats that for the common case without
        making Content of the part.
        """
        rules = self.styles  # what render_strips reads of them (its rules.get is getattr)
        if selection is None and rules.content_align == ("left", "top") and _plain_layout(rules):
            app = self.app
            drawn = part_strips(part, first, width, style, self._get_style, app.console, app.ansi_theme)
            if drawn is not None:
                return drawn
        content = Content.from_rich_text(part, console=self.app.console)
        if selection is not None or rules.content_align != ("left", "top"):
            ahead = Content("\n" * first) + content if first else content
            return Visual.to_strips(self, ahead, width, None, style)[first:]
        if not width:
            return []
        lines = content._wrap_and_format(  # Textual 8.2's render_strips (tests/app/test_textual_internals.py)
            width,
            align=rules.text_align,
            overflow=rules.text_overflow,
            no_wrap=rules.text_wrap == "nowrap",
            line_pad=rules.line_pad,
            tab_size=8,
            get_style=self._get_style,
        )
        for line in lines:
            line.y += first
        return [Strip(*line.to_strip(style)) for line in lines]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._render_parts(width)) if self._parts else 0

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if self._lines_for != (width, self.visual_style, self.text_selection):
            self._render_parts(width)
        return self._lines[y] if y < len(self._lines) else Strip.blank(width, self.visual_style.rich_style)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._forget()

    def selection_updated(self, selection: Selection | None) -> None:
        self._forget()  # a selection is drawn into the strips
        super().selection_updated(selection)

    def _forget(self) -> None:
        self._rendered = [None] * len(PARTS)
        self._lines_for = ()

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        return selection.extract(self.text.plain), "\n"

    def render(self) -> Text:
        """The card as one text, for what Textual renders without the line API (an auto
        width measures it)."""
        return self.text
