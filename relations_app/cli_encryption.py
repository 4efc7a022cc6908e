"""Command line for encryption: encrypt, change-passphrase, decrypt."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from relations_app import cli_passphrase
from relations_app.exit_status import BAD_INPUT, OK
from relations_app.i18n import translate
from relations_app.paths import DataPaths
from relations_app.services.encryption import EncryptionService
from relations_app.storage.store import Store


def plain_file_warning(store: Store, path: Path) -> list[str]:
    """What to say on writing a plain file (an export) from an encrypted journal."""
    if store.open_key is None:
        return []
    return [
        translate(
            "CommandLine", "{0} is not encrypted: anyone who can read it can read it all."
        ).format(path)
    ]


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    encrypt = commands.add_parser(
        "encrypt",
        parents=[common],
        help=translate(
            "CommandLine",
            "encrypt the journal and its backups with a passphrase "
            "(forget it and no one can open them again)",
        ),
    )
    cli_passphrase.add_new_passphrase_argument(encrypt)
    change = commands.add_parser(
        "change-passphrase",
        parents=[common],
        help=translate("CommandLine", "change the passphrase of the journal and its backups"),
    )
    cli_passphrase.add_new_passphrase_argument(change)
    commands.add_parser(
        "decrypt",
        parents=[common],
        help=translate(
            "CommandLine", "remove the encryption of the journal and its backups (plain files)"
        ),
    )


def _convert(
    args: argparse.Namespace, paths: DataPaths, wants_encrypted: bool, run: Callable
) -> tuple[int, str] | list[Path]:
    """Open the journal, refuse a conversion it does not need, or run it; the
    copies it left as they were (see storage.encryption.convert_files)."""
    from relations_app.cli import open_services  # cli registers this module

    services = open_services(paths, args.key)
    crypt = EncryptionService(services.store, paths.backups, dt.datetime.now)
    try:
        if crypt.encrypted and not wants_encrypted:
            return BAD_INPUT, translate("CommandLine", "{0} is encrypted already.").format(
                paths.store
            )
        if wants_encrypted and not crypt.encrypted:
            return BAD_INPUT, translate("CommandLine", "{0} is not encrypted.").format(paths.store)
        return run(crypt)
    finally:
        services.store.close()


def _done(outcome: tuple[int, str] | list[Path], text: str) -> tuple[int, str]:
    if isinstance(outcome, tuple):
        return outcome
    notes = [
        translate(
            "CommandLine",
            "{0} did not open with the passphrase (an earlier passphrase, or damage); "
            "it stays encrypted as it was.",
        ).format(path)
        for path in outcome
    ]
    return OK, "\n".join([text, *notes])


def encrypt(args: argparse.Namespace, paths: DataPaths) -> tuple[int, str]:
    outcome = _convert(
        args, paths, False, lambda crypt: crypt.encrypt(cli_passphrase.new_key(args, True))
    )
    return _done(
        outcome,
        translate(
            "CommandLine",
            "Encrypted {0} and its backups. Without the passphrase no one can open them, "
            "not even with the help of Relations' authors: keep it safe.",
        ).format(paths.store),
    )


def change_passphrase(args: argparse.Namespace, paths: DataPaths) -> tuple[int, str]:
    outcome = _convert(
        args,
        paths,
        True,
        lambda crypt: crypt.change_passphrase(cli_passphrase.new_key(args, False)),
    )
    return _done(
        outcome,
        translate("CommandLine", "Changed the passphrase of {0} and of its backups.").format(
            paths.store
        ),
    )


def decrypt(args: argparse.Namespace, paths: DataPaths) -> tuple[int, str]:
    outcome = _convert(args, paths, True, lambda crypt: crypt.decrypt())
    return _done(
        outcome,
        translate(
            "CommandLine",
            "Removed the encryption of {0} and of its backups: they are plain files now.",
        ).format(paths.store),
    )


HANDLERS = {"encrypt": encrypt, "change-passphrase": change_passphrase, "decrypt": decrypt}
