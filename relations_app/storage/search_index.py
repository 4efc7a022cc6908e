"""The full-text index: rebuilt when missing, filled in bulk for large imports.

The migration builds it; triggers keep it in step with each write. Two cases
need more:

- A journal whose index or one of its triggers is gone (dropped by hand in a
  SQLite shell, or by a tool that copies tables but not virtual ones) would
  search stale text. At every start it is checked, in one read of the schema,
  and rebuilt from the rows in one transaction when incomplete.
- A bulk import: the triggers index row by row, 14 s for 100,000
  conversations, where indexing them all at once after takes 0.7 s.
  ``bulk_writes()`` drops the triggers for the rows written inside it, then
  rebuilds the index and puts the triggers back, all in the caller's
  transaction: a failure anywhere rolls all of it back, triggers included.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from peewee import SqliteDatabase

from relations_app.storage.migrations import (
    SEARCH_INDEX,
    SEARCH_REBUILD_SQL,
    SEARCH_TABLES,
    SEARCH_TRIGGERS,
    SEARCH_TRIGGERS_SQL,
)

# SQLite's page cache while writing in bulk (KiB): the new rows' index pages
# stay in memory instead of being read back, 3 s -> 1 s for 100,000 rows
BULK_CACHE_KIB = 65536
# the tables FTS5 keeps each index in (content= tables have no _content): with
# one dropped, the index still exists by name but every search fails, and so
# does every write its triggers index
SHADOWS = ("data", "idx", "docsize", "config")
SHADOW_TABLES = tuple(f"{table}_{shadow}" for table in SEARCH_TABLES for shadow in SHADOWS)


def search_index_complete(database: SqliteDatabase) -> bool:
    found = {
        row[0]
        for row in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
        )
    }
    return found >= {*SEARCH_TABLES, *SHADOW_TABLES, *SEARCH_TRIGGERS}


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


@contextmanager
def bulk_writes(database: SqliteDatabase) -> Iterator[None]:
    """Write many rows, then index them all at once. Must run inside a
    transaction (the caller's), which then holds the whole change."""
    if not database.in_transaction():
        raise RuntimeError("bulk_writes() needs a transaction around it")
    (cache,) = database.execute_sql("PRAGMA cache_size").fetchone()
    database.execute_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        _drop_triggers(database)
        yield
        for statement in (*SEARCH_REBUILD_SQL, *SEARCH_TRIGGERS_SQL):
            database.execute_sql(statement)
    finally:
        database.execute_sql(f"PRAGMA cache_size = {int(cache)}")


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
