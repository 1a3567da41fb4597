"""A table typed in the app (`liguilla new --teams`) before its round robin is played is
provisional, and Enter on a team in a final table says its open Liguilla tie (a new
user's trial of issue 14: both said "finished" and "clinched")."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import DataTable

from liguilla_tui.cli import main
from liguilla_tui.views.provisional import IfEndedToday

DATA = Path(__file__).resolve().parents[1] / "data"
TEAMS = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa", "Lambda", "Mu"]


def new_season(tmp_path: Path) -> Path:
    teams = tmp_path / "teams.txt"
    teams.write_text("\n".join(TEAMS) + "\n", encoding="utf-8")
    out = tmp_path / "t.yaml"
    assert main(["new", str(out), "--teams", str(teams), "--tournament", "apertura", "--year", "2026"]) == 0
    return out


async def press_enter_on(app, pilot, ui, team: str) -> str:
    table = app.query_one("#general-table", DataTable)
    table.focus()
    names = [row[2] for row in ui.row_list(table)]
    table.move_cursor(row=names.index(team))
    await ui.settle(pilot)
    await pilot.press("enter")
    await ui.settle(pilot)
    return ui.needs_shown(app)


async def test_a_new_season_is_provisional_and_claims_nothing(tmp_path, ui):
    app = ui.open_app(new_season(tmp_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await app.workers.wait_for_complete()
        await ui.settle(pilot)
        assert app.sub_title.endswith("· provisional")
        assert ui.static_text(app.query_one("GeneralTableView .heading")) == "Provisional: before matchday 1 of 11"
        legend = ui.static_text(app.query_one("GeneralTableView .legend"))
        assert "Matches left not in the file: places from points alone." in legend
        said = await press_enter_on(app, pilot, ui, "Alpha")
        assert "finished" not in said and "made sure" not in said
        assert "can finish 1–12" in said
        await ui.goto_tab(pilot, 2)  # the first Liguilla round (the play-in)
        banners = [b for b in app.query(IfEndedToday) if b.has_class("-shown")]
        assert banners, "the Liguilla tabs say their pairings are the table's as it stands"
        assert ui.find_on_screen(app, "If the season ended today · before matchday 1 of 11") is not None


async def test_enter_on_a_team_with_an_open_tie_says_what_it_needs_there(tmp_path, ui):
    path = tmp_path / "open.yaml"
    shutil.copyfile(DATA / "2013-clausura-open.yaml", path)
    app = ui.open_app(path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        said = await press_enter_on(app, pilot, ui, "Monterrey")
        assert said.startswith("Monterrey finished 9th in the table. In QF 1 v 8, against UANL, Monterrey need ")
        assert "anything but a 0–1 defeat or a defeat by 2 or more" in said
        said = await press_enter_on(app, pilot, ui, "Querétaro")  # 8th, but relegated: no Liguilla
        assert said.startswith("Querétaro finished 8th in the table. Querétaro cannot play the Liguilla: ")
        # A tie decided: the side through says whom it can meet, the side out who beat it.
        said = await press_enter_on(app, pilot, ui, "Cruz Azul")
        assert said.startswith("Cruz Azul finished 5th in the table. Cruz Azul are through: Semi-finals v ")
        said = await press_enter_on(app, pilot, ui, "Morelia")
        assert (
            said == "Morelia finished 4th in the table. Morelia are out: beaten by Cruz Azul in QF 4 v 5.  (Esc closes)"
        )


def test_enter_words_for_the_champions_and_a_team_that_did_not_qualify():
    from liguilla_tui.core.load import load_season
    from liguilla_tui.core.resolve import resolve
    from liguilla_tui.seasons import seasons_dir
    from liguilla_tui.views.outlook import finished_words

    resolved = resolve(load_season(seasons_dir() / "2013-clausura.yaml").season)
    assert finished_words(resolved, "América").endswith(" América are champions.")
    assert finished_words(resolved, "Cruz Azul").endswith(" Cruz Azul are out: beaten by América in Final.")
    resolved = resolve(load_season(seasons_dir() / "2024-clausura.yaml").season)  # the whole table of 18
    qualified = {q.team for q in resolved.qualified} | {e.team for e in resolved.excluded}
    out_of_it = next(r.team for r in resolved.table if r.team not in qualified)
    assert finished_words(resolved, out_of_it).endswith(f" {out_of_it} did not qualify for the Liguilla.")


def test_a_place_is_said_as_an_ordinal_in_both_languages(tmp_path):
    """ "finished 1st", "terminó 1.º", not "finished in place 1" (a new user's trial); so is
    a place the table can no longer change ("finishes 18th")."""
    from liguilla_tui import i18n
    from liguilla_tui.core.load import load_season
    from liguilla_tui.core.resolve import resolve
    from liguilla_tui.core.table_outlook import table_outlook
    from liguilla_tui.seasons import seasons_dir
    from liguilla_tui.views.outlook import finished_words, needs_words
    from tests.open_seasons import last_matchday_open

    resolved = resolve(load_season(seasons_dir() / "2024-clausura.yaml").season)
    said = {row.position: finished_words(resolved, row.team) for row in resolved.table}
    outlook = table_outlook(load_season(last_matchday_open(tmp_path)).season)
    last = outlook.teams[-1]
    assert last.best == last.worst == 18
    try:
        for language, expected in (
            ("en", {1: "finished 1st in", 2: "finished 2nd in", 3: "finished 3rd in", 11: "finished 11th in"}),
            ("es_MX", {1: "terminó 1.º en", 2: "terminó 2.º en", 3: "terminó 3.º en", 11: "terminó 11.º en"}),
        ):
            i18n.set_language(language)
            for position, words in expected.items():
                row = resolved.table[position - 1]
                assert finished_words(resolved, row.team).startswith(f"{row.team} {words} ")
            finishes = needs_words(outlook, last)
            assert finishes.startswith(f"{last.team} ({'finishes 18th' if language == 'en' else 'termina 18.º'}): ")
    finally:
        i18n.set_language(None)
    assert not any("in place" in words for words in said.values())
