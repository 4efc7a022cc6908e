"""Opening the journal at start, and the way back when it cannot be opened:
one place for the decisions, used by the window, the command line and tests.

Nothing moves until the user has chosen: the problem says where the damaged
file *will* be kept, and quitting leaves every file where it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from pathlib import Path

from relations_app.i18n import translate
from relations_app.paths import DataPaths
from relations_app.records import BackupRecord
from relations_app.services.backups import Clock, as_record, open_store
from relations_app.storage.backups import list_backups
from relations_app.storage.database import EncryptedStoreError
from relations_app.storage.errors import DamagedStoreError, StoreError
from relations_app.storage.recovery import (
    aside_path,
    keep_aside,
    kept_journals,
    newest_good_backup,
    put_in_place,
    remove_journal,
    set_back,
)
from relations_app.storage.sqlite import WrongPassphrase, is_encrypted, is_plain
from relations_app.storage.store import LostWalError, Store


class Problem(Enum):
    DAMAGED = auto()  # cut short, garbled, emptied...
    LOST_LOG = auto()  # a crash, then the write-ahead log went missing
    MISSING = auto()  # no journal file, but backups of one, or a kept journal


class Choice(Enum):
    RESTORE = auto()
    START_EMPTY = auto()
    USE_AS_IS = auto()  # after a lost log: the file as it is; when missing: the kept one
    QUIT = auto()


@dataclass(frozen=True)
class StartProblem:
    problem: Problem
    detail: str  # what was found, in SQLite's or our words
    kept_as: Path | None  # where the current file will be kept (or, missing: was kept)
    backup: BackupRecord | None  # the newest good backup, if any

    def choices(self) -> list[Choice]:
        found = [Choice.RESTORE] if self.backup else []
        if self.problem is Problem.LOST_LOG or (
            self.problem is Problem.MISSING and self.kept_as is not None
        ):
            found.append(Choice.USE_AS_IS)
        return [*found, Choice.START_EMPTY, Choice.QUIT]


def open_or_problem(
    store: Store, paths: DataPaths, clock: Clock, check_aside: bool = False
) -> StartProblem | None:
    """Open the store (None), or say what stands in the way. Errors that no
    recovery can help (a newer version, another program's file, a locked or
    read-only folder) are raised as they are. ``check_aside``: see Store.open;
    damage that check finds later is turned into a problem by damaged()."""
    if not store.path.exists():
        return _missing(store, paths, clock)
    try:
        open_store(store, paths.backups, clock, check_aside)
        return None
    except WrongPassphrase as error:
        # SQLCipher cannot tell a wrong passphrase from a damaged first page;
        # a backup that this passphrase opens can: then the journal is damaged
        backup = newest_good_backup(paths.backups, store.key) if store.key else None
        if backup is None or is_plain(backup.path):
            raise
        return StartProblem(
            Problem.DAMAGED,
            str(error),
            aside_path(store.path, "damaged", clock()),
            as_record(backup, store.key),
        )
    except DamagedStoreError as error:
        return damaged(store, paths, clock, error)


def damaged(store: Store, paths: DataPaths, clock: Clock, error: DamagedStoreError) -> StartProblem:
    """The problem of a journal found damaged, at opening or by its check."""
    problem = Problem.LOST_LOG if isinstance(error, LostWalError) else Problem.DAMAGED
    backup = newest_good_backup(paths.backups, store.key)
    return StartProblem(
        problem,
        str(error),
        aside_path(store.path, "damaged", clock()),
        as_record(backup, store.key) if backup else None,
    )


def _missing(store: Store, paths: DataPaths, clock: Clock) -> StartProblem | None:
    """No journal: a first start, or a journal that went missing. A journal
    kept beside it (a restore or a recovery that was interrupted) or backups
    of one say it is the second: then nothing is created before the user chose."""
    backup = newest_good_backup(paths.backups, store.key)
    kept = kept_journals(store.path)
    if backup is None and not kept:
        if store.key is None and any(is_encrypted(b.path) for b in list_backups(paths.backups)):
            raise EncryptedStoreError(
                f"{store.path.name} is missing, and its backups are encrypted: "
                "their passphrase is needed."
            )
        open_store(store, paths.backups, clock)  # a first start: a new journal
        return None
    detail = translate("Recovery", "{0} does not exist.").format(store.path)
    if kept:
        detail += " " + translate("Recovery", "A journal was kept beside it as {0}.").format(
            kept[0].name
        )
    return StartProblem(
        Problem.MISSING,
        detail,
        kept[0] if kept else None,
        as_record(backup, store.key) if backup else None,
    )


def resolve(
    store: Store, paths: DataPaths, clock: Clock, start: StartProblem, choice: Choice
) -> bool:
    """Carry out the user's choice; True when the store is open afterwards.

    The current file is kept aside first (a link: it stays at its path until a
    checked replacement is renamed over it). On failure the journal's files are
    put back as they were, and the error is raised for the caller to show.
    """
    if choice is Choice.QUIT or choice not in start.choices():
        return False
    kept = (
        keep_aside(store.path, "damaged", clock()) if start.problem is not Problem.MISSING else None
    )
    try:
        if choice is Choice.RESTORE and start.backup is not None:
            put_in_place(start.backup.path, store.path, store.key)
        elif choice is Choice.USE_AS_IS:
            put_in_place(kept or start.kept_as, store.path, store.key)
        elif choice is Choice.START_EMPTY:
            remove_journal(store.path)
        open_store(store, paths.backups, clock)
    except (StoreError, OSError):
        store.close()
        if kept is not None:
            set_back(kept, store.path)
        elif store.path.exists():
            remove_journal(store.path)  # it was missing before: it is missing again
        raise
    return True
