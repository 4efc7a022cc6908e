"""Command line for encryption: encrypt, change-passphrase, decrypt."""

from __future__ import annotations

import argparse
import datetime as dt

from relations_app import cli_passphrase
from relations_app.exit_status import BAD_INPUT, OK
from relations_app.i18n import translate
from relations_app.paths import DataPaths
from relations_app.services.encryption import EncryptionService


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


def _open(args: argparse.Namespace, paths: DataPaths):  # -> (Services, EncryptionService)
    from relations_app.cli import open_services  # cli registers this module

    services = open_services(paths, args.key)
    return services, EncryptionService(services.store, paths.backups, dt.datetime.now)


def encrypt(args: argparse.Namespace, paths: DataPaths) -> tuple[int, str]:
    services, crypt = _open(args, paths)
    try:
        if crypt.encrypted:
            return BAD_INPUT, translate("CommandLine", "{0} is encrypted already.").format(
                paths.store
            )
        crypt.encrypt(cli_passphrase.new_key(args, for_encrypt=True))
    finally:
        services.store.close()
    return OK, translate(
        "CommandLine",
        "Encrypted {0} and its backups. Without the passphrase no one can open them, "
        "not even with the help of Relations' authors: keep it safe.",
    ).format(paths.store)


def change_passphrase(args: argparse.Namespace, paths: DataPaths) -> tuple[int, str]:
    services, crypt = _open(args, paths)
    try:
        if not crypt.encrypted:
            return BAD_INPUT, _not_encrypted(paths)
        crypt.change_passphrase(cli_passphrase.new_key(args, for_encrypt=False))
    finally:
        services.store.close()
    return OK, translate("CommandLine", "Changed the passphrase of {0} and of its backups.").format(
        paths.store
    )


def decrypt(args: argparse.Namespace, paths: DataPaths) -> tuple[int, str]:
    services, crypt = _open(args, paths)
    try:
        if not crypt.encrypted:
            return BAD_INPUT, _not_encrypted(paths)
        crypt.decrypt()
    finally:
        services.store.close()
    return OK, translate(
        "CommandLine", "Removed the encryption of {0} and of its backups: they are plain files now."
    ).format(paths.store)


def _not_encrypted(paths: DataPaths) -> str:
    return translate("CommandLine", "{0} is not encrypted.").format(paths.store)


HANDLERS = {"encrypt": encrypt, "change-passphrase": change_passphrase, "decrypt": decrypt}
