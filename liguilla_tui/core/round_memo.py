"""The latest result of each round of resolve(), for a caller that resolves after every
edit (the app): a key in a tie that stays open leaves the rounds after it as they were.

A round's ties, and the worlds after it, are a function of what resolve() gives it: the
format, the worlds before it (who may have won each earlier tie, and the seeds they
carry), the qualifiers' seeds, the labels of the ties still open before it, and its own
legs; and its problems are worded in the language of the call. A score typed into an open quarter-final that stays open changes none of these
for the semi-finals and the final: their result (two thirds of a resolve mid-round) is
reused. Anything that differs, or a leg that is an equal but other object (the ties
point at their legs, and resolve() counts legs as placed by identity), works the round
out again. Only the latest result of each round is kept: an undo is worked out afresh
unless its inputs are the latest's too.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class RoundInputs(NamedTuple):
    specs: tuple[Any, ...]  # the format's rounds (entrants() reads the earlier ones)
    worlds: list[Any] | None
    by_seed: dict[int, str]
    undecided: tuple[str, ...]  # the labels of the ties still open before the round
    legs: tuple[Any, ...]  # the round's legs, as the season lists them
    said_in: str  # the language its problems are worded in (the app can switch it while running)


class RoundOutputs(NamedTuple):
    ties: list[Any]
    worlds_after: list[Any] | None
    problems: list[Any]  # what the round reported
    used: set[int]  # the legs it placed (ids of the very legs in RoundInputs.legs)
    still_open: list[str]  # the labels of its ties not decided


class RoundMemo:
    def __init__(self) -> None:
        self._latest: dict[int, tuple[RoundInputs, RoundOutputs]] = {}

    def get(self, number: int, inputs: RoundInputs) -> RoundOutputs | None:
        kept = self._latest.get(number)
        if kept is None:
            return None
        before, outputs = kept
        if not _same_legs(before.legs, inputs.legs):
            return None
        if before.said_in != inputs.said_in or before.undecided != inputs.undecided or before.specs != inputs.specs:
            return None
        # The seeds: the first round's world holds them too, but where no world reaches a
        # round (too few qualifiers, or past MAX_WORLDS) it is counted from them alone.
        if before.by_seed != inputs.by_seed:
            return None
        if before.worlds is not inputs.worlds and before.worlds != inputs.worlds:
            return None
        return outputs

    def put(self, number: int, inputs: RoundInputs, outputs: RoundOutputs) -> None:
        self._latest[number] = (inputs, outputs)


def _same_legs(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))
