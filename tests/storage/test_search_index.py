"""The full-text index: built by the migration on an existing journal, kept in
step by triggers through edits, deletes and undo, rebuilt when missing, and
filled in bulk inside the caller's transaction."""

import dataclasses
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from relations_app.operations import perform
from relations_app.operations.journal import DeleteConversation, SaveConversation
from relations_app.operations.people import DeletePerson, SavePerson
from relations_app.records import Conversation, Person, PersonRef
from relations_app.services import Services
from relations_app.services.exchange_format import read_document
from relations_app.services.journal_list import JournalQuery
from relations_app.services.text_match import all_of
from relations_app.storage.bulk_insert import bulk_writes
from relations_app.storage.database import db
from relations_app.storage.errors import StoreError
from relations_app.storage.migrations import SEARCH_TRIGGERS
from relations_app.storage.search_index import search_index_complete
from relations_app.storage.store import Store
from tests.conftest import TODAY, fixed_clock

V1 = Path(__file__).resolve().parent.parent / "fixtures" / "schema-v1.sqlite3"


def people_found(text: str) -> list[str]:
    sql = (
        "SELECT p.name FROM person_text JOIN person p ON p.id = person_text.rowid"
        " WHERE person_text MATCH ? ORDER BY p.name"
    )
    return [row[0] for row in db.execute_sql(sql, [all_of(text)])]


def notes_found(services: Services, text: str) -> list[str]:
    found = services.journal.records(services.journal.ids(JournalQuery(text=text)))
    return sorted(c.notes for c in found)


