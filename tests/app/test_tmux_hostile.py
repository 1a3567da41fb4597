"""A hostile season in a real terminal (tmux, 80x24, set-clipboard on): nothing the file
or its name says reaches the terminal as an escape or as markup (issue 12).

Every text field of the season (title, competition, tournament, source, notes, round
names and shorts, teams, managers, captains, players, barred reasons) and the file's name
hold OSC 52 (clipboard), OSC 2 (window title), OSC 8 (hyperlink), CSI and Textual markup
(tests/conftest.py). tmux acts on what reaches it: with set-clipboard on, an OSC 52 makes
a paste buffer, and an OSC 2 sets the pane title.
"""

from __future__ import annotations

import re
import shlex

from test_tmux import EXITED, Terminal, _liguilla_argv, _tmux

from liguilla_tui.report.safe import printable


class ClipboardTerminal(Terminal):
    """The test_tmux terminal, with the clipboard on before the app writes anything."""

    def start(self, argv: list[str], term: str) -> None:
        self._run("new-session", "-d", "-s", self.session, "-x", "80", "-y", "24", "sleep 300")
        self._run("set-option", "-s", "set-clipboard", "on")
        self.title_before = self.pane_title()
        env = ["env", f"TERM={term}", "LANG=C.UTF-8", "LC_ALL=C.UTF-8"]
        for name in (
            "PYTHONPATH",
            "LIGUILLA_STATE_DIR",
            "LIGUILLA_CACHE_DIR",
            "XDG_STATE_HOME",
            "XDG_CACHE_HOME",
            "XDG_CONFIG_HOME",
        ):
            if self.env.get(name):
                env.append(f"{name}={self.env[name]}")
        command = f'{shlex.join(env + argv)}; echo "liguilla exited with $?"; sleep 120'
        self._run("respawn-pane", "-k", "-t", self.session, command)

    def pane_title(self) -> str:
        return self._run("display-message", "-p", "-t", self.session, "#{pane_title}").stdout.strip()

    def buffers(self) -> str:
        return self._run("list-buffers", check=False).stdout.strip()

    def assert_untouched(self, where: str) -> None:
        """No clipboard write, the title as it was, the app still running."""
        screen = self.screen()
        assert self.buffers() == "", f"{where}: the clipboard was written: {self.buffers()}\n{screen}"
        assert self.pane_title() == self.title_before, f"{where}: the window title is now {self.pane_title()!r}"
        assert not EXITED.search(screen) and "Traceback" not in screen, f"{where}:\n{screen}"


# A tab's content can show a frame before the footer has its keys for it: wait for both.
FOOTER_SETTLED = r"[\s\S]*\? Help  \^s Save "


def _chrome_intact(screen: str) -> None:
    lines = screen.splitlines()
    assert len(lines) >= 24, screen
    assert "━" in lines[2], f"the tab row's bar is gone:\n{screen}"
    assert "? Help" in lines[23] and "^s Save" in lines[23] and "^p palette" in lines[23], (
        f"the footer is broken:\n{screen}"
    )


def test_a_hostile_season_changes_nothing_in_the_terminal(hostile_season, tmp_path, monkeypatch):
    tmux = _tmux()
    for name in ("XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    terminal = ClipboardTerminal(tmux)
    try:
        terminal.start(_liguilla_argv(hostile_season), "xterm-256color")
        assert terminal.size() == "80x24"
        screen = terminal.wait_for(r"\^p palette", timeout=30)  # the first frame, footer and all
        terminal.assert_untouched("first screen")
        _chrome_intact(screen)
        lines = screen.splitlines()
        assert "[@click=app.quit]title[/]\\x1b]52;c;UFdORUQ=" in lines[0], screen  # the header
        # The tab row: the round's name as written, escapes visible, markup not parsed.
        # Full hostile names do not fit 80 columns: the tabs take the (as hostile) short names.
        assert lines[1].startswith(" 1 Table 2 [@click=app.quit]Squ[/]\\x1b]52;c;UFdORUQ="), screen
        assert "[@click=app.qu" in lines[5], screen  # the General table's Team column

        # The quarter-finals: tie titles (the round's short name), grid cells, sentences.
        terminal.keys("t", "2")  # tab 2: t then its number
        screen = terminal.wait_for(re.escape("[@click=app.quit]Squ[/]\\x1b]52") + FOOTER_SETTLED)
        terminal.assert_untouched("quarter-finals")
        _chrome_intact(screen)
        # A score, then save: the notification names the file.
        terminal.keys("5")
        # The grid cuts a name longer than its column with "…" (the header's "unsaved" is
        # past the long title).
        terminal.wait_for(r"\[@click=app\.quit\]T…\s+5\s+–\s+0")
        terminal.keys("C-s")
        screen = terminal.wait_for(r"Saved\s")  # the long name may wrap right after it
        terminal.assert_untouched("saved")
        assert "\\x1b]52;c;UFdORUQ=\\x07" in screen  # the file name's escapes, shown
        assert "[@click=app.q" in screen

        # The bracket, then the scorers.
        terminal.keys("t", "6")
        screen = terminal.wait_for(re.escape("★ Champion: [@click=app.quit]T") + FOOTER_SETTLED)
        terminal.assert_untouched("bracket")
        _chrome_intact(screen)
        terminal.keys("t", "3")
        terminal.keys("t", "5")
        screen = terminal.wait_for(r"Player\s+Team" + FOOTER_SETTLED)
        terminal.assert_untouched("scorers")
        _chrome_intact(screen)

        terminal.keys("q")  # saved: q quits at once
        screen = terminal.wait_for(EXITED)
        assert EXITED.search(screen).group(1) == "0", screen
        assert terminal.buffers() == "" and terminal.pane_title() == terminal.title_before
    finally:
        terminal.kill()
    assert printable(hostile_season.name) != hostile_season.name  # the name was hostile indeed
