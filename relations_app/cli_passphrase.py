"""Passphrases on the command line: from a file, the environment, or the terminal.

Order: --passphrase-file FILE, then RELATIONS_PASSPHRASE, then a prompt on the
terminal (without echo). A new passphrase (encrypt, change-passphrase) comes
from --new-passphrase-file FILE, then RELATIONS_NEW_PASSPHRASE, then the
terminal, typed twice. A file's first line is the passphrase, without its line
ending. Nothing is ever written or logged.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from relations_app.i18n import labelled, translate
from relations_app.services.passphrase import assess
from relations_app.storage.database import EncryptedStoreError
from relations_app.storage.errors import StoreError
from relations_app.storage.sqlite import Key

ENV_PASSPHRASE = "RELATIONS_PASSPHRASE"
ENV_NEW_PASSPHRASE = "RELATIONS_NEW_PASSPHRASE"
MAX_FILE_BYTES = 64 * 1024


class BadPassphraseInput(StoreError):
    """A passphrase file that cannot be used, or two entries that differ."""

    kind = "bad_passphrase"


def add_arguments(common: argparse.ArgumentParser) -> None:
    common.add_argument(
        "--passphrase-file",
        metavar=translate("CommandLine", "FILE"),
        type=Path,
        default=argparse.SUPPRESS,
        help=translate(
            "CommandLine",
            "read the journal's passphrase from the first line of FILE "
            "(or set RELATIONS_PASSPHRASE); without either it is asked for",
        ),
    )


def add_new_passphrase_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        metavar=translate("CommandLine", "FILE"),
        type=Path,
        help=translate(
            "CommandLine",
            "read the new passphrase from the first line of FILE "
            "(or set RELATIONS_NEW_PASSPHRASE); without either it is asked for twice",
        ),
    )


def given_key(args: argparse.Namespace) -> Key | None:
    """The passphrase given without asking (a file, the environment), or None."""
    return _from(getattr(args, "passphrase_file", None), ENV_PASSPHRASE)


def ask_key(args: argparse.Namespace, where: Path) -> Key:
    """The passphrase of an encrypted journal: given, or asked on the terminal."""
    key = given_key(args)
    if key is not None:
        return key
    if not _interactive():
        raise EncryptedStoreError(
            translate(
                "CommandLine",
                "{0} is encrypted: give its passphrase with --passphrase-file FILE or "
                "RELATIONS_PASSPHRASE, or run the command in a terminal.",
            ).format(where)
        )
    return _key(getpass.getpass(translate("CommandLine", "Passphrase for {0}: ").format(where)))


def new_key(args: argparse.Namespace, for_encrypt: bool) -> Key:
    """The passphrase to set: --new-passphrase-file, RELATIONS_NEW_PASSPHRASE,
    (for encrypt, whose journal has none yet: the usual sources too), or typed
    twice on the terminal."""
    key = _from(getattr(args, "new_passphrase_file", None), ENV_NEW_PASSPHRASE)
    if key is None and for_encrypt:
        key = given_key(args)
    if key is not None:
        return key
    if not _interactive():
        raise BadPassphraseInput(
            translate(
                "CommandLine",
                "no new passphrase: give it with --new-passphrase-file FILE or "
                "RELATIONS_NEW_PASSPHRASE, or run the command in a terminal.",
            )
        )
    first = getpass.getpass(translate("CommandLine", "New passphrase: "))
    assessment = assess(first)
    if not assessment.acceptable and first:
        print(
            translate("CommandLine", "relations: warning: {0}").format(assessment.describe()),
            file=sys.stderr,
        )
    second = getpass.getpass(translate("CommandLine", "The same passphrase again: "))
    if first != second:
        raise BadPassphraseInput(
            translate("CommandLine", "the two passphrases differ; nothing was changed.")
        )
    return _key(first)


def _from(file: Path | None, variable: str) -> Key | None:
    if file is not None:
        return _key(_read_first_line(file), file)
    text = os.environ.get(variable)
    return _key(text, variable) if text else None


def _read_first_line(file: Path) -> str:
    with open(file, "rb") as stream:  # an OSError names the file: status 2
        data = stream.read(MAX_FILE_BYTES)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadPassphraseInput(
            translate("CommandLine", "{0}: the passphrase is not UTF-8 text.").format(file)
        ) from None
    return text.splitlines()[0] if text.splitlines() else ""


def _key(text: str, where: Path | str | None = None) -> Key:
    try:
        return Key(text)
    except ValueError:
        message = translate("CommandLine", "the passphrase is empty.")
        if where is not None:
            message = labelled(where, message)
        raise BadPassphraseInput(message) from None


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()