def integrity_check() -> None:
    """FTS5's own check that the index holds exactly what the rows say."""
    for table in ("person_text", "conversation_text"):
        db.execute_sql(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


def test_fts5_is_in_the_sqlite_the_journal_uses(services):
    options = {row[0] for row in db.execute_sql("PRAGMA compile_options")}
    assert "ENABLE_FTS5" in options


def test_a_v1_journal_gains_an_index_of_what_it_already_holds(tmp_path):
    copy = tmp_path / "relations.sqlite3"
    shutil.copy(V1, copy)
    store = Store(copy)
    store.open()
    services = Services.create(store, clock=fixed_clock)
    try:
        assert people_found("amelie") == ["Amélie Laurent"]  # typed without the accent
        assert people_found("kol") == ["Jonas Becker"]  # Köln, by its first letters
        assert people_found("ceramics studio") == ["Amélie Laurent"]  # what matters to her
        assert people_found("ceramics kiln") == []  # the kiln is in a conversation
        assert any("studio" in notes for notes in notes_found(services, "kiln"))
        integrity_check()
    finally:
        store.close()


def ana_and_a_talk(services: Services) -> tuple[Person, Conversation]:
    ana = services.people.save(
        Person(
            name="Ana Sousa",
            city="Lisboa",
            what_matters="Céramique",
            looking_for=("Un mentor en poterie",),
            can_offer=("Cours de guitare",),
        )
    )
    talk = services.conversations.save(
        Conversation(
            date=TODAY,
            people=(PersonRef(ana.id, "Ana Sousa"),),
            notes="Un café près du fleuve",
            learned="Elle déménage",
            place="Belém",
            follow_up="Envoyer l'article",
        )
    )
    return ana, talk


def test_every_column_is_found_as_typed_without_accents(services):
    ana, talk = ana_and_a_talk(services)
    for typed in ("cafe", "FLEU", "demenage", "belem", "article", "sousa"):
        assert notes_found(services, typed) == [talk.notes], typed
    for typed in ("lisb", "ceram", "ana sou", "poter", "guitar"):
        assert people_found(typed) == ["Ana Sousa"], typed
    integrity_check()


def test_the_index_follows_edits_deletes_and_undo(services):
    ana, talk = ana_and_a_talk(services)
    edited = Conversation(date=TODAY, people=talk.people, id=talk.id, notes="Une promenade")
    outcome = perform(SaveConversation(edited), services)
    assert notes_found(services, "cafe") == [] and notes_found(services, "promenade")
    perform(outcome.undo, services)
    assert notes_found(services, "cafe") == [talk.notes]
    assert notes_found(services, "promenade") == []
    renamed = perform(SavePerson(Person(name="Ana Costa", id=ana.id)), services)
    assert people_found("sousa") == [] and people_found("costa") == ["Ana Costa"]
    assert notes_found(services, "costa") == [talk.notes]  # the journal finds her new name
    perform(renamed.undo, services)
    deleted = perform(DeletePerson(ana.id, "Ana Sousa"), services)  # her talk goes with her
    assert people_found("ana") == [] and notes_found(services, "cafe") == []
    integrity_check()
    perform(deleted.undo, services)
    assert people_found("ana") == ["Ana Sousa"] and notes_found(services, "cafe") == [talk.notes]
    perform(DeleteConversation(talk.id, TODAY), services)
    assert notes_found(services, "cafe") == []
    integrity_check()


def test_an_import_is_found_and_the_index_follows_edits_after_it(services):
    document = read_document(
        {
            "format": "relations-export",
            "version": 1,
            "people": [{"id": 1, "name": "Zoé Martin", "city": "Genève"}],
            "conversations": [
                {"date": "2026-01-02", "people": [1], "notes": "Randonnée au Salève"}
            ],
        },
        TODAY,
    )
    services.exchange.import_document(document)
    assert people_found("geneve") == ["Zoé Martin"]
    assert notes_found(services, "saleve") == ["Randonnée au Salève"]
    assert search_index_complete(db)  # the triggers are back after the bulk write
    zoe = services.people.get(services.people.refs()[0].id)
    services.people.save(dataclasses.replace(zoe, city="Lausanne"))
    assert people_found("geneve") == [] and people_found("lausan") == ["Zoé Martin"]
    integrity_check()


def test_an_index_dropped_by_hand_is_rebuilt_at_the_next_start(tmp_path):
    path = tmp_path / "relations.sqlite3"
    store = Store(path)
    store.open()
    services = Services.create(store, clock=fixed_clock)
    ana_and_a_talk(services)
    store.close()
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE conversation_text")
    connection.execute(f"DROP TRIGGER {SEARCH_TRIGGERS[0]}")
    connection.commit()
    connection.close()
    store.open()
    try:
        assert search_index_complete(db)
        assert notes_found(services, "fleuve") == ["Un café près du fleuve"]
        services.people.save(Person(name="Zoé"))  # the dropped trigger is back
        assert people_found("zoe") == ["Zoé"]
        integrity_check()
    finally:
        store.close()


@pytest.mark.parametrize(
    "part", ["person_text_data", "conversation_text_idx", "person_text_config"]
)
def test_a_part_of_the_index_dropped_by_hand_is_rebuilt_at_the_next_start(tmp_path, part):
    """FTS5 keeps each index in tables of its own: with one gone the index
    still exists by name, but every search fails and so does every write the
    triggers index (a person could no longer be saved)."""
    path = tmp_path / "relations.sqlite3"
    store = Store(path)
    store.open()
    services = Services.create(store, clock=fixed_clock)
    ana_and_a_talk(services)
    store.close()
    connection = sqlite3.connect(path)
    connection.execute(f"DROP TABLE {part}")
    connection.commit()
    connection.close()
    store.open()
    try:
        assert search_index_complete(db)
        assert people_found("ana") == ["Ana Sousa"]
        assert notes_found(services, "fleuve") == ["Un café près du fleuve"]
        services.people.save(Person(name="Zoé"))
        assert people_found("zoe") == ["Zoé"]
        integrity_check()
    finally:
        store.close()


def test_bulk_writes_index_everything_at_the_end_of_the_transaction(services):
    ana, _ = ana_and_a_talk(services)
    with services.store.write(), bulk_writes(db):
        assert not search_index_complete(db)  # no trigger while writing
        db.execute_sql(
            "INSERT INTO person (name, created_at, updated_at) VALUES (?, ?, ?)",
            ["Émile", "2026-01-01", "2026-01-01"],
        )
    assert search_index_complete(db)
    assert people_found("emile") == ["Émile"]
    integrity_check()


def test_a_failed_bulk_write_leaves_index_and_triggers_as_they_were(services):
    ana_and_a_talk(services)
    with pytest.raises(StoreError), services.store.write(), bulk_writes(db):
        db.execute_sql("INSERT INTO person (name) VALUES ('no dates: refused')")
    assert search_index_complete(db)
    assert people_found("refused") == [] and people_found("ana") == ["Ana Sousa"]
    integrity_check()


def test_bulk_writes_need_a_transaction(services):
    with pytest.raises(RuntimeError), bulk_writes(db):
        pass
    assert search_index_complete(db)


ODD = ['"', '""', "'", "*", "a*", "NEAR(a b)", "notes:cafe", "name : x", "AND", "OR NOT", "(", "^a"]


@pytest.mark.parametrize("typed", [*ODD, "-", "+", "{notes}: x", 'café"', "\x00"])
def test_nothing_typed_is_read_as_query_syntax(services, typed):
    ana_and_a_talk(services)
    ids = services.journal.ids(JournalQuery(text=typed))  # never an FTS5 syntax error
    assert all(isinstance(i, int) for i in ids)
    assert services.journal.ids(JournalQuery(text="notes:cafe")) == services.journal.ids(
        JournalQuery(text="notes cafe")
    )


def test_dates_in_notes_are_words_too(services):
    ana = services.people.save(Person(name="Ana"))
    notes = "Rendez-vous le 12/03/2024"
    two_years_ago = TODAY - dt.timedelta(days=700)
    services.conversations.save(
        Conversation(date=two_years_ago, people=(PersonRef(ana.id, "Ana"),), notes=notes)
    )
    assert notes_found(services, "2024") == ["Rendez-vous le 12/03/2024"]
    assert notes_found(services, "rendez vous") == ["Rendez-vous le 12/03/2024"]


def test_a_damaged_index_is_rebuilt_and_nothing_is_lost(services):
    """A page of the index lost (by hand, a bad disk): SQLite refuses every
    write that touches it and every search. The index is rebuilt from the rows
    at the first such error: the search answers, the save says to try again."""
    from relations_app.services.journal_list import JournalQuery
    from relations_app.services.messages import explain
    from relations_app.storage.database import db
    from relations_app.storage.errors import StoreError

    people = [
        services.people.save(Person(name=f"Quilter {i}", notes="patchwork")) for i in range(40)
    ]
    db.execute_sql("DELETE FROM person_text_data WHERE id > 1")
    with pytest.raises(StoreError) as refused:
        services.people.save(dataclasses.replace(people[0], name="Quilter Zero"))
    assert "rebuilt" in explain(refused.value)
    services.people.save(dataclasses.replace(people[0], name="Quilter Zero"))  # again: saved
    assert services.people.get(people[0].id).name == "Quilter Zero"
    db.execute_sql("DELETE FROM person_text_data WHERE id > 1")
    assert [h.name for h in services.search.search("zero").people] == ["Quilter Zero"]
    assert len(services.search.search("quilter").people) == 40
    db.execute_sql("DELETE FROM person_text_data WHERE id > 1")
    assert services.journal.ids(JournalQuery(text="quilter")) == []  # no talks, and no error


def test_check_says_a_damaged_index_loses_nothing(tmp_path):
    """`relations check` on a journal whose index alone is damaged: not "the
    journal is damaged" (which sends people to their backups), but what it is."""
    from relations_app.services import Services
    from relations_app.storage.recovery import diagnose
    from relations_app.storage.store import Store

    path = tmp_path / "relations.sqlite3"
    store = Store(path)
    store.open()
    services = Services.create(store)
    for i in range(40):
        services.people.save(Person(name=f"Quilter {i}", notes="patchwork"))
    store.close()
    assert diagnose(path) == "ok"
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM person_text_data WHERE id > 1")
    conn.commit()
    conn.close()
    found = diagnose(path)
    assert "the search index is damaged" in found and "people and conversations are whole" in found


def out_of_step_journal(path: Path) -> None:
    """A journal whose index lacks one person and holds a conversation whose
    row is gone: what a tool writing with the triggers away leaves, and what
    SQLite's own checks do not see (they look at the index's structure only)."""
    store = Store(path)
    store.open()
    services = Services.create(store, clock=fixed_clock)
    ana, talk = ana_and_a_talk(services)
    store.close()
    conn = sqlite3.connect(path)
    triggers = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name IN"
        " ('person_text_delete', 'conversation_text_delete')"
    ).fetchall()
    conn.execute("DROP TRIGGER person_text_delete")
    conn.execute("DELETE FROM person_text_docsize WHERE id = ?", [ana.id])  # as if never indexed
    conn.execute("DROP TRIGGER conversation_text_delete")
    conn.execute("DELETE FROM participant WHERE conversation_id = ?", [talk.id])
    conn.execute("DELETE FROM conversation WHERE id = ?", [talk.id])  # its words stay behind
    for (sql,) in triggers:  # and the tool puts the triggers back
        conn.execute(sql)
    conn.commit()
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_check_finds_an_index_out_of_step_and_the_next_opening_rebuilds_it(tmp_path):
    from relations_app.storage.recovery import diagnose

    path = tmp_path / "relations.sqlite3"
    out_of_step_journal(path)
    found = diagnose(path)
    assert "out of step" in found and "person 1, conversation 1" in found
    assert "people and conversations are whole" in found
    store = Store(path)
    store.open()  # every part there, but the rows counted differ: the index is made again
    try:
        assert search_index_complete(db)
        assert people_found("lisboa") == ["Ana Sousa"]
        assert db.execute_sql(
            "SELECT count(*) FROM conversation_text WHERE conversation_text MATCH 'fleuve'"
        ).fetchone() == (0,)
        integrity_check()
    finally:
        store.close()
    assert diagnose(path) == "ok"


