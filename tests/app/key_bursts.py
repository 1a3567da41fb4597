"""What the key-burst tests share: keys posted to the app at once, as a terminal's driver
does with one read (Pilot's press() waits for the app to settle after every key, which
hides the races these tests are about)."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual import events

OPEN = (
    Path(__file__).resolve().parent.parent / "data" / "2013-clausura-open.yaml"
)  # three quarter-finals with leg 2 unplayed


def open_copy(ui, tmp_path: Path):
    path = tmp_path / OPEN.name
    shutil.copyfile(OPEN, path)
    return ui.open_app(path)


PRINTABLE_NAMES = {"minus": "-", "space": " ", "question_mark": "?"}


def burst(app, keys: str) -> None:
    for key in keys.split():
        app.post_message(events.Key(key, key if len(key) == 1 else PRINTABLE_NAMES.get(key)))


def legs(app, round_key: str) -> dict[tuple[str, str], tuple[int, int] | None]:
    return {(leg.home, leg.away): leg.score for leg in app.document.season.legs if leg.round == round_key}


def leg2(app):
    """QF 1's second leg (UANL v Monterrey)."""
    return next(leg for leg in app.document.season.legs if leg.round == "quarterfinals" and leg.home == "UANL")


async def until_idle(ui, pilot, app, wanted) -> None:
    for _ in range(300):  # up to 30 s on a loaded machine; done as soon as it holds
        await pilot.pause(0.1)
        if wanted():
            return
    await ui.settle(pilot)


def field_of(app, screen_type, field: str):
    from textual.widgets import Input

    screen = app.screen
    return screen.query_one(field, Input) if isinstance(screen, screen_type) else None


async def burst_into_dialog(ui, pilot, app, keys: str, screen_type, field: str, typed: str):
    """Posts `keys` at once, then waits until `field` of the dialog holds `typed`."""
    burst(app, keys)

    def typed_in_dialog() -> bool:
        box = field_of(app, screen_type, field)
        return box is not None and box.value.endswith(typed)

    await until_idle(ui, pilot, app, typed_in_dialog)
