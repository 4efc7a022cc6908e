"""An import writes rows in bulk (services/exchange.py, storage/bulk_insert.py):
each row as the services would have stored it, every index and trigger there
after it, the full-text index holding exactly the new rows, the progress
counted to its end and never past it, and a failure at any point leaving the
journal as it was."""

import dataclasses
import datetime as dt
import gc

import pytest

from relations_app.birthdays import Birthday
from relations_app.operations import ImportJournal, perform
from relations_app.operations.base import Progress
from relations_app.operations.exchange import import_shown
from relations_app.records import (
    Channel,
    Circle,
    Conversation,
    Direction,
    Help,
    HelpKind,
    HelpStatus,
    Person,
    PersonRef,
    SharedValue,
)
from relations_app.services import Services, snapshots
from relations_app.services.exchange import import_steps
from relations_app.services.exchange_format import ExchangeError, read_document
from relations_app.services.snapshots import RowKeys, Snapshot
from relations_app.storage import bulk_insert, search_index
from relations_app.storage.bulk_insert import bulk_writes
from relations_app.storage.database import db
from relations_app.storage.errors import StoreError
from relations_app.storage.store import Store
from tests.conftest import TODAY, fixed_clock


def every_row() -> dict[str, list[tuple]]:
    tables = [
        name
        for (name,) in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: sorted(db.execute_sql(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


def journal_rows() -> dict[str, list[tuple]]:
    """Every row but the full-text index's own tables, whose pages differ with
    the order words were indexed in (integrity_check compares them with the rows)."""
    return {
        table: rows
        for table, rows in every_row().items()
        if not table.startswith(("person_text", "conversation_text"))
    }


def schema() -> list[tuple]:
    return db.execute_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
    ).fetchall()


def integrity_check() -> None:
    for table in ("person_text", "conversation_text"):
        db.execute_sql(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
    assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]


def found(text: str) -> list[int]:
    sql = "SELECT rowid FROM conversation_text WHERE conversation_text MATCH ? ORDER BY rowid"
    return [row[0] for row in db.execute_sql(sql, [text])]


def journal_of_odd_talks(services: Services) -> None:
    """Conversations saved through the services, with every column's odd cases."""
    ana = services.people.save(
        Person(
            name="Ana Sousa",
            circle=Circle.INNER,
            met_on=dt.date(2010, 9, 1),
            birthday=Birthday(2, 29),
            keep_in_touch_days=14,
            archived=True,
            looking_for=("a mentor", "a flat"),
            snoozed_until=TODAY + dt.timedelta(days=3),
            email="ana@example.org",
        )
    )
    bo = services.people.save(Person(name="Bo"))
    services.values.save_shared(SharedValue(ana.id, "Courage", None, "Spoke up", noted_on=TODAY))
    services.help.save(
        Help(
            ana.id,
            Direction.GIVEN,
            HelpKind.INTRODUCTION,
            None,
            "Met Bo",
            HelpStatus.DONE,
            offered_on=TODAY,
            done_on=TODAY,
            due_on=TODAY,
            introduced_id=bo.id,
        )
    )
    both = (PersonRef(ana.id, ana.name), PersonRef(bo.id, bo.name))
    services.conversations.save(
        Conversation(
            date=dt.date(1900, 1, 1),
            people=both,
            time=dt.time(0, 0),
            channel=Channel.LETTER,
            place='"Quoted" \\ place',
            notes="Ligne 1\nLigne 2\ttab \x01 été 李",
            learned="randonnée",
            depth=5,
            follow_up="Call back",
            follow_up_due=dt.date(2126, 6, 15),
        )
    )
    services.conversations.save(
        Conversation(date=TODAY, people=both[:1], follow_up="done", follow_up_done=True)
    )


def test_imported_rows_are_stored_as_the_services_store_them(store, services, tmp_path):
    journal_of_odd_talks(services)
    before = every_row()
    document = read_document(services.exchange.export_document(), TODAY)
    store.close()
    other = Store(tmp_path / "other.sqlite3")
    other.open()
    try:
        Services.create(other, clock=fixed_clock).exchange.import_document(document)
        after = every_row()
        integrity_check()
    finally:
        other.close()
    for table in ("conversation", "participant", "person", "help", "shared_value", "value"):
        assert after[table] == before[table], table


def test_every_index_and_trigger_is_there_after_an_import(services):
    journal_of_odd_talks(services)
    before = schema()
    document = read_document(services.exchange.export_document(), TODAY)
    services.exchange.import_document(document)
    assert schema() == before
    plan = db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM conversation ORDER BY depth, date, time"
    ).fetchall()
    assert "conversation_depth_order" in str(plan)
    integrity_check()


def test_an_import_into_a_journal_indexes_the_new_rows_once_and_keeps_the_old(services):
    journal_of_odd_talks(services)
    old = found("randonnee")
    document = read_document(services.exchange.export_document(), TODAY)
    services.exchange.import_document(document)
    new = found("randonnee")
    assert len(new) == 2 and new[0] == old[0]  # the old row, and its copy once
    participants = db.execute_sql(
        "SELECT count(*) FROM participant p JOIN conversation c ON c.id = p.conversation_id"
        " WHERE p.date IS NOT c.date"
    ).fetchone()
    assert participants == (0,)  # each participant carries its conversation's day
    services.people.save(Person(name="Eve", notes="randonnée"))  # the triggers are back
    assert db.execute_sql(
        "SELECT count(*) FROM person_text WHERE person_text MATCH 'randonnee'"
    ).fetchone() == (1,)
    integrity_check()


def test_the_redo_of_an_undone_import_puts_back_every_row_and_its_index(services, monkeypatch):
    """A redo puts back rows after the last of each table: in bulk, as an
    import writes them (its triggers away, the index filled once at the
    end), and the journal is then what the import made of it, row for row."""
    journal_of_odd_talks(services)
    document = read_document(services.exchange.export_document(), TODAY)
    newest = services.snapshots.newest_ids()
    services.exchange.import_document(document)
    imported, imported_schema = journal_rows(), schema()
    keys = services.snapshots.created_since(newest)
    rows = services.snapshots.read(keys)
    services.snapshots.put_back(Snapshot(keys, ()))  # the undo: the new rows gone
    bulk = []
    monkeypatch.setattr(
        snapshots, "bulk_writes", lambda database: bulk.append(1) or bulk_writes(database)
    )
    services.snapshots.put_back(rows)  # the redo
    assert bulk == [1]
    assert journal_rows() == imported and schema() == imported_schema
    assert len(found("randonnee")) == 2
    integrity_check()
    services.snapshots.put_back(Snapshot(keys, ()))  # undone again: rows and index as before
    assert len(found("randonnee")) == 1
    integrity_check()


def test_the_redo_of_an_import_goes_in_bulk_beside_the_values_it_touched(services, monkeypatch):
    """An import touches every value there (it may fill in a description), so
    its redo puts back rows that are there as well as new ones: those are
    updated, and the new ones still go in bulk (a 100,000-conversation redo
    into a journal with one value took 61 s one by one, 4 s in bulk)."""
    journal_of_odd_talks(services)  # Courage, a value, before the import
    document = read_document(services.exchange.export_document(), TODAY)
    done = perform(ImportJournal(document, "friends.json"), services)
    imported, imported_schema = journal_rows(), schema()
    undone = perform(done.undo, services)
    assert undone.undo.snapshot.rows_of("value").rows  # the values there, put back as they are
    bulk = []
    monkeypatch.setattr(
        snapshots, "bulk_writes", lambda database: bulk.append(1) or bulk_writes(database)
    )
    perform(undone.undo, services)
    assert bulk == [1]
    assert journal_rows() == imported and schema() == imported_schema
    assert len(found("randonnee")) == 2
    integrity_check()


def test_rows_put_back_among_others_go_in_one_by_one_through_their_triggers(services, monkeypatch):
    """An undone delete puts back a row before the last one: its triggers,
    not the bulk path (which indexes only rows after the last), index it."""
    journal_of_odd_talks(services)
    zoe = services.people.save(Person(name="Zoé"))
    services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(zoe.id, "Zoé"),), notes="later")
    )
    talk = found("randonnee")[0]
    keys = services.snapshots.with_dependents(RowKeys.of(conversations=[talk]))
    rows = services.snapshots.read(keys)
    services.snapshots.put_back(Snapshot(keys, ()))
    assert found("randonnee") == []
    monkeypatch.setattr(snapshots, "bulk_writes", None)  # not called
    services.snapshots.put_back(rows)
    assert found("randonnee") == [talk]
    integrity_check()