def test_with_the_check_made_aside_the_index_is_rebuilt_once_it_has_passed(tmp_path):
    """At the window's start the rows are counted by the check's own thread;
    nothing is written before it has passed, then the index is made again."""
    path = tmp_path / "relations.sqlite3"
    out_of_step_journal(path)
    store = Store(path)
    store.open(check_aside=True)
    try:
        store.finish_check()
        assert people_found("lisboa") == ["Ana Sousa"]
        integrity_check()
    finally:
        store.close()
    from relations_app.storage.recovery import diagnose

    assert diagnose(path) == "ok"


def test_a_sound_index_is_not_rebuilt_at_start(tmp_path, monkeypatch):
    path = tmp_path / "relations.sqlite3"
    store = Store(path)
    store.open()
    ana_and_a_talk(Services.create(store, clock=fixed_clock))
    store.close()
    from relations_app.storage import store as store_module

    monkeypatch.setattr(store_module, "rebuild_search_index", None)  # never called
    for aside in (False, True):
        store = Store(path)
        store.open(check_aside=aside)
        store.finish_check()
        store.close()


def test_a_migration_builds_the_index_once(tmp_path, monkeypatch):
    """An older journal has no index to count: the step that makes it fills it,
    and it is not rebuilt a second time after (seconds at 100,000 conversations)."""
    from relations_app.storage import store as store_module

    rebuilt = []
    monkeypatch.setattr(store_module, "rebuild_search_index", rebuilt.append)
    for aside in (False, True):
        path = tmp_path / f"aside-{aside}" / "relations.sqlite3"
        path.parent.mkdir()
        shutil.copy(V1, path)
        store = Store(path)
        store.open(check_aside=aside)
        store.finish_check()
        try:
            assert search_index_complete(db)
            assert people_found("amelie") == ["Amélie Laurent"]
        finally:
            store.close()
    assert rebuilt == []
