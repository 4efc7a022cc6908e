"""Opening the journal at start, and the way back when it cannot be opened:
one place for the decisions, used by the window (and its tests).

Nothing moves until the user has chosen: the problem says where the damaged
file *will* be kept, and quitting leaves every file where it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from pathlib import Path

from relations_app.paths import DataPaths
from relations_app.records import BackupRecord
from relations_app.services.backups import Clock, as_record, open_store
from relations_app.storage.errors import DamagedStoreError, StoreError
from relations_app.storage.recovery import (
    aside_path,
    newest_good_backup,
    put_backup_in_place,
    set_aside,
    set_back,
)
from relations_app.storage.store import LostWalError, Store


class Problem(Enum):
    DAMAGED = auto()  # cut short, garbled, emptied...
    LOST_LOG = auto()  # a crash, then the write-ahead log went missing
    MISSING = auto()  # no journal file, but backups of one


class Choice(Enum):
    RESTORE = auto()
    START_EMPTY = auto()
    USE_AS_IS = auto()  # only after a lost log: the file is consistent, just older
    QUIT = auto()


@dataclass(frozen=True)
class StartProblem:
    problem: Problem
    detail: str  # what was found, in SQLite's or our words
    kept_as: Path | None  # where the current file will be kept aside
    backup: BackupRecord | None  # the newest good backup, if any

    def choices(self) -> list[Choice]:
        found = [Choice.RESTORE] if self.backup else []
        if self.problem is Problem.LOST_LOG:
            found.append(Choice.USE_AS_IS)
        return [*found, Choice.START_EMPTY, Choice.QUIT]


def open_or_problem(store: Store, paths: DataPaths, clock: Clock) -> StartProblem | None:
    """Open the store (None), or say what stands in the way. Errors that no
    recovery can help (a newer version, another program's file, a locked or
    read-only folder) are raised as they are."""
    if not store.path.exists():
        backup = newest_good_backup(paths.backups)
        if backup is None:
            open_store(store, paths.backups, clock)  # a first start: a new journal
            return None
        return StartProblem(
            Problem.MISSING, f"{store.path} does not exist.", None, as_record(backup)
        )
    try:
        open_store(store, paths.backups, clock)
        return None
    except DamagedStoreError as error:
        problem = Problem.LOST_LOG if isinstance(error, LostWalError) else Problem.DAMAGED
        backup = newest_good_backup(paths.backups)
        return StartProblem(
            problem,
            str(error),
            aside_path(store.path, "damaged", clock()),
            as_record(backup) if backup else None,
        )


def resolve(
    store: Store, paths: DataPaths, clock: Clock, start: StartProblem, choice: Choice
) -> bool:
    """Carry out the user's choice; True when the store is open afterwards.

    On failure the journal's files are put back as they were, and the error
    is raised for the caller to show.
    """
    if choice is Choice.QUIT or choice not in start.choices():
        return False
    kept = (
        set_aside(store.path, "damaged", clock()) if start.problem is not Problem.MISSING else None
    )
    try:
        if choice is Choice.RESTORE and start.backup is not None:
            put_backup_in_place(start.backup.path, store.path)
        elif choice is Choice.USE_AS_IS and kept is not None:
            put_backup_in_place(kept, store.path)
        open_store(store, paths.backups, clock)
    except (StoreError, OSError):
        store.close()
        store.path.unlink(missing_ok=True)
        if kept is not None:
            set_back(kept, store.path)
        raise
    return True