@pytest.mark.parametrize("where", ["conversations", "index", "people index"])
def test_a_failure_anywhere_in_an_import_leaves_the_journal_as_it_was(services, monkeypatch, where):
    journal_of_odd_talks(services)
    rows, shape = every_row(), schema()
    document = read_document(services.exchange.export_document(), TODAY)
    document = dataclasses.replace(document, conversations=document.conversations * 3000)
    real = search_index.index_new_rows
    calls = []

    def failing(database, table, after_id, counted):
        calls.append(table)
        if where == "index" and table == "conversation":
            real(database, table, after_id, counted)  # the rows written, then:
        raise StoreError("disk full", "full")

    if where == "conversations":
        monkeypatch.setattr(
            "relations_app.services.exchange.stored_conversation", _fails_on_the_5001st()
        )
    else:
        monkeypatch.setattr(bulk_insert, "index_new_rows", failing)
    with pytest.raises(StoreError):
        services.exchange.import_document(document)
    assert every_row() == rows
    assert schema() == shape  # triggers and indexes as they were
    integrity_check()


def _fails_on_the_5001st():
    from relations_app.services.exchange import stored_conversation

    seen = []

    def stored(conversation, conversation_id, now):
        seen.append(conversation_id)
        if len(seen) > 5000:  # the first statement of rows is written
            raise StoreError("disk full", "full")
        return stored_conversation(conversation, conversation_id, now)

    return stored


