"""argparse's own words ("usage:", "options", "show this help message and exit", its usage
errors) in the chosen language.

argparse looks its words up through the module-level `gettext` functions it imported, at the
moment it prints them; pointing those at liguilla_tui.i18n makes `liguilla --help` and a
usage error speak Spanish like the rest of the CLI. English passes through unchanged (the
catalog has no English), so other argparse users in the same process see no difference.
The msgids are argparse's, kept in po/es_MX/cli.po.
"""

from __future__ import annotations

import argparse

from liguilla_tui import i18n
from liguilla_tui.i18n import N_

# Marked here so the catalog test sees them; argparse passes the same literals.
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
)


def speak_argparse() -> None:
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]
