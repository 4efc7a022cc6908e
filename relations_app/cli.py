"""The command line: `relations [--data-dir DIR] [COMMAND ...]`.

Without a command the window opens. Exit status (relations_app.exit_status):
0 done; 1 the journal or its data folder could not be used (damaged, already
open, missing, a full or read-only disk); 2 what was named on the command line
is at fault (an argument, a file to import, a backup to restore, a file to
write), and the journal was not changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import NoReturn

import peewee

from relations_app import (
    APP_NAME,
    __version__,
    cli_backups,
    cli_contacts,
    cli_encryption,
    cli_passphrase,
    cli_today,
    cli_words,
)
from relations_app.counted import LABELS
from relations_app.exit_status import BAD_INPUT, FAILED, OK
from relations_app.i18n import labelled, translate
from relations_app.instance import AlreadyRunning, InstanceLock, LockUnavailable
from relations_app.operations.base import NO_PROGRESS, Progress
from relations_app.operations.exchange import import_shown
from relations_app.paths import DataPaths, data_paths
from relations_app.printing import command as overview_command
from relations_app.services import Services
from relations_app.services.backups import BackupService
from relations_app.services.exchange_format import ExchangeError
from relations_app.services.messages import explain, explain_file_error, file_error_cause
from relations_app.services.recovery import open_or_problem
from relations_app.services.rows import unknown_codes
from relations_app.storage import sqlite
from relations_app.storage.database import EncryptedStoreError, classify_sqlite_error
from relations_app.storage.errors import StoreError
from relations_app.storage.sqlite import Key
from relations_app.storage.store import Store


class Parser(argparse.ArgumentParser):
    """Arguments it cannot take end as all bad input does: one line, exit 2.
    The usage is one --help away (argparse printed it first, three lines or
    more, before the line that says what is wrong). Subcommands inherit it."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            BAD_INPUT,
            translate("CommandLine", "{0}: error: {1} (see {0} --help)").format(self.prog, message)
            + "\n",
        )


def build_parser() -> argparse.ArgumentParser:
    cli_words.speak_the_users_language()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar=translate("CommandLine", "DIR"),
        default=argparse.SUPPRESS,
        help=translate(
            "CommandLine",
            "the folder that holds the journal (default: the platform's user data folder; "
            "or set RELATIONS_DATA_DIR)",
        ),
    )
    cli_passphrase.add_arguments(common)
    parser = Parser(
        prog="relations",
        parents=[common],
        description=translate(
            "CommandLine",
            "Relations: a private, offline journal for the few relationships that matter.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=translate("CommandLine", "show the version and exit"),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=translate(
            "CommandLine", "open the journal and the window, then close cleanly (for CI)"
        ),
    )
    commands = parser.add_subparsers(
        dest="command",
        metavar=translate("CommandLine", "COMMAND"),
        title=translate("CommandLine", "commands"),
    )
    export = commands.add_parser(
        "export",
        parents=[common],
        help=translate("CommandLine", "write the journal, or people, to a file"),
    )
    formats = _formats(export)
    formats.add_parser(
        "json", parents=[common], help=translate("CommandLine", "the whole journal")
    ).add_argument("file", type=Path, metavar=translate("CommandLine", "FILE"))
    cli_contacts.add_export_parser(formats, common)
    imp = commands.add_parser(
        "import",
        parents=[common],
        help=translate("CommandLine", "add an export, or people from address books"),
    )
    formats = _formats(imp)
    formats.add_parser(
        "json", parents=[common], help=translate("CommandLine", "a Relations export")
    ).add_argument("file", type=Path, metavar=translate("CommandLine", "FILE"))
    cli_contacts.add_import_parser(formats, common)
    cli_backups.add_parsers(commands, common)
    cli_encryption.add_parsers(commands, common)
    overview_command.add_parser(commands, common)
    cli_today.add_parser(commands, common)
    return parser


