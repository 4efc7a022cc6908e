"""The store: one SQLite file, its checks, its migrations and its write transactions."""

from __future__ import annotations

import atexit
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee

from relations_app.storage import database
from relations_app.storage.database import classify_sqlite_error, db
from relations_app.storage.errors import DamagedStoreError, StoreError
from relations_app.storage.files import companions, make_folder_private, make_private
from relations_app.storage.migrations import CURRENT_VERSION, migrate

STORE_FILE_NAME = "relations.sqlite3"


class LostWalError(DamagedStoreError):
    """The last session ended without closing and its write-ahead log is gone.

    The main file is consistent, but the changes that lived only in the log
    (the latest ones) are lost.
    """


class Store:
    """Owns the connection. One per process, opened at start, closed at exit."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._open_marker = self.path.with_name(self.path.name + "-open")

    @property
    def wal_path(self) -> Path:
        return self.path.with_name(self.path.name + "-wal")

    def open(self, before_migration: Callable[[int, int], None] | None = None) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        make_folder_private(self.path.parent)
        self._check_last_session()
        database.open_database(self.path, CURRENT_VERSION)
        self._mark_open()
        # a process that ends without close() still closes the connection (and
        # SQLite removes the WAL): take the marker with it, or the next start
        # would mistake a clean exit for a lost log
        atexit.register(self.close)
        try:
            migrate(db, before_migration)
            database.assert_identity(CURRENT_VERSION)
        except (sqlite3.DatabaseError, peewee.DatabaseError) as error:
            self.close()
            raise StoreError(str(error), classify_sqlite_error(error)) from error
        except Exception:
            self.close()
            raise
        self.make_files_private()

    def close(self) -> None:
        atexit.unregister(self.close)
        database.close_database()
        self._open_marker.unlink(missing_ok=True)

    @property
    def is_open(self) -> bool:
        return not db.is_closed()

    def make_files_private(self) -> None:
        for path in (self.path, *companions(self.path)):
            make_private(path)

    @contextmanager
    def write(self) -> Iterator[None]:
        """One user action, one transaction; a failure rolls it back whole."""
        try:
            with db.atomic():
                yield
        except (peewee.DatabaseError, sqlite3.DatabaseError) as error:
            original = _original_error(error)
            raise StoreError(str(original), classify_sqlite_error(original)) from original

    def connection(self) -> sqlite3.Connection:
        """The raw connection, for SQLite's online backup API."""
        return db.connection()

    @property
    def total_changes(self) -> int:
        """Rows changed through this connection since it opened."""
        return db.connection().total_changes

    def _check_last_session(self) -> None:
        if self._open_marker.exists() and self.path.exists() and not self.wal_path.exists():
            raise LostWalError(
                f"{self.path.name}: the last session did not close and its "
                f"write-ahead log ({self.wal_path.name}) is missing; recent changes are lost."
            )

    def _mark_open(self) -> None:
        self._open_marker.write_text("")
        make_private(self._open_marker)


def _original_error(error: BaseException) -> BaseException:
    """SQLite rolls back by itself on a full disk; peewee's own rollback then
    fails with "no transaction is active". The user needs the first error."""
    while "no transaction is active" in str(error) and error.__context__ is not None:
        error = error.__context__
    return error
