"""The `format:` block: a preset name, or rules as data overriding a preset."""

from __future__ import annotations

from typing import Any

from liguilla_tui.core.diagnostics import Mark
from liguilla_tui.core.fields import Reader, type_name
from liguilla_tui.core.format_fits import rounds_fit
from liguilla_tui.core.model import (
    DEFAULT_TABLE_ORDER,
    TABLE_CRITERIA,
    TIEBREAK_STEPS,
    Entrants,
    Format,
    RoundSpec,
)
from liguilla_tui.core.presets import PRESETS
from liguilla_tui.core.yamlsource import YList, YMap, shorten
from liguilla_tui.i18n import _

_FORMAT_KEYS = ("preset", "qualifiers", "rounds", "table_order")
_ROUND_KEYS = ("key", "name", "short", "legs", "pairing", "tiebreak", "entrants")
_ENTRANT_KEYS = ("seeds", "winners", "losers", "winner", "loser", "tie", "as_seed")
MAX_ROUNDS = 8  # 64 qualifiers halve to a final in 6
MAX_QUALIFIERS = 64


def _preset(reader: Reader, name: Any, mark: Mark) -> dict[str, Any] | None:
    if not isinstance(name, str):
        reader.error(_("format preset must be a name, not {type}").format(type=type_name(name)), mark)
        return None
    if name not in PRESETS:
        extra = reader.hint(name, tuple(PRESETS))
        reader.error(_("unknown format preset '{name}'{extra}").format(name=shorten(name), extra=extra), mark)
        return None
    return PRESETS[name]


def read_format(reader: Reader, value: Any, mark: Mark) -> Format | None:
    if isinstance(value, str):
        named = _preset(reader, value, mark)
        return _build(reader, named, None, value, mark) if named else None
    block = reader.mapping("format", value, mark)
    if block is None:
        return None
    reader.known_keys("format", block, _FORMAT_KEYS)
    preset_name = block.get("preset")
    preset: dict[str, Any] = {}
    if preset_name is not None:
        found = _preset(reader, preset_name, block.mark_of("preset"))
        if found is None:
            return None
        preset = found
    return _build(reader, preset, block, preset_name, mark)


def _build(
    reader: Reader,
    preset: dict[str, Any],
    block: YMap | None,
    preset_name: Any,
    mark: Mark,
) -> Format | None:
    qualifiers = preset.get("qualifiers")
    if block is not None and "qualifiers" in block:
        qualifiers = reader.integer("format", block, "qualifiers", low=2, high=MAX_QUALIFIERS)
        if qualifiers is None:
            return None  # the error above says why; "needs 'qualifiers'" would be wrong
    if not isinstance(qualifiers, int):
        reader.error(_("format needs 'qualifiers' (or a preset)"), mark)
        return None
    by_key = {r["key"]: r for r in preset.get("rounds", [])}
    rounds_value: Any = preset.get("rounds", [])
    rounds_mark = mark
    if block is not None and "rounds" in block:
        rounds_mark = block.mark_of("rounds")
        rounds_value = reader.sequence("format.rounds", block["rounds"], rounds_mark)
        if rounds_value is None:
            return None
        if len(rounds_value) > MAX_ROUNDS:
            reader.error(
                _("format has {count} rounds; at most {MAX_ROUNDS} are allowed (64 qualifiers need 6)").format(
                    count=len(rounds_value), MAX_ROUNDS=MAX_ROUNDS
                ),
                rounds_mark,
            )
            return None
    rounds: list[RoundSpec] = []
    marks: list[Mark] = []
    for index, entry in enumerate(rounds_value):
        entry_mark = rounds_value.mark_of(index) if isinstance(rounds_value, YList) else mark
        spec = _round(reader, entry, entry_mark, by_key)
        if spec is None:
            return None
        if spec.key in (r.key for r in rounds):
            reader.error(_("round '{key}' appears twice in format.rounds").format(key=shorten(spec.key)), entry_mark)
            return None
        rounds.append(spec)
        marks.append(entry_mark)
    if not rounds:
        reader.error(_("format has no rounds"), rounds_mark)
        return None
    if not rounds_fit(reader, qualifiers, rounds, marks):
        return None
    order = _table_order(reader, block)
    if order is None:
        return None
    return Format(qualifiers, tuple(rounds), preset_name if isinstance(preset_name, str) else None, order)


