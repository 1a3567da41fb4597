"""Every CLI output in Mexican Spanish: no English string of the catalog left (tests/i18n/
english_left.py), FILE:LINE:COL kept, and the JSON contract the same bytes in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from liguilla_tui import i18n
from liguilla_tui.cli import main
from liguilla_tui.cli_parser import COMMANDS
from tests.i18n.english_left import english_left
from tests.open_seasons import last_matchday_open

REPO = Path(__file__).resolve().parents[2]
BUNDLED = REPO / "seasons" / "2013-clausura.yaml"
OPEN = REPO / "tests" / "data" / "2013-clausura-open.yaml"  # quarter-finals after leg 1
BAD = sorted((REPO / "tests" / "data" / "bad").glob("[0-9]*.yaml"))
# Data and keys that read as English words: a key of the file ('barred'), a misspelt round.
DATA_WORDS = ("barred", "quarter-finals")

REGULAR_TXT = """= Liga MX 2012/13, Clausura

Jornada 1
[Vie. 4.1.]
  19.30  Club América             3-0  Monarcas Morelia
  21.00  Cruz Azul                2-x  Club Atlas
  21.00  Club Desconocido         1-1  Club Atlas
"""


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language(None)


def _run(capsys, *argv: str) -> tuple[int | None, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as stop:  # --help, usage errors
        code = stop.code  # type: ignore[assignment]
    out, err = capsys.readouterr()
    return code, out, err


def _outputs(tmp_path: Path) -> dict[str, tuple[str, ...]]:
    regular = tmp_path / "1-clausura.txt"
    regular.write_text(REGULAR_TXT, encoding="utf-8")
    return {
        "check": ("check", str(BUNDLED)),
        "check bad files": ("check", *map(str, BAD)),
        "show text": ("show", str(BUNDLED)),
        "show markdown": ("show", str(BUNDLED), "-f", "markdown"),
        "show open": ("show", str(OPEN)),
        "scenarios text": ("scenarios", str(OPEN)),
        "scenarios markdown": ("scenarios", str(OPEN), "-f", "markdown"),
        "scenarios table": ("scenarios", str(last_matchday_open(tmp_path, drop_table=True, name="table-open.yaml"))),
        "scenarios table markdown": (
            "scenarios",
            str(last_matchday_open(tmp_path, drop_table=True, name="table-open.yaml")),
            "-f",
            "markdown",
        ),
        "scenarios live": ("scenarios", str(OPEN), "--live", "QF 1 v 8=1-1"),
        "export markdown": ("export", str(BUNDLED), "-f", "markdown"),
        "export csv": ("export", str(OPEN), "-f", "csv"),
        "import diagnostics": ("import", str(regular)),
        "usage error": ("show", "-f", "bogus"),
        "help": ("--help",),
        **{f"{command} --help": (command, "--help") for command in COMMANDS},
    }


def test_every_cli_output_in_spanish_leaves_no_english(tmp_path, capsys):
    left = {}
    for name, argv in _outputs(tmp_path).items():
        _code, out, err = _run(capsys, *argv, "--lang", "es_MX")
        assert out or err, name
        # The CSV's status column is an identifier like its headers ("played", "not played").
        # The CSV's headers and status are identifiers (its docstring); "seasons" is the bundled
        # files' folder, in the paths check prints.
        csv_words = ("round", "kickoff", "status", "not played", "to be decided")
        allow = (*DATA_WORDS, "seasons", *(csv_words if name == "export csv" else ()))
        if name.startswith("check"):  # a season file's own keys, named as the file writes them
            allow = (*allow, "score")
        found = english_left(out + err, allow=allow)
        if found:
            left[name] = found
    assert not left, left


def test_the_same_outputs_in_english_are_english(tmp_path, capsys):
    """The check above can fail: English output is full of the catalog's English."""
    _code, out, _err = _run(capsys, "show", str(BUNDLED), "--lang", "en")
    assert {"Quarter-finals", "Champion", "Scorers"} <= set(english_left(out))


@pytest.mark.parametrize(
    "argv",
    [
        ("show", str(BUNDLED), "-f", "json"),
        ("show", str(OPEN), "-f", "json"),
        ("scenarios", str(OPEN), "-f", "json"),
        ("scenarios", str(OPEN), "-f", "json", "--live", "QF 2 v 7=0-2"),
        ("export", str(BUNDLED), "-f", "json"),
        ("show", str(BAD[3]), "-f", "json"),  # a file with an error: its diagnostics too
    ],
)
def test_json_is_the_same_bytes_in_both_languages(argv, capsys):
    english = _run(capsys, *argv, "--lang", "en")
    spanish = _run(capsys, *argv, "--lang", "es_MX")
    assert english[0] == spanish[0]
    assert english[1] == spanish[1] and english[1]


