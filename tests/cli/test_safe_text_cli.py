"""`show` and `check` print what a season file and its name say as text: escapes visible,
invisible characters visible, columns aligned by the cells a terminal gives each character."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from liguilla_tui.report.safe import UNSAFE, cell_width, json_safe, printable
from liguilla_tui.seasons import default_season

# What must never reach a terminal raw: C0 (but newline) and C1 controls, DEL, bidi
# controls, zero-width characters, lone surrogates.
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff]")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "liguilla_tui", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="surrogateescape",
        timeout=60,
    )


@pytest.mark.parametrize(
    "text,shown",
    [
        ("a\x1b[31mb", "a\\x1b[31mb"),
        ("a\x9b31mb", "a\\x9b31mb"),
        ("\x7f", "\\x7f"),
        ("ab\u202ecd", "ab\\u202ecd"),  # right-to-left override
        ("\u2066x\u2069", "\\u2066x\\u2069"),  # isolates
        ("\u200e\u200f\u061c", "\\u200e\\u200f\\u061c"),
        ("a\u200bb\u200c\u200d\u2060\ufeff", "a\\u200bb\\u200c\\u200d\\u2060\\ufeff"),
        ("tag\U000e0041", "tag\\U000e0041"),  # an invisible tag character
        ("caf\udce9", "caf\\xe9"),  # a file name's undecodable byte, as Python holds it
        ("Querétaro 東京 ⚽ [b]", "Querétaro 東京 ⚽ [b]"),  # printable text is left alone
    ],
)
def test_printable_makes_controls_and_invisible_characters_visible(text, shown):
    assert printable(text) == shown
    assert not UNSAFE.search(printable(text))


@pytest.mark.parametrize("text", ["UANL", "Querétaro", "東京", "⚽ 🏆 🇲🇽", "ｆｕｌｌ", "e\u0301", "ÅÄÖ 한국 ❤️"])
def test_reports_measure_cells_as_the_widgets_do(text):
    """Reports may not import rich (the CLI's start-up): their measure must agree with it."""
    assert cell_width(text) == cell_len(text)


def test_json_safe_escapes_them_losslessly():
    text = "a\x1b\x9b\u202e\u200b\ufeff\U000e0041\u2028z"
    out = json_safe(json.dumps({"k": text}, ensure_ascii=False))
    assert not UNSAFE.search(out) and "\u2028" not in out
    assert json.loads(out) == {"k": text}


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_show_prints_a_hostile_season_as_text(hostile_season, fmt):
    result = run("show", str(hostile_season), "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert not RAW.search(result.stdout), RAW.search(result.stdout)
    assert not RAW.search(result.stderr)
    if fmt == "text":
        assert "[@click=app.quit]title[/]\\x1b]52;c;UFdORUQ=\\x1b\\" in result.stdout
        assert "\\u202e" in result.stdout
    elif fmt == "markdown":  # the same, every Markdown character escaped
        assert "\\[@click=app.quit\\]title\\[/\\]" in result.stdout
        assert "\\u202e" in result.stdout
    else:
        assert json.loads(result.stdout)["champion"].startswith("[@click=app.quit]T")


def test_check_prints_a_hostile_file_name_as_text(hostile_season):
    result = run("check", str(hostile_season))
    assert result.returncode == 0, result.stdout + result.stderr
    assert not RAW.search(result.stdout + result.stderr), result.stdout
    assert printable(hostile_season.name) in result.stdout


def test_check_diagnostics_name_a_hostile_file_as_text(tmp_path):
    path = tmp_path / "bad\x1b]2;PWNED\x07\u202e.yaml"
    path.write_text("teams: [\n", encoding="utf-8")
    result = run("check", str(path))
    assert result.returncode == 1
    assert not RAW.search(result.stdout + result.stderr), result.stdout + result.stderr
    assert "bad\\x1b]2;PWNED\\x07\\u202e.yaml:" in result.stdout


def test_show_aligns_the_table_by_terminal_cells(tmp_path):
    """Wide characters take two cells: padding by characters would push the columns right."""
    wide = "東京⚽"  # 5 cells in 3 characters
    text = default_season().read_text(encoding="utf-8").replace("name: UNAM", f'name: "{wide}"', 1)
    text = text.replace("team: UNAM,", f'team: "{wide}",').replace('title: "2013', f'title: "{wide} 2013')
    for side in ("home", "away", "team"):
        text = text.replace(f"{side}: UNAM", f'{side}: "{wide}"')
    path = tmp_path / "wide.yaml"
    path.write_text(text, encoding="utf-8")
    result = run("show", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert cell_len(lines[1]) == cell_len(lines[0])  # the title's underline
    table = lines[3:13]
    assert any(wide in line for line in table)
    ends = {cell_len(line) for line in table}
    assert len(ends) == 1, "\n".join(table)
    pld = {cell_len(line[: line.index(" 17 ")]) for line in table[1:]}
    assert len(pld) == 1, "\n".join(table)


def test_markdown_shows_names_as_text_never_as_markup(tmp_path):
    """A code span, a tag, a link, emphasis or a table's bar in a team's name stays text in
    `show` and `scenarios` Markdown (a tester pasted one into a CMS)."""
    import yaml

    from liguilla_tui.report.safe import markdown_text

    name = "Pach_uca `x` <b>y</b> [l](u) *z* a|b ~c~ &amp;"
    assert markdown_text(name) == r"Pach\_uca \`x\` \<b\>y\</b\> \[l\](u) \*z\* a\|b \~c\~ \&amp;"

    def renamed(node):
        if isinstance(node, dict):
            return {renamed(k): renamed(v) for k, v in node.items()}
        if isinstance(node, list):
            return [renamed(v) for v in node]
        return name if node == "Monterrey" else node

    open_ties = Path(__file__).resolve().parents[1] / "data" / "2013-clausura-open.yaml"  # Monterrey in QF 1
    data = renamed(yaml.safe_load(open_ties.read_text(encoding="utf-8")))
    season = tmp_path / "s.yaml"
    season.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for command in (["show", str(season), "--format", "markdown"], ["scenarios", str(season), "--format", "markdown"]):
        result = run(*command)
        assert result.returncode == 0, result.stderr
        assert markdown_text(name) in result.stdout
        for raw in ("`x`", "<b>", "[l](u)", "*z*", "a|b"):
            assert raw not in result.stdout, (command, raw)
