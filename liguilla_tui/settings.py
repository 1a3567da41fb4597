"""The user's settings: `config.toml` under $XDG_CONFIG_HOME/liguilla-tui/ (docs/config.md).

Read with tomllib, checked key by key; a bad value is a diagnostic naming the file, line
and column, like a season file's. `liguilla --config PATH` or $LIGUILLA_CONFIG name
another file. The app writes back two things, the theme and the language picked in the
palette, each by rewriting its one line (comments and everything else in the file are kept).
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from liguilla_tui.core.diagnostics import Diagnostic, Mark, error
from liguilla_tui.i18n import _

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ENV_VAR = "LIGUILLA_CONFIG"
MAX_BYTES = 256 * 1024  # a settings file is a few lines; anything bigger is not one
KNOWN = ("theme", "folder", "keymap", "language")
_BINDING_ID = re.compile(r"^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$")
_KEYS = re.compile(r"^[a-z0-9_+,-]+$")  # Textual key names: "ctrl+s", "f1", "left_square_bracket"


@dataclass(frozen=True)
class Settings:
    theme: str | None = None  # a Textual theme name; None: Textual's default
    folder: Path | None = None  # where new seasons and exports go; None: the current folder
    keymap: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # binding id -> keys
    path: Path | None = None  # the file read (or to write the theme to)
    language: str | None = None  # "en" or "es_MX" (liguilla_tui/i18n); None: the locale's

    def output_folder(self) -> Path:
        return self.folder if self.folder is not None else Path.cwd()


def default_path(environ: Mapping[str, str] = os.environ) -> Path:
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "liguilla-tui" / "config.toml"


def config_path(explicit: str | None, environ: Mapping[str, str] = os.environ) -> tuple[Path, bool]:
    """The file to read, and whether the user named it (then it must exist)."""
    if explicit:
        return Path(explicit), True
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]), True
    return default_path(environ), False


def load_settings(path: Path, required: bool = False) -> tuple[Settings, list[Diagnostic]]:
    """Settings from `path`; defaults (and the diagnostics) where it cannot be used."""
    text, problem = _read(path, required)
    if problem is not None:
        return Settings(path=path), [problem]
    if text is None:
        return Settings(path=path), []
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return Settings(path=path), [_syntax_error(exc, text)]
    return _validate(data, text, path)


def _read(path: Path, required: bool) -> tuple[str | None, Diagnostic | None]:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None, (error(_("no such settings file")) if required else None)
    except OSError as exc:
        return None, error(_("cannot read the settings file: {why}").format(why=exc.strerror or exc))
    if not stat.S_ISREG(info.st_mode):
        return None, error(_("not a regular file: a settings file must be one"))
    if info.st_size > MAX_BYTES:
        return None, error(
            _("{size} bytes: too big for a settings file (at most {most})").format(size=info.st_size, most=MAX_BYTES)
        )
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return None, error(_("not UTF-8 text (byte {start})").format(start=exc.start))
    except OSError as exc:
        return None, error(_("cannot read the settings file: {why}").format(why=exc.strerror or exc))


def _syntax_error(exc: Exception, text: str) -> Diagnostic:
    # tomllib says "... (at line 3, column 9)" or "(at end of document)"; put the place
    # where diagnostics put it.
    message = str(exc)
    found = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if found:
        return error(
            _("TOML syntax: {message}").format(message=message[: found.start()]), Mark(int(found[1]), int(found[2]))
        )
    found = re.search(r"\s*\(at end of document\)$", message)
    if found:
        lines = text.split("\n")
        if len(lines) > 1 and lines[-1] == "":
            lines.pop()
        end = Mark(len(lines), len(lines[-1]) + 1)
        return error(_("TOML syntax: {message} at the end of the file").format(message=message[: found.start()]), end)
    return error(_("TOML syntax: {message}").format(message=message))


def _validate(data: dict[str, Any], text: str, path: Path) -> tuple[Settings, list[Diagnostic]]:
    problems: list[Diagnostic] = []
    values: dict[str, Any] = {}
    for key, value in data.items():
        where = _mark_of(text, key)
        if key not in KNOWN:
            problems.append(
                error(_("unknown setting {key} (known: {known})").format(key=repr(key), known=", ".join(KNOWN)), where)
            )
        elif key == "theme":
            if isinstance(value, str) and value.strip():
                values["theme"] = value.strip()
            else:
                problems.append(error(_("'theme' takes a theme's name, e.g. theme = \"nord\""), where))
        elif key == "folder":
            if isinstance(value, str) and value.strip():
                values["folder"] = Path(value).expanduser()
            else:
                problems.append(error(_("'folder' takes a folder's path, e.g. folder = \"~/liguilla\""), where))
        elif key == "language":
            from liguilla_tui.i18n import LANGUAGES, normalize

            code = normalize(value) if isinstance(value, str) else None
            if code is not None:
                values["language"] = code
            else:
                names = ", ".join(f'"{c}"' for c in LANGUAGES)
                problems.append(
                    error(_("'language' takes one of {names}, e.g. language = \"es_MX\"").format(names=names), where)
                )
        elif key == "keymap":
            keymap, wrong = _keymap(value, text)
            problems.extend(wrong)
            values["keymap"] = MappingProxyType(keymap)
    return Settings(path=path, **values), problems


def _keymap(value: Any, text: str) -> tuple[dict[str, str], list[Diagnostic]]:
    if not isinstance(value, dict):
        return {}, [
            error(_('\'keymap\' is a table: [keymap] then lines like "app.save" = "ctrl+s"'), _mark_of(text, "keymap"))
        ]
    keymap: dict[str, str] = {}
    problems = []
    for binding_id, keys in value.items():
        where = _mark_of(text, binding_id, quoted=True, table="keymap")
        if not _BINDING_ID.match(binding_id):
            problems.append(
                error(
                    _('{id} is not a binding id (they look like "app.save"; docs/config.md lists them)').format(
                        id=repr(binding_id)
                    ),
                    where,
                )
            )
        elif not isinstance(keys, str) or not _KEYS.match(keys.replace(" ", "")):
            problems.append(
                error(_('keys for {id}: a string like "ctrl+s" or "f2,s"').format(id=repr(binding_id)), where)
            )
        else:
            keymap[binding_id] = keys.replace(" ", "")
    return keymap, problems


def _mark_of(text: str, key: str, quoted: bool = False, table: str | None = None) -> Mark:
    """Where `key = ...` stands, in `[table]` if given (tomllib gives no places for values)."""
    start = 0
    if table is not None:
        header = re.search(rf"^[ \t]*\[[ \t]*{re.escape(table)}[ \t]*\]", text, re.M)
        start = header.end() if header else 0
    names = [re.escape(key)] + ([f'"{re.escape(key)}"', f"'{re.escape(key)}'"] if quoted else [])
    pattern = re.compile(rf"^([ \t]*)(?:{'|'.join(names)})[ \t]*=|^([ \t]*)\[[ \t]*{re.escape(key)}[ \t]*\]", re.M)
    found = pattern.search(text, start)
    if not found:
        return Mark(0, 0)
    line = text.count("\n", 0, found.start()) + 1
    return Mark(line, len(found.group(1) or found.group(2) or "") + 1)


def remember_theme(settings: Settings, theme: str) -> str | None:
    """Write `theme = "…"` into the settings file, keeping the rest; the problem, if any."""
    return _remember(settings, "theme", theme)


def remember_language(settings: Settings, language: str) -> str | None:
    """Write `language = "…"` ("en", "es_MX") into the settings file, keeping the rest."""
    return _remember(settings, "language", language)


def _remember(settings: Settings, key: str, value: str) -> str | None:
    """Set one top-level `key = "value"` line of the settings file, keeping every other line."""
    from liguilla_tui.core.atomic import write_atomic

    path = settings.path or default_path()
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        return f"cannot read {path}: {exc}"
    line = f'{key} = "{_toml_escape(value)}"'
    pattern = re.compile(rf"^\s*{key}\s*=.*$", re.M)
    top = re.search(r"^\s*\[", text, re.M)  # a top-level key belongs before the first table
    found = pattern.search(text, 0, top.start() if top else len(text))
    if found:
        text = text[: found.start()] + line + text[found.end() :]
    else:
        text = line + "\n" + text
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text)
    except OSError as exc:
        return f"cannot write {path}: {exc.strerror or exc}"
    return None


def _toml_escape(text: str) -> str:
    return "".join(c if c.isprintable() and c not in '"\\' else f"\\u{ord(c):04x}" for c in text)