def _table_order(reader: Reader, block: YMap | None) -> tuple[str, ...] | None:
    """`table_order: [points, goal_difference, goals_for, head_to_head]`: criteria in turn."""
    if block is None or "table_order" not in block:
        return DEFAULT_TABLE_ORDER
    value, mark = block["table_order"], block.mark_of("table_order")
    if not isinstance(value, list) or not value:
        reader.error(_("'table_order' must be a list of criteria"), mark)
        return None
    for item in value:
        if item not in TABLE_CRITERIA:
            extra = reader.hint(str(item), TABLE_CRITERIA)
            reader.error(
                _("unknown table criterion '{item}'{extra}").format(item=shorten(str(item)), extra=extra), mark
            )
            return None
    return tuple(value)


def _round(reader: Reader, entry: Any, mark: Mark, by_key: dict[str, dict]) -> RoundSpec | None:
    if isinstance(entry, YMap):
        reader.known_keys(_("a round"), entry, _ROUND_KEYS)
        key = reader.text(_("a round"), entry, "key", required=True)
        if key is None:
            return None
        data: dict[str, Any] = {**by_key.get(key, {}), **entry}
        marks = entry
    elif isinstance(entry, dict):  # from a preset: trusted shape
        data, marks, key = entry, None, entry["key"]
    else:
        reader.error(_("a round must be a mapping, not {type}").format(type=type_name(entry)), mark)
        return None

    def where(field: str) -> Mark:
        return marks.mark_of(field) if marks is not None and field in marks else mark

    legs = data.get("legs", 2)
    legs = reader.check_int(_("'legs' of round '{key}'").format(key=shorten(key)), legs, where("legs"), 1, 2)
    pairing, seed_pairs = _pairing(reader, key, data.get("pairing"), where("pairing"))
    tiebreak = data.get("tiebreak", [])
    steps: list[str] = []
    if not isinstance(tiebreak, list):
        reader.error(_("'tiebreak' of round '{key}' must be a list").format(key=shorten(key)), where("tiebreak"))
        return None
    for step in tiebreak:
        if step not in TIEBREAK_STEPS:
            extra = reader.hint(str(step), TIEBREAK_STEPS)
            reader.error(
                _("unknown tiebreak '{step}' in round '{key}'{extra}").format(
                    step=shorten(str(step)), key=shorten(key), extra=extra
                ),
                where("tiebreak"),
            )
            return None
        steps.append(step)
    entrants = _entrants(reader, key, data.get("entrants"), where("entrants"))
    if legs is None or pairing is None or entrants is None:
        return None
    name = _label(reader, key, "name", data.get("name"), where("name")) or key.replace("_", " ").capitalize()
    short = _label(reader, key, "short", data.get("short"), where("short")) or name[:2].upper()
    return RoundSpec(key, name, short, legs, pairing, seed_pairs, tuple(steps), entrants)


