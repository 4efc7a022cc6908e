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
from relations_app.storage.files import write_private_atomically
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
        text = json.dumps(self.export_document(), ensure_ascii=False, indent=2) + "\n"
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
        query = ConversationTable.select().order_by(
            ConversationTable.date, ConversationTable.time, ConversationTable.id
        )
        return [
            {
                "date": _iso(row.date),
                "time": row.time,
                "people": sorted(participants.get(row.id, [])),
                "channel": row.channel,
                "place": row.place,
                "notes": row.notes,
                "learned": row.learned,
                "depth": row.depth,
                "follow_up": row.follow_up,
                "follow_up_due": _iso(row.follow_up_due),
                "follow_up_done": bool(row.follow_up_done),
                "created_at": _iso(row.created_at),
                "updated_at": _iso(row.updated_at),
            }
            for row in query
        ]

    # -- import --------------------------------------------------------------
    def read_json(self, path: Path) -> ImportDocument:
        """Read and check a file; raises ExchangeError naming the problem and where.

        Nothing is written, and nothing waits: see exchange_file for the bounds.
        """
        data = parse_json(read_bytes_bounded(Path(path)))
        return read_document(data, self._clock().date())

    def import_document(self, document: ImportDocument) -> ImportCounts:
        """Add everything in the document to the store, all or nothing."""
        now = self._clock().replace(microsecond=0)
        with self._store.write():
            for value in document.values:
                self._merge_value(value.name, value.description, value.mine)
            for offer in document.my_offers:
                _merge_offer(offer)
            new_ids = {
                imported.file_id: self._insert_person(imported.person, now)
                for imported in document.people
            }
            for imported in document.people:
                for shared in imported.shared_values:
                    SharedValueTable.create(
                        person=new_ids[imported.file_id],
                        value=find_or_create_value(shared.value_name),
                        evidence=shared.evidence,
                        noted_on=shared.noted_on,
                    )
                for help_record in imported.help:
                    columns = rows.help_columns(help_record)
                    columns["person"] = new_ids[imported.file_id]
                    if help_record.introduced_id is not None:
                        columns["introduced"] = new_ids[help_record.introduced_id]
                    HelpTable.create(**columns)
            for conversation in document.conversations:
                self._insert_conversation(conversation, new_ids, now)
        return ImportCounts(
            values=len(document.values),
            people=len(document.people),
            conversations=len(document.conversations),
        )

    @staticmethod
    def _merge_value(name: str, description: str, mine: bool) -> None:
        value_id = find_or_create_value(name, mine=mine, description=description)
        row = ValueTable.get_by_id(value_id)
        if (mine and not row.mine) or (description and not row.description):
            ValueTable.update(
                mine=row.mine or mine, description=row.description or description
            ).where(ValueTable.id == value_id).execute()

    @staticmethod
    def _insert_person(person: Person, now: dt.datetime) -> int:
        return PersonTable.create(
            **rows.person_columns(person),
            created_at=person.created_at or now,
            updated_at=person.updated_at or now,
        ).id

    @staticmethod
    def _insert_conversation(
        conversation: Conversation, new_ids: dict[int, int], now: dt.datetime
    ) -> None:
        row = ConversationTable.create(
            **rows.conversation_columns(conversation),
            created_at=conversation.created_at or now,
            updated_at=conversation.updated_at or now,
        )
        person_ids = dict.fromkeys(new_ids[ref.id] for ref in conversation.people)
        ParticipantTable.insert_many(
            [(row.id, pid) for pid in person_ids],
            fields=[ParticipantTable.conversation, ParticipantTable.person],
        ).execute()


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
