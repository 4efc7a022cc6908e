"""Backups as the user sees them: made on a schedule, before risky steps and at
exit, listed, and restored. Wraps storage.backups with the store and a clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from relations_app.records import BackupRecord
from relations_app.storage.backups import (
    BackupInfo,
    BackupSchedule,
    list_backups,
    make_backup,
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
from relations_app.storage.store import Store

Clock = Callable[[], dt.datetime]


def open_store(store: Store, folder: Path, clock: Clock) -> None:
    """Open the store, backing it up before each schema migration step."""

    def before_migration(old: int, new: int) -> None:
        make_backup(store.connection(), folder, clock(), f"before-schema-{new}")

    store.open(before_migration=before_migration)


def as_record(info: BackupInfo) -> BackupRecord:
    counts = info.counts()
    return BackupRecord(
        path=info.path,
        taken_at=info.taken_at,
        reason=info.reason,
        size=info.size,
        people=counts[0] if counts else None,
        conversations=counts[1] if counts else None,
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
        return self._store.total_changes if self._store.is_open else 0

    def backups(self) -> list[BackupRecord]:
        """Every backup, newest first, with what it holds."""
        return [as_record(info) for info in list_backups(self.folder)]

    def backup_now(self, reason: str = "manual", keep_all: bool = False) -> BackupRecord:
        """A verified backup now, then retention (unless ``keep_all``)."""
        now = self._now()
        info = make_backup(self._store.connection(), self.folder, now, reason)
        self.schedule.done(now, self._changes())
        if not keep_all:
            prune(self.folder, now)
        return as_record(info)

    def tick(self) -> BackupRecord | None:
        """Called every minute or so: back up if 30 minutes passed and data changed."""
        if self.schedule.due(self._now(), self._changes()):
            return self.backup_now("auto")
        return None

    def at_exit(self) -> BackupRecord | None:
        if self.schedule.due_at_exit(self._changes()):
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
        problem = usable_backup_problem(backup)
        if problem is not None:
            raise StoreError(f"The backup {backup.name} cannot be used ({problem}).", "bad_backup")
        now = self._now()
        if self._store.is_open:
            self.backup_now("before-restore", keep_all=True)  # pruning could take `backup`
            self._store.close()
        kept = keep_aside(self._store.path, "pre-restore", now)
        try:
            put_in_place(backup, self._store.path)
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
