"""Schema versions, kept in PRAGMA user_version.

Each step is frozen SQL (never generated from today's table classes, which will
change) and runs in its own transaction together with the new user_version, so
a failure leaves the store at the old version. The caller backs up before any
step that touches an existing store.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from relations_app.storage.database import APPLICATION_ID, check_version

SCHEMA_V1 = (
    """CREATE TABLE person (
        id INTEGER NOT NULL PRIMARY KEY,
        name TEXT NOT NULL,
        nickname TEXT NOT NULL DEFAULT '',
        circle VARCHAR(255) NOT NULL DEFAULT 'wider',
        met_how TEXT NOT NULL DEFAULT '',
        met_where TEXT NOT NULL DEFAULT '',
        met_on DATE,
        organisation TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        birthday DATE,
        keep_in_touch_days INTEGER,
        what_matters TEXT NOT NULL DEFAULT '',
        next_question TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL)""",
    """CREATE TABLE conversation (
        id INTEGER NOT NULL PRIMARY KEY,
        date DATE NOT NULL,
        time VARCHAR(255),
        channel VARCHAR(255) NOT NULL DEFAULT 'in_person',
        place TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        learned TEXT NOT NULL DEFAULT '',
        depth INTEGER NOT NULL DEFAULT 3,
        follow_up TEXT NOT NULL DEFAULT '',
        follow_up_due DATE,
        follow_up_done INTEGER NOT NULL DEFAULT 0,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL)""",
    "CREATE INDEX conversation_date ON conversation (date)",
    """CREATE TABLE participant (
        id INTEGER NOT NULL PRIMARY KEY,
        conversation_id INTEGER NOT NULL
            REFERENCES conversation (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE)""",
    "CREATE UNIQUE INDEX participant_conversation_person"
    " ON participant (conversation_id, person_id)",
    "CREATE INDEX participant_person_id ON participant (person_id)",
    """CREATE TABLE value (
        id INTEGER NOT NULL PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        mine INTEGER NOT NULL DEFAULT 1)""",
    "CREATE UNIQUE INDEX value_name_key ON value (name_key)",
    """CREATE TABLE shared_value (
        id INTEGER NOT NULL PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        value_id INTEGER NOT NULL REFERENCES value (id) ON DELETE CASCADE,
        evidence TEXT NOT NULL DEFAULT '',
        noted_on DATE NOT NULL)""",
    "CREATE INDEX shared_value_person_id ON shared_value (person_id)",
    "CREATE INDEX shared_value_value_id ON shared_value (value_id)",
    """CREATE TABLE help (
        id INTEGER NOT NULL PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        direction VARCHAR(255) NOT NULL,
        kind VARCHAR(255) NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        status VARCHAR(255) NOT NULL,
        offered_on DATE NOT NULL,
        done_on DATE)""",
    "CREATE INDEX help_person_id ON help (person_id)",
)

# version reached -> statements that bring the store there from the one before
STEPS: dict[int, tuple[str, ...]] = {1: SCHEMA_V1}
CURRENT_VERSION = max(STEPS)


def schema_version(database: SqliteDatabase) -> int:
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def pending_steps(database: SqliteDatabase) -> list[int]:
    version = schema_version(database)
    check_version(version, CURRENT_VERSION, "The journal")
    return [step for step in sorted(STEPS) if step > version]


def migrate(
    database: SqliteDatabase, before_step: Callable[[int, int], None] | None = None
) -> list[int]:
    """Bring the store to CURRENT_VERSION; return the steps that ran.

    ``before_step(from_version, to_version)`` runs before each step on a store
    that already holds a schema (that is where the backup is taken).
    """
    ran = []
    for step in pending_steps(database):
        version = schema_version(database)
        if before_step is not None and version > 0:
            before_step(version, step)
        with database.atomic():
            for statement in STEPS[step]:
                database.execute_sql(statement)
            database.execute_sql(f"PRAGMA user_version = {int(step)}")
            database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        ran.append(step)
    return ran
