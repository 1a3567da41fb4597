import gettext

import pytest

from liguilla_tui import i18n
from liguilla_tui.i18n.dates import long_date
from liguilla_tui.i18n.languages import choose_language, from_environment, normalize


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("es_MX.UTF-8", "es_MX"),
        ("es-MX", "es_MX"),
        ("es", "es_MX"),
        ("es_ES.UTF-8", "es_MX"),
        ("en_GB.UTF-8", "en"),
        ("C", "en"),
        ("POSIX", "en"),
        ("fr_FR.UTF-8", None),
        ("", None),
        (None, None),
    ],
)
def test_locale_names_map_to_a_language_we_have(code, expected):
    assert normalize(code) == expected


def test_the_locale_decides_in_gettexts_order():
    assert from_environment({"LANG": "es_MX.UTF-8"}) == "es_MX"
    assert from_environment({"LANG": "es_MX.UTF-8", "LC_ALL": "C"}) == "en"
    assert from_environment({"LANGUAGE": "fr:es", "LANG": "en_US.UTF-8"}) == "es_MX"
    assert from_environment({"LANG": "fr_FR.UTF-8"}) is None
    assert from_environment({}) is None


def test_flag_beats_config_beats_locale():
    env = {"LANG": "es_MX.UTF-8"}
    assert choose_language(None, None, env) == "es_MX"
    assert choose_language(None, "en", env) == "en"
    assert choose_language("es", "en", env) == "es_MX"
    assert choose_language(None, None, {}) == "en"


def test_spanish_is_looked_up_at_call_time(spanish):
    assert i18n.language() == "es_MX"
    assert i18n._("May") == "mayo"
    assert long_date("2013-05-26") == "26 de mayo de 2013"
    i18n.set_language("en")
    assert i18n._("May") == "May"
    assert long_date("2013-05-26") == "26 May 2013"


def test_a_missing_catalog_falls_back_to_english(monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    i18n.set_language("es_MX")
    try:
        assert i18n._("May") == "May"
    finally:
        monkeypatch.undo()
        i18n.set_language(None)


def test_long_date_leaves_what_is_not_a_date():
    assert long_date("tbc") == "tbc"
    assert long_date(None) == ""


def test_the_catalog_is_a_gnu_mo_that_stdlib_gettext_reads():
    with open(i18n.LOCALE_DIR / "es_MX" / "LC_MESSAGES" / "liguilla.mo", "rb") as f:
        catalog = gettext.GNUTranslations(f)
    assert catalog.gettext("December") == "diciembre"


def test_settings_take_a_language_and_name_a_bad_one(tmp_path):
    from liguilla_tui.settings import load_settings

    good = tmp_path / "good.toml"
    good.write_text('language = "es-MX"\n', encoding="utf-8")
    settings, problems = load_settings(good)
    assert (settings.language, problems) == ("es_MX", [])
    bad = tmp_path / "bad.toml"
    bad.write_text('theme = "nord"\nlanguage = "klingon"\n', encoding="utf-8")
    settings, problems = load_settings(bad)
    assert settings.language is None
    assert [(p.mark.line, p.mark.column) for p in problems] == [(2, 1)]
    assert "'language' takes one of" in problems[0].message


def test_cli_refuses_a_language_it_does_not_have(capsys):
    from liguilla_tui.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["check", "--lang", "fr"])
    assert stop.value.code == 2
    assert "unknown language 'fr' (known: en, es_MX)" in capsys.readouterr().err


def test_cli_lang_beats_the_settings_file(tmp_path, monkeypatch):
    from liguilla_tui.cli import main

    config = tmp_path / "config.toml"
    config.write_text('language = "es_MX"\n', encoding="utf-8")
    monkeypatch.setenv("LIGUILLA_CONFIG", str(config))
    try:
        assert main(["check", "-q"]) == 0
        assert i18n.language() == "es_MX"
        assert main(["check", "-q", "--lang", "en"]) == 0
        assert i18n.language() == "en"
    finally:
        i18n.set_language(None)


def test_a_language_before_the_command_is_the_commands(capsys):
    from liguilla_tui.cli import main

    try:
        assert main(["--lang", "es_MX", "check", "-q"]) == 0
        assert i18n.language() == "es_MX"
        assert main(["--lang=en", "check", "-q"]) == 0
        assert i18n.language() == "en"
    finally:
        i18n.set_language(None)