def test_json_of_a_table_with_needs_is_the_same_in_both_languages(tmp_path, capsys):
    path = str(last_matchday_open(tmp_path, drop_table=True, name="table-open.yaml"))
    english = _run(capsys, "scenarios", path, "-f", "json", "--lang", "en")
    spanish = _run(capsys, "scenarios", path, "-f", "json", "--lang", "es_MX")
    assert english[1] == spanish[1] and '"needs": "To reach the' in english[1]


def test_spanish_diagnostics_keep_file_line_col(capsys):
    where = re.compile(r"^(.+?):(\d+):(\d+): ")
    _c, english, _e = _run(capsys, "check", *map(str, BAD), "--lang", "en")
    _c, spanish, _e = _run(capsys, "check", *map(str, BAD), "--lang", "es_MX")
    english_lines = [line for line in english.splitlines() if where.match(line)]
    spanish_lines = [line for line in spanish.splitlines() if where.match(line)]
    assert len(english_lines) == len(spanish_lines) > 40
    for en, es in zip(english_lines, spanish_lines):
        assert where.match(en).groups() == where.match(es).groups()  # type: ignore[union-attr]
        assert re.match(r"^.+?:\d+:\d+: (error|aviso|nota): \S", es), es
    assert (
        "tests/data/bad/17-misspelt-team.yaml:32:11: error: equipo desconocido 'Monterey'; ¿quisiste decir 'Monterrey'?"
        in spanish
    )


def test_import_diagnostics_in_spanish_name_file_line_col(tmp_path, capsys):
    regular = tmp_path / "1-clausura.txt"
    regular.write_text(REGULAR_TXT, encoding="utf-8")
    code, out, err = _run(capsys, "import", str(regular), "--lang", "es_MX")
    assert code == 1 and out == ""
    assert f"{regular}:7:10: error: equipo desconocido 'Club Desconocido'" in err
    assert f"{regular}:6:" in err and "no se puede leer" in err
    assert err.rstrip().endswith("errores; no se escribió nada")


def test_check_summary_has_real_plurals_in_both_languages(capsys):
    assert _run(capsys, "check", str(BAD[16]), "--lang", "en")[1].endswith(": 1 error, 0 warnings\n")
    assert _run(capsys, "check", str(BAD[16]), "--lang", "es_MX")[1].endswith(": 1 error, 0 avisos\n")
    assert _run(capsys, "check", str(BUNDLED), "--lang", "es_MX")[1].endswith(": 0 errores, 0 avisos\n")


def test_show_in_spanish_prints_dates_rounds_and_scores_as_the_mexican_press(capsys):
    _c, text, _e = _run(capsys, "show", str(BUNDLED), "--lang", "es_MX")
    assert "Cuartos de final\n----------------\n" in text
    assert "  Ida     8 de mayo de 2013   Monterrey 1-0 UANL" in text
    assert "  Vuelta  26 de mayo de 2013  América 2-1 Cruz Azul (2-1 tras tiempos extra) (4-2 en penales)" in text
    assert "  América gana 4–2 en penales tras el 2–2" in text
    assert "  Monterrey gana 2–1 en el global" in text
    assert "Campeón: América\nSubcampeón: Cruz Azul\n" in text
    _c, md, _e = _run(capsys, "show", str(BUNDLED), "-f", "markdown", "--lang", "es_MX")
    assert "## Tabla general" in md and "## Semifinales" in md and "## Goleo individual" in md
    assert "| CF 1 vs. 8 | 1 | 8 de mayo de 2013 | Monterrey | 1–0 | UANL |" in md  # the round as shown: CF
    assert "14 partidos, 35 goles." in md


def test_csv_headers_and_status_are_identifiers_round_names_are_shown(capsys):
    english = _run(capsys, "export", str(OPEN), "-f", "csv", "--lang", "en")[1].splitlines()
    spanish = _run(capsys, "export", str(OPEN), "-f", "csv", "--lang", "es_MX")[1].splitlines()
    assert english[0] == spanish[0]  # the header row: the same columns for every script
    assert spanish[1].startswith("quarterfinals,Cuartos de final,QF 1 v 8,1,")
    assert english[1].startswith("quarterfinals,Quarter-finals,QF 1 v 8,1,")
    assert [row.rsplit(",", 1)[1] for row in english] == [row.rsplit(",", 1)[1] for row in spanish]


