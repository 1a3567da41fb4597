"""`liguilla export --format wikitext`: English Wikipedia's conventions in English, Spanish
Wikipedia's in es_MX, on the bundled seasons that hold each case:

- 2013 Clausura: a final decided on penalties after extra time, a barred team (Querétaro),
  players scoring twice in a match (Pavone, Benítez, Quintero, Orozco), a penalty and an
  own goal;
- tests/data/2013-clausura-open.yaml: the same Liguilla being played (present tense);
- 2013 Apertura: a quarter-final on away goals; 2014 Apertura: ties to the higher seed;
- 2014 Clausura: a final won in extra time;
- 2020 Apertura: 12 teams and a repechaje; 2023 Apertura: 10 teams and a play-in.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from msgspec.structs import replace

from liguilla_tui import i18n
from liguilla_tui.cli import main
from liguilla_tui.core import load_season, resolve
from liguilla_tui.core.model import Goal, Season
from liguilla_tui.core.results import Resolved
from liguilla_tui.report.wikitext import render_wikitext, wiki

REPO = Path(__file__).resolve().parents[2]


@cache
def season(name: str) -> Season:
    path = REPO / "tests" / "data" / f"{name}.yaml" if name.endswith("-open") else REPO / "seasons" / f"{name}.yaml"
    return load_season(path).season


def render(resolved: Resolved, lang: str | None) -> str:
    i18n.set_language(lang)
    try:
        return render_wikitext(resolved)
    finally:
        i18n.set_language(None)


@cache
def article(name: str, lang: str | None = None) -> str:
    return render(resolve(season(name)), lang)


def heads(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("==")]


def block(text: str, start: str) -> str:
    """The template that starts at the line `start` (up to its closing `}}` line)."""
    at = text.index(start + "\n")
    return text[at : text.index("\n}}\n", at) + 4]


# --- English Wikipedia ----------------------------------------------------------------


def test_english_sections_follow_the_article():
    assert heads(article("2013-clausura")) == [
        "==General table==",
        "==Liguilla==",
        "===Quarter-finals===",
        "====First leg====",
        "====Second leg====",
        "===Semi-finals===",
        "====First leg====",
        "====Second leg====",
        "===Final===",
        "====First leg====",
        "====Second leg====",
        "==Winners==",
        "==Top goalscorers==",
        "==References==",
    ]


def test_english_two_legged_ties_read_team1_team2_with_the_aggregate():
    text = article("2013-clausura")
    quarter_finals = text[text.index("===Quarter-finals===") : text.index("====First leg====")]
    assert "{{TwoLegStart}}\n{{TwoLegResult|Monterrey||2–1|UANL||1–0|1–1}}\n" in quarter_finals
    # Cruz Azul hosted the first leg (4–2) and lost the second 1–0: team 1's goals first both times.
    assert "{{TwoLegResult|Cruz Azul||4–3|Morelia||4–2|0–1}}\n|}" in quarter_finals


def test_english_aggregate_on_penalties_is_written_2_2_p():
    text = article("2013-clausura")
    assert "{{TwoLegResult|Cruz Azul||2–2 (2–4 p)|América||1–0|1–2 (a.e.t.)}}" in text
    assert block(text, "{{Football box\n|round = Second leg\n|date = May 26, 2013") == (
        "{{Football box\n|round = Second leg\n|date = May 26, 2013\n|time = 20:00\n"
        "|team1 = América\n|score = 2–1\n|team2 = Cruz Azul\n|aet = yes\n"
        "|goals1 = Aquivaldo Mosquera {{goal|88}}<br />Moisés Muñoz {{goal|90+3}}\n"
        "|goals2 = Teófilo Gutiérrez {{goal|20}}\n|penaltyscore = 4–2\n}}\n"
    )


def test_english_away_goals_are_marked_a():
    assert "{{TwoLegResult|UANL||3–3 (a)|América||2–2|1–1}}" in article("2013-apertura")
    # ... in the bracket too, beside the team that went through.
    assert "| RD1-team1 = América\n| RD1-score1-1 = 2\n| RD1-score1-2 = 1\n| RD1-score1-agg = 3 (a)\n" in (
        article("2013-apertura")
    )


def test_english_extra_time_decides_a_final():
    assert "{{TwoLegResult|León||4–3 (a.e.t.)|Pachuca||2–3|2–0 (a.e.t.)}}" in article("2014-clausura")


def test_a_level_tie_to_the_higher_seed_has_a_footnote():
    text = article("2014-apertura")
    assert (
        "{{TwoLegResult|UNAM||1–1<ref>América advanced as the better-placed team in the general table.</ref>"
        "|América||1–0|0–1}}" in text
    )
    assert text.endswith("==References==\n{{reflist}}\n")


def test_english_barred_team_is_a_ref_footnote_with_reflist():
    text = article("2013-clausura")
    assert (
        '|-\n| 8 || style="text-align:left" | Querétaro<ref>Querétaro was barred from the Liguilla: '
        "relegated to Ascenso MX.</ref> || 17 || 6 || 6 || 5 || 18 || 20 || -2 || 24\n"
    ) in text
    assert '|- style="background:#ccffcc"\n| 9 || style="text-align:left" | Monterrey ||' in text
    assert text.endswith("==References==\n{{reflist}}\n")


def test_english_repeated_scorers_are_merged_on_one_line():
    text = article("2013-clausura")
    assert (
        "|goals1 = Mariano Pavone {{goal|23|80}}<br />Teófilo Gutiérrez {{goal|52}}<br />"
        "Christian Giménez {{goal|58}}\n"
    ) in text
    assert "|goals1 = Christian Benítez {{goal|56|90+4}}\n" in text
    assert "|goals1 = Raúl Jiménez {{goal|64|pen.}}<br />Christian Benítez {{goal|82}}\n" in text
    # An own goal is listed for the side it counted for, marked o.g.
    assert "<br />Rafael Figueroa {{goal|88|o.g.}}\n" in text
    assert text.count("Mariano Pavone {{goal") == 1


def test_english_tense_past_when_finished_present_while_played():
    done, playing = article("2013-clausura"), article("2013-clausura-open")
    assert done.startswith(
        "The '''2013 Liga MX Clausura Liguilla''' was the final stage of the Liga MX Clausura 2013, played by "
        "the 8 best-placed eligible teams of the general table. América won the title, beating Cruz Azul in "
        "the final.<ref>"
    )
    assert playing.startswith("The '''2013 Liga MX Clausura Liguilla''' is the final stage of the Liga MX")
    assert "Querétaro<ref>Querétaro is barred from the Liguilla" in playing
    assert "won the title" not in playing and "==Winners==" not in playing
    assert "! Clausura 2013 winners:\n|-\n| '''América'''\n|}" in done


def test_eight_team_bracket_lines_up_the_reseeded_rounds():
    """The winners of ties 2k-1 and 2k of a round meet in tie k of the next, whatever the
    re-seeding did to the rounds' own order."""
    text = block(article("2013-clausura"), "{{8TeamBracket-2Leg")
    params = dict(re.findall(r"^\| (\S+) = ?(.*)$", text, re.M))
    assert [params[f"RD1-team{n}"] for n in range(1, 9)] == [
        "América",
        "UNAM",
        "UANL",
        "Monterrey",
        "Morelia",
        "Cruz Azul",
        "Atlas",
        "Santos Laguna",
    ]
    assert [params[f"RD2-team{n}"] for n in range(1, 5)] == ["América", "Monterrey", "Cruz Azul", "Santos Laguna"]
    assert [params[f"RD3-team{n}"] for n in range(1, 3)] == ["América", "Cruz Azul"]
    assert params["RD1"] == "Quarter-finals" and params["RD3"] == "Final"
    assert [params[f"RD1-seed{n}"] for n in range(1, 9)] == ["2", "7", "1", "8", "4", "5", "3", "6"]
    assert (params["RD3-score1-1"], params["RD3-score1-2"], params["RD3-score1-agg"]) == ("0", "2", "2 (4)")
    assert (params["RD3-score2-1"], params["RD3-score2-2"], params["RD3-score2-agg"]) == ("1", "1", "2 (2)")


