"""Verified backups with SQLite's online backup API, and which ones to keep.

A backup is copied page by page from the live connection (never a file copy of
a live database) into a temporary file, switched to a single-file journal,
re-opened and checked with quick_check; only then is it renamed into place.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from relations_app.storage.database import classify_sqlite_error, key_for, quick_check
from relations_app.storage.errors import StoreError
from relations_app.storage.files import (
    fsync_folder,
    make_private,
    remove_leftovers,
    temporary_beside,
)
from relations_app.storage.sqlite import Connection, DatabaseError, Key, connect

NAME_PATTERN = re.compile(r"^relations-(\d{8})-(\d{6})(?:-([a-z0-9-]+))?\.sqlite3$")
INCOMING_PREFIX = ".incoming-"  # a copy being made; renamed into place once checked
OUTGOING_PREFIX = ".outgoing-"  # a file replaced by its converted copy (storage.encryption)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY, KEEP_AT_LEAST = 12, 10, 9, 2


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int

    def counts(self, key: Key | None = None) -> tuple[int, int] | None:
        """(people, conversations) in this backup, or None if it cannot be read
        (damaged, or encrypted with another passphrase than ``key``)."""
        try:
            conn = connect(self.path, key_for(self.path, key), read_only=True, immutable=True)
            try:
                people = conn.execute("SELECT COUNT(*) FROM person").fetchone()[0]
                conversations = conn.execute("SELECT COUNT(*) FROM conversation").fetchone()[0]
            finally:
                conn.close()
        except (DatabaseError, StoreError):
            return None
        return people, conversations


def backup_name(taken_at: dt.datetime, reason: str) -> str:
    suffix = f"-{reason}" if reason else ""
    return f"relations-{taken_at:%Y%m%d-%H%M%S}{suffix}.sqlite3"


def parse_backup(path: Path) -> BackupInfo | None:
    match = NAME_PATTERN.match(path.name)
    if not match:
        return None
    taken_at = dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path=path, taken_at=taken_at, reason=match.group(3) or "", size=size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first.

    Copies left half-made by a process that was killed are removed first, and
    a backup readable by others (copied in by hand, made by an older version)
    is made private.
    """
    if not folder.is_dir() or folder.is_symlink():
        return []
    for prefix in (INCOMING_PREFIX, OUTGOING_PREFIX):
        remove_leftovers(folder, prefix + "*", shred=True)
    found = [info for p in folder.iterdir() if (info := parse_backup(p)) is not None]
    for info in found:
        make_private(info.path)
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backup_folder(folder: Path) -> Path:
    """The backups folder, made private; refused when it is a link (the data
    folder is ours, and nothing in it is written through a link)."""
    if folder.is_symlink():
        raise StoreError(f"{folder} is a symbolic link.", "unsafe", folder)
    folder.mkdir(parents=True, exist_ok=True)
    make_private(folder)
    return folder


def verify(path: Path, key: Key | None = None) -> str:
    """'ok', or what quick_check (or opening, or the passphrase) found wrong."""
    if not path.is_file() or path.stat().st_size == 0:
        return "empty or missing file"
    try:
        conn = connect(path, key_for(path, key), read_only=True, immutable=True)
    except (DatabaseError, StoreError) as error:
        return str(error)
    try:
        return quick_check(conn)
    finally:
        conn.close()


