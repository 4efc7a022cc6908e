"""Many rows into one table in one statement run many times (executemany).

peewee builds the SQL of each ``create()`` anew: at 100,000 conversations and
their participants, building the statements took ten times as long as SQLite
took to write the rows. Here the statement is built once per table, and the
values go in as they are.

Ids are given, not left to SQLite: the caller needs them to link rows (a
conversation to its participants), and inside one write transaction the
next free ids are known (``next_id``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from peewee import Model, SqliteDatabase

from relations_app.storage.database import db
from relations_app.storage.search_index import INSERT_TRIGGERS, index_new_rows

# Triggers that act on each new row, dropped while rows are written in bulk:
# what they do is then done once for all the new rows.
ROW_TRIGGERS = (*INSERT_TRIGGERS, "participant_date_on_insert")
# SQLite's page cache while writing in bulk (KiB): the new rows' index pages
# stay in memory instead of being read back, 3 s -> 1 s for 100,000 rows
BULK_CACHE_KIB = 65536


def next_id(table: type[Model]) -> int:
    """The first id after every row of ``table``. Inside a write: no other
    writer can take it before the rows are in."""
    return _last_id(db, table._meta.table_name) + 1


def insert_stored(table: type[Model], names: Sequence[str], rows: Iterable[Sequence]) -> None:
    """Insert ``rows``, each a sequence of values for the fields ``names``
    (peewee field names, ``id`` included when ids are given), as the driver
    takes them: text, numbers, None, and days and moments, which it writes as
    ISO text as it does for peewee. No field converts them (each field's
    db_value for 100,000 rows took longer than SQLite to write them): they
    must be as the field would have them (tests/services/test_bulk_import.py
    compares the rows with those the services store)."""
    fields = [table._meta.fields[name] for name in names]
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f'INSERT INTO "{table._meta.table_name}" ({columns}) VALUES ({marks})'
    db.connection().executemany(sql, rows)


@contextmanager
def bulk_writes(
    database: SqliteDatabase, counted: Callable[[int], None] | None = None
) -> Iterator[None]:
    """Write many new people, conversations and participants, then do for all
    of them at once what the insert triggers do for each (a participant's day,
    the full-text index); ``counted(n)`` hears of each ``n`` rows indexed.

    Must run inside a transaction (the caller's), which then holds the whole
    change: a failure anywhere rolls all of it back, triggers included. Rows
    there before may be changed inside (their update and delete triggers
    stay); the new rows are only written."""
    if not database.in_transaction():
        raise RuntimeError("bulk_writes() needs a transaction around it")
    counted = counted or _nothing_counted
    last = {table: _last_id(database, table) for table in ("person", "conversation", "participant")}
    marks = ", ".join("?" for _ in ROW_TRIGGERS)
    triggers = database.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        ROW_TRIGGERS,
    ).fetchall()
    (cache,) = database.execute_sql("PRAGMA cache_size").fetchone()
    database.execute_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        for name, _ in triggers:
            database.execute_sql(f'DROP TRIGGER "{name}"')
        yield
        _date_participants(database, last["participant"])
        index_new_rows(database, "person", last["person"], counted)
        index_new_rows(database, "conversation", last["conversation"], counted)
        for _, sql in triggers:
            database.execute_sql(sql)
    finally:
        database.execute_sql(f"PRAGMA cache_size = {int(cache)}")


def _date_participants(database: SqliteDatabase, after_id: int) -> None:
    """What participant_date_on_insert does for each: the conversation's day
    beside each new participant (given already by the import: then nothing)."""
    database.execute_sql(
        "UPDATE participant SET date = conversation.date FROM conversation"
        " WHERE conversation.id = participant.conversation_id AND participant.id > ?"
        " AND participant.date IS NOT conversation.date",
        (after_id,),
    )


def _last_id(database: SqliteDatabase, table: str) -> int:
    (last,) = database.execute_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"').fetchone()
    return int(last)


def _nothing_counted(rows: int) -> None:
    pass
