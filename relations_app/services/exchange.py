"""Export the whole journal to JSON and import it back, losslessly.

Export renumbers people 1..n in id order so that exporting, importing into an
empty store and exporting again gives the same file. Import reads and checks
the whole file first (exchange_format), then writes it in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from peewee import DateField, Field

from relations_app.birthdays import Birthday
from relations_app.records import Conversation, Help, Person, normalise_value_name
from relations_app.services import rows
from relations_app.services.exchange_file import parse_json, read_bytes_bounded
from relations_app.services.exchange_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ImportDocument,
    read_document,
)
from relations_app.services.messages import journal_in_the_way
from relations_app.services.offers import my_offers
from relations_app.services.people import people_where
from relations_app.services.values import find_or_create_value
from relations_app.storage.bulk_insert import insert_dicts, insert_rows, next_id
from relations_app.storage.database import db
from relations_app.storage.files import write_private_atomically
from relations_app.storage.search_index import bulk_writes
from relations_app.storage.store import Store
from relations_app.storage.tables import (
    ConversationTable,
    HelpTable,
    MyOfferTable,
    ParticipantTable,
    PersonTable,
    SharedValueTable,
    ValueTable,
)


@dataclass(frozen=True)
class ImportCounts:
    values: int
    people: int
    conversations: int


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _iso_text(stored, field: Field) -> str | None:
    """A stored day or moment as the export writes it, as _iso(field's value)
    would: fromisoformat reads what peewee wrote ("2026-11-27 10:30:00") ten
    times faster than the field's strptime (2 s for 100,000 conversations);
    anything else goes the field's way."""
    if isinstance(stored, str):
        kind = dt.date if isinstance(field, DateField) else dt.datetime
        try:
            return kind.fromisoformat(stored).isoformat()
        except ValueError:
            pass
    return _iso(field.python_value(stored))


class ExchangeService:
    def __init__(self, store: Store, clock: Callable[[], dt.datetime]) -> None:
        self._store = store
        self._clock = clock

    # -- export --------------------------------------------------------------
    def export_document(self) -> dict:
        people = sorted(people_where(), key=lambda person: person.id)
        file_ids = {person.id: index for index, person in enumerate(people, start=1)}
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "values": [
                {"name": v.name, "description": v.description, "mine": bool(v.mine)}
                for v in ValueTable.select().order_by(ValueTable.name_key)
            ],
            "my_offers": [offer.name for offer in my_offers()],
            "people": self._export_people(people, file_ids),
            "conversations": self._export_conversations(file_ids),
        }

    def export_json(self, path: Path) -> None:
        if self._store.owns(path):
            raise journal_in_the_way(path)
        text = export_text(self.export_document())
        write_private_atomically(Path(path), text.encode("utf-8"))

    @staticmethod
    def _export_people(people: list[Person], file_ids: dict[int, int]) -> list[dict]:
        """Each person with their shared values and help, in two queries for everyone."""
        shared: dict[int, list[dict]] = defaultdict(list)
        for s in (
            SharedValueTable.select(SharedValueTable, ValueTable.name)
            .join(ValueTable)
            .order_by(SharedValueTable.id)
        ):
            shared[s.person_id].append(
                {"value": s.value.name, "evidence": s.evidence, "noted_on": _iso(s.noted_on)}
            )
        helps: dict[int, list[dict]] = defaultdict(list)
        for h in HelpTable.select().order_by(HelpTable.id):
            helps[h.person_id].append(_export_help(rows.help_from_row(h), file_ids))
        return [
            {
                **_person_fields(person, file_ids[person.id]),
                "shared_values": shared[person.id],
                "help": helps[person.id],
            }
            for person in people
        ]

    @staticmethod
    def _export_conversations(file_ids: dict[int, int]) -> list[dict]:
        participants: dict[int, list[int]] = {}
        for cid, pid in ParticipantTable.select(
            ParticipantTable.conversation, ParticipantTable.person
        ).tuples():
            participants.setdefault(cid, []).append(file_ids[pid])
        query = ConversationTable.select(*rows.CONVERSATION_COLUMNS).order_by(
            ConversationTable.date, ConversationTable.time, ConversationTable.id
        )
        text = ConversationTable.notes.python_value  # what peewee makes of a text column
        return [
            {
                "date": _iso_text(date, ConversationTable.date),
                "time": text(time),
                "people": sorted(participants.get(cid, [])),
                "channel": text(channel),
                "place": text(place),
                "notes": text(notes),
                "learned": text(learned),
                "depth": ConversationTable.depth.python_value(depth),
                "follow_up": text(follow_up),
                "follow_up_due": _iso_text(due, ConversationTable.follow_up_due),
                "follow_up_done": bool(done),
                "created_at": _iso_text(created, ConversationTable.created_at),
                "updated_at": _iso_text(updated, ConversationTable.updated_at),
            }
            for (
                cid,
                date,
                time,
                channel,
                place,
                notes,
                learned,
                depth,
                follow_up,
                due,
                done,
                created,
                updated,
            ) in db.execute_sql(*query.sql())  # as stored: the dates through _iso_text
        ]

    # -- import --------------------------------------------------------------
    def read_json(self, path: Path) -> ImportDocument:
        """Read and check a file; raises ExchangeError naming the problem and where.

        Nothing is written, and nothing waits: see exchange_file for the bounds.
        """
        data = parse_json(read_bytes_bounded(Path(path)))
        return read_document(data, self._clock().date())

    def import_document(self, document: ImportDocument) -> ImportCounts:
        """Add everything in the document to the store, all or nothing: each
        table's rows in one statement run many times, the full-text index filled
        once at the end (storage/bulk_insert.py, storage/search_index.py)."""
        now = self._clock().replace(microsecond=0)
        with self._store.write(), bulk_writes(db):
            value_ids = {}
            for value in document.values:
                value_ids[value.name] = self._merge_value(value.name, value.description, value.mine)
            for offer in document.my_offers:
                _merge_offer(offer)
            new_ids = self._insert_people(document, now, value_ids)
            self._insert_conversations(document.conversations, new_ids, now)
        return ImportCounts(
            values=len(document.values),
            people=len(document.people),
            conversations=len(document.conversations),
        )

    @staticmethod
    def _merge_value(name: str, description: str, mine: bool) -> int:
        value_id = find_or_create_value(name, mine=mine, description=description)
        row = ValueTable.get_by_id(value_id)
        if (mine and not row.mine) or (description and not row.description):
            ValueTable.update(
                mine=row.mine or mine, description=row.description or description
            ).where(ValueTable.id == value_id).execute()
        return value_id

    @staticmethod
    def _insert_people(
        document: ImportDocument, now: dt.datetime, value_ids: dict[str, int]
    ) -> dict[int, int]:
        """The people with their shared values and help; their new ids by file id."""
        first = next_id(PersonTable)
        new_ids = {p.file_id: first + n for n, p in enumerate(document.people)}
        people, shared, helps = [], [], []
        for imported in document.people:
            person, person_id = imported.person, new_ids[imported.file_id]
            people.append(
                {
                    "id": person_id,
                    **rows.person_columns(person),
                    "created_at": person.created_at or now,
                    "updated_at": person.updated_at or now,
                }
            )
            for s in imported.shared_values:
                if s.value_name not in value_ids:
                    value_ids[s.value_name] = find_or_create_value(s.value_name)
                shared.append((person_id, value_ids[s.value_name], s.evidence, s.noted_on))
            for help_record in imported.help:
                introduced = help_record.introduced_id
                helps.append(
                    {
                        **rows.help_columns(help_record),
                        "person": person_id,
                        "introduced": new_ids[introduced] if introduced is not None else None,
                    }
                )
        insert_dicts(PersonTable, people)
        insert_rows(SharedValueTable, ("person", "value", "evidence", "noted_on"), shared)
        insert_dicts(HelpTable, helps)
        return new_ids

    @staticmethod
    def _insert_conversations(
        conversations: list[Conversation], new_ids: dict[int, int], now: dt.datetime
    ) -> None:
        first = next_id(ConversationTable)
        talks, participants = [], []
        for n, conversation in enumerate(conversations):
            talks.append(
                {
                    "id": first + n,
                    **rows.conversation_columns(conversation),
                    "created_at": conversation.created_at or now,
                    "updated_at": conversation.updated_at or now,
                }
            )
            person_ids = dict.fromkeys(new_ids[ref.id] for ref in conversation.people)
            participants += [(first + n, person_id) for person_id in person_ids]
        insert_dicts(ConversationTable, talks)
        insert_rows(ParticipantTable, ("conversation", "person"), participants)