def test_bracket_of_a_liguilla_being_played_leaves_the_unknown_blank():
    text = block(article("2013-clausura-open"), "{{8TeamBracket-2Leg")
    assert "| RD1-team1 = UANL\n| RD1-score1-1 = 0\n| RD1-score1-2 =\n| RD1-score1-agg =\n" in text
    assert "| RD2-team1 =\n" in text and "| RD3-team2 =\n" in text


def test_repechaje_comes_before_the_bracket_as_single_matches():
    text = article("2020-apertura")
    assert text.index("===Reclassification===") < text.index("{{8TeamBracket-2Leg") < text.index("===Quarter")
    assert (
        "{{Football box\n|date = November 22, 2020\n|time = 21:10\n|team1 = Monterrey\n|score = 2–2\n"
        "|team2 = Puebla\n|goals1 = \n|goals2 = \n|penaltyscore = 2–4\n}}"
    ) in text
    bracket = block(text, "{{8TeamBracket-2Leg")
    assert "| RD1-seed1 = 1\n| RD1-team1 = León\n" in bracket and "| RD1-seed2 = 12\n| RD1-team2 = Puebla\n" in bracket


def test_play_in_rounds_come_before_the_bracket_their_winners_seeded_7_and_8():
    text = article("2023-apertura")
    assert heads(text)[2:5] == ["===Play-in===", "===Play-in for 8th place===", "===Quarter-finals==="]
    assert "|team1 = León\n|score = 3–2\n|team2 = Santos Laguna\n" in text
    bracket = block(text, "{{8TeamBracket-2Leg")
    assert "| RD1-seed2 = 8\n| RD1-team2 = León\n" in bracket
    assert "| RD1-seed4 = 7\n| RD1-team4 = Atlético San Luis\n" in bracket


