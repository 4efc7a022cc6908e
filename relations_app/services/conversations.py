"""Conversations: the journal itself."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable

from relations_app.i18n import translate
from relations_app.records import NEW_PERSON, Circle, Conversation, Person, PersonRef
from relations_app.services import rows
from relations_app.services.id_lists import IN_IDS, column_list, id_list
from relations_app.services.messages import gone
from relations_app.services.validation import validate_conversation, validate_person
from relations_app.storage.database import db
from relations_app.storage.errors import ValidationError
from relations_app.storage.store import Store
from relations_app.storage.tables import ConversationTable, ParticipantTable, PersonTable

NEWEST_FIRST = (
    ConversationTable.date.desc(),
    ConversationTable.time.desc(nulls="LAST"),
    ConversationTable.id.desc(),
)


IN_CHUNK = 500  # ids per IN (...) list
WHOLE_TABLE_FROM = 5000  # from this many conversations, one pass over every participant wins


def _participants(conversation_ids: Iterable[int] | None) -> dict[int, tuple[PersonRef, ...]]:
    query = (
        ParticipantTable.select(ParticipantTable.conversation, PersonTable.id, PersonTable.name)
        .join(PersonTable)
        .order_by(PersonTable.name, PersonTable.id)
    )
    queries = [query]
    if conversation_ids is not None:
        ids = list(conversation_ids)
        queries = [
            query.where(ParticipantTable.conversation.in_(ids[start : start + IN_CHUNK]))
            for start in range(0, len(ids), IN_CHUNK)
        ]
    people: dict[int, list[PersonRef]] = defaultdict(list)
    for chunk_query in queries:
        for conversation_id, person_id, name in db.execute_sql(*chunk_query.sql()):
            people[conversation_id].append(PersonRef(id=person_id, name=rows.read_text(name)))
    return {cid: tuple(refs) for cid, refs in people.items()}


def conversation_records(query) -> list[Conversation]:
    """Records for a ConversationTable query (any filter and order), with their people."""
    found = db.execute_sql(*query.select(*rows.CONVERSATION_COLUMNS).sql()).fetchall()
    ids = None if len(found) > WHOLE_TABLE_FROM else [raw[0] for raw in found]
    people = _participants(ids)
    return [rows.conversation_from_raw(raw, people.get(raw[0], ())) for raw in found]


CONVERSATIONS = f"SELECT {column_list(rows.CONVERSATION_COLUMNS)} FROM conversation"
NEWEST_FIRST_SQL = "ORDER BY date DESC, time DESC NULLS LAST, id DESC"
PEOPLE_IN_IDS = f"""
    SELECT p.conversation_id, pe.id, pe.name
    FROM participant p JOIN person pe ON pe.id = p.person_id
    WHERE p.conversation_id {IN_IDS} ORDER BY pe.name, pe.id
"""


def _records(sql: str, params: list) -> list[Conversation]:
    """Conversations read with SQL written once (see id_lists), with their people."""
    found = db.execute_sql(sql, params).fetchall()
    people: dict[int, list[PersonRef]] = defaultdict(list)
    for cid, person_id, name in db.execute_sql(PEOPLE_IN_IDS, [id_list(r[0] for r in found)]):
        people[cid].append(PersonRef(person_id, rows.read_text(name)))
    return [rows.conversation_from_raw(raw, tuple(people.get(raw[0], ()))) for raw in found]


def conversations_of(person_id: int) -> list[Conversation]:
    """A person's conversations, newest first."""
    return _records(
        f"{CONVERSATIONS} WHERE id IN (SELECT conversation_id FROM participant"
        f" WHERE person_id = ?) {NEWEST_FIRST_SQL}",
        [person_id],
    )


def open_follow_ups() -> list[Conversation]:
    """Every conversation whose follow-up is still to do, soonest due first
    (undated ones last, newest first among them)."""
    query = ConversationTable.select().where(
        (ConversationTable.follow_up != "") & (ConversationTable.follow_up_done == False)  # noqa: E712
    )
    found = [c for c in conversation_records(query.order_by(*NEWEST_FIRST)) if c.has_open_follow_up]
    return sorted(found, key=lambda c: (c.follow_up_due is None, c.follow_up_due or dt.date.min))