class Recorded(Progress):
    def __init__(self) -> None:
        self.reports: list[tuple[int, int]] = []

    def report(self, done: int, total: int) -> None:
        self.reports.append((done, total))


def test_the_progress_counts_each_step_once_and_never_past_its_total(services):
    journal_of_odd_talks(services)
    document = read_document(services.exchange.export_document(), TODAY)
    document = dataclasses.replace(document, conversations=document.conversations * 6000)
    progress = Recorded()
    import_shown(services, document, progress)
    total = import_steps(document)
    # a value; people with a shared value and help; conversations with their
    # people (two, then one): each written, then each person and conversation indexed
    assert total == 1 + (2 + 2 + 2) + 6000 * (2 + 2) + 6000 * (2 + 1)
    done = [d for d, t in progress.reports if t == total]
    assert len(done) == len(progress.reports) > 10
    assert done == sorted(done) and done[-1] == total and max(done) == total
    assert any(0 < d < total // 2 for d in done) and any(total // 2 < d < total for d in done)


def test_a_new_row_changed_inside_a_bulk_write_is_indexed_once(services):
    services.people.save(Person(name="Ana Sousa"))
    with services.store.write(), bulk_writes(db):
        db.execute_sql(
            "INSERT INTO person (name, created_at, updated_at) VALUES ('Émile', '2026-01-01',"
            " '2026-01-01')"
        )
        # its update trigger indexes it, though its insert trigger was away
        db.execute_sql("UPDATE person SET name = 'Émilie' WHERE name = 'Émile'")
    names = db.execute_sql(
        "SELECT name FROM person WHERE id IN"
        " (SELECT rowid FROM person_text WHERE person_text MATCH 'emilie OR ana')"
    ).fetchall()
    assert sorted(names) == [("Ana Sousa",), ("Émilie",)]
    integrity_check()


def test_the_cycle_collector_runs_again_after_a_read_or_an_import_that_failed(services, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "relations-export", "version": 2, "people": [{"id": true}]}')
    with pytest.raises(ExchangeError):
        services.exchange.read_json(bad)
    assert gc.isenabled()
    document = read_document({"format": "relations-export", "version": 2}, TODAY)
    gc.disable()  # and left as the caller had it
    try:
        services.exchange.import_document(document)
        assert not gc.isenabled()
    finally:
        gc.enable()
