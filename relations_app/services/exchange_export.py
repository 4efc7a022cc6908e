"""The journal as the text of an export, one value, person or conversation a line.

People are renumbered 1..n in id order, so that exporting, importing into an
empty journal and exporting again gives the same file. Each line is what
json's encoder writes for the entry (``", "`` and ``": "`` between items, text
as it is, not escaped to ASCII): as easy to read and compare as an indented
file, and written by json's C encoder (an indent makes json use its Python
one: 3 s for 100,000 conversations).

A conversation's line is put together here from its row, each value written
by the same functions json uses, without a dict per conversation: 100,000
conversations in about half a second instead of two
(tests/services/test_export_text.py checks it against json's encoder).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from enum import StrEnum
from json.encoder import encode_basestring

from peewee import DateField, Field

from relations_app.birthdays import Birthday
from relations_app.records import Help, Person
from relations_app.services import rows
from relations_app.services.exchange_format import FORMAT_NAME, FORMAT_VERSION
from relations_app.services.offers import my_offers
from relations_app.services.people import people_where
from relations_app.storage.database import db
from relations_app.storage.tables import (
    ConversationTable,
    HelpTable,
    SharedValueTable,
    ValueTable,
)

# What rows.help_from_row reads from a row object, without making one per row.
HELP_AS_ROW = (
    HelpTable.id,
    HelpTable.person.alias("person_id"),
    HelpTable.direction,
    HelpTable.kind,
    HelpTable.description,
    HelpTable.status,
    HelpTable.offered_on,
    HelpTable.done_on,
    HelpTable.due_on,
    HelpTable.introduced.alias("introduced_id"),
)
ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
TEXT = ConversationTable.notes.python_value  # what peewee makes of a text column
DEPTH = ConversationTable.depth.python_value
DAY, DUE, MOMENT = (
    ConversationTable.date,
    ConversationTable.follow_up_due,
    ConversationTable.created_at,
)


def journal_text() -> str:
    """The whole journal as an export's text."""
    people = sorted(people_where(), key=lambda person: person.id)
    file_ids = {person.id: index for index, person in enumerate(people, start=1)}
    values = [
        {"name": v.name, "description": v.description, "mine": bool(v.mine)}
        for v in ValueTable.select().order_by(ValueTable.name_key)
    ]
    return document_text(
        {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "values": [ENCODE(value) for value in values],
            "my_offers": [ENCODE(offer.name) for offer in my_offers()],
            "people": [ENCODE(entry) for entry in _people(people, file_ids)],
            "conversations": _conversation_lines(file_ids),
        }
    )


def document_text(document: dict) -> str:
    """The document's fields one a line, each list one item a line; the items
    of a list come as JSON text already."""
    fields = []
    for key, value in document.items():
        if isinstance(value, list) and value:
            items = ",\n".join(f"    {item}" for item in value)
            fields.append(f"  {ENCODE(key)}: [\n{items}\n  ]")
        else:
            fields.append(f"  {ENCODE(key)}: {ENCODE(value)}")
    return "{\n" + ",\n".join(fields) + "\n}\n"


def _iso(value) -> str | None:
    """A day or moment as ISO text; what peewee could not read as one (a
    "2024-02-30" left by another program) goes out as it is stored, for the
    import to name, rather than stopping the whole export."""
    return value.isoformat() if isinstance(value, dt.date) else value


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


def _people(people: list[Person], file_ids: dict[int, int]) -> list[dict]:
    """Each person with their shared values and help, in two queries for everyone."""
    shared: dict[int, list[dict]] = defaultdict(list)
    for person_id, value, evidence, noted_on in (
        SharedValueTable.select(
            SharedValueTable.person,
            ValueTable.name,
            SharedValueTable.evidence,
            SharedValueTable.noted_on,
        )
        .join(ValueTable)
        .order_by(SharedValueTable.id)
        .tuples()  # each column through its field, as a row object would have it
    ):
        shared[person_id].append({"value": value, "evidence": evidence, "noted_on": _iso(noted_on)})
    helps: dict[int, list[dict]] = defaultdict(list)
    for h in HelpTable.select(*HELP_AS_ROW).order_by(HelpTable.id).namedtuples():
        helps[h.person_id].append(_help(rows.help_from_row(h), file_ids))
    return [
        {
            **_person_fields(person, file_ids[person.id]),
            "shared_values": shared[person.id],
            "help": helps[person.id],
        }
        for person in people
    ]


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


def _help(help_record: Help, file_ids: dict[int, int]) -> dict:
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


def _conversation_lines(file_ids: dict[int, int]) -> list[str]:
    """Each conversation's line, in the journal's order (day, time, id): the
    order read from its index alone, the rows in the order of the table (read
    in the index's order they took twice as long, one page here, one there)."""
    participants: dict[int, list[int]] = defaultdict(list)
    for cid, pid in db.execute_sql("SELECT conversation_id, person_id FROM participant"):
        participants[cid].append(file_ids[pid])
    order = db.execute_sql("SELECT id FROM conversation ORDER BY date, time, id")
    query = ConversationTable.select(*rows.CONVERSATION_COLUMNS)
    found = {row[0]: row for row in db.execute_sql(*query.sql())}  # as stored
    people = {cid: ", ".join(map(str, sorted(ids))) for cid, ids in participants.items()}
    return [_conversation_line(found[cid], people.get(cid, "")) for (cid,) in order]


def _conversation_line(row: tuple, people: str) -> str:
    """What ENCODE writes for the conversation's dict, keys in the same order;
    ``people`` their file ids, as the list's items."""
    _, day, time, channel, place, notes, learned, depth, follow_up, due, done, made, changed = row
    made = _when(made, MOMENT)
    return (
        f'{{"date": {_when(day, DAY)}, "time": {_text(time)}, "people": [{people}], '
        f'"channel": {_text(channel)}, "place": {_text(place)}, "notes": {_text(notes)}, '
        f'"learned": {_text(learned)}, '
        f'"depth": {depth if type(depth) is int else _json(DEPTH(depth))}, '
        f'"follow_up": {_text(follow_up)}, "follow_up_due": {_when(due, DUE)}, '
        f'"follow_up_done": {"true" if done else "false"}, "created_at": {made}, '
        f'"updated_at": {made if changed == row[-2] else _when(changed, MOMENT)}}}'
    )


def _when(stored, field: Field) -> str:
    """A stored day or moment as json writes _iso_text's answer (ISO text needs
    no escape)."""
    if stored is None:  # peewee reads None as None
        return "null"
    if type(stored) is str:
        kind = dt.date if isinstance(field, DateField) else dt.datetime
        try:
            return f'"{kind.fromisoformat(stored).isoformat()}"'
        except ValueError:
            pass
    return _json(_iso_text(stored, field))


def _text(value) -> str:
    """A text column's value as json writes what peewee reads from it; bytes
    (invalid UTF-8 another program stored) as the window shows them, with
    replacement characters (services/rows.py, read_text)."""
    if type(value) is str:
        return encode_basestring(value)
    if isinstance(value, bytes):
        return encode_basestring(rows.read_text(value))
    return "null" if value is None else _json(TEXT(value))


def _json(value) -> str:
    return encode_basestring(value) if type(value) is str else ENCODE(value)
