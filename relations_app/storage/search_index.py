"""The full-text index: rebuilt when missing, filled in bulk for large imports.

The migration builds it; triggers keep it in step with each write. Two cases
need more:

- A journal whose index or one of its triggers is gone (dropped by hand in a
  SQLite shell, or by a tool that copies tables but not virtual ones) would
  search stale text. At every start it is checked, in one read of the schema,
  and rebuilt from the rows in one transaction when incomplete. Its rows are
  counted against its table's too, by the check of the tables on its own
  thread (counts_match, 2 ms at 100,000 conversations once the pages are
  read): a row written while a trigger was away is missing from it.
  ``relations check`` looks further (rows_out_of_step): SQLite's own checks
  look only at the index's structure, never at which rows it holds.
- A bulk import: the triggers index row by row, 14 s for 100,000
  conversations, where indexing them all at once after takes about a second.
  storage/bulk_insert.py's ``bulk_writes()`` drops the insert triggers while
  the new rows are written, then ``index_new_rows()`` indexes just those rows,
  a few thousand a statement, in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from relations_app.storage.migrations import (
    SEARCH_INDEX,
    SEARCH_REBUILD_SQL,
    SEARCH_TABLES,
    SEARCH_TRIGGERS,
)
from relations_app.storage.sqlite import DatabaseError

# The triggers that index each new row; bulk_writes drops them while it writes.
INSERT_TRIGGERS = ("person_text_insert", "conversation_text_insert")
# All the new rows are indexed in one statement: FTS5 writes out what it has
# gathered at the start of each statement (0.2 s more for 100,000 rows in
# statements of 10,000). This SQL function counts them as they go, for the
# progress (0.03 s).
COUNTED_ROW = "relations_counted_row"
# The memory FTS5 gathers new words in before writing them out (its default,
# and while indexing in bulk): fewer, larger pieces of index to write and merge,
# 1.5 s -> 1.1 s for 100,000 conversations. Back to the default after.
HASH_BYTES = 1024 * 1024
BULK_HASH_BYTES = 64 * 1024 * 1024
# the tables FTS5 keeps each index in (content= tables have no _content): with
# one dropped, the index still exists by name but every search fails, and so
# does every write its triggers index
SHADOWS = ("data", "idx", "docsize", "config")
# the tables indexed, each by the index named after it ("person" by "person_text")
INDEXED = ("person", "conversation")
SHADOW_TABLES = tuple(f"{table}_{shadow}" for table in SEARCH_TABLES for shadow in SHADOWS)


def search_index_complete(database: SqliteDatabase) -> bool:
    found = {
        row[0]
        for row in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
        )
    }
    return found >= {*SEARCH_TABLES, *SHADOW_TABLES, *SEARCH_TRIGGERS}


def counts_match(connection) -> bool:
    """Whether each index holds as many rows as its table (FTS5 keeps one
    _docsize row for each row it indexed, empty or not), on a sqlite3
    connection: the journal's, or the check's own at start. An index too
    damaged to count does not: it is made again from the rows."""
    try:
        return all(
            connection.execute(
                f"SELECT (SELECT count(*) FROM {table})"
                f" = (SELECT count(*) FROM {table}_text_docsize)"
            ).fetchone()[0]
            for table in INDEXED
        )
    except DatabaseError:
        return False


def rows_out_of_step(connection) -> dict[str, int]:
    """For each table whose index is out of step: its rows the index lacks
    plus the index's rows whose row is gone (a sqlite3 connection, read-only
    will do; 45 ms at 100,000 conversations)."""
    found = {}
    for table in INDEXED:
        indexed = f"SELECT id FROM {table}_text_docsize"
        (gaps,) = connection.execute(
            f"SELECT (SELECT count(*) FROM {table} WHERE id NOT IN ({indexed}))"
            f" + (SELECT count(*) FROM ({indexed}) WHERE id NOT IN (SELECT id FROM {table}))"
        ).fetchone()
        if gaps:
            found[table] = gaps
    return found


def ensure_search_index(database: SqliteDatabase) -> bool:
    """Rebuild the index if any part of it is missing; True when it was."""
    if search_index_complete(database):
        return False
    with database.atomic():
        _drop_triggers(database)
        for table in SEARCH_TABLES:
            _drop_index(database, table)
        for statement in SEARCH_INDEX:
            database.execute_sql(statement)
    return True


def index_new_rows(
    database: SqliteDatabase, table: str, after_id: int, counted: Callable[[int], None]
) -> None:
    """Index the rows of ``table`` (person or conversation) whose ids come
    after ``after_id``, written while its insert trigger was away. Should any
    of them be in the index already (a row updated after it was written, by
    its update trigger), the whole index is rebuilt instead: a row indexed
    twice would find its words twice."""
    index = f"{table}_text"
    columns = ", ".join(row[1] for row in database.execute_sql(f"PRAGMA table_info({index})"))
    indexed = database.execute_sql(f"SELECT 1 FROM {index}_docsize WHERE id > ?", (after_id,))
    if indexed.fetchone() is not None:
        database.execute_sql(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
        (new,) = database.execute_sql(
            f"SELECT count(*) FROM {table} WHERE id > ?", (after_id,)
        ).fetchone()
        counted(new)
        return
    _set_hash_size(database, index, BULK_HASH_BYTES)  # rolled back with the rest on failure
    connection = database.connection()
    connection.create_function(COUNTED_ROW, 1, lambda _: counted(1) or 1)
    try:
        database.execute_sql(
            f"INSERT INTO {index} (rowid, {columns}) SELECT id, {columns} FROM {table}"
            f" WHERE id > ? AND {COUNTED_ROW}(id)",
            (after_id,),
        )
    finally:
        connection.create_function(COUNTED_ROW, 1, None)
    _set_hash_size(database, index, HASH_BYTES)


def _set_hash_size(database: SqliteDatabase, index: str, size: int) -> None:
    database.execute_sql(f"INSERT INTO {index} ({index}, rank) VALUES ('hashsize', ?)", (size,))


def damaged_index(error: BaseException) -> bool:
    """The error is SQLite finding the full-text index's contents damaged (a
    page of it lost or written over): the rows are whole, the index can be
    rebuilt from them."""
    return "fts5" in str(error).lower()


def rebuild_search_index(database: SqliteDatabase) -> bool:
    """Rebuild the index's contents from the rows; False when even that fails
    (then the damage is not the index's alone)."""
    try:
        with database.atomic():
            for statement in SEARCH_REBUILD_SQL:
                database.execute_sql(statement)
    except Exception:  # noqa: BLE001 - any failure means: not repaired
        return False
    return True


def _drop_index(database: SqliteDatabase, table: str) -> None:
    """Drop one index and whatever is left of its tables. FTS5 cannot even
    drop an index whose _config table is gone: one is put back first, saying
    which file format the rest is in (4, the only one it accepts empty)."""
    exists = database.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone()
    if exists:
        database.execute_sql(
            f"CREATE TABLE IF NOT EXISTS {table}_config (k PRIMARY KEY, v) WITHOUT ROWID"
        )
        database.execute_sql(f"INSERT OR IGNORE INTO {table}_config VALUES ('version', 4)")
        database.execute_sql(f"DROP TABLE {table}")
    for shadow in SHADOWS:
        database.execute_sql(f"DROP TABLE IF EXISTS {table}_{shadow}")


def _drop_triggers(database: SqliteDatabase) -> None:
    for trigger in SEARCH_TRIGGERS:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {trigger}")