def export_text(document: dict) -> str:
    """The document as JSON, one value, person or conversation a line: as easy
    to read and compare as an indented file, and written by json's C encoder
    (an indent makes json use its Python one: 3 s for 100,000 conversations)."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    fields = []
    for key, value in document.items():
        if isinstance(value, list) and value:
            items = ",\n".join(f"    {encode(item)}" for item in value)
            fields.append(f"  {encode(key)}: [\n{items}\n  ]")
        else:
            fields.append(f"  {encode(key)}: {encode(value)}")
    return "{\n" + ",\n".join(fields) + "\n}\n"


def _merge_offer(name: str) -> None:
    """An offer joins mine unless I already have it, whatever its case."""
    key = normalise_value_name(name)
    if MyOfferTable.get_or_none(MyOfferTable.name_key == key) is None:
        MyOfferTable.create(name=" ".join(name.split()), name_key=key)


def _person_fields(person: Person, file_id: int) -> dict:
    entry: dict = {"id": file_id}
    for name in rows.PERSON_FIELDS:
        value = getattr(person, name)
        if isinstance(value, (dt.date, Birthday)):
            value = value.isoformat()
        elif isinstance(value, StrEnum):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        entry[name] = value
    entry["created_at"] = _iso(person.created_at)
    entry["updated_at"] = _iso(person.updated_at)
    return entry


def _export_help(help_record: Help, file_ids: dict[int, int]) -> dict:
    introduced = help_record.introduced_id
    return {
        "direction": str(help_record.direction),
        "kind": str(help_record.kind),
        "status": str(help_record.status),
        "description": help_record.description,
        "offered_on": _iso(help_record.offered_on),
        "done_on": _iso(help_record.done_on),
        "due_on": _iso(help_record.due_on),
        "introduced": file_ids[introduced] if introduced is not None else None,
    }