# --- Spanish Wikipedia ----------------------------------------------------------------


def test_spanish_sections_follow_es_wikipedia():
    assert heads(article("2013-clausura", "es_MX")) == [
        "==Tabla general==",
        "==Liguilla==",
        "===Cuartos de final===",
        "====Ida====",
        "====Vuelta====",
        "===Semifinales===",
        "====Ida====",
        "====Vuelta====",
        "===Final===",
        "====Ida====",
        "====Vuelta====",
        "==Campeón==",
        "==Goleo individual==",
        "==Referencias==",
    ]
    assert heads(article("2020-apertura", "es_MX"))[2] == "===Repechaje==="
    assert heads(article("2023-apertura", "es_MX"))[2:4] == ["===Play-in===", "===Play-in por el octavo lugar==="]


def test_spanish_match_is_a_partido_with_ida_vuelta_global_and_penales():
    text = article("2013-clausura", "es_MX")
    assert block(text, "{{Partido\n|competición = Vuelta\n|local = América\n|resultado = 2:1\n|visita = Cruz Azul") == (
        "{{Partido\n|competición = Vuelta\n|local = América\n|resultado = 2:1\n|visita = Cruz Azul\n"
        "|fecha = 26 de mayo de 2013\n|hora = 20:00\n"
        "|goleslocal = Aquivaldo Mosquera {{gol|88}}<br />Moisés Muñoz {{gol|90+3}}\n"
        "|golesvisita = Teófilo Gutiérrez {{gol|20}}\n|global = 2:2\n|prórroga = sí\n"
        "|resultado penalti = 4:2\n|estado = plegada\n}}\n"
    )
    assert "{{Partido\n|competición = Ida\n|local = Monterrey\n|resultado = 1:0\n|visita = UANL\n" in text
    assert "|fecha = 8 de mayo de 2013\n" in text


def test_spanish_global_is_seen_from_the_second_legs_host():
    # Morelia hosted the second leg: 1:0 on the day, 3:4 on aggregate from Morelia's side.
    text = article("2013-clausura", "es_MX")
    assert "|local = Morelia\n|resultado = 1:0\n|visita = Cruz Azul\n" in text
    assert "|golesvisita = \n|global = 3:4\n|estado = plegada\n}}" in text


def test_spanish_ties_bold_the_winner_and_mark_penalties_on_its_side():
    text = article("2013-clausura", "es_MX")
    assert "{{TwoLegStart|partidos=2}}\n{{TwoLegResult|'''Monterrey'''||2-1|UANL||1-0|1-1|ganador=1}}" in text
    assert (
        "{{TwoLegResult|Cruz Azul||2-2 {{small|''([[Tiros desde el punto penal|pen.]])''}}|'''América'''"
        "||1-0|1-2 (tiempos extra)|ganador=2}}"
    ) in text


