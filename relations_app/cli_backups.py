"""Command line for the journal's safety: check, backup, backups, restore."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLockFile

from relations_app.counted import LABELS
from relations_app.exit_status import BAD_INPUT, FAILED, OK
from relations_app.i18n import translate
from relations_app.labels import format_date, format_size
from relations_app.paths import DataPaths
from relations_app.services.backups import BackupService, open_store
from relations_app.services.encryption import plain_copies
from relations_app.services.messages import explain
from relations_app.services.rows import unknown_codes
from relations_app.storage.backups import list_backups, make_backup, prune
from relations_app.storage.database import (
    EncryptedStoreError,
    connect_to_read,
    inspect_file,
    key_for,
)
from relations_app.storage.errors import StoreError
from relations_app.storage.migrations import CURRENT_VERSION
from relations_app.storage.recovery import diagnose, newest_good_backup, usable_backup_problem
from relations_app.storage.sqlite import DatabaseError, is_encrypted, is_plain
from relations_app.storage.store import Store


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    commands.add_parser(
        "check",
        parents=[common],
        help=translate("CommandLine", "check the journal's integrity without changing anything"),
    )
    commands.add_parser(
        "backup", parents=[common], help=translate("CommandLine", "make a verified backup now")
    )
    commands.add_parser(
        "backups", parents=[common], help=translate("CommandLine", "list the backups")
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=translate(
            "CommandLine", "replace the journal with a backup (the current file is kept)"
        ),
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "path",
        nargs="?",
        type=Path,
        metavar=translate("CommandLine", "FILE"),
        help=translate("CommandLine", "the backup file to restore"),
    )
    which.add_argument(
        "--latest", action="store_true", help=translate("CommandLine", "the newest good backup")
    )


def running_instance(lock_path: Path) -> int | None:
    """The process id of a Relations that has this journal open now, or None.

    Asks the instance lock itself: a lock left by a process that died is stale
    and does not count. Taken for a moment when free, so nothing stays behind.
    """
    if not lock_path.parent.is_dir():
        return None
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        lock.unlock()
        return None
    if lock.error() != QLockFile.LockError.LockFailedError:
        return None  # a read-only folder: no lock can be taken there, so none is held
    info = lock.getLockInfo()
    return int(info[0]) if info else 0


def check(args: argparse.Namespace, paths: DataPaths) -> tuple[int, str]:
    running = running_instance(paths.lock)
    if running is not None and paths.store.exists() and not Path(f"{paths.store}-wal").exists():
        return FAILED, translate(
            "CommandLine",
            "{0}: open in Relations now (process {1}), but its write-ahead log was removed "
            "from the folder; close Relations normally so that it saves its changes.",
        ).format(paths.store, running)
    result = diagnose(paths.store, args.key)
    if result != "ok":
        return FAILED, result
    text = translate("CommandLine", "{0}: ok").format(paths.store)
    if running is not None:
        text += " " + translate("CommandLine", "(open in Relations now, process {0})").format(
            running
        )
    conn = connect_to_read(paths.store, args.key)
    try:
        warnings = unknown_codes(conn)
    finally:
        conn.close()
    if not is_plain(paths.store):
        warnings += [
            translate("CommandLine", "{0} is not encrypted, unlike the journal.").format(path.name)
            for path in plain_copies(paths)
        ]
    notes = [translate("CommandLine", "warning: {0}").format(line) for line in warnings]
    return OK, "\n".join([text, *notes])


def backup(args: argparse.Namespace, paths: DataPaths) -> tuple[int, str]:
    """Back up through a read-only connection: safe while the window is open,
    and it sees everything the window committed (its write-ahead log too)."""
    key = key_for(paths.store, args.key)
    inspect_file(paths.store, CURRENT_VERSION, key)
    if not paths.store.exists():
        return FAILED, translate("CommandLine", "There is no journal at {0} yet.").format(
            paths.store
        )
    now = dt.datetime.now().replace(microsecond=0)
    source = connect_to_read(paths.store, key)
    try:
        info = make_backup(source, paths.backups, now, "manual", key)
    except DatabaseError as error:
        raise StoreError(str(error), "damaged") from error
    finally:
        source.close()
    prune(paths.backups, now)
    return OK, str(info.path)


def backups(args: argparse.Namespace, paths: DataPaths) -> tuple[int, str]:
    found = list_backups(paths.backups)
    if not found:
        return OK, translate("CommandLine", "No backups yet in {0}").format(paths.backups)
    if any(is_encrypted(info.path) for info in found):
        if args.key is None:
            raise EncryptedStoreError(f"{paths.backups} holds encrypted backups.")
        if is_encrypted(paths.store):  # a wrong passphrase is said so, not listed
            connect_to_read(paths.store, args.key).close()
    lines = []
    for info in found:
        counts = info.counts(args.key)
        what = (
            translate("CommandLine", "{0}, {1}").format(
                LABELS.people(counts[0]), LABELS.conversations(counts[1])
            )
            if counts
            else translate("CommandLine", "encrypted with another passphrase")
            if is_encrypted(info.path)
            else translate("CommandLine", "unreadable")
        )
        lines.append(
            f"{format_date(info.taken_at.date())} {info.taken_at:%H:%M:%S}  "
            f"{format_size(info.size):>11}  {what:34}  {info.path}"
        )
    return OK, "\n".join(lines)


def restore(args: argparse.Namespace, paths: DataPaths) -> tuple[int, str]:
    wanted = [paths.store, *([] if args.latest else [args.path])]
    if args.key is None and any(is_encrypted(path) for path in wanted):
        raise EncryptedStoreError("encrypted")
    if args.latest:
        if args.key is None and any(is_encrypted(b.path) for b in list_backups(paths.backups)):
            raise EncryptedStoreError("encrypted backups")
        chosen = newest_good_backup(paths.backups, args.key)
        if chosen is None:
            return FAILED, translate("CommandLine", "No good backup in {0}").format(paths.backups)
        source = chosen.path
    else:
        source = args.path
        if not source.is_file():
            return BAD_INPUT, translate("CommandLine", "{0}: no such backup file").format(source)
    store = Store(paths.store, args.key)
    try:
        try:
            open_store(store, paths.backups, dt.datetime.now)
        except StoreError as error:
            # a damaged journal can still be replaced (it is kept aside, not
            # opened); a passphrase that opens neither it nor the backup is wrong
            if error.kind == "wrong_passphrase" and usable_backup_problem(source, args.key):
                raise
        kept = BackupService(store, paths.backups, dt.datetime.now).restore(source)
    except StoreError as error:
        if error.kind != "bad_backup":
            raise
        return BAD_INPUT, explain(error)  # the file named is not a backup we can use
    finally:
        store.close()
    message = translate("CommandLine", "Restored {0}").format(source)
    if kept is not None:
        message += "\n" + translate("CommandLine", "The previous journal was kept as {0}").format(
            kept
        )
    return OK, message


HANDLERS = {"check": check, "backup": backup, "backups": backups, "restore": restore}
# commands that read without the instance lock (safe while the window is open)
LOCK_FREE = {"check", "backup", "backups"}
