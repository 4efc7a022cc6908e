"""Export the whole journal to JSON and import it back, losslessly.

The export's text is written by exchange_export. Import reads and checks the
whole file first (exchange_format), then writes it in one transaction.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from relations_app.records import Conversation, normalise_value_name
from relations_app.services import rows
from relations_app.services.exchange_export import journal_text
from relations_app.services.exchange_file import parse_json, read_bytes_bounded
from relations_app.services.exchange_format import ImportDocument, read_document
from relations_app.services.messages import journal_in_the_way
from relations_app.services.values import find_or_create_value
from relations_app.storage.bulk_insert import (
    bulk_writes,
    insert_stored,
    next_id,
)
from relations_app.storage.database import db
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


class ExchangeService:
    def __init__(self, store: Store, clock: Callable[[], dt.datetime]) -> None:
        self._store = store
        self._clock = clock

    # -- export --------------------------------------------------------------
    def export_document(self) -> dict:
        """The journal as the export writes it (exchange_export), read back."""
        return json.loads(journal_text())

    def export_json(self, path: Path) -> None:
        if self._store.owns(path):
            raise journal_in_the_way(path)
        with collector_paused():
            text = journal_text()
        write_private_atomically(Path(path), text.encode("utf-8"))

    # -- import --------------------------------------------------------------
    def read_json(self, path: Path) -> ImportDocument:
        """Read and check a file; raises ExchangeError naming the problem and where.

        Nothing is written, and nothing waits: see exchange_file for the bounds.
        """
        with collector_paused():
            return read_document(parse_json(read_bytes_bounded(Path(path))), self._clock().date())

    def import_document(
        self, document: ImportDocument, counted: Callable[[int], None] | None = None
    ) -> ImportCounts:
        """Add everything in the document to the store, all or nothing: the
        rows a few thousand a statement, the full-text index filled once at the
        end (storage/bulk_insert.py, storage/search_index.py). ``counted(n)``
        hears of each ``n`` of the import_steps(document) done."""
        now = self._clock().replace(microsecond=0)
        counted = counted or _nothing_counted
        with collector_paused(), self._store.write(), bulk_writes(db, counted):
            value_ids = {}
            for value in document.values:
                value_ids[value.name] = self._merge_value(value.name, value.description, value.mine)
            for offer in document.my_offers:
                _merge_offer(offer)
            new_ids = self._insert_people(document, now, value_ids)
            counted(
                len(document.values)
                + sum(1 + len(p.shared_values) + len(p.help) for p in document.people)
            )
            _insert_conversations(document.conversations, new_ids, now, counted)
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
                (
                    person_id,
                    *rows.person_columns(person).values(),
                    person.created_at or now,
                    person.updated_at or now,
                )
            )
            for s in imported.shared_values:
                if s.value_name not in value_ids:
                    value_ids[s.value_name] = find_or_create_value(s.value_name)
                shared.append((person_id, value_ids[s.value_name], s.evidence, s.noted_on))
            for help_record in imported.help:
                introduced = help_record.introduced_id
                columns = rows.help_columns(help_record)
                columns["person"] = person_id
                columns["introduced"] = new_ids[introduced] if introduced is not None else None
                helps.append(columns)
        insert_stored(PersonTable, STORED_PERSON, people)
        insert_stored(SharedValueTable, ("person", "value", "evidence", "noted_on"), shared)
        if helps:  # each a dict of the same columns
            insert_stored(HelpTable, list(helps[0]), (tuple(h.values()) for h in helps))
        return new_ids


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a file is read or written: each
    of its passes walks every object of the parsed file again, 0.6 s of
    processor time at 100,000 conversations, and none of them is in a cycle
    (they go by reference counting, as they would anyway)."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # what is still there goes to the oldest generation, as it would after
        # a few passes: a pass now would walk it all (0.3 s of a 5 s import)
        gc.freeze()
        gc.unfreeze()
        if running:
            gc.enable()


def import_steps(document: ImportDocument) -> int:
    """The rows an import writes (each value, person, shared value, help,
    conversation and participant), then indexes for search (each person and
    conversation): the steps of its progress."""
    people, talks = document.people, document.conversations
    return (
        len(document.values)
        + sum(2 + len(p.shared_values) + len(p.help) for p in people)
        + sum(2 + len(c.people) for c in talks)
    )


def _nothing_counted(steps: int) -> None:
    pass


# Conversations written this many a statement: each statement a step of the
# progress (about a twentieth of a second), and the rows built for one at a time.
CHUNK = 5000


def _insert_conversations(
    conversations: list[Conversation],
    new_ids: dict[int, int],
    now: dt.datetime,
    counted: Callable[[int], None],
) -> None:
    """The conversations and their participants, as stored_conversation has them."""
    first = next_id(ConversationTable)
    for start in range(0, len(conversations), CHUNK):
        talks, participants = [], []
        for n, conversation in enumerate(conversations[start : start + CHUNK], first + start):
            talks.append(stored_conversation(conversation, n, now))
            day = talks[-1][1]
            people = dict.fromkeys(new_ids[ref.id] for ref in conversation.people)
            participants += [(n, person_id, day) for person_id in people]
        insert_stored(ConversationTable, STORED_CONVERSATION, talks)
        insert_stored(ParticipantTable, ("conversation", "person", "date"), participants)
        counted(len(talks) + len(participants))


# The columns of the rows _insert_people writes, in their order.
STORED_PERSON = tuple(field.name for field in rows.PERSON_COLUMNS)
# The columns of stored_conversation, in its order.
STORED_CONVERSATION = tuple(field.name for field in rows.CONVERSATION_COLUMNS)


def stored_conversation(c: Conversation, conversation_id: int, now: dt.datetime) -> tuple:
    """A conversation's row as peewee and SQLite store it (dates as ISO text,
    a moment with a space before its time, the time as HH:MM, a code as its
    value): built directly, a tenth of the time of each field's db_value
    (tests/services/test_bulk_import.py compares the two)."""
    due = c.follow_up_due
    return (
        conversation_id,
        c.date.isoformat(),
        c.time.strftime("%H:%M") if c.time is not None else None,
        c.channel.value,
        c.place,
        c.notes,
        c.learned,
        c.depth,
        c.follow_up,
        due.isoformat() if due is not None else None,
        1 if c.follow_up_done else 0,
        (c.created_at or now).isoformat(" "),
        (c.updated_at or now).isoformat(" "),
    )


def _merge_offer(name: str) -> None:
    """An offer joins mine unless I already have it, whatever its case."""
    key = normalise_value_name(name)
    if MyOfferTable.get_or_none(MyOfferTable.name_key == key) is None:
        MyOfferTable.create(name=" ".join(name.split()), name_key=key)
