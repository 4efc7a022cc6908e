"""Many rows into one table in one statement run many times (executemany).

peewee builds the SQL of each ``create()`` anew: at 100,000 conversations and
their participants, building the statements took ten times as long as SQLite
took to write the rows. Here the statement is built once per table and each
value goes through its field's own conversion (``db_value``), so the rows are
stored exactly as peewee would store them.

Ids are given, not left to SQLite: the caller needs them to link rows (a
conversation to its participants), and inside one write transaction the
next free ids are known (``next_id``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from peewee import Model

from relations_app.storage.database import db


def next_id(table: type[Model]) -> int:
    """The first id after every row of ``table``. Inside a write: no other
    writer can take it before the rows are in."""
    name = table._meta.table_name
    (last,) = db.execute_sql(f'SELECT coalesce(max(id), 0) FROM "{name}"').fetchone()
    return int(last) + 1


def insert_rows(table: type[Model], names: Sequence[str], rows: Iterable[Sequence]) -> None:
    """Insert ``rows``, each a sequence of values for the fields ``names``
    (peewee field names, ``id`` included when ids are given)."""
    fields = [table._meta.fields[name] for name in names]
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f'INSERT INTO "{table._meta.table_name}" ({columns}) VALUES ({marks})'
    converters = [field.db_value for field in fields]
    db.connection().executemany(
        sql,
        (
            tuple(convert(value) for convert, value in zip(converters, row, strict=True))
            for row in rows
        ),
    )


def insert_dicts(table: type[Model], rows: Sequence[Mapping]) -> None:
    """Insert ``rows`` given as dicts with the same keys (field names)."""
    if rows:
        names = list(rows[0])
        insert_rows(table, names, ([row[name] for name in names] for row in rows))
