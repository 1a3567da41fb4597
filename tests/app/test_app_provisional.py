"""An unfinished regular season (issue 13): the table is provisional ("after matchday 12 of
17"), the Liguilla tabs say "if the season ended today", and both follow a result typed."""

from __future__ import annotations

import re
from pathlib import Path

from liguilla_tui.cli import main
from liguilla_tui.views.provisional import IfEndedToday
from liguilla_tui.widgets.results_grid import ResultsGrid

OPENFOOTBALL = Path(__file__).resolve().parents[1] / "data" / "openfootball"


def unfinished_apertura(tmp_path: Path, played: int = 12) -> Path:
    """The 2018 Apertura as openfootball had it after matchday `played`: later matches
    written without a score (`Atlas - Veracruz`), no Liguilla section yet."""
    out, day = [], 0
    for line in (OPENFOOTBALL / "2018-19" / "1-ligamx.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("== Apertura - Liguilla"):
            break
        if found := re.match(r"Matchday (\d+)", line):
            day = int(found.group(1))
        if day > played and re.match(r"\s+(\d\d\.\d\d)?\s+\S", line):
            line = re.sub(r"\s\d+-\d+( \(\d+-\d+\))?\s", "  -  ", line, count=1)
        out.append(line)
    path = tmp_path / "1-ligamx.txt"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def imported(tmp_path: Path) -> Path:
    out = tmp_path / "2018-apertura.yaml"
    assert main(["import", str(unfinished_apertura(tmp_path)), "--tournament", "apertura", "-o", str(out)]) == 0
    return out


async def test_a_result_typed_moves_the_8th_and_the_quarter_final_follows(tmp_path, ui):
    app = ui.open_app(imported(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await ui.settle(pilot)
        assert ui.static_text(app.query_one("GeneralTableView .heading")) == "Provisional: after matchday 12 of 17"
        assert ui.find_on_screen(app, "Provisional: after matchday 12 of 17") is not None
        assert app.sub_title == "2018-apertura.yaml  · provisional"
        # Querétaro and Morelia have 16 points each: Querétaro 8th on goal difference.
        assert [q.team for q in app.resolved.qualified][7] == "Querétaro"
        assert app.resolved.round("quarterfinals").ties[0].teams == ("Cruz Azul", "Querétaro")

        grid = app.query_one(ResultsGrid)
        grid.focus()
        # The grid opens on matchday 13, the first still to play.
        assert ui.static_text(app.query_one("GeneralTableView .matchday")).startswith("Matchday 13 of 17")
        await ui.settle(pilot)
        results = app.document.season.results
        keys = [row.key.value for row in grid.ordered_rows]
        row = next(i for i, k in enumerate(keys) if "Morelia" in (results[int(k)].home, results[int(k)].away))
        match = results[int(keys[row])]
        assert match.matchday == 13 and match.score is None
        grid.place(row, 3)
        await pilot.press("0")  # 0-0: Morelia 17 points, 8th
        await ui.settle(pilot)
        typed = next(r for r in app.document.season.results if (r.home, r.away) == (match.home, match.away))
        assert typed.score == (0, 0)
        assert [q.team for q in app.resolved.qualified][7] == "Morelia"
        assert app.resolved.round("quarterfinals").ties[0].teams == ("Cruz Azul", "Morelia")
        assert ui.static_text(app.query_one("GeneralTableView .heading")) == "Provisional: after matchday 12 of 17"

        await ui.goto_tab(pilot, 2)  # the Quarter-finals, as a user goes there
        assert ui.active_pane(app) == "quarterfinals"
        banner = app.query_one("RoundView IfEndedToday", IfEndedToday)
        assert ui.static_text(banner) == "⚑ If the season ended today · after matchday 12 of 17"
        assert banner.display and ui.find_on_screen(app, "If the season ended today") is not None
        assert "Morelia" in ui.summary(app, "quarterfinals", 0) or ui.find_on_screen(app, "Morelia") is not None
        assert ui.find_on_screen(app, "Querétaro") is None  # 9th now: in no quarter-final

        # The Bracket's root says it too.
        await ui.goto_tab(pilot, 6)
        assert ui.active_pane(app) == "bracket"
        tree = app.query_one("BracketView")
        assert ui.tree_labels(tree)[0] == "⚑ If the season ended today · after matchday 12 of 17"
        assert any("Morelia" in label for label in ui.tree_labels(tree))

        # And the Scenarios tab, above its tie cards.
        await ui.goto_tab(pilot, 7)
        assert ui.active_pane(app) == "scenarios"
        banner = app.query_one("ScenariosView IfEndedToday", IfEndedToday)
        assert banner.display and ui.static_text(banner) == "⚑ If the season ended today · after matchday 12 of 17"
        cards = [card.text.plain for card in app.query("ScenarioCard")]
        assert any("Cruz Azul v Morelia" in text for text in cards), cards


async def test_the_banner_goes_when_the_last_result_is_typed(tmp_path, ui):
    app = ui.open_app(imported(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await ui.settle(pilot)
        document = app.document
        # Every match left but one typed (as the file would hold them), then the last in the grid.
        import msgspec

        season = document.season
        left = [i for i, r in enumerate(season.results) if r.score is None]
        results = list(season.results)
        for i in left[:-1]:
            results[i] = msgspec.structs.replace(results[i], score=(1, 1))
        app.apply(msgspec.structs.replace(season, results=tuple(results)))
        await ui.settle(pilot)
        assert ui.static_text(app.query_one("GeneralTableView .heading")) == "Provisional: after matchday 16 of 17"
        grid = app.query_one(ResultsGrid)
        grid.focus()
        for _ in range(16):
            await pilot.press("full_stop")
        await ui.settle(pilot)
        keys = [row.key.value for row in grid.ordered_rows]
        row = keys.index(str(left[-1]))
        grid.place(row, 3)
        await pilot.press("2")
        await ui.settle(pilot)
        assert app.document.season.results[left[-1]].score is not None
        heading = app.query_one("GeneralTableView .heading")
        assert not heading.display
        assert app.sub_title == "2018-apertura.yaml  ● unsaved"  # complete: no longer provisional
        await ui.goto_tab(pilot, 2)
        assert not app.query_one("RoundView IfEndedToday").display
        assert ui.find_on_screen(app, "If the season ended today") is None
