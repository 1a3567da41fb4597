"""In a real terminal: "g10" sent to tmux in one write (the way SSH or a paste delivers
keys) opens the goals dialog with "10" typed in it, and the leg's score is left alone.
The 1 and the 0 used to reach the grid as scores before the dialog opened."""

from __future__ import annotations

import shutil

from test_tmux import EXITED, Terminal, _liguilla_argv, _tmux

from liguilla_tui.seasons import default_season


def test_keys_sent_with_g_in_one_write_are_typed_in_the_goals_dialog(tmp_path):
    tmux = _tmux()
    path = tmp_path / default_season().name
    shutil.copyfile(default_season(), path)
    terminal = Terminal(tmux)
    try:
        terminal.start(_liguilla_argv(path), "xterm-256color")
        terminal.wait_for(r"\^p palette", timeout=60)
        terminal.keys("t", "2")
        terminal.wait_for(r"Monterrey win 2.1 on aggregate")
        terminal._run("send-keys", "-t", terminal.session, "g10")  # one write: g, 1, 0
        terminal.wait_for(r"Goals: Monterrey 1.0 UANL")
        terminal.wait_for(r"▊  10 +▎")  # typed in the player field
        terminal.keys("Escape")
        screen = terminal.wait_for(r"Monterrey win 2.1 on aggregate")
        assert "unsaved" not in screen.splitlines()[0], screen  # no score was changed
        terminal.keys("q")
        screen = terminal.wait_for(EXITED)
        assert EXITED.search(screen).group(1) == "0" and "Traceback" not in screen, screen
    finally:
        terminal.kill()
