"""Compile `po/<lang>/*.po` into `locale/<lang>/LC_MESSAGES/liguilla.mo`:
`python -m liguilla_tui.i18n.compile` (after editing a .po; a test checks it was run).

Pure Python (no GNU gettext on the machine needed) and deterministic (sorted entries, no
dates), so the committed catalog can be compared byte for byte. Several .po files per
language are sections of one catalog, merged here: they keep concurrent edits apart.
"""

from __future__ import annotations

import ast
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
PO_DIR = HERE / "po"
LOCALE_DIR = HERE / "locale"
DOMAIN = "liguilla"


@dataclass(frozen=True)
class Entry:
    msgid: str
    msgstr: str
    context: str | None = None
    plural: str | None = None
    plurals: tuple[str, ...] = ()
    line: int = 0
    fuzzy: bool = False

    @property
    def key(self) -> str:
        base = self.msgid if self.context is None else f"{self.context}\x04{self.msgid}"
        return base if self.plural is None else f"{base}\x00{self.plural}"

    @property
    def translated(self) -> bool:
        return not self.fuzzy and (all(self.plurals) and bool(self.plurals) if self.plural else bool(self.msgstr))

    def value(self) -> str:
        return "\x00".join(self.plurals) if self.plural is not None else self.msgstr


class PoError(ValueError):
    pass


def parse_po(text: str, name: str = "<po>") -> tuple[str, list[Entry]]:
    """The header's msgstr and the entries of a .po file (a PoError names FILE:LINE)."""
    entries: list[Entry] = []
    header = ""
    fields: dict[str, str] = {}
    plurals: dict[int, str] = {}
    current: str | None = None
    start = 0
    fuzzy = False
    next_fuzzy = False

    def flush() -> None:
        nonlocal header, fields, plurals, current, fuzzy
        if "msgid" in fields:
            if fields["msgid"] == "" and "msgctxt" not in fields:
                header = fields.get("msgstr", "")
            else:
                count = max(plurals) + 1 if plurals else 0
                entries.append(
                    Entry(
                        msgid=fields["msgid"],
                        msgstr=fields.get("msgstr", ""),
                        context=fields.get("msgctxt"),
                        plural=fields.get("msgid_plural"),
                        plurals=tuple(plurals.get(i, "") for i in range(count)),
                        line=start,
                        fuzzy=fuzzy,
                    )
                )
        elif fields or plurals:
            raise PoError(f"{name}:{start}: an entry without a msgid")
        fields, plurals, current, fuzzy = {}, {}, None, False

    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in line:
                next_fuzzy = True
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            if current is None:
                raise PoError(f"{name}:{number}: a string continues no keyword")
            value = _string(line, name, number)
            if current.startswith("msgstr["):
                index = int(current[7:-1])
                plurals[index] += value
            else:
                fields[current] += value
            continue
        if keyword in ("msgctxt", "msgid"):
            if "msgid" in fields:  # a new entry begins
                flush()
            if not fields:
                start, fuzzy, next_fuzzy = number, next_fuzzy, False
        if keyword in ("msgctxt", "msgid", "msgid_plural", "msgstr"):
            fields[keyword] = _string(rest.strip(), name, number)
            current = keyword
        elif keyword.startswith("msgstr[") and keyword.endswith("]"):
            index = int(keyword[7:-1])
            plurals[index] = _string(rest.strip(), name, number)
            current = keyword
        else:
            raise PoError(f"{name}:{number}: unknown keyword {keyword!r}")
    flush()
    return header, entries


def _string(token: str, name: str, number: int) -> str:
    if not (len(token) >= 2 and token[0] == '"' and token[-1] == '"'):
        raise PoError(f"{name}:{number}: expected a quoted string")
    try:
        value = ast.literal_eval(token)
    except (ValueError, SyntaxError) as exc:
        raise PoError(f"{name}:{number}: bad string: {exc}") from None
    if not isinstance(value, str):
        raise PoError(f"{name}:{number}: expected a string")
    return value


def sections(language: str) -> list[Path]:
    return sorted((PO_DIR / language).glob("*.po"))


def catalog(language: str) -> tuple[str, dict[str, Entry]]:
    """The merged catalog of a language: the first section's header, every entry by key."""
    header = ""
    merged: dict[str, Entry] = {}
    for path in sections(language):
        head, entries = parse_po(path.read_text(encoding="utf-8"), str(path))
        header = header or head
        for entry in entries:
            if entry.key in merged:
                raise PoError(f"{path}:{entry.line}: {entry.msgid!r} is already in another section")
            merged[entry.key] = entry
    return header, merged


def mo_bytes(header: str, entries: dict[str, Entry]) -> bytes:
    """GNU .mo, as CPython's Tools/i18n/msgfmt.py writes it (untranslated entries left out)."""
    messages = {"": header}
    for key, entry in entries.items():
        if entry.translated:
            messages[key] = entry.value()
    keys = sorted(messages)
    ids = strs = b""
    offsets = []
    for key in keys:
        k, v = key.encode("utf-8"), messages[key].encode("utf-8")
        offsets.append((len(ids), len(k), len(strs), len(v)))
        ids += k + b"\0"
        strs += v + b"\0"
    count = len(keys)
    keystart = 7 * 4 + 16 * count
    valuestart = keystart + len(ids)
    koffsets: list[int] = []
    voffsets: list[int] = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    table = struct.pack("Iiiiiii", 0x950412DE, 0, count, 7 * 4, 7 * 4 + count * 8, 0, 0)
    return (
        table + struct.pack(f"{len(koffsets)}i", *koffsets) + struct.pack(f"{len(voffsets)}i", *voffsets) + ids + strs
    )


def mo_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def main() -> int:
    for folder in sorted(p for p in PO_DIR.iterdir() if p.is_dir()):
        header, entries = catalog(folder.name)
        target = mo_path(folder.name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(mo_bytes(header, entries))
        done = sum(e.translated for e in entries.values())
        print(f"{target.relative_to(HERE.parent.parent)}: {done} of {len(entries)} translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
