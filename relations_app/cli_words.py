"""argparse's own words ("usage:", "options", "show this help message and exit",
its error messages) in the user's language.

argparse looks every one of them up through the module-level names ``_`` and
``ngettext`` it took from gettext, which has no catalogue for them here; pointing
those two names at our catalogue is the one way in. Each message is written out
below, so lupdate files it; a message this Python words differently (they change
a little between versions) stays in English rather than going missing.
"""

from __future__ import annotations

import argparse

from relations_app.i18n import translate


def _words() -> dict[str, str]:
    return {
        "usage: ": translate("CommandLine", "usage: "),
        "positional arguments": translate("CommandLine", "positional arguments"),
        "options": translate("CommandLine", "options"),
        "show this help message and exit": translate(
            "CommandLine", "show this help message and exit"
        ),
        "argument %(argument_name)s: %(message)s": translate(
            "CommandLine", "argument %(argument_name)s: %(message)s"
        ),
        "the following arguments are required: %s": translate(
            "CommandLine", "the following arguments are required: %s"
        ),
        "unrecognized arguments: %s": translate("CommandLine", "unrecognized arguments: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "CommandLine", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "invalid %(type)s value: %(value)r": translate(
            "CommandLine", "invalid %(type)s value: %(value)r"
        ),
        "expected one argument": translate("CommandLine", "expected one argument"),
        "expected at least one argument": translate(
            "CommandLine", "expected at least one argument"
        ),
        "expected at most one argument": translate("CommandLine", "expected at most one argument"),
        "not allowed with argument %s": translate("CommandLine", "not allowed with argument %s"),
        "one of the arguments %s is required": translate(
            "CommandLine", "one of the arguments %s is required"
        ),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "CommandLine", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "ignored explicit argument %r": translate("CommandLine", "ignored explicit argument %r"),
        "unknown parser %(parser_name)r (choices: %(choices)s)": translate(
            "CommandLine", "unknown parser %(parser_name)r (choices: %(choices)s)"
        ),
    }


def speak_the_users_language() -> None:
    """Make argparse's words ours (after i18n.load)."""
    words = _words()
    argparse._ = lambda text: words.get(text, text)
    argparse.ngettext = lambda one, many, n: words.get(one if n == 1 else many, many)
