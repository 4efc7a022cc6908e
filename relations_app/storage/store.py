"""The store: one SQLite file, its checks, its migrations and its write transactions."""

from __future__ import annotations

import atexit
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import peewee

from relations_app.storage import database
from relations_app.storage.database import classify_sqlite_error, db
from relations_app.storage.errors import DamagedStoreError, StoreError
from relations_app.storage.files import (
    companions,
    make_folder_private,
    make_private,
    remove_leftovers,
    write_marker,
)
from relations_app.storage.migrations import CURRENT_VERSION, migrate, pending_steps
from relations_app.storage.search_index import (
    counts_match,
    damaged_index,
    ensure_search_index,
    rebuild_search_index,
    search_index_complete,
)
from relations_app.storage.sqlite import Connection, DatabaseError, Key

T = TypeVar("T")
# what a restore copies in before it renames it over the journal
INCOMING_PATTERN = ".incoming-*"
# the old file of a conversion, under a second name until it is overwritten
OUTGOING_PATTERN = ".outgoing-*"


class LostWalError(DamagedStoreError):
    """The last session ended without closing and its write-ahead log is gone.

    The main file is consistent, but the changes that lived only in the log
    (the latest ones) are lost.
    """


class Store:
    """Owns the connection. One per process, opened at start, closed at exit.

    ``key`` opens an encrypted journal (ignored for a plain one). The store
    keeps it between a close and a reopen (a restore); lock() forgets it.
    """

    def __init__(self, path: Path, key: Key | None = None) -> None:
        self.path = Path(path)
        self.key = key
        self._open_marker = self.path.with_name(self.path.name + "-open")
        self._marked = False
        self._check: database.TablesCheck | None = None

    @property
    def wal_path(self) -> Path:
        return self.path.with_name(self.path.name + "-wal")

    def open(
        self,
        before_migration: Callable[[int, int], None] | None = None,
        check_aside: bool = False,
    ) -> None:
        """Open, check and migrate. With ``check_aside`` the check of every
        table runs on a thread while the caller goes on (the window is built);
        finish_check() waits for it, and nothing is written before it passed."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        make_folder_private(self.path.parent)
        for pattern in (INCOMING_PATTERN, OUTGOING_PATTERN):
            remove_leftovers(self.path.parent, pattern, shred=True)
        self._refuse_read_only()
        self._check_last_session()
        self._check = database.open_database(
            self.path, CURRENT_VERSION, self.key, check_aside, then=counts_match
        )
        try:
            self._mark_open()
        except OSError:
            self._wait_for_check()
            database.close_database()
            raise
        # a process that ends without close() still closes the connection (and
        # SQLite removes the WAL): take the marker with it, or the next start
        # would mistake a clean exit for a lost log
        atexit.register(self.close)
        try:
            # the index's rows are counted by the check made aside (finish_check
            # rebuilds it), else here once migrated: an index a migration has
            # just built is in step, and rebuilding it again took seconds
            counted_aside = self._check is not None
            if pending_steps(db) or not search_index_complete(db):
                self.finish_check()  # both write: never before the check has passed
            migrate(db, before_migration)
            database.assert_identity(CURRENT_VERSION)
            if not (ensure_search_index(db) or counted_aside or counts_match(db.connection())):
                rebuild_search_index(db)
        except (DatabaseError, peewee.DatabaseError) as error:
            self.close()
            raise StoreError(str(error), classify_sqlite_error(error)) from error
        except Exception:
            self.close()
            raise
        self.make_files_private()

    def finish_check(self) -> None:
        """Wait for the check made aside at open (a no-op when there is none).
        A journal that failed it is closed without a write and
        DamagedStoreError raised, as the check at opening does."""
        check, self._check = self._check, None
        if check is None:
            return
        problem = check.problem()
        if problem is None:
            database.check_passed()
            if check.then_answer is False and search_index_complete(db):
                rebuild_search_index(db)  # rows missing from it, or left in it
            return
        atexit.unregister(self.close)
        self._unmark()  # before the close: a marker must never outlive its log
        database.close_unchecked()
        raise DamagedStoreError(f"{self.path.name}: {problem}")

    def _wait_for_check(self) -> None:
        """Closing: the check's thread reads the file, let it end first."""
        check, self._check = self._check, None
        if check is not None:
            check.problem()

    def open_to_read(self) -> None:
        """Open read-only beside the process that holds the journal (the window),
        for `relations today`: no marker, no migration, no folder or file made
        or changed (see database.open_to_read). close() closes it."""
        database.open_to_read(self.path, CURRENT_VERSION, self.key)

    @contextmanager
    def read(self) -> Iterator[None]:
        """Reads that must agree with each other in one read transaction: a
        writer beside us commits before it or after it, never in between.
        Keep it short: the writer's log cannot be checkpointed past it."""
        with db.atomic():
            yield

    def close(self) -> None:
        """Close; the open marker goes only if this process made it (a failed
        open must not erase the sign that the last session crashed)."""
        atexit.unregister(self.close)
        self._wait_for_check()
        try:
            database.close_database(checkpointed=self._unmark)
        finally:
            self._unmark()

    def _unmark(self) -> None:
        if self._marked:
            self._open_marker.unlink(missing_ok=True)
            self._marked = False

    def lock(self) -> None:
        """Close, and forget the passphrase: reopening asks for it again."""
        self.close()
        if self.key is not None:
            self.key.forget()
        self.key = None

    @property
    def is_open(self) -> bool:
        """Open for the whole process (peewee's is_closed() answers for the
        calling thread only: a worker that has not queried yet looks closed)."""
        return not db.sealed

    def owns(self, target: Path) -> bool:
        """Whether writing ``target`` would replace the journal or a file that
        goes with it (an export given the journal's own name). The folder is
        compared resolved, the name as written: a link named otherwise is
        replaced, never followed; an existing file is also compared as a file
        (a disk that ignores case)."""
        target = Path(target)
        mine = [self.path, *companions(self.path)]
        where = target.parent.resolve() / target.name
        if any(where == path.parent.resolve() / path.name for path in mine):
            return True
        if target.is_symlink() or not target.is_file():
            return False
        return any(path.exists() and os.path.samefile(target, path) for path in mine)

    def make_files_private(self) -> None:
        for path in (self.path, *companions(self.path)):
            make_private(path)

    @contextmanager
    def write(self) -> Iterator[None]:
        """One user action, one transaction; a failure rolls it back whole."""
        self.finish_check()  # never a write before the check made aside has passed
        try:
            with db.atomic():
                yield
        except (peewee.DatabaseError, DatabaseError) as error:
            original = _original_error(error)
            if damaged_index(original) and self.repair_search_index():
                raise StoreError(str(original), "index_rebuilt") from original
            raise StoreError(str(original), classify_sqlite_error(original)) from original

    def searching(self, read: Callable[[], T]) -> T:
        """``read()``, which reads the full-text index; if SQLite finds the
        index damaged, it is rebuilt from the rows and read once more."""
        try:
            return read()
        except (peewee.DatabaseError, DatabaseError) as error:
            if not (damaged_index(_original_error(error)) and self.repair_search_index()):
                raise
        return read()

    def repair_search_index(self) -> bool:
        """Rebuild the full-text index from the rows, after SQLite found its
        contents damaged: every write to a person or conversation (their
        triggers update the index) failed until then. True when rebuilt."""
        return not db.in_transaction() and rebuild_search_index(db)

    @property
    def open_key(self) -> Key | None:
        """The key of the open journal: None when it is plain (or closed)."""
        return db.key

    def connection(self) -> Connection:
        """The raw connection, for SQLite's online backup API."""
        return db.connection()

    @property
    def total_changes(self) -> int:
        """Rows changed through this connection since it opened."""
        return db.connection().total_changes

    def _refuse_read_only(self) -> None:
        """A journal its owner made read-only is reported, never made writable."""
        try:
            mode = self.path.stat().st_mode
        except FileNotFoundError:
            return
        if not mode & stat.S_IWUSR:
            raise StoreError(
                f"{self.path} is read-only (permissions {stat.S_IMODE(mode):04o}).",
                "read_only_file",
                self.path,
            )

    def _check_last_session(self) -> None:
        if self._open_marker.is_symlink():  # not ours: we never make one
            self._open_marker.unlink()
        if not (self._open_marker.exists() and self.path.exists()) or self.wal_path.exists():
            return
        if not marks_this_file(self._open_marker, self.path):
            # the journal was replaced (a restore) after the marker was made:
            # the marker speaks of a file that is no longer here
            self._open_marker.unlink(missing_ok=True)
            return
        raise LostWalError(
            f"{self.path.name}: the last session did not close and its "
            f"write-ahead log ({self.wal_path.name}) is missing; recent changes are lost."
        )

    def _mark_open(self) -> None:
        """The marker names the journal file (its inode), so that a marker left
        beside a file put there later is not taken for a crash of that file."""
        write_marker(self._open_marker, str(os.stat(self.path).st_ino))
        self._marked = True


def marks_this_file(marker: Path, path: Path) -> bool:
    """Whether an open marker was made for the file now at ``path`` (an empty
    marker, from before markers named their file, is taken to)."""
    try:
        text = marker.read_text(encoding="utf-8").strip()
        return not text or int(text) == os.stat(path).st_ino
    except (OSError, ValueError):
        return True


def _original_error(error: BaseException) -> BaseException:
    """SQLite rolls back by itself on a full disk; peewee's own rollback then
    fails with "no transaction is active". The user needs the first error."""
    while "no transaction is active" in str(error) and error.__context__ is not None:
        error = error.__context__
    return error