class ConversationService:
    def __init__(self, store: Store, clock: Callable[[], dt.datetime]) -> None:
        self._store = store
        self._clock = clock

    def all(self) -> list[Conversation]:
        """Every conversation, newest first."""
        return conversation_records(ConversationTable.select().order_by(*NEWEST_FIRST))

    def between(self, start: dt.date | None, end: dt.date | None = None) -> list[Conversation]:
        query = ConversationTable.select()
        if start is not None:
            query = query.where(ConversationTable.date >= start)
        if end is not None:
            query = query.where(ConversationTable.date <= end)
        return conversation_records(query.order_by(*NEWEST_FIRST))

    def get(self, conversation_id: int) -> Conversation | None:
        found = conversation_records(
            ConversationTable.select().where(ConversationTable.id == conversation_id)
        )
        return found[0] if found else None

    def get_many(self, conversation_ids: Iterable[int]) -> list[Conversation]:
        return _records(f"{CONVERSATIONS} WHERE id {IN_IDS}", [id_list(conversation_ids)])

    def count(self) -> int:
        return db.execute_sql("SELECT COUNT(*) FROM conversation").fetchone()[0]

    def save(self, conversation: Conversation) -> Conversation:
        """Add (id None) or update a conversation and who was in it."""
        now = self._clock().replace(microsecond=0)
        validate_conversation(conversation, now.date())
        with self._store.write():
            person_ids = self._resolve_people(conversation.people, now)
            columns = rows.conversation_columns(conversation)
            if conversation.id is None:
                row = ConversationTable.create(**columns, created_at=now, updated_at=now)
                conversation_id = row.id
            else:
                conversation_id = conversation.id
                updated = (
                    ConversationTable.update(**columns, updated_at=now)
                    .where(ConversationTable.id == conversation_id)
                    .execute()
                )
                if not updated:
                    raise gone(
                        translate("Errors", "This conversation is no longer in the journal.")
                    )
                ParticipantTable.delete().where(
                    ParticipantTable.conversation == conversation_id
                ).execute()
            ParticipantTable.insert_many(
                [(conversation_id, pid) for pid in person_ids],
                fields=[ParticipantTable.conversation, ParticipantTable.person],
            ).execute()
        stored = self.get(conversation_id)
        assert stored is not None
        return stored

    def set_follow_up_done(self, conversation_id: int, done: bool) -> None:
        with self._store.write():
            ConversationTable.update(
                follow_up_done=done, updated_at=self._clock().replace(microsecond=0)
            ).where(ConversationTable.id == conversation_id).execute()

    def delete(self, conversation_id: int) -> None:
        with self._store.write():
            ConversationTable.delete().where(ConversationTable.id == conversation_id).execute()

    def _resolve_people(self, people: tuple[PersonRef, ...], now: dt.datetime) -> list[int]:
        """Ids of the participants; people named with id NEW_PERSON are created
        here, in the conversation's own transaction."""
        ids = []
        for ref in people:
            if ref.id == NEW_PERSON:
                validate_person(Person(name=ref.name), now.date())
                ref_id = PersonTable.create(
                    name=" ".join(ref.name.split()),
                    circle=str(Circle.ACQUAINTANCE),
                    created_at=now,
                    updated_at=now,
                ).id
            else:
                ref_id = ref.id
            ids.append(ref_id)
        ids = list(dict.fromkeys(ids))
        self._check_people_exist(ids)
        return ids

    @staticmethod
    def _check_people_exist(person_ids: list[int]) -> None:
        found = {
            pid
            for (pid,) in PersonTable.select(PersonTable.id)
            .where(PersonTable.id.in_(person_ids))
            .tuples()
        }
        missing = [pid for pid in person_ids if pid not in found]
        if missing:
            raise ValidationError(
                translate(
                    "Validation", "Someone in this conversation is no longer in the journal."
                ),
                "people",
            )