def test_spanish_away_goals_and_higher_seed_are_footnotes():
    assert (
        "{{TwoLegResult|UANL||3-3<ref>América avanzó por gol de visitante.</ref>|'''América'''||2-2|1-1|ganador=2}}"
        in article("2013-apertura", "es_MX")
    )
    assert "1-1<ref>América avanzó por su mejor posición en la tabla general.</ref>|'''América'''" in article(
        "2014-apertura", "es_MX"
    )
    assert "(a)" not in article("2013-apertura", "es_MX")


def test_spanish_barred_team_footnote_and_listaref():
    text = article("2013-clausura", "es_MX")
    assert "Querétaro<ref>Querétaro no pudo disputar la Liguilla: relegated to Ascenso MX.</ref>" in text
    assert text.endswith("==Referencias==\n{{listaref}}\n")
    assert "Querétaro<ref>Querétaro no puede disputar la Liguilla" in article("2013-clausura-open", "es_MX")


def test_spanish_repeated_scorers_on_one_line_pen_and_autogol():
    text = article("2013-clausura", "es_MX")
    assert "|goleslocal = Mariano Pavone {{gol|23}} {{gol|80}}<br />Teófilo Gutiérrez {{gol|52}}" in text
    assert "|goleslocal = Raúl Jiménez {{gol|64}} (pen.)<br />Christian Benítez {{gol|82}}\n" in text
    assert "<br />Rafael Figueroa {{gol|88}} (autogol)\n" in text


def test_spanish_tense_and_champion():
    done, playing = article("2013-clausura", "es_MX"), article("2013-clausura-open", "es_MX")
    assert done.startswith(
        "La '''2013 Liga MX Clausura Liguilla''' fue la fase final del torneo Clausura 2013 de la Liga MX, "
        "disputada por los 8 mejores equipos elegibles de la tabla general. América fue campeón al vencer en la "
        "final a Cruz Azul.<ref>"
    )
    assert playing.startswith("La '''2013 Liga MX Clausura Liguilla''' es la fase final del torneo Clausura 2013")
    assert "! Campeón del Clausura 2013\n|-\n| '''América'''\n|}" in done
    assert "Cruz Azul fue subcampeón. Se jugaron 14 partidos y se marcaron 35 goles." in done
    assert "! Pos. !! Equipo !! PJ !! G !! E !! P !! GF !! GC !! Dif. !! Pts." in done
    assert "| RD1 = Cuartos de final\n| RD2 = Semifinales\n| RD3 = Final\n" in done


@pytest.mark.parametrize("name", ["2013-clausura", "2013-clausura-open", "2020-apertura", "2023-apertura"])
def test_no_english_word_of_the_export_is_left_in_spanish(name):
    text = article(name, "es_MX")
    for english in (
        "First leg",
        "Second leg",
        "Quarter-finals",
        "Semi-finals",
        "Reclassification",
        "General table",
        "Top goalscorers",
        "Winners",
        "winners",
        "was the final stage",
        "is the final stage",
        "barred",
        "To be decided",
        "Football box",
        "{{goal|",
        "{{reflist}}",
        "a.e.t.",
    ):
        assert english not in text, english


def test_the_cli_exports_spanish_with_lang(capsys):
    try:
        assert main(["export", "--lang", "es_MX", "--format", "wikitext"]) == 0
    finally:
        i18n.set_language(None)
    out = capsys.readouterr().out
    assert "==Tabla general==" in out and "{{Partido\n" in out


# --- text from files is data ----------------------------------------------------------

HOSTILE = "A|B}}{{Delete<ref>x</ref>'''[[Link]]'' ~~~~ __NOTOC__ ! \x1b[31m"


def renamed(base: Season, old: str, new: str, player: str) -> Season:
    """`base` with team `old` called `new`, every goal of its scored by `player`, a goal to
    it in every leg it played, and every barred reason and the source set to `player`."""

    def name(team: str) -> str:
        return new if team == old else team

    legs = []
    for leg in base.legs:
        goals = tuple(replace(g, team=name(g.team), player=player if g.team == old else g.player) for g in leg.goals)
        legs.append(replace(leg, home=name(leg.home), away=name(leg.away), goals=goals))
    return replace(
        base,
        title=player,
        source=player,
        teams=tuple(replace(t, name=name(t.name)) for t in base.teams),
        table=tuple(replace(r, team=name(r.team)) for r in base.table),
        results=tuple(replace(r, home=name(r.home), away=name(r.away)) for r in base.results),
        barred=tuple(replace(b, team=name(b.team), reason=player) for b in base.barred),
        legs=tuple(legs),
    )


