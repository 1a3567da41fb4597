"""A what-if on a quarter-final: UANL go through, and everything after them follows."""

from __future__ import annotations

from liguilla_tui.core.results import DECIDED, NOT_STARTED, PENDING
from liguilla_tui.views.bracket import BracketView
from liguilla_tui.widgets.score_grid import AWAY_GOALS, HOME_GOALS


async def test_uanl_win_qf1_reseeds_semis_and_keeps_old_legs(ui, season_path):
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        before = app.resolved
        assert ui.tie(before, "quarterfinals", 0).winner == "Monterrey"
        assert ui.tie(before, "final", 0).teams == ("América", "Cruz Azul")
        assert before.kept_legs == ()

        await ui.goto_tab(pilot, 2)
        assert ui.active_pane(app) == "quarterfinals"
        qf1 = ui.grid(app, "quarterfinals", 0)
        assert app.focused is qf1
        assert qf1.cursor_coordinate == (0, HOME_GOALS)
        assert ui.tie_title(app, "quarterfinals", 0).startswith("QF 1 v 8")

        # Leg 2 is at UANL's ground: UANL on the left, their goals in the home cell.
        await pilot.press("down")
        assert (qf1.current_row, qf1.cursor_column) == ("leg2", HOME_GOALS)
        assert ui.row_texts(qf1)["leg2"][2] == "UANL"
        await pilot.press("3")
        await ui.settle(pilot)

        # The leg as stored: UANL 3-1 Monterrey.
        leg = ui.find_leg(app.document.season, "quarterfinals", 2, "UANL")
        assert (leg.home, leg.away, leg.score) == ("UANL", "Monterrey", (3, 1))
        assert app.document.dirty

        # The cursor did not move, and the grid kept the focus.
        assert app.focused is qf1
        assert qf1.cursor_coordinate == (1, HOME_GOALS)

        resolved = app.resolved
        qf = ui.tie(resolved, "quarterfinals", 0)
        assert (qf.state, qf.winner, qf.aggregate, qf.decided_by) == (DECIDED, "UANL", (3, 2), "aggregate")
        assert ui.summary(app, "quarterfinals", 0) == "UANL win 3–2 on aggregate"
        assert ui.row_texts(qf1)["leg2"][2:7] == ["UANL", "3", "–", "1", "Monterrey"]

        # Re-seeding: best remaining seed v worst remaining seed.
        sf1, sf2 = ui.tie(resolved, "semifinals", 0), ui.tie(resolved, "semifinals", 1)
        assert sf1.teams == ("UANL", "Santos Laguna")
        assert sf2.teams == ("América", "Cruz Azul")
        assert sf1.state == sf2.state == NOT_STARTED  # none of the played SF legs fits these pairings

        # The final no longer knows its teams; the old legs are kept, not thrown away.
        final = ui.tie(resolved, "final", 0)
        assert final.teams is None and final.state == PENDING
        assert resolved.champion is None
        kept = {(l.round, l.home, l.away) for l in resolved.kept_legs}
        assert ("semifinals", "Monterrey", "América") in kept
        assert ("semifinals", "Santos Laguna", "Cruz Azul") in kept
        assert ("final", "Cruz Azul", "América") in kept
        assert len(app.document.season.legs) == len(before.season.legs)  # nothing deleted

        # Semi-finals tab: new titles and the kept-legs note.
        await ui.goto_tab(pilot, 3)
        assert ui.active_pane(app) == "semifinals"
        titles = [ui.tie_title(app, "semifinals", i) for i in (0, 1)]
        assert "UANL" in titles[0] and "Santos Laguna" in titles[0]
        assert "América" in titles[1] and "Cruz Azul" in titles[1]
        note = app.query_one("#round-semifinals .round-note")
        assert note.has_class("-shown") and note.display
        assert "kept" in ui.static_text(note) and "Monterrey v América" in ui.static_text(note)
        assert "kept for pairings" in ui.screen_text(app)

        # Bracket tab: the tree is rebuilt from the new resolution.
        await ui.goto_tab(pilot, 6)
        assert ui.active_pane(app) == "bracket"
        labels = ui.tree_labels(app.query_one(BracketView))
        assert labels[0].startswith("★ Champion: to be decided")
        assert any(l.startswith("SF 1: (1) UANL v (6) Santos Laguna") for l in labels), labels
        assert any(l.startswith("QF 1 v 8: (1) UANL v (8) Monterrey") and "UANL win 3–2" in l for l in labels), labels
        assert not any("Monterrey v" in l and l.startswith("SF") for l in labels)
        assert "UANL" in ui.screen_text(app)


async def test_cursor_stays_on_away_cell_after_edit(ui, season_path):
    """The grid is updated in place: after typing, the cursor is where the user left it."""
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.settle(pilot)
        await ui.goto_tab(pilot, 2)
        qf1 = ui.grid(app, "quarterfinals", 0)
        await pilot.press("j", "l")
        assert qf1.cursor_coordinate == (1, AWAY_GOALS)
        await pilot.press("2")
        await ui.settle(pilot)
        assert ui.find_leg(app.document.season, "quarterfinals", 2, "UANL").score == (1, 2)
        assert app.focused is qf1 and qf1.cursor_coordinate == (1, AWAY_GOALS)
        assert ui.summary(app, "quarterfinals", 0) == "Monterrey win 3–1 on aggregate"
        await pilot.press("plus")
        await ui.settle(pilot)
        assert ui.find_leg(app.document.season, "quarterfinals", 2, "UANL").score == (1, 3)
        assert app.focused is qf1 and qf1.cursor_coordinate == (1, AWAY_GOALS)
        # Arrow keys never stop on a name or the dash.
        await pilot.press("h", "h", "left")
        assert qf1.cursor_coordinate == (1, HOME_GOALS)
        await pilot.press("k")
        assert qf1.cursor_coordinate == (0, HOME_GOALS)


async def test_the_winners_name_turns_bold_when_a_score_turns_the_tie(ui, season_path):
    # Only the style of the names changes (the text is the same): the cells must follow.
    app = ui.open_app(season_path)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.goto_tab(pilot, 2)
        qf1 = ui.grid(app, "quarterfinals", 0)

        def bold_names() -> set[str]:
            names = set()
            for row in qf1.row_keys:
                for column in (2, 6):  # home, away
                    cell = qf1.get_row(row)[column]
                    if "bold" in str(cell.style):
                        names.add(cell.plain)
            return names

        assert bold_names() == {"Monterrey"}
        await pilot.press("down", "3")  # UANL 3-1 at home: 3-2 on aggregate
        await ui.settle(pilot)
        assert ui.tie(app.resolved, "quarterfinals", 0).winner == "UANL"
        assert bold_names() == {"UANL"}