def _entrants(reader: Reader, key: str, value: Any, mark: Mark) -> tuple | None:
    """`entrants: [{seeds: [1, 6]}, {winner: playin1, tie: 1, as_seed: 7}, {winners: qf}]`."""
    if value is None:
        return ()
    if not isinstance(value, list) or not value:
        reader.error(_("'entrants' of round '{key}' must be a non-empty list").format(key=shorten(key)), mark)
        return None
    out = []
    for item in value:
        where = item.mark if isinstance(item, YMap) else mark
        if not isinstance(item, dict):
            reader.error(_("an entry of 'entrants' in round '{key}' must be a mapping").format(key=shorten(key)), where)
            return None
        if isinstance(item, YMap):
            reader.known_keys(_("entrants of round '{key}'").format(key=shorten(key)), item, _ENTRANT_KEYS)
        kinds = [k for k in ("seeds", "winners", "losers", "winner", "loser") if k in item]
        if len(kinds) != 1:
            reader.error(
                _(
                    "each entry of 'entrants' in round '{key}' names one of seeds, winners, losers, winner, loser"
                ).format(key=shorten(key)),
                where,
            )
            return None
        kind = kinds[0]
        numbers = [
            item.get("as_seed"),
            item.get("tie"),
            *(item["seeds"] if kind == "seeds" and isinstance(item["seeds"], list) else ()),
        ]
        if any(
            [reader.yaml11_number(f"a number in the entrants of round '{shorten(key)}'", n, where) for n in numbers]
        ):
            return None
        as_seed = item.get("as_seed")
        if as_seed is not None and (
            isinstance(as_seed, bool) or not isinstance(as_seed, int) or not 1 <= as_seed <= MAX_QUALIFIERS
        ):
            shown = (
                _(", not {value}").format(value=shorten(str(as_seed), 30))
                if isinstance(as_seed, (int, float, str))
                else ""
            )
            reader.error(
                _("'as_seed' in round '{key}' must be a seed number from 1 to {MAX_QUALIFIERS}{shown}").format(
                    key=shorten(key), MAX_QUALIFIERS=MAX_QUALIFIERS, shown=shown
                ),
                where,
            )
            return None
        if kind == "seeds":
            pair = item["seeds"]
            if not (
                isinstance(pair, list)
                and len(pair) == 2
                and all(isinstance(s, int) and not isinstance(s, bool) and s >= 1 for s in pair)
                and pair[0] <= pair[1]
            ):
                reader.error(
                    _("'seeds' in the entrants of round '{key}' must be [first, last]").format(key=shorten(key)), where
                )
                return None
            out.append(Entrants("seeds", pair[0], pair[1], as_seed=as_seed))
            continue
        source = item[kind]
        tie = item.get("tie")
        if not isinstance(source, str) or (
            tie is not None and (isinstance(tie, bool) or not isinstance(tie, int) or tie < 1)
        ):
            reader.error(
                _(
                    "'{kind}' in the entrants of round '{key}' must name an earlier round (and 'tie' a tie number from 1)"
                ).format(kind=kind, key=shorten(key)),
                where,
            )
            return None
        if kind in ("winner", "loser") and tie is None:
            reader.error(
                _("'{kind}' in round '{key}' needs 'tie' (or use '{kind}s' for all ties)").format(
                    kind=kind, key=shorten(key)
                ),
                where,
            )
            return None
        out.append(
            Entrants("winners" if kind.startswith("winner") else "losers", round=source, tie=tie, as_seed=as_seed)
        )
    return tuple(out)


def _label(reader: Reader, key: str, field: str, value: Any, mark: Mark) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        reader.error(
            _("'{field}' of round '{key}' must be text, not {type}").format(
                field=field, key=shorten(key), type=type_name(value)
            ),
            mark,
        )
        return None
    return str(value).strip() or None


def _pairing(reader: Reader, key: str, value: Any, mark: Mark) -> tuple[str | None, tuple]:
    if value == "reseed":
        return "reseed", ()
    if isinstance(value, dict) and set(value) == {"seeds"} and isinstance(value["seeds"], list):
        pairs = []
        for pair in value["seeds"]:
            if isinstance(pair, list) and any(
                [reader.yaml11_number(f"a seed in the pairing of round '{shorten(key)}'", s, mark) for s in pair]
            ):
                return None, ()
            ok = (
                isinstance(pair, list)
                and len(pair) == 2
                and all(isinstance(s, int) and not isinstance(s, bool) and s >= 1 for s in pair)
                and pair[0] != pair[1]
            )
            if not ok:
                reader.error(
                    _("pairing of round '{key}': each pair must be two seed numbers").format(key=shorten(key)), mark
                )
                return None, ()
            pairs.append((min(pair), max(pair)))
        if not pairs:
            reader.error(_("pairing of round '{key}' lists no seeds").format(key=shorten(key)), mark)
            return None, ()
        return "seeds", tuple(pairs)
    reader.error(
        _("pairing of round '{key}' must be 'reseed' or {{seeds: [[1, 8], ...]}}").format(key=shorten(key)), mark
    )
    return None, ()
