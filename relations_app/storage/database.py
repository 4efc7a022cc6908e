"""The one SQLite database: deferred, opened once at start, closed at exit.

Checks made before anything is written (a damaged or foreign file must never be
"repaired" by us writing a fresh schema over it):
a 0-byte file, a wrong header, another application's id, a newer schema, and
SQLite's quick_check of every table. An encrypted journal has no header to
read: it is checked once its key has opened it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from relations_app.folding import fold
from relations_app.storage import sqlite
from relations_app.storage.errors import (
    DamagedStoreError,
    ForeignFileError,
    NewerStoreError,
    OlderStoreError,
    StoreError,
)
from relations_app.storage.sqlite import (
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    DatabaseError,
    EncryptionUnavailable,
    Key,
    connect,
    is_encrypted,
)

APPLICATION_ID = 0x52454C41  # "RELA"
# synchronous=FULL: a commit is on disk when it returns. Never OFF/0, whatever
# the examples say: the journal is worth more than a few milliseconds.
PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("busy_timeout", BUSY_TIMEOUT_MS),
)
# Reading beside the process that has the journal open (open_to_read): no
# journal mode or synchronous to set (that is the writer's), and query_only so
# that even a stray write statement is refused by SQLite itself.
READ_PRAGMAS = (
    ("query_only", 1),
    ("foreign_keys", 1),
    ("busy_timeout", BUSY_TIMEOUT_MS),
)


class EncryptedStoreError(StoreError):
    """The journal is encrypted and no passphrase was given."""

    kind = "encrypted"


class JournalDatabase(SqliteDatabase):
    """peewee's SQLite database, opened through sqlite.connect (driver, key)."""

    server_version = sqlite.driver.sqlite_version_info

    def __init__(self) -> None:
        super().__init__(None)
        self.key: Key | None = None
        # closed on purpose (a conversion, a lock): a stray query must not
        # open the file again behind the store's back (peewee would, on first use)
        self.sealed = True
        self.read_only = False  # open_to_read: beside another process's writes

    def _connect(self):  # noqa: ANN202 - peewee's override
        if self.sealed:
            raise StoreError("The journal is closed.", "closed")
        connection = connect(
            Path(self.database),
            self.key,
            read_only=self.read_only,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            self._add_conn_hooks(connection)
        except BaseException:
            connection.close()
            raise
        return connection


db = JournalDatabase()


@db.func("fold", 1, deterministic=True)
def _fold(text: object) -> object:
    """fold() in SQL, for orders that ignore accents and case (the Journal's
    people and notes). Only in queries: no index or trigger may use it, so the
    file stays readable by any SQLite."""
    return fold(text) if isinstance(text, str) else text


def classify_sqlite_error(error: Exception) -> str:
    """The StoreError kind for a sqlite/peewee error."""
    text = str(error).lower()
    if "full" in text:
        return "disk_full"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    if "locked" in text or "busy" in text:
        return "locked"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return "damaged"
    if "constraint" in text:
        return "integrity"
    return "other"


def key_for(path: Path, key: Key | None) -> Key | None:
    """The key to open ``path`` with: ``key`` for an encrypted file, none for a
    plain one (a folder can hold both while a conversion is finished)."""
    return key if key is not None and not is_plain_or_new(path) else None


def is_plain_or_new(path: Path) -> bool:
    try:
        if Path(path).stat().st_size == 0:
            return True
    except FileNotFoundError:
        return True
    return sqlite.is_plain(path)


def connect_to_read(path: Path, key: Key | None = None) -> sqlite.Connection:
    """Read the journal, live or not, without creating anything beside it.

    While Relations has the journal open (or after a crash) its -wal and -shm
    exist and a read-only connection reads through them: it sees every change
    the window committed. Without them, a read-only connection would create both
    and leave them behind; the file is then opened immutable instead, which
    needs neither (and nothing is writing it: a writer always has a -wal).
    """
    live = Path(str(path) + "-wal").exists()
    return connect(path, key_for(path, key), read_only=True, immutable=not live)


def has_live_log(path: Path) -> bool:
    """A non-empty write-ahead log beside the file: SQLite will replay it, so
    the main file alone may legitimately look short (a checkpoint cut off)."""
    wal = Path(str(path) + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def inspect_file(path: Path, newest_schema: int, key: Key | None = None) -> None:
    """Refuse a file that is clearly not a sound store, without writing to it.

    A missing file is fine (a new store). Raises DamagedStoreError,
    ForeignFileError, NewerStoreError or (an encrypted file, and no key)
    EncryptedStoreError before any connection is made, so a refused file is
    left byte for byte as it was.
    """
    if not path.exists():
        return
    size = path.stat().st_size
    if size == 0:
        raise DamagedStoreError(f"{path.name} is empty (0 bytes).")
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER) and is_encrypted(path):
        if not sqlite.CAN_ENCRYPT:
            raise EncryptionUnavailable(f"{path.name} is encrypted; sqlcipher3 is missing.")
        if key is None:
            raise EncryptedStoreError(f"{path.name} is encrypted: its passphrase is needed.")
        return  # the header is encrypted too: the key and quick_check tell the rest
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise DamagedStoreError(f"{path.name} does not start with a SQLite header.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedStoreError(f"{path.name} has a garbled header.")
    pages_in_header = int.from_bytes(header[28:32], "big")
    header_count_valid = header[24:28] == header[92:96]
    cut_short = size % page_size or (header_count_valid and size < pages_in_header * page_size)
    if cut_short and not has_live_log(path):
        raise DamagedStoreError(f"{path.name} is cut short ({size:,} bytes).")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise ForeignFileError(f"{path.name} is a database of another application.")
    check_version(int.from_bytes(header[60:64], "big"), newest_schema, path.name)


def quick_check(connection: sqlite.Connection) -> str:
    """SQLite's quick_check: 'ok', or the first problem it found."""
    try:
        rows = connection.execute("PRAGMA quick_check(1)").fetchall()
    except DatabaseError as error:
        return str(error)
    return first_problem(rows[0][0]) if rows else "no answer"


def first_problem(answer: object) -> str:
    """The first line of a check's answer that names a problem. SQLite heads
    its list with "*** in database main ***" and lists up to a hundred, one a
    line: all of them made a recovery dialog taller than the screen."""
    lines = [line for line in str(answer).splitlines() if line.strip()]
    problems = [line for line in lines if not line.startswith("*** ")]
    return (problems or lines or ["no answer"])[0]


def tables_check(connection: sqlite.Connection, pragma: str = "quick_check") -> str:
    """quick_check (or ``pragma``: integrity_check) of every table and index,
    one table at a time: 'ok', or the first problem found.

    The check of the whole file would also read the whole full-text index
    (FTS5 runs its integrity-check of the index's structure there, quick or
    not): 0.6 s at 20,000 conversations and seconds at 100,000, at every start.
    Which rows the index holds no SQLite check compares: search_index does. What the
    check by table leaves out (free pages, pages no table uses) is checked on
    each backup, whose copy holds the same pages, and by ``relations check``.
    """
    try:
        tables = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0"
        ).fetchall()
        for (name,) in [("sqlite_master",), *tables]:
            quoted = name.replace('"', '""')
            rows = connection.execute(f'PRAGMA {pragma}("{quoted}")').fetchall()
            if not rows or rows[0][0] != "ok":
                return first_problem(rows[0][0]) if rows else "no answer"
    except DatabaseError as error:
        return str(error)
    return "ok"


class TablesCheck:
    """tables_check on a connection and a thread of its own, while the window
    is built: SQLite reads the file with Python's lock released, so on a second
    core the check costs the start nothing (0.2 s at 100,000 conversations).

    Until it has passed the journal is not written: the store's connection is
    query_only (SQLite refuses any write), and Store.finish_check() waits
    for it, then raises what the check at opening would have raised."""

    def __init__(
        self, path: Path, key: Key | None, then: Callable[[sqlite.Connection], bool] | None = None
    ) -> None:
        self._path, self._key, self._then = path, key, then
        self._problem = "no answer"
        self.then_answer: bool | None = None  # then(connection), once the tables passed
        self._thread = threading.Thread(target=self._run, name="tables-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            connection = connect_to_read(self._path, self._key)
        except DatabaseError as error:
            self._problem = str(error)
            return
        try:
            self._problem = tables_check(connection)
            if self._problem == "ok" and self._then is not None:
                self.then_answer = self._then(connection)
        finally:
            connection.close()

    def problem(self) -> str | None:
        """Wait for the check: None when it passed, else what it found."""
        self._thread.join()
        return None if self._problem == "ok" else self._problem


def check_version(user_version: int, current: int, name: str) -> None:
    if user_version > current:
        raise NewerStoreError(
            f"{name} was written by a newer version of Relations "
            f"(schema {user_version}; this version knows up to {current})."
        )


def open_database(
    path: Path,
    newest_schema: int,
    key: Key | None = None,
    check_aside: bool = False,
    then: Callable[[sqlite.Connection], bool] | None = None,
) -> TablesCheck | None:
    """Point the deferred database at ``path`` and connect, checking it first.
    ``key`` is used when the file is encrypted (see key_for). With
    ``check_aside`` the check of the tables runs on a thread (TablesCheck,
    returned, which asks ``then`` once they passed) and the connection stays
    query_only until it has passed."""
    key = key_for(path, key)
    new = not path.exists()  # nothing to check: it is made now
    inspect_file(path, newest_schema, key)
    db.init(str(path), pragmas=PRAGMAS)
    db.key, db.sealed, db.read_only = key, False, False
    if not check_aside or new:
        _closed_on_failure(lambda: _connect_and_check(path))
        return None
    _closed_on_failure(lambda: _connect_and_check(path, checked=False))
    return TablesCheck(path, key, then)


def check_passed() -> None:
    """The check made aside has passed: the journal may be written."""
    db.execute_sql("PRAGMA query_only = 0")


def close_unchecked() -> None:
    """Close a journal that failed its checks: no checkpoint, nothing written
    to a file that failed them."""
    try:
        db.close()
    except (DatabaseError, peewee.PeeweeException):
        pass
    db.key, db.sealed, db.read_only = None, True, False


def open_to_read(path: Path, schema: int, key: Key | None = None) -> SqliteDatabase:
    """Point the deferred database at ``path`` read-only, beside the process
    that has it open (the window): nothing is written, and SQLite's locks keep
    each read transaction a consistent snapshot of what that process committed.

    Only while its write-ahead log is there (StoreError "closed" otherwise: a
    window locked while idle, a restore under way). Without a -wal a read-only
    connection would create -wal and -shm and leave them behind, and immutable
    mode would read torn pages should the writer come back meanwhile. (Should
    the writer close in the instant between this look and the first read,
    SQLite makes them all the same: an empty log, which the next start uses as
    its own.) The journal must be at ``schema`` exactly: an older one is the writer's to
    migrate (OlderStoreError), a newer one is not ours to read.

    No quick_check: it reads every page inside one read transaction; the
    process that opened the journal checked it, and damage met while reading
    still ends as a DatabaseError.
    """
    key = key_for(path, key)
    if not path.exists():
        raise StoreError(f"There is no journal at {path}.", "missing")
    inspect_file(path, schema, key)
    if not Path(str(path) + "-wal").exists():  # before any read: a keyed connect reads
        raise StoreError(f"{path.name} is closed by the process that holds it.", "closed")
    db.init(str(path), pragmas=READ_PRAGMAS)
    db.key, db.sealed, db.read_only = key, False, True
    _closed_on_failure(lambda: _connect_to_read(path, schema))
    return db


def _connect_to_read(path: Path, schema: int) -> None:
    db.connect(reuse_if_open=True)
    check_ours(db.connection(), path.name)
    version = int(db.connection().execute("PRAGMA user_version").fetchone()[0])
    check_version(version, schema, path.name)
    if version < schema:
        raise OlderStoreError(
            f"{path.name} is at schema {version}; this version of Relations reads schema {schema}"
        )


def _closed_on_failure(connect_and_check: Callable[[], None]) -> None:
    try:
        connect_and_check()
    except BaseException:
        close_unchecked()
        raise


def _connect_and_check(path: Path, checked: bool = True) -> None:
    try:
        db.connect(reuse_if_open=True)
        if not checked:  # checked aside (TablesCheck): no write until it has passed
            db.connection().execute("PRAGMA query_only = 1")
        result = tables_check(db.connection()) if checked else "ok"
    except (DatabaseError, peewee.DatabaseError) as error:
        raise DamagedStoreError(f"{path.name}: {error}") from error
    if result != "ok":
        raise DamagedStoreError(f"{path.name}: {result}")
    check_ours(db.connection(), path.name)
    assert_pragmas()


OUR_TABLES = {"person", "conversation", "participant", "value", "shared_value", "help"}


def check_ours(connection: sqlite.Connection, name: str) -> None:
    """A file with our application id, or a brand-new empty one. A SQLite file
    of another program (application id 0, but tables of its own) is refused."""
    app_id = connection.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    if app_id != 0 or (tables and not OUR_TABLES <= tables):
        raise ForeignFileError(f"{name} is a database of another application.")


def assert_identity(schema_version: int) -> None:
    """After migrating: the file says it is ours, at the schema we expect."""
    conn = db.connection()
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if (app_id, version) != (APPLICATION_ID, schema_version):
        raise StoreError(
            f"The journal's identity is wrong (application_id={app_id}, user_version={version})."
        )


def assert_pragmas() -> None:
    """The pragmas we rely on really are in force (WAL can silently fail)."""
    conn = db.connection()
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    sync = conn.execute("PRAGMA synchronous").fetchone()[0]
    fkeys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    if (str(mode).lower(), int(sync), int(fkeys)) != ("wal", 2, 1):
        raise StoreError(
            f"The journal could not be opened safely (journal_mode={mode}, "
            f"synchronous={sync}, foreign_keys={fkeys})."
        )


def close_database(checkpointed: Callable[[], None] | None = None) -> None:
    """Checkpoint the WAL into the main file and close.

    ``checkpointed`` runs once everything is in the main file and before the
    connection closes (when SQLite deletes the WAL): the moment to take the
    open marker away, so that a kill at any point of a close never leaves a
    marker without its log (a false "lost write-ahead log" at the next start).

    Never raises: after a failed read (a statement still open, the table
    "locked") the checkpoint can fail, and peewee reports that as its own
    error, not sqlite3's. Closing the connection still lets SQLite checkpoint.
    """
    if db.is_closed():
        db.key, db.sealed, db.read_only = None, True, False
        return
    if db.read_only:  # the log is its writer's to checkpoint, never a reader's
        busy = 1
    else:
        try:
            busy = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except (DatabaseError, peewee.DatabaseError):
            busy = 1  # closing still flushes what it can; the WAL stays for next time
    if busy == 0 and checkpointed is not None:
        checkpointed()
    try:
        db.close()
    except (DatabaseError, peewee.PeeweeException):
        pass
    finally:
        db.key = None  # the passphrase is kept only while the journal is open
        db.sealed, db.read_only = True, False
