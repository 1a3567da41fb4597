"""The Spanish catalog covers every string the code marks, and the committed .mo is its
compilation (run `python -m liguilla_tui.i18n.compile` after editing a .po)."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from liguilla_tui.i18n import compile as po

PACKAGE = Path(po.__file__).parent.parent
MARKERS = {"_": (0,), "N_": (0,), "ngettext": (0, 1), "pgettext": (1,)}


def marked_strings() -> tuple[dict[str, list[str]], list[str]]:
    """Every literal the code passes to _, N_, ngettext, pgettext (key -> where), and the
    calls that pass something the catalog can never hold (an f-string, a concatenation)."""
    found: dict[str, list[str]] = {}
    wrong: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS):
                continue
            where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            args = node.args
            if any(isinstance(a, (ast.JoinedStr, ast.BinOp)) for a in args):
                wrong.append(where)
                continue
            name = node.func.id
            if name == "ngettext" and all(isinstance(a, ast.Constant) for a in args[:2]):
                key = f"{args[0].value}\x00{args[1].value}"
            elif name == "pgettext" and all(isinstance(a, ast.Constant) for a in args[:2]):
                key = f"{args[0].value}\x04{args[1].value}"
            elif name in ("_", "N_") and args and isinstance(args[0], ast.Constant):
                key = args[0].value
            else:
                continue  # a value looked up at run time (a round's name from a preset)
            found.setdefault(key, []).append(where)
    return found, wrong


def test_the_committed_catalog_is_the_compiled_po():
    header, entries = po.catalog("es_MX")
    assert po.mo_path("es_MX").read_bytes() == po.mo_bytes(header, entries), "run: python -m liguilla_tui.i18n.compile"


def test_no_marked_call_builds_its_string_at_run_time():
    _, wrong = marked_strings()
    assert not wrong, f"an f-string or concatenation in _() can never be translated: {wrong}"


def test_every_marked_string_has_a_spanish_translation():
    found, _ = marked_strings()
    _, entries = po.catalog("es_MX")
    missing = sorted(f"{where[0]}: {key!r}" for key, where in found.items() if key not in entries)
    untranslated = sorted(
        f"{entries[key].line}: {key!r}" for key in found if key in entries and not entries[key].translated
    )
    assert not missing, "not in po/es_MX/*.po:\n" + "\n".join(missing)
    assert not untranslated, "empty or fuzzy in po/es_MX:\n" + "\n".join(untranslated)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_translations_keep_the_placeholders():
    _, entries = po.catalog("es_MX")
    wrong = []
    for entry in entries.values():
        for translated in entry.plurals or (entry.msgstr,):
            if translated and _fields(translated) != _fields(entry.msgid):
                wrong.append(f"line {entry.line}: {entry.msgid!r} -> {translated!r}")
    assert not wrong, "\n".join(wrong)


def test_a_broken_po_names_its_file_and_line():
    with pytest.raises(po.PoError, match=r"x\.po:3: expected a quoted string"):
        po.parse_po('msgid "a"\nmsgstr "b"\nmsgid c\n', "x.po")


def test_the_parser_reads_context_plurals_and_continuations():
    text = '#, fuzzy\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "leg"\nmsgid "final"\nmsgstr "fin"\n"al"\n\nmsgid "{n} goal"\nmsgid_plural "{n} goals"\nmsgstr[0] "{n} gol"\nmsgstr[1] "{n} goles"\n'
    _, entries = po.parse_po(text)
    assert [e.key for e in entries] == ["a", "leg\x04final", "{n} goal\x00{n} goals"]
    assert not entries[0].translated
    assert entries[1].msgstr == "final"
    assert entries[2].value() == "{n} gol\x00{n} goles"
    assert re.fullmatch(r"\d+", str(entries[2].line))


def test_counted_words_agree_with_their_number():
    """A count is said with ngettext and a real singular ("1 error", "2 errors"), never as
    "error(s)"; and an ngettext whose two forms are the same text says nothing of number."""
    found, _ = marked_strings()
    hedged = sorted(f"{where[0]}: {key!r}" for key, where in found.items() if re.search(r"\w\((e?s)\)", key))
    assert not hedged, "say the count with ngettext instead:\n" + "\n".join(hedged)
    same = sorted(
        f"{where[0]}: {key!r}"
        for key, where in found.items()
        if "\x00" in key and key.split("\x00")[0] == key.split("\x00")[1]
    )
    assert not same, "an ngettext with one form twice:\n" + "\n".join(same)


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [(None, "1 error in a.yaml", "2 errors in a.yaml"), ("es_MX", "1 error en a.yaml", "2 errores en a.yaml")],
)
def test_an_error_count_in_the_title_agrees(language, one, two):
    from liguilla_tui import i18n
    from liguilla_tui.core.diagnostics import Diagnostic, Severity
    from liguilla_tui.notices import errors_title

    def errors(n: int) -> list[Diagnostic]:
        return [Diagnostic(Severity.ERROR, f"bad {i}") for i in range(n)]

    i18n.set_language(language)
    try:
        assert errors_title(Path("a.yaml"), errors(1)) == one
        assert errors_title(Path("a.yaml"), errors(2)) == two
    finally:
        i18n.set_language(None)
