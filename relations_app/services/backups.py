"""Backups as the user sees them: made on a schedule, before risky steps and at
exit, listed, and restored. Wraps storage.backups with the store and a clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from relations_app.records import BackupRecord
from relations_app.services.encryption import finish_encryption
from relations_app.storage.backups import (
    BackupInfo,
    BackupSchedule,
    list_backups,
    make_backup,
    parse_backup,
    prune,
)
from relations_app.storage.errors import StoreError
from relations_app.storage.recovery import (
    keep_aside,
    put_in_place,
    remove_journal,
    set_back,
    usable_backup_problem,
)
from relations_app.storage.sqlite import DatabaseError, Key
from relations_app.storage.store import Store

Clock = Callable[[], dt.datetime]


def open_store(store: Store, folder: Path, clock: Clock, check_aside: bool = False) -> None:
    """Open the store, backing it up before each schema migration step; an
    encrypted journal's copies left plain by an interrupted conversion are
    encrypted then, once it has passed its check. ``check_aside``: see
    Store.open."""

    def before_migration(old: int, new: int) -> None:
        make_backup(store.connection(), folder, clock(), f"before-schema-{new}", store.open_key)

    store.open(before_migration=before_migration, check_aside=check_aside)
    if store.open_key is not None:
        store.finish_check()
    try:
        finish_encryption(store, folder)
    except (StoreError, OSError, DatabaseError):
        pass  # the journal itself is sound; `relations check` names the plain copy


def as_record(info: BackupInfo, counted: bool = True, key: Key | None = None) -> BackupRecord:
    """The backup as the user sees it; ``counted`` opens it (with ``key`` if it
    is encrypted) to count what it holds."""
    counts = info.counts(key) if counted else None
    return BackupRecord(
        path=info.path,
        taken_at=info.taken_at,
        reason=info.reason,
        size=info.size,
        people=counts[0] if counts else None,
        conversations=counts[1] if counts else None,
        counted=counted,
    )


class BackupService:
    def __init__(self, store: Store, folder: Path, clock: Clock) -> None:
        self._store = store
        self.folder = folder
        self._clock = clock
        existing = list_backups(folder)
        # a backup stamped in the future (the clock was set back) must not hold
        # the schedule off until that time comes
        last = min(existing[0].taken_at, self._now()) if existing else None
        self.schedule = BackupSchedule(last, self._changes())

    def _now(self) -> dt.datetime:
        return self._clock().replace(microsecond=0)

    def _changes(self) -> int:
        """Commits seen by this thread's connection: its own (total_changes) and
        other connections' (data_version moves when another one commits, as a
        worker's import does)."""
        if not self._store.is_open:
            return 0
        connection = self._store.connection()
        version = connection.execute("PRAGMA data_version").fetchone()[0]
        return connection.total_changes + version

    def changes_now(self) -> int:
        """For a backup made on a worker: read this on the window's thread first."""
        return self._changes()

    def backups(self, counted: bool = True) -> list[BackupRecord]:
        """Every backup, newest first, with what it holds (``counted``: opening
        each backup to count takes a while; without, people and conversations are None)."""
        key = self._store.open_key
        return [as_record(info, counted, key) for info in list_backups(self.folder)]

    def counted(self, backup: BackupRecord) -> BackupRecord:
        """The same backup with its people and conversations counted."""
        info = parse_backup(backup.path)
        return as_record(info, True, self._store.open_key) if info is not None else backup

    def backup_now(
        self, reason: str = "manual", keep_all: bool = False, changes: int | None = None
    ) -> BackupRecord:
        """A verified backup now, then retention (unless ``keep_all``).

        On a worker thread, pass ``changes`` (changes_now() read on the window's
        thread): the worker's own connection has seen none of the window's writes.
        """
        if not self._store.is_open:  # locked, or closed: there is nothing to copy
            raise StoreError("The journal is closed.", "closed")
        now = self._now()
        key = self._store.open_key
        info = make_backup(self._store.connection(), self.folder, now, reason, key)
        self.schedule.done(now, self._changes() if changes is None else changes)
        if not keep_all:
            prune(self.folder, now)
        return as_record(info, True, key)

    def due(self) -> bool:
        """30 minutes passed since the last backup, and the data changed; never
        while the journal is closed (locked)."""
        return self._store.is_open and self.schedule.due(self._now(), self._changes())

    def tick(self) -> BackupRecord | None:
        """Called every minute or so: back up if 30 minutes passed and data changed."""
        return self.backup_now("auto") if self.due() else None

    def at_exit(self) -> BackupRecord | None:
        if self._store.is_open and self.schedule.due_at_exit(self._changes()):
            return self.backup_now("exit")
        return None

    def restore(self, backup: Path) -> Path | None:
        """Replace the journal with ``backup`` and reopen it.

        The backup is checked before anything moves. A sound current journal is
        backed up first; the current file is then kept beside it as
        ``<name>.pre-restore-<time>``, and a checked copy of the backup replaces
        it in one rename (storage.recovery): killed at any moment, the journal
        is the old one or the new one, whole. If anything fails, the current
        journal is put back and reopened. Returns where the current file went.
        """
        key = self._store.open_key or self._store.key
        problem = usable_backup_problem(backup, key)
        if problem is not None:
            raise StoreError(f"The backup {backup.name} cannot be used ({problem}).", "bad_backup")
        now = self._now()
        if self._store.is_open:
            self.backup_now("before-restore", keep_all=True)  # pruning could take `backup`
            self._store.close()
        kept = keep_aside(self._store.path, "pre-restore", now)
        try:
            put_in_place(backup, self._store.path, key)
            open_store(self._store, self.folder, self._clock)
        except (StoreError, OSError):
            self._store.close()
            if kept is not None:
                set_back(kept, self._store.path)
            else:
                remove_journal(self._store.path)
            self._reopen_quietly()
            raise
        self.schedule = BackupSchedule(now, self._changes())
        prune(self.folder, now)
        return kept

    def _reopen_quietly(self) -> None:
        """After a failed restore: the old journal again, if it opens at all."""
        try:
            open_store(self._store, self.folder, self._clock)
        except (StoreError, OSError):
            pass  # it was damaged before the restore too; the caller reports the failure
