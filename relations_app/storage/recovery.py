"""When the store is damaged: set it aside (never overwrite, never delete),
check files without touching them, and put a backup in its place."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from relations_app.storage.backups import BackupInfo, copy_database, list_backups, verify
from relations_app.storage.database import (
    APPLICATION_ID,
    check_version,
    inspect_file,
    read_only_uri,
    sqlite_uri,
)
from relations_app.storage.errors import StoreError
from relations_app.storage.files import move_with_companions
from relations_app.storage.migrations import CURRENT_VERSION


def aside_path(path: Path, label: str, now: dt.datetime) -> Path:
    """Where set_aside(path, label, now) will put the file: ``<name>.<label>-<time>``."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    serial = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{serial}")
        serial += 1
    return target


def set_aside(path: Path, label: str, now: dt.datetime) -> Path | None:
    """Rename the store, with its -wal, -shm and open marker, out of the way.

    Returns the new path of the main file, or None if there was no file.
    """
    if not path.exists():
        return None
    target = aside_path(path, label, now)
    move_with_companions(path, target)
    return target


def set_back(kept: Path, original: Path) -> None:
    """Undo set_aside, so a failed or abandoned recovery leaves things as they were."""
    move_with_companions(kept, original)


def diagnose(path: Path) -> str:
    """'ok' or a one-line diagnosis, without changing or creating any file.

    Runs SQLite's full integrity_check. With no write-ahead log beside the
    file it is opened immutable (no -wal or -shm is created); with one, the
    log is read too, as the app would.
    """
    if not path.exists():
        return f"{path.name} does not exist."
    try:
        inspect_file(path, CURRENT_VERSION)
    except StoreError as error:
        return str(error)
    if Path(str(path) + "-open").exists() and not Path(str(path) + "-wal").exists():
        return f"{path.name}: the last session did not close and its write-ahead log is missing."
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
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


def usable_backup_problem(path: Path) -> str | None:
    """Why ``path`` cannot be restored (damaged, newer, not ours), or None."""
    result = verify(path)
    if result != "ok":
        return result
    try:
        inspect_file(path, CURRENT_VERSION)
    except StoreError as error:
        return str(error)
    conn = sqlite3.connect(sqlite_uri(path, mode="ro", immutable=1), uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()
    return None if app_id == APPLICATION_ID else "not a Relations journal"


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes its check and that this version can open."""
    for backup in list_backups(folder):
        if usable_backup_problem(backup.path) is None:
            return backup
    return None


def put_backup_in_place(backup: Path, store_path: Path) -> None:
    """Copy ``backup`` to ``store_path`` (which must not exist), verified."""
    if store_path.exists():
        raise StoreError(f"{store_path.name} is still there; set it aside first.")
    problem = usable_backup_problem(backup)
    if problem is not None:
        raise StoreError(f"The backup {backup.name} cannot be used ({problem}).", "bad_backup")
    source = sqlite3.connect(sqlite_uri(backup, mode="ro"), uri=True)
    try:
        copy_database(source, store_path)
    finally:
        source.close()
