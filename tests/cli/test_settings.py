"""config.toml: read and checked like a season file, overridable, the theme kept."""

from __future__ import annotations

import os
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


def test_a_command_goes_on_without_a_bad_settings_file_and_says_where_it_is_wrong(tmp_path):
    """`check`, `show`… do not need the settings, but a `language = "fr"` must not silently
    give English: the problem is said on stderr with its place, and the command runs."""
    path = _write(tmp_path, 'theme = "nord"\nlanguage = "fr"\n')
    env = {**os.environ, "LIGUILLA_CONFIG": str(path)}  # the commands' way to name a file
    out = subprocess.run(
        [sys.executable, "-m", "liguilla_tui", "check"], capture_output=True, text=True, timeout=60, env=env
    )
    assert out.returncode == 0, out.stderr
    lines = out.stderr.splitlines()
    assert lines[0].startswith(f"{path}:2:1: error: 'language' takes one of"), out.stderr
    assert lines[1] == "liguilla: the settings file is ignored until it is fixed (the app will not start)"
    assert "0 errors, 0 warnings" in out.stdout
    env["LIGUILLA_CONFIG"] = str(_write(tmp_path, 'language = "es_MX"\n'))
    out = subprocess.run(
        [sys.executable, "-m", "liguilla_tui", "check"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert out.returncode == 0 and out.stderr == "" and "0 errores, 0 avisos" in out.stdout


def test_the_settings_doc_lists_every_binding_id():
    """`[keymap]` names bindings by id: docs/config.md lists them all, and only them."""
    import importlib
    import inspect
    import pkgutil
    import re

    from textual.binding import Binding

    import liguilla_tui

    ids = set()
    for module in pkgutil.walk_packages(liguilla_tui.__path__, "liguilla_tui."):
        if module.name.endswith("__main__"):
            continue
        loaded = importlib.import_module(module.name)
        for _name, cls in inspect.getmembers(loaded, inspect.isclass):
            if cls.__module__ == loaded.__name__:
                ids |= {b.id for b in cls.__dict__.get("BINDINGS", []) if isinstance(b, Binding) and b.id}
    assert {"app.save", "grid.goals", "tabs.pick9"} <= ids  # the walk finds the app's keys
    doc = (Path(__file__).resolve().parents[2] / "docs" / "config.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z_]+\.[a-z_0-9]+)` \|", doc, flags=re.MULTILINE))
    assert listed == ids, (sorted(ids - listed), sorted(listed - ids))


def test_a_bad_settings_file_is_said_in_the_language_chosen_without_it(tmp_path):
    path = _write(tmp_path, "theme = 5\n")
    env = {**os.environ, "LIGUILLA_CONFIG": str(path), "LANG": "es_MX.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    out = subprocess.run([sys.executable, "-m", "liguilla_tui"], capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 2
    assert out.stderr.strip() == f"{path}:1:1: error: 'theme' lleva el nombre de un tema, p. ej. theme = \"nord\""


def test_serve_refuses_a_bad_settings_file_as_the_app_does(tmp_path):
    """Every page `serve` gives is the app, which would not start on this file: refused at once."""
    path = _write(tmp_path, "theme = 5\n")
    env = {**os.environ, "LIGUILLA_CONFIG": str(path)}
    out = subprocess.run(
        [sys.executable, "-m", "liguilla_tui", "serve", "--port", "8765"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert out.returncode == 2
    assert out.stderr.strip() == f"{path}:1:1: error: 'theme' takes a theme's name, e.g. theme = \"nord\""
