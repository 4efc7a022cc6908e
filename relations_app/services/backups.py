"""Backups as the user sees them: made on a schedule, before risky steps, at
exit, and restored on request. Wraps storage.backups with the store and a clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from relations_app.storage.backups import (
    BackupInfo,
    BackupSchedule,
    list_backups,
    make_backup,
    prune,
)
from relations_app.storage.recovery import put_backup_in_place, set_aside
from relations_app.storage.store import Store


def open_store(store: Store, folder: Path, clock: Callable[[], dt.datetime]) -> None:
    """Open the store, backing it up before each schema migration step."""

    def before_migration(old: int, new: int) -> None:
        make_backup(store.connection(), folder, clock(), f"before-schema-{new}")

    store.open(before_migration=before_migration)


class BackupService:
    def __init__(self, store: Store, folder: Path, clock: Callable[[], dt.datetime]) -> None:
        self._store = store
        self.folder = folder
        self._clock = clock
        existing = list_backups(folder)
        self.schedule = BackupSchedule(
            existing[0].taken_at if existing else None, store.total_changes
        )

    def _now(self) -> dt.datetime:
        return self._clock().replace(microsecond=0)

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.folder)

    def backup_now(self, reason: str = "manual") -> BackupInfo:
        """A verified backup now, then retention; raises StoreError if it fails."""
        now = self._now()
        info = make_backup(self._store.connection(), self.folder, now, reason)
        self.schedule.done(now, self._store.total_changes)
        prune(self.folder, now)
        return info

    def tick(self) -> BackupInfo | None:
        """Called every minute or so: back up if 30 minutes passed and data changed."""
        if self.schedule.due(self._now(), self._store.total_changes):
            return self.backup_now("auto")
        return None

    def at_exit(self) -> BackupInfo | None:
        if self.schedule.due_at_exit(self._store.total_changes):
            return self.backup_now("exit")
        return None

    def restore(self, backup: Path) -> Path | None:
        """Replace the journal with ``backup``. The current file is kept as
        ``<name>.pre-restore-<time>`` (and backed up first when it is sound).
        Returns where the current file went."""
        now = self._now()
        if self._store.is_open:
            self.backup_now("before-restore")
            self._store.close()
        kept = set_aside(self._store.path, "pre-restore", now)
        try:
            put_backup_in_place(backup, self._store.path)
        except Exception:
            if kept is not None and not self._store.path.exists():
                set_back(kept, self._store.path)
            raise
        finally:
            open_store(self._store, self.folder, self._clock)
        self.schedule = BackupSchedule(self.schedule.last_backup, self._store.total_changes)
        return kept


def set_back(kept: Path, original: Path) -> None:
    """Undo set_aside after a failed restore, so the user keeps their journal."""
    for suffix in ("-wal", "-shm"):
        companion = Path(str(kept) + suffix)
        if companion.exists():
            companion.rename(Path(str(original) + suffix))
    kept.rename(original)