def _formats(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return parser.add_subparsers(
        dest="format", metavar=translate("CommandLine", "FORMAT"), required=True
    )


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def fail(message: str, status: int) -> int:
    print(f"relations: {message}", file=sys.stderr)
    return status


def open_services(paths: DataPaths, key: Key | None = None) -> Services:
    """The journal's services, or a StoreError saying why not (and what to do).

    The same decisions as the window's start: a journal that went missing while
    backups (or a kept copy) remain is not silently replaced by an empty one.
    An encrypted journal without ``key`` raises EncryptedStoreError.
    """
    store = Store(paths.store, key)
    start = open_or_problem(store, paths, dt.datetime.now)
    if start is not None:
        advice = (
            translate("CommandLine", "Open Relations to choose what to do, or run: {0}").format(
                "relations restore --latest"
            )
            if start.backup
            else translate("CommandLine", "Open Relations to choose what to do.")
        )
        raise StoreError(f"{start.detail} {advice}", "missing")
    return Services.create(store)


def run(args: argparse.Namespace) -> int:
    """Run a command. Whatever fails ends here in one line, with the status of
    the one rule (see exit_status): 1 when the journal or its data folder could
    not be used, 2 when what was named on the command line is at fault."""
    paths = data_paths(getattr(args, "data_dir", None))
    try:
        return _run_locked(args, paths)
    except (AlreadyRunning, LockUnavailable) as error:  # their messages name the cause
        return fail(str(error), FAILED)
    except StoreError as error:  # a passphrase file or entry at fault: the argument's
        return fail(explain(error), BAD_INPUT if error.kind == "bad_passphrase" else FAILED)
    except OSError as error:
        return fail(explain_file_error(error), status_for(error, paths))
    except (sqlite.Error, peewee.PeeweeException) as error:
        return fail(explain(StoreError(str(error), classify_sqlite_error(error))), FAILED)
    except Exception as error:  # a bug: still one line, and the journal is as it was
        return fail(
            translate("CommandLine", "unexpected error ({0}: {1}); please report it").format(
                type(error).__name__, error
            ),
            FAILED,
        )


def status_for(error: OSError, paths: DataPaths) -> int:
    """FAILED for a file in the data folder (or the folder itself), else
    BAD_INPUT: a file the user named."""
    if not isinstance(error.filename, (str, bytes, os.PathLike)):
        return FAILED
    named = Path(os.fsdecode(error.filename)).absolute()
    inside = named == paths.folder or paths.folder in named.parents
    return FAILED if inside else BAD_INPUT


def _run_locked(args: argparse.Namespace, paths: DataPaths) -> int:
    """Run holding the instance lock; `today` reads beside the process that
    holds it on this computer (cli_today.reads_beside) instead of refusing."""
    lock = None if args.command in cli_backups.LOCK_FREE else InstanceLock(paths.lock)
    args.beside = None
    try:
        if lock is not None:
            try:
                lock.acquire()
            except AlreadyRunning as held:
                if not cli_today.reads_beside(args, held):
                    raise
                args.beside = held
        return _dispatch(args, paths)
    finally:
        if lock is not None:
            lock.release()


def _dispatch(args: argparse.Namespace, paths: DataPaths) -> int:
    """Run the command; if it meets an encrypted journal (or encrypted
    backups) without a passphrase, ask for one and run it again: nothing was
    changed before that question."""
    args.key = cli_passphrase.given_key(args)
    try:
        return _dispatch_once(args, paths)
    except EncryptedStoreError:
        if args.key is not None:
            raise
        args.key = cli_passphrase.ask_key(args, paths.store)
        return _dispatch_once(args, paths)


def _dispatch_once(args: argparse.Namespace, paths: DataPaths) -> int:
    if args.command in cli_encryption.HANDLERS:
        return _report(*cli_encryption.HANDLERS[args.command](args, paths))
    if args.command in cli_backups.HANDLERS:
        return _report(*cli_backups.HANDLERS[args.command](args, paths))
    if args.command == "overview":
        return overview_command.run(args, paths)
    if args.command == "today":
        return cli_today.run(args, paths)
    contacts = {"import": cli_contacts.import_contacts, "export": cli_contacts.export_vcard}
    if args.format in ("contacts", "vcard"):
        return _report(*contacts[args.command](args, paths, lambda p: open_services(p, args.key)))
    return {"export": _export, "import": _import}[args.command](args, paths)


def _report(status: int, text: str) -> int:
    if status == OK:
        print(text)
        return status
    return fail(text, status)


def _export(args: argparse.Namespace, paths: DataPaths) -> int:
    services = open_services(paths, args.key)
    try:
        services.exchange.export_json(args.file)
        warnings = unknown_codes(services.store.connection())
        warnings += cli_encryption.plain_file_warning(services.store, args.file)
    except OSError as error:  # a folder that is not there, or not writable: the argument's fault
        return fail(
            translate("CommandLine", "{0}: cannot write ({1})").format(
                args.file, file_error_cause(error)
            ),
            BAD_INPUT,
        )
    finally:
        services.store.close()
    for warning in warnings:
        print(translate("CommandLine", "relations: warning: {0}").format(warning), file=sys.stderr)
    print(translate("CommandLine", "Exported the journal to {0}").format(args.file))
    return OK


class TerminalProgress(Progress):
    """A line that counts the rows written, redrawn in place on a terminal."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self._shown = -1

    def report(self, done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if percent == self._shown:
            return
        self._shown = percent
        line = translate("CommandLine", "Importing: {0}% ({1} of {2} rows)").format(
            percent, f"{done:,}", f"{total:,}"
        )
        self._stream.write(f"\r{line}\x1b[K" + ("\n" if done >= total else ""))
        self._stream.flush()


def progress_on(stream) -> Progress:
    """A progress line on ``stream`` when it is a terminal; nothing shown on a
    file or a pipe."""
    return TerminalProgress(stream) if stream.isatty() else NO_PROGRESS


def _import(args: argparse.Namespace, paths: DataPaths) -> int:
    services = open_services(paths, args.key)
    try:
        document = services.exchange.read_json(args.file)
        BackupService(services.store, paths.backups, dt.datetime.now).backup_now("before-import")
        counts = import_shown(services, document, progress_on(sys.stderr))
    except ExchangeError as error:
        return fail(labelled(args.file, error), BAD_INPUT)
    finally:
        services.store.close()
    print(
        translate("CommandLine", "Imported {0}, {1} and {2} from {3}").format(
            LABELS.people(counts.people),
            LABELS.conversations(counts.conversations),
            LABELS.values(counts.values),
            args.file,
        )
    )
    return OK