@pytest.mark.parametrize("lang", [None, "es_MX"])
@pytest.mark.parametrize(
    ("name", "team"),
    [
        ("2013-clausura", "Cruz Azul"),  # a finalist, penalties, an own goal in its favour
        ("2013-clausura", "Querétaro"),  # the barred team: its note is a footnote
        ("2023-apertura", "León"),  # through the play-in into the bracket
    ],
)
def test_a_hostile_name_is_text_and_the_markup_is_the_same(name, team, lang):
    """A team, player, title, source or barred reason holding `|`, `}}`, `[[`, `<ref>`, `'''`
    leaves every template, table and footnote as it was: the article with the hostile name
    is the article with a plain one, but for the escaped name itself."""
    base = season(name)
    plain = render(resolve(renamed(base, team, "PLAINTEAM", "PLAINPLAYER")), lang)
    hostile = render(resolve(renamed(base, team, HOSTILE, HOSTILE + "p")), lang)
    assert hostile.replace(wiki(HOSTILE + "p"), "PLAINPLAYER").replace(wiki(HOSTILE), "PLAINTEAM") == plain
    assert "PLAINTEAM" in plain and "PLAINPLAYER" in plain
    assert "\x1b" not in hostile and "{{Delete" not in hostile and "<ref>x" not in hostile


def test_wiki_escapes_what_mediawiki_would_read():
    assert wiki("UNAM}}{{Delete|x]]\x1b[31m") == "UNAM&#125;&#125;&#123;&#123;Delete&#124;x&#93;&#93;\\x1b&#91;31m"
    assert wiki("<ref>'''x'''</ref>") == "&#60;ref&#62;&#39;&#39;&#39;x&#39;&#39;&#39;&#60;/ref&#62;"
    assert wiki("__NOTOC__ ~~~~ a=b !! c") == "_&#95;NOTOC_&#95; &#126;&#126;&#126;&#126; a&#61;b &#33;&#33; c"
    # A list or definition marker only where a line could start; a kick-off time keeps its colon.
    assert wiki("*x") == "&#42;x" and wiki("#x") == "&#35;x" and wiki(":x") == "&#58;x" and wiki(";x") == "&#59;x"
    assert wiki("19:00") == "19:00" and wiki("a * b # c") == "a * b # c"
    # A line break or tab is shown as its escape (report/safe.py), so a name is one line.
    assert wiki("two\nlines\tand  spaces") == "two\\x0alines\\x09and spaces"


def test_goals_of_an_unknown_scorer_or_minute_still_show():
    base = season("2013-clausura")
    first = base.legs[0]
    legs = (replace(first, goals=(Goal(team=first.home), Goal(team=first.home, player="X"))),) + base.legs[1:]
    text = render(resolve(replace(base, legs=legs)), None)
    assert "|goals1 = Unknown {{goal|?}}<br />X {{goal|?}}\n" in text
    text = render(resolve(replace(base, legs=legs)), "es_MX")
    assert "|goleslocal = Desconocido {{gol|?}}<br />X {{gol|?}}\n" in text


@pytest.mark.parametrize("lang", [None, "es_MX"])
def test_a_round_named_by_the_season_file_is_data(lang):
    """A preset's round is translated; a name the file gives is shown as written, escaped."""
    base = season("2013-clausura")
    rounds = tuple(replace(r, name=HOSTILE) if r.key == "quarterfinals" else r for r in base.format.rounds)
    text = render(resolve(replace(base, format=replace(base.format, rounds=rounds))), lang)
    assert f"==={wiki(HOSTILE)}===\n" in text and f"| RD1 = {wiki(HOSTILE)}\n" in text
    assert "{{Delete" not in text and "<ref>x" not in text
    assert ("===Semifinales===" if lang else "===Semi-finals===") in text