@contextmanager
def checked_copy(
    source: Connection, beside: Path, key: Key | None, journal_mode: str = "DELETE"
) -> Iterator[Path]:
    """A copy of ``source`` in a new file beside ``beside``: checked with
    quick_check, on disk, and held (no cleaner takes it) while the block runs.
    The block renames it into place; otherwise it is removed.

    ``key`` is the source's own key (None for a plain journal): SQLite's backup
    API copies pages between two connections keyed alike, so an encrypted
    journal's copy is encrypted from its first byte on, with no plain step.

    A backup is one self-contained file (journal_mode DELETE). A copy that is
    to become the journal is made in WAL mode already: switching modes when it
    is first opened would write a rollback journal, which a kill at that moment
    leaves behind for the next start (and for `check`) to deal with.

    Killed at any moment, this leaves at worst a temporary file that the next
    start removes (files.remove_leftovers), never a half-made file under a
    real name.
    """
    with temporary_beside(beside, ".sqlite3", prefix=INCOMING_PREFIX) as temp_path:
        try:
            copy = connect(temp_path, key)
            try:
                source.backup(copy)  # one step: a consistent snapshot; WAL lets writers go on
                mode = copy.execute(f"PRAGMA journal_mode={journal_mode}").fetchone()[0]
                if mode.upper() != journal_mode:
                    raise StoreError(f"The copy stayed in journal mode {mode}.")
                copy.commit()
            finally:
                copy.close()
            result = verify(temp_path, key)
            if result != "ok":
                raise StoreError(f"The copy failed its check ({result}).", "damaged")
            with temp_path.open("rb") as stream:
                os.fsync(stream.fileno())
        except DatabaseError as error:
            raise StoreError(
                f"The copy could not be made ({error}).", classify_sqlite_error(error)
            ) from error
        finally:
            for extra in ("-journal", "-wal", "-shm"):
                Path(str(temp_path) + extra).unlink(missing_ok=True)
        yield temp_path


def copy_database(source: Connection, target: Path, key: Key | None) -> None:
    """Copy a live database into ``target`` (a new file), checked, in one rename."""
    with checked_copy(source, target, key) as copy:
        os.replace(copy, target)
    fsync_folder(target.parent)


def make_backup(
    source: Connection,
    folder: Path,
    taken_at: dt.datetime,
    reason: str = "",
    key: Key | None = None,
) -> BackupInfo:
    # one backup per second, whatever the reason, so "newest" is never a tie
    backup_folder(folder)
    taken = {info.taken_at for info in list_backups(folder)}
    while taken_at in taken:
        taken_at += dt.timedelta(seconds=1)
    target = folder / backup_name(taken_at, reason)
    copy_database(source, target, key)
    info = parse_backup(target)
    assert info is not None
    return info


def to_keep(taken: list[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """Which backups survive: the newest of each of the last 12 days with a
    backup, 10 ISO weeks and 9 months; always the newest two."""
    newest_first = sorted((t for t in taken if t <= now), reverse=True)
    newest_first += sorted((t for t in taken if t > now), reverse=True)  # clock moved back
    keep = set(newest_first[:KEEP_AT_LEAST])
    for bucket, limit in (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    ):
        seen: list = []
        for taken_at in newest_first:
            key = bucket(taken_at)
            if key not in seen:
                seen.append(key)
                if len(seen) > limit:
                    break
                keep.add(taken_at)
    return keep


KEPT_BY_HAND = "manual"  # backups the user made on purpose are theirs to delete


def prune(folder: Path, now: dt.datetime) -> list[Path]:
    """Delete the automatic backups retention does not keep; returns what was deleted."""
    backups = list_backups(folder)
    keep = to_keep([b.taken_at for b in backups], now)
    deleted = []
    for backup in backups:
        if backup.taken_at not in keep and backup.reason != KEPT_BY_HAND:
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path)
    return deleted


class BackupSchedule:
    """When to back up: at most every 30 minutes while data changed, at exit,
    never when nothing changed. Pure logic, so tests drive it with a fake clock."""

    INTERVAL = dt.timedelta(minutes=30)

    def __init__(self, last_backup: dt.datetime | None, changes_at_last: int) -> None:
        self.last_backup = last_backup
        self.changes_at_last = changes_at_last

    def changed(self, changes_now: int) -> bool:
        return changes_now != self.changes_at_last

    def due(self, now: dt.datetime, changes_now: int) -> bool:
        if not self.changed(changes_now):
            return False
        return self.last_backup is None or now - self.last_backup >= self.INTERVAL

    def due_at_exit(self, changes_now: int) -> bool:
        return self.changed(changes_now)

    def done(self, now: dt.datetime, changes_now: int) -> None:
        self.last_backup = now
        self.changes_at_last = changes_now
