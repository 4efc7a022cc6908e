"""Schema 2 (the practice): a version 1 journal gains needs, offers, snoozes,
help due dates and introductions, and keeps every row it had."""

import dataclasses
import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

from relations_app.records import Offer
from relations_app.services import Services
from relations_app.services.backups import open_store
from relations_app.storage.backups import list_backups
from relations_app.storage.migrations import CURRENT_VERSION
from relations_app.storage.store import Store
from tests.conftest import TODAY, fixed_clock

V1 = Path(__file__).resolve().parent.parent / "fixtures" / "schema-v1.sqlite3"


def open_v1_copy(tmp_path: Path) -> tuple[Store, Services]:
    copy = tmp_path / "data" / "relations.sqlite3"
    copy.parent.mkdir()
    shutil.copy(V1, copy)
    store = Store(copy)
    open_store(store, tmp_path / "data" / "backups", fixed_clock)
    return store, Services.create(store, clock=fixed_clock)


def test_a_v1_journal_is_backed_up_then_migrated_with_defaults(tmp_path):
    store, services = open_v1_copy(tmp_path)
    exported = services.exchange.export_document()
    store.close()
    # through schema 2, 3 (year-less birthdays) and 4 (the Journal's orders and
    # full-text search), backed up once before the first step: one copy, not three
    reasons = [b.reason for b in list_backups(tmp_path / "data" / "backups")]
    assert reasons == ["before-schema-4"]
    conn = sqlite3.connect(tmp_path / "data" / "relations.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    conn.close()
    old = json.loads(V1.with_suffix(".json").read_text(encoding="utf-8"))
    assert [p["name"] for p in exported["people"]] == [p["name"] for p in old["people"]]
    assert len(exported["conversations"]) == len(old["conversations"])
    for person in exported["people"]:
        assert (person["looking_for"], person["can_offer"], person["snoozed_until"]) == (
            [],
            [],
            None,
        )
        assert all(h["due_on"] is None and h["introduced"] is None for h in person["help"])
    assert exported["my_offers"] == []


def test_a_migrated_journal_keeps_the_new_fields(tmp_path):
    store, services = open_v1_copy(tmp_path)
    amelie = next(p for p in services.people.summaries() if p.person.name == "Amélie Laurent")
    services.people.save(
        dataclasses.replace(amelie.person, looking_for=("un mentor en céramique",))
    )
    services.people.snooze(amelie.person.id, TODAY + dt.timedelta(days=7))
    services.offers.save(Offer(name="Relire un CV"))
    store.close()
    store = Store(store.path)
    store.open()
    services = Services.create(store, clock=fixed_clock)
    person = services.people.get(amelie.person.id)
    assert person.looking_for == ("un mentor en céramique",)
    assert person.snoozed_until == TODAY + dt.timedelta(days=7)
    assert [o.name for o in services.offers.all()] == ["Relire un CV"]
    store.close()


JOINED_LAST_DATES = """
    SELECT p.person_id, MAX(c.date) FROM participant p
    JOIN conversation c ON c.id = p.conversation_id GROUP BY p.person_id
"""


def test_a_migrated_journal_knows_each_person_s_last_conversation_day(tmp_path):
    store, _ = open_v1_copy(tmp_path)
    from relations_app.storage.database import db
    from relations_app.storage.queries import last_conversation_dates

    joined = {pid: dt.date.fromisoformat(day) for pid, day in db.execute_sql(JOINED_LAST_DATES)}
    assert joined and last_conversation_dates() == joined
    store.close()


def test_the_last_conversation_day_follows_every_edit(services):
    from relations_app.records import Conversation, Person, PersonRef
    from relations_app.storage.queries import last_conversation_dates
    from relations_app.storage.tables import ConversationTable

    ana = services.people.save(Person(name="Ana"))
    bo = services.people.save(Person(name="Bo"))
    talk = services.conversations.save(
        Conversation(date=TODAY - dt.timedelta(days=9), people=(PersonRef(ana.id, ""),))
    )
    assert last_conversation_dates() == {ana.id: TODAY - dt.timedelta(days=9)}
    moved = dataclasses.replace(
        talk,
        date=TODAY - dt.timedelta(days=2),
        people=(PersonRef(ana.id, ""), PersonRef(bo.id, "")),
    )
    services.conversations.save(moved)
    assert last_conversation_dates() == {
        ana.id: TODAY - dt.timedelta(days=2),
        bo.id: TODAY - dt.timedelta(days=2),
    }
    ConversationTable.update(date=TODAY).where(ConversationTable.id == talk.id).execute()
    assert last_conversation_dates() == {ana.id: TODAY, bo.id: TODAY}  # a trigger keeps it
    services.conversations.delete(talk.id)
    assert last_conversation_dates() == {}
