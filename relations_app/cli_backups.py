"""Command line for the journal's safety: check, backup, backups, restore."""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
from pathlib import Path

from relations_app.exit_status import BAD_INPUT, FAILED, OK
from relations_app.i18n import translate
from relations_app.labels import format_date
from relations_app.paths import DataPaths
from relations_app.services.backups import BackupService, open_store
from relations_app.storage.backups import list_backups, make_backup, prune
from relations_app.storage.database import inspect_file, read_only_uri
from relations_app.storage.errors import StoreError
from relations_app.storage.migrations import CURRENT_VERSION
from relations_app.storage.recovery import diagnose, newest_good_backup
from relations_app.storage.store import Store


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    t = lambda text: translate("CommandLine", text)  # noqa: E731
    commands.add_parser(
        "check", parents=[common], help=t("check the journal's integrity without changing anything")
    )
    commands.add_parser("backup", parents=[common], help=t("make a verified backup now"))
    commands.add_parser("backups", parents=[common], help=t("list the backups"))
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=t("replace the journal with a backup (the current file is kept)"),
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("path", nargs="?", type=Path, help=t("the backup file to restore"))
    which.add_argument("--latest", action="store_true", help=t("the newest good backup"))


def check(args: argparse.Namespace, paths: DataPaths) -> tuple[int, str]:
    result = diagnose(paths.store)
    if result == "ok":
        return OK, translate("CommandLine", "{0}: ok").format(paths.store)
    return FAILED, result


def backup(args: argparse.Namespace, paths: DataPaths) -> tuple[int, str]:
    """Back up through a read-only connection: safe while the window is open."""
    inspect_file(paths.store, CURRENT_VERSION)
    if not paths.store.exists():
        return FAILED, translate("CommandLine", "There is no journal at {0} yet.").format(
            paths.store
        )
    now = dt.datetime.now().replace(microsecond=0)
    source = sqlite3.connect(read_only_uri(paths.store), uri=True)
    try:
        info = make_backup(source, paths.backups, now, "manual")
    except sqlite3.DatabaseError as error:
        raise StoreError(str(error), "damaged") from error
    finally:
        source.close()
    prune(paths.backups, now)
    return OK, str(info.path)


def backups(args: argparse.Namespace, paths: DataPaths) -> tuple[int, str]:
    found = list_backups(paths.backups)
    if not found:
        return OK, translate("CommandLine", "No backups yet in {0}").format(paths.backups)
    lines = []
    for info in found:
        counts = info.counts()
        what = (
            translate("CommandLine", "{0} people, {1} conversations").format(*counts)
            if counts
            else translate("CommandLine", "unreadable")
        )
        lines.append(
            f"{format_date(info.taken_at.date())} {info.taken_at:%H:%M:%S}  "
            f"{info.size / 1024:8.0f} KB  {what:34}  {info.path}"
        )
    return OK, "\n".join(lines)


def restore(args: argparse.Namespace, paths: DataPaths) -> tuple[int, str]:
    if args.latest:
        chosen = newest_good_backup(paths.backups)
        if chosen is None:
            return FAILED, translate("CommandLine", "No good backup in {0}").format(paths.backups)
        source = chosen.path
    else:
        source = args.path
        if not source.is_file():
            return BAD_INPUT, translate("CommandLine", "{0}: no such backup file").format(source)
    store = Store(paths.store)
    try:
        try:
            open_store(store, paths.backups, dt.datetime.now)
        except StoreError:
            pass  # a damaged journal can still be replaced: it is kept aside, not opened
        kept = BackupService(store, paths.backups, dt.datetime.now).restore(source)
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
