"""When the store is damaged: set it aside (never overwrite, never delete),
check files without touching them, and put a backup in its place."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from relations_app.storage.backups import BackupInfo, copy_database, list_backups, verify
from relations_app.storage.database import check_version, inspect_file
from relations_app.storage.errors import StoreError
from relations_app.storage.files import fsync_folder
from relations_app.storage.migrations import CURRENT_VERSION

COMPANIONS = ("-wal", "-shm")


def set_aside(path: Path, label: str, now: dt.datetime) -> Path | None:
    """Rename the store (with its -wal and -shm) to ``<name>.<label>-<timestamp>``.

    Returns the new path of the main file, or None if there was no file.
    """
    if not path.exists():
        return None
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    serial = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{serial}")
        serial += 1
    for suffix in COMPANIONS:
        companion = Path(str(path) + suffix)
        if companion.exists():
            os.replace(companion, Path(str(target) + suffix))
    os.replace(path, target)
    fsync_folder(path.parent)
    return target


def diagnose(path: Path) -> str:
    """'ok' or a one-line diagnosis, reading the file without changing it.

    Runs the full integrity_check through a read-only connection.
    """
    try:
        inspect_file(path, CURRENT_VERSION)
    except StoreError as error:
        return str(error)
    if not path.exists():
        return f"{path.name} does not exist."
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.DatabaseError as error:
        return f"{path.name}: {error}"
    try:
        check_version(conn.execute("PRAGMA user_version").fetchone()[0], CURRENT_VERSION, path.name)
        rows = conn.execute("PRAGMA integrity_check(5)").fetchall()
    except (sqlite3.DatabaseError, StoreError) as error:
        return f"{path.name}: {error}"
    finally:
        conn.close()
    problems = [str(row[0]) for row in rows]
    return "ok" if problems == ["ok"] else f"{path.name}: " + "; ".join(problems)


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes quick_check and is not from a newer version."""
    for backup in list_backups(folder):
        if verify(backup.path) == "ok" and _readable_version(backup.path):
            return backup
    return None


def _readable_version(path: Path) -> bool:
    try:
        inspect_file(path, CURRENT_VERSION)
    except StoreError:
        return False
    return True


def put_backup_in_place(backup: Path, store_path: Path) -> None:
    """Copy ``backup`` to ``store_path`` (which must not exist), verified."""
    if store_path.exists():
        raise StoreError(f"{store_path.name} is still there; set it aside first.")
    result = verify(backup)
    if result != "ok":
        raise StoreError(f"The backup {backup.name} is damaged ({result}).", "damaged")
    inspect_file(backup, CURRENT_VERSION)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        copy_database(source, store_path)
    finally:
        source.close()
