"""A format's rounds checked as a whole, once each has been read (load_format.py): every
round takes in teams that exist (seeds that qualify, ties of an earlier round, each once)
and can pair them (an even number to re-seed, or the seeds its fixed pairs name)."""

from __future__ import annotations

from collections import Counter

from liguilla_tui.core.diagnostics import Mark
from liguilla_tui.core.fields import Reader
from liguilla_tui.core.model import RoundSpec
from liguilla_tui.core.yamlsource import shorten
from liguilla_tui.i18n import _, ngettext


def _entrant_count(
    spec: RoundSpec, qualifiers: int, ties: dict[str, int], previous: int, reader: Reader, mark: Mark
) -> int | None:
    if not spec.entrants:
        return previous
    count = 0
    taken: set[tuple] = set()  # each qualifier and each tie's winner or loser enters once

    def once(slots: list[tuple]) -> bool:
        if taken.intersection(slots):
            reader.error(_("entrants of round '{key}' name the same teams twice").format(key=shorten(spec.key)), mark)
            return False
        taken.update(slots)
        return True

    for source in spec.entrants:
        if source.kind == "seeds":
            if source.high > qualifiers:
                reader.error(
                    _("entrants of round '{key}' name seed {high}, but only {qualifiers} teams qualify").format(
                        key=shorten(spec.key), high=source.high, qualifiers=qualifiers
                    ),
                    mark,
                )
                return None
            if not once([("seed", n) for n in range(source.low, source.high + 1)]):
                return None
            count += source.high - source.low + 1
            continue
        if source.round not in ties:
            reader.error(
                _("entrants of round '{key}' name '{round}', which is not an earlier round").format(
                    key=shorten(spec.key), round=shorten(source.round)
                ),
                mark,
            )
            return None
        if source.tie is not None and source.tie > ties[source.round]:
            reader.error(
                _("round '{round}' has no tie {tie}").format(round=shorten(source.round), tie=source.tie), mark
            )
            return None
        numbers = [source.tie] if source.tie is not None else range(1, ties[source.round] + 1)
        if not once([(source.kind, source.round, n) for n in numbers]):
            return None
        count += len(numbers)
    return count


def rounds_fit(reader: Reader, qualifiers: int, rounds: list[RoundSpec], marks: list[Mark]) -> bool:
    """Each round can pair the teams it takes in (the first: the qualifiers)."""
    entrants = qualifiers
    ties: dict[str, int] = {}
    for spec, mark in zip(rounds, marks):
        counted = _entrant_count(spec, qualifiers, ties, entrants, reader, mark)
        if counted is None:
            return False
        entrants = counted
        if spec.pairing == "seeds":
            seeds = [s for pair in spec.seed_pairs for s in pair]
            repeated = sorted(s for s, n in Counter(seeds).items() if n > 1)
            if max(seeds) > entrants:
                reader.error(
                    _("pairing of round '{key}' uses seed {seeds}, but the round has {entrants} teams").format(
                        key=shorten(spec.key), seeds=max(seeds), entrants=entrants
                    ),
                    mark,
                )
                return False
            if repeated:
                reader.error(
                    _("pairing of round '{key}' puts seed {repeated} in two pairs").format(
                        key=shorten(spec.key), repeated=repeated[0]
                    ),
                    mark,
                )
                return False
            entrants = len(spec.seed_pairs)
            ties[spec.key] = entrants
        else:
            if entrants < 2 or entrants % 2:
                reader.error(
                    ngettext(
                        "round '{key}' re-seeds {entrants} team: pairing needs an even number, at least 2",
                        "round '{key}' re-seeds {entrants} teams: pairing needs an even number, at least 2",
                        entrants,
                    ).format(key=shorten(spec.key), entrants=entrants),
                    mark,
                )
                return False
            entrants //= 2
            ties[spec.key] = entrants
    return True
