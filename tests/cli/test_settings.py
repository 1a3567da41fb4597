"""config.toml: read and checked like a season file, overridable, the theme kept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from liguilla_tui.settings import config_path, default_path, load_settings, remember_theme


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_a_missing_default_file_is_the_defaults(tmp_path):
    settings, problems = load_settings(tmp_path / "nope.toml")
    assert problems == [] and settings.theme is None and dict(settings.keymap) == {}
    assert settings.output_folder() == Path.cwd()


def test_a_named_file_must_exist(tmp_path):
    _, problems = load_settings(tmp_path / "nope.toml", required=True)
    assert [p.message for p in problems] == ["no such settings file"]


def test_every_setting_is_read(tmp_path):
    path = _write(tmp_path, '# mine\ntheme = "nord"\nfolder = "~/liga"\n[keymap]\n"app.save" = "ctrl+w"\n')
    settings, problems = load_settings(path)
    assert problems == []
    assert settings.theme == "nord" and settings.folder == Path("~/liga").expanduser()
    assert dict(settings.keymap) == {"app.save": "ctrl+w"}


def test_bad_values_name_their_line_and_column(tmp_path):
    path = _write(tmp_path, 'theme = "nord"\n\n  folder = 5\nthme = "x"\n[keymap]\n"save" = "ctrl+w"\n"app.quit" = 3\n')
    _, problems = load_settings(path)
    found = {(p.line, p.column, p.message.split(" ")[0]) for p in problems}
    assert found == {(3, 3, "'folder'"), (4, 1, "unknown"), (6, 1, "'save'"), (7, 1, "keys")}


def test_a_syntax_error_names_its_place(tmp_path):
    path = _write(tmp_path, 'theme = "nord"\nfolder = [\n')
    _, [problem] = load_settings(path)
    assert problem.is_error and problem.line >= 2 and problem.message.startswith("TOML syntax")


def test_not_a_regular_file_is_refused_without_reading(tmp_path):
    import os

    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    _, [problem] = load_settings(fifo, required=True)  # would block if it were opened
    assert "not a regular file" in problem.message


def test_the_override_order(tmp_path):
    env = {"XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    assert config_path(None, env) == (tmp_path / "xdg" / "liguilla-tui" / "config.toml", False)
    assert default_path(env) == tmp_path / "xdg" / "liguilla-tui" / "config.toml"
    env["LIGUILLA_CONFIG"] = str(tmp_path / "env.toml")
    assert config_path(None, env) == (tmp_path / "env.toml", True)
    assert config_path(str(tmp_path / "arg.toml"), env) == (tmp_path / "arg.toml", True)


def test_remembering_the_theme_keeps_the_rest(tmp_path):
    path = _write(tmp_path, '# my settings\ntheme = "nord"  # was\nfolder = "/x"\n[keymap]\ntheme = "not this one"\n')
    settings, _ = load_settings(path)
    assert remember_theme(settings, 'gruv"box\x1b') is None
    text = path.read_text()
    assert text.splitlines() == [
        "# my settings",
        'theme = "gruv\\u0022box\\u001b"',
        'folder = "/x"',
        "[keymap]",
        'theme = "not this one"',
    ]
    settings, problems = load_settings(path)
    assert settings.theme == 'gruv"box\x1b'
    assert [p.line for p in problems] == [5]  # the keymap's own (bad) `theme` line, untouched


def test_remembering_into_no_file_makes_one(tmp_path):
    path = tmp_path / "deep" / "config.toml"
    settings, _ = load_settings(path)
    assert remember_theme(settings, "nord") is None
    assert path.read_text() == 'theme = "nord"\n'


def test_the_cli_refuses_a_bad_settings_file_with_its_place(tmp_path):
    path = _write(tmp_path, "theme = 5\n")
    out = subprocess.run(
        [sys.executable, "-m", "liguilla_tui", "--config", str(path)], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 2
    assert out.stderr.strip() == f"{path}:1:1: error: 'theme' takes a theme's name, e.g. theme = \"nord\""
    assert "Traceback" not in out.stderr
