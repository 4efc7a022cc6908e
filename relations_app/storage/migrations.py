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

# The practice (issue 10): what people look for and can offer (one item a line),
# "not now" on reconnecting, a due date on help, introductions linking two
# people, and what I can offer. Columns are added, never rebuilt: a v1 journal
# keeps every row as it was.
SCHEMA_V2 = (
    "ALTER TABLE person ADD COLUMN looking_for TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE person ADD COLUMN can_offer TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE person ADD COLUMN snoozed_until DATE",
    "ALTER TABLE help ADD COLUMN due_on DATE",
    "ALTER TABLE help ADD COLUMN introduced_id INTEGER REFERENCES person (id) ON DELETE SET NULL",
    "CREATE INDEX help_introduced_id ON help (introduced_id)",
    """CREATE TABLE my_offer (
        id INTEGER NOT NULL PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL)""",
    "CREATE UNIQUE INDEX my_offer_name_key ON my_offer (name_key)",
    # Today reads the open follow-ups every time it is drawn: a partial index
    # holds just those, instead of a scan of every conversation.
    "CREATE INDEX conversation_open_follow_up ON conversation (follow_up_due)"
    " WHERE follow_up != '' AND follow_up_done = 0",
    # Each person's last conversation day is what every "who is due" answer
    # needs. Kept beside the participant (by triggers, so no writer can forget
    # it), it is read from one index: 33 ms instead of 140 ms at 100,000
    # conversations. The depth chart reads (date, depth) without the rows.
    "ALTER TABLE participant ADD COLUMN date DATE",
    "UPDATE participant SET date ="
    " (SELECT date FROM conversation WHERE conversation.id = participant.conversation_id)",
    "CREATE INDEX participant_person_date ON participant (person_id, date)",
    """CREATE TRIGGER participant_date_on_insert AFTER INSERT ON participant BEGIN
        UPDATE participant SET date =
            (SELECT date FROM conversation WHERE conversation.id = NEW.conversation_id)
        WHERE id = NEW.id;
    END""",
    """CREATE TRIGGER participant_date_on_update AFTER UPDATE OF date ON conversation BEGIN
        UPDATE participant SET date = NEW.date WHERE conversation_id = NEW.id;
    END""",
    "CREATE INDEX conversation_date_depth ON conversation (date, depth)",
)

# Schema 3: person.birthday may hold "--MM-DD", a birthday whose year is unknown
# (relations_app/birthdays.py). Every stored birthday stays as it was: there is
# nothing to convert. The version is what matters: a Relations that knows only
# schema 1 or 2 would read "--07-14" as a broken date, so it must refuse the
# journal (a newer schema) rather than open it.
SCHEMA_V3: tuple[str, ...] = ()


# The Journal lists 100,000 conversations in any of its orders by reading an
# index, in either direction: each order ends with the date, the time and the
# id (the rowid every index holds), so that ties keep the journal's own order.
JOURNAL_ORDERS = (
    "CREATE INDEX conversation_when ON conversation (date, time)",
    "CREATE INDEX conversation_depth_order ON conversation (depth, date, time)",
    "CREATE INDEX conversation_channel_order ON conversation (channel, date, time)",
    "CREATE INDEX conversation_follow_up_order ON conversation"
    " ((CASE WHEN follow_up_done THEN '' ELSE coalesce(follow_up_due, '') END), date, time)",
)

