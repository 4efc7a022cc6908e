"""Rows as they were, and putting them back: what makes every edit undoable.

An operation names the rows it is about to touch (``RowKeys``); a snapshot of
those rows is read before it runs, and the rows it creates are found after
(SQLite gives a new row a larger id than any before it). Putting the snapshot
back restores those rows byte for byte, ids and timestamps included, and
removes the rows that did not exist: undo gives back exactly the journal that
was, and an export before and after compares equal.

Snapshots hold raw column values (text, numbers, None), not peewee rows or
records, so they are plain data that can be kept, compared and replayed.

The keys of an operation must be closed under the foreign keys' cascades: a
person who is deleted takes their conversations' participant rows, shared
values and help with them, and clears the link of every introduction that named
them in someone else's help, so those are in the keys too (``with_dependents``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass

from relations_app.storage.bulk_insert import bulk_writes
from relations_app.storage.database import db
from relations_app.storage.store import Store

CHUNK = 500  # ids per IN (...) list, well under SQLite's limit on parameters


@dataclass(frozen=True)
class RowKeys:
    """The ids of rows, table by table. Participant rows go with their conversation."""

    people: frozenset[int] = frozenset()
    conversations: frozenset[int] = frozenset()
    values: frozenset[int] = frozenset()
    shared_values: frozenset[int] = frozenset()
    help: frozenset[int] = frozenset()
    offers: frozenset[int] = frozenset()  # my_offer rows

    def __or__(self, other: RowKeys) -> RowKeys:
        return RowKeys(
            **{
                f.name: getattr(self, f.name) | getattr(other, f.name)
                for f in dataclasses.fields(self)
            }
        )

    def __len__(self) -> int:
        return sum(len(getattr(self, f.name)) for f in dataclasses.fields(self))

    @classmethod
    def of(cls, **ids: Iterable[int]) -> RowKeys:
        return cls(**{name: frozenset(values) for name, values in ids.items()})


# table name -> RowKeys field; parents before children (the order to insert in)
TABLES = (
    ("value", "values"),
    ("my_offer", "offers"),
    ("person", "people"),
    ("conversation", "conversations"),
    ("shared_value", "shared_values"),
    ("help", "help"),
)
PARTICIPANT = "participant"


@dataclass(frozen=True)
class TableRows:
    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]


@dataclass(frozen=True)
class Snapshot:
    """The rows named by ``keys`` as they were; a key without a row did not exist."""

    keys: RowKeys
    tables: tuple[TableRows, ...]

    def rows_of(self, table: str) -> TableRows | None:
        return next((t for t in self.tables if t.table == table), None)

    def column(self, table: str, column: str) -> set:
        """Every value of one column of one table in the snapshot."""
        found = self.rows_of(table)
        if found is None or not found.rows:
            return set()
        position = found.columns.index(column)
        return {row[position] for row in found.rows}


def chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def _marks(ids: list) -> str:
    return ",".join("?" * len(ids))


class SnapshotService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- reading -------------------------------------------------------------------
    def read(self, keys: RowKeys) -> Snapshot:
        tables = [self._read_table(table, "id", getattr(keys, field)) for table, field in TABLES]
        tables.append(self._read_table(PARTICIPANT, "conversation_id", keys.conversations))
        return Snapshot(keys, tuple(tables))

    @staticmethod
    def _read_table(table: str, column: str, ids: Iterable[int]) -> TableRows:
        rows: list[tuple] = []
        columns: tuple[str, ...] = ()
        for chunk in chunks(ids):
            cursor = db.execute_sql(
                f"SELECT * FROM {table} WHERE {column} IN ({_marks(chunk)}) ORDER BY id", chunk
            )
            columns = tuple(d[0] for d in cursor.description)
            rows.extend(cursor.fetchall())
        return TableRows(table, columns, tuple(rows))

    def newest_ids(self) -> dict[str, int]:
        """The largest id in each table: rows made after this have larger ones."""
        return {
            table: db.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
            for table, _ in TABLES
        }

    def created_since(self, newest: dict[str, int]) -> RowKeys:
        found = {}
        for table, field in TABLES:
            cursor = db.execute_sql(f"SELECT id FROM {table} WHERE id > ?", (newest[table],))
            found[field] = frozenset(row[0] for row in cursor)
        return RowKeys(**found)

    # -- putting back -------------------------------------------------------------
    def put_back(self, snapshot: Snapshot) -> None:
        """Make the rows named by the snapshot's keys what the snapshot holds, in
        one transaction: rows it lacks are deleted, the others updated or inserted."""
        keys = snapshot.keys
        with self._store.write():
            self._delete_where(PARTICIPANT, "conversation_id", keys.conversations)
            wanted = {}
            for table, field in reversed(TABLES):  # children first
                held = snapshot.rows_of(table)
                wanted[table] = {row[0] for row in held.rows} if held else set()
                self._delete_where(table, "id", set(getattr(keys, field)) - wanted[table])
            with bulk_writes(db) if self._all_after_the_last(snapshot) else nullcontext():
                for table, _ in TABLES:  # parents first
                    held = snapshot.rows_of(table)
                    if held is not None and held.rows:
                        self._write_rows(held)
                participants = snapshot.rows_of(PARTICIPANT)
                if participants is not None and participants.rows:
                    self._insert(participants, participants.rows)

    @staticmethod
    def _all_after_the_last(snapshot: Snapshot) -> bool:
        """Whether every row to put back that is not there comes after the last
        row of its table (the redo of an import): they then go in as an
        import's do, their search index filled once for all (100,000
        conversations: 12 s -> 4 s). Rows still there are updated, through
        their triggers (as bulk_writes allows): an import touches every value."""
        new_rows = False
        for held in snapshot.tables:
            (last,) = db.execute_sql(f"SELECT coalesce(max(id), 0) FROM {held.table}").fetchone()
            older = [row[0] for row in held.rows if row[0] <= last]
            new_rows = new_rows or len(older) < len(held.rows)
            there = 0
            for chunk in chunks(older):
                there += db.execute_sql(
                    f"SELECT count(*) FROM {held.table} WHERE id IN ({_marks(chunk)})", chunk
                ).fetchone()[0]
            if there < len(older):
                return False  # a row goes back among others: its triggers index it
        return new_rows

    @staticmethod
    def _delete_where(table: str, column: str, ids: Iterable[int]) -> None:
        for chunk in chunks(ids):
            db.execute_sql(f"DELETE FROM {table} WHERE {column} IN ({_marks(chunk)})", chunk)

    def _write_rows(self, held: TableRows) -> None:
        existing = set()
        for chunk in chunks(row[0] for row in held.rows):
            cursor = db.execute_sql(
                f"SELECT id FROM {held.table} WHERE id IN ({_marks(chunk)})", chunk
            )
            existing.update(row[0] for row in cursor)
        updates = [row for row in held.rows if row[0] in existing]
        if updates:
            names = ", ".join(f"{column} = ?" for column in held.columns[1:])
            db.connection().executemany(
                f"UPDATE {held.table} SET {names} WHERE id = ?",
                [(*row[1:], row[0]) for row in updates],
            )
        self._insert(held, [row for row in held.rows if row[0] not in existing])

    @staticmethod
    def _insert(held: TableRows, rows: Iterable[tuple]) -> None:
        rows = list(rows)
        if rows:
            db.connection().executemany(
                f"INSERT INTO {held.table} ({', '.join(held.columns)}) "
                f"VALUES ({_marks(list(held.columns))})",
                rows,
            )

    # -- what hangs together ----------------------------------------------------------
    def with_dependents(self, keys: RowKeys) -> RowKeys:
        """The keys, plus every row a delete of them would cascade to, or would
        change: another person's introduction naming them loses that link."""
        people = keys.people
        return keys | RowKeys.of(
            conversations=self.conversations_of(people),
            shared_values=self._ids_where("shared_value", "person_id", people)
            | self._ids_where("shared_value", "value_id", keys.values),
            help=self._ids_where("help", "person_id", people)
            | self._ids_where("help", "introduced_id", people),
        )

    def conversations_of(self, person_ids: Iterable[int]) -> set[int]:
        return self._column_where("participant", "conversation_id", "person_id", person_ids)

    def participants_of(self, conversation_ids: Iterable[int]) -> set[int]:
        return self._column_where("participant", "person_id", "conversation_id", conversation_ids)

    def people_sharing(self, value_ids: Iterable[int]) -> set[int]:
        return self._column_where("shared_value", "person_id", "value_id", value_ids)

    def owners(self, table: str, ids: Iterable[int]) -> set[int]:
        """The people the shared values or help records with these ids belong to."""
        return self._column_where(table, "person_id", "id", ids)

    def _ids_where(self, table: str, column: str, ids: Iterable[int]) -> set[int]:
        return self._column_where(table, "id", column, ids)

    @staticmethod
    def _column_where(table: str, wanted: str, column: str, ids: Iterable[int]) -> set[int]:
        found: set[int] = set()
        for chunk in chunks(ids):
            cursor = db.execute_sql(
                f"SELECT {wanted} FROM {table} WHERE {column} IN ({_marks(chunk)})", chunk
            )
            found.update(row[0] for row in cursor)
        return found