def test_import_in_spanish_says_it_in_spanish_and_writes_the_same_file(tmp_path, capsys):
    """The importer's notes are the season file's content: the file is the same bytes in both
    languages; only the diagnostics on stderr follow the language."""
    source = str(REPO / "tests" / "data" / "openfootball" / "2024-25" / "1-ligamx.txt")
    english, spanish = tmp_path / "en.yaml", tmp_path / "es.yaml"
    code_en, _out, err_en = _run(capsys, "import", source, "-t", "apertura", "-o", str(english), "--lang", "en")
    code_es, _out, err_es = _run(capsys, "import", source, "-t", "apertura", "-o", str(spanish), "--lang", "es_MX")
    assert code_en == code_es == 0
    assert english.read_bytes() == spanish.read_bytes()
    assert "a shoot-out cannot end level" in err_en and english_left(err_es) == []
    assert (
        f"{source}:267:3: aviso: Tijuana vs. América (Play-in): '2-2 pen. (2-3, 1-0)': una tanda de penales" in err_es
    )


def test_the_language_is_read_before_parsing_without_its_own_errors(capsys):
    """--lang is read ahead so that --help speaks it; a --lang with no value is still the real
    parser's usage error, not the read-ahead's."""
    code, _out, err = _run(capsys, "show", "--lang")
    assert code == 2 and "liguilla show: error: argument --lang: expected one argument" in err
    code, out, _err = _run(capsys, "check", "--help", "--lang", "es_MX")
    assert code == 0 and out.startswith("uso: liguilla check") and "muestra esta ayuda y sale" in out


def test_serve_warns_in_spanish(spanish):
    """`liguilla --lang es_MX serve` says what it risks in the user's language (it was English
    only): no authentication, the SSH tunnel, and a host open to the network."""
    from liguilla_tui.serve import warning

    said = warning("0.0.0.0", 9000)
    assert "NO tiene autenticación" in said and "NO authentication" not in said
    assert "    ssh -L 9000:localhost:9000 usuario@servidor" in said
    assert "--host 0.0.0.0 no es una dirección local" in said
    assert "no es una dirección local" not in warning("127.0.0.1", 9000)


@pytest.mark.parametrize(("command", "other"), [("scenarios", "text"), ("export", "markdown"), ("show", "text")])
def test_json_runs_say_their_diagnostics_in_the_users_language(tmp_path, capsys, command, other):
    # The JSON body stays English; standard error once did too ("warning: the source states...").
    path = tmp_path / "stated.yaml"
    path.write_text(BUNDLED.read_text(encoding="utf-8").replace("  goals: 35\n", "  goals: 36\n"), encoding="utf-8")
    _c, body, err = _run(capsys, command, str(path), "-f", "json", "--lang", "es_MX")
    _code, _out, said = _run(capsys, command, str(path), "-f", other, "--lang", "es_MX")
    if command != "scenarios":  # its JSON has no diagnostics
        assert '"message": "the source states 36 goals, the results give 35"' in body
    if command != "show":  # show -f json says them in its body only
        assert err == said and "aviso: la fuente da 36 goles; los resultados, 35" in err


@pytest.mark.parametrize("command", ["scenarios", "export", "show"])
def test_a_json_run_on_a_broken_file_says_why_in_the_users_language(tmp_path, capsys, command):
    path = tmp_path / "broken.yaml"
    path.write_text("name: x\nteams: {a, b\n", encoding="utf-8")
    code, _out, err = _run(capsys, command, str(path), "-f", "json", "--lang", "es_MX")
    assert code == 1
    assert err == f"{path}:3:1: error: sintaxis YAML: no se encontró ',' o '}}', como se esperaba\n" + (
        f"{path}:2:8: nota: aquí se abrió el '{{'\n"
    )


def test_a_json_run_takes_a_tie_named_as_the_user_reads_it(capsys):
    english = _run(capsys, "scenarios", str(OPEN), "-f", "json", "--live", "QF 2 v 7=0-2", "--lang", "es_MX")
    spanish = _run(capsys, "scenarios", str(OPEN), "-f", "json", "--live", "CF 2 vs. 7=0-2", "--lang", "es_MX")
    assert spanish == english and spanish[0] == 0
    code, _out, err = _run(capsys, "scenarios", str(OPEN), "-f", "json", "--live", "CF 9=0-2", "--lang", "es_MX")
    assert code == 2 and "no hay llave abierta con esa etiqueta" in err