# Full-text search (SQLite FTS5) over what people and conversations say. The
# indexes hold no copy of the text (content=...): triggers keep them in step
# with every write, whoever makes it (a service, undo, a restore's migration).
# Accents and case are ignored; prefix indexes make the first letters typed
# quick to look up. A bulk import drops the triggers and rebuilds the indexes
# once instead, in its own transaction (storage/search_index.py).
SEARCH_TABLES_SQL = (
    """CREATE VIRTUAL TABLE person_text USING fts5(
        name, nickname, organisation, city, notes, what_matters, looking_for, can_offer,
        content='person', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')""",
    """CREATE VIRTUAL TABLE conversation_text USING fts5(
        notes, learned, place, follow_up,
        content='conversation', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')""",
)
SEARCH_TRIGGERS_SQL = (
    """CREATE TRIGGER person_text_insert AFTER INSERT ON person BEGIN
        INSERT INTO person_text (rowid, name, nickname, organisation, city, notes, what_matters,
            looking_for, can_offer)
        VALUES (new.id, new.name, new.nickname, new.organisation, new.city, new.notes,
                new.what_matters, new.looking_for, new.can_offer);
    END""",
    """CREATE TRIGGER person_text_delete AFTER DELETE ON person BEGIN
        INSERT INTO person_text
            (person_text, rowid, name, nickname, organisation, city, notes, what_matters,
             looking_for, can_offer)
        VALUES ('delete', old.id, old.name, old.nickname, old.organisation, old.city, old.notes,
                old.what_matters, old.looking_for, old.can_offer);
    END""",
    """CREATE TRIGGER person_text_update
    AFTER UPDATE OF name, nickname, organisation, city, notes, what_matters, looking_for, can_offer
    ON person BEGIN
        INSERT INTO person_text
            (person_text, rowid, name, nickname, organisation, city, notes, what_matters,
             looking_for, can_offer)
        VALUES ('delete', old.id, old.name, old.nickname, old.organisation, old.city, old.notes,
                old.what_matters, old.looking_for, old.can_offer);
        INSERT INTO person_text (rowid, name, nickname, organisation, city, notes, what_matters,
            looking_for, can_offer)
        VALUES (new.id, new.name, new.nickname, new.organisation, new.city, new.notes,
                new.what_matters, new.looking_for, new.can_offer);
    END""",
    """CREATE TRIGGER conversation_text_insert AFTER INSERT ON conversation BEGIN
        INSERT INTO conversation_text (rowid, notes, learned, place, follow_up)
        VALUES (new.id, new.notes, new.learned, new.place, new.follow_up);
    END""",
    """CREATE TRIGGER conversation_text_delete AFTER DELETE ON conversation BEGIN
        INSERT INTO conversation_text (conversation_text, rowid, notes, learned, place, follow_up)
        VALUES ('delete', old.id, old.notes, old.learned, old.place, old.follow_up);
    END""",
    """CREATE TRIGGER conversation_text_update
    AFTER UPDATE OF notes, learned, place, follow_up ON conversation BEGIN
        INSERT INTO conversation_text (conversation_text, rowid, notes, learned, place, follow_up)
        VALUES ('delete', old.id, old.notes, old.learned, old.place, old.follow_up);
        INSERT INTO conversation_text (rowid, notes, learned, place, follow_up)
        VALUES (new.id, new.notes, new.learned, new.place, new.follow_up);
    END""",
)
SEARCH_REBUILD_SQL = (
    "INSERT INTO person_text (person_text) VALUES ('rebuild')",
    "INSERT INTO conversation_text (conversation_text) VALUES ('rebuild')",
)
SEARCH_INDEX = SEARCH_TABLES_SQL + SEARCH_TRIGGERS_SQL + SEARCH_REBUILD_SQL
SEARCH_TABLES = ("person_text", "conversation_text")
SEARCH_TRIGGERS = tuple(
    f"{table}_{event}" for table in SEARCH_TABLES for event in ("insert", "delete", "update")
)

# version reached -> statements that bring the store there from the one before
STEPS: dict[int, tuple[str, ...]] = {
    1: SCHEMA_V1,
    2: SCHEMA_V2,
    3: SCHEMA_V3,
    4: JOURNAL_ORDERS + SEARCH_INDEX,
}
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

    ``before_step(from_version, to_version)`` runs once, before the first step,
    on a store that already held a schema (that is where the backup is taken:
    one copy of the journal as it was, not one per step, which for a journal
    three versions behind made three copies of the same file); a new journal
    is built through every step with nothing to back up. Each step is its own
    transaction: a journal stopped between two steps opens at the last one done
    and is backed up again before the rest.
    """
    ran = []
    version = schema_version(database)
    steps = pending_steps(database)
    if steps and before_step is not None and version > 0:
        before_step(version, steps[-1])
    for step in steps:
        with database.atomic():
            for statement in STEPS[step]:
                database.execute_sql(statement)
            database.execute_sql(f"PRAGMA user_version = {int(step)}")
            database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        ran.append(step)
    return ran
