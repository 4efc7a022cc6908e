"""Between table rows and records: the only place that knows both shapes."""

from __future__ import annotations

import datetime as dt

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
    Value,
)
from relations_app.storage.tables import (
    ConversationTable,
    HelpTable,
    PersonTable,
    ValueTable,
)

PERSON_FIELDS = (
    "name",
    "nickname",
    "circle",
    "met_how",
    "met_where",
    "met_on",
    "organisation",
    "email",
    "phone",
    "city",
    "birthday",
    "keep_in_touch_days",
    "what_matters",
    "next_question",
    "notes",
    "archived",
)

CONVERSATION_FIELDS = (
    "date",
    "channel",
    "place",
    "notes",
    "learned",
    "depth",
    "follow_up",
    "follow_up_due",
    "follow_up_done",
)


PERSON_COLUMNS = (
    PersonTable.id,
    *(getattr(PersonTable, name) for name in PERSON_FIELDS),
    PersonTable.created_at,
    PersonTable.updated_at,
)


def person_from_raw(values: tuple) -> Person:
    """A person from a raw SQLite row of PERSON_COLUMNS: no peewee row processing,
    which is most of the cost of listing 2,000 people."""
    person_id, *fields, created_at, updated_at = values
    named = dict(zip(PERSON_FIELDS, fields, strict=True))
    named["circle"] = Circle(named["circle"])
    named["archived"] = bool(named["archived"])
    for name in ("met_on", "birthday"):
        if named[name]:
            named[name] = dt.date.fromisoformat(named[name])
    return Person(
        id=person_id,
        created_at=dt.datetime.fromisoformat(created_at) if created_at else None,
        updated_at=dt.datetime.fromisoformat(updated_at) if updated_at else None,
        **named,
    )


def person_columns(person: Person) -> dict:
    return {name: _stored(getattr(person, name)) for name in PERSON_FIELDS}


def parse_time(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


CONVERSATION_COLUMNS = (
    ConversationTable.id,
    ConversationTable.date,
    ConversationTable.time,
    ConversationTable.channel,
    ConversationTable.place,
    ConversationTable.notes,
    ConversationTable.learned,
    ConversationTable.depth,
    ConversationTable.follow_up,
    ConversationTable.follow_up_due,
    ConversationTable.follow_up_done,
    ConversationTable.created_at,
    ConversationTable.updated_at,
)


def conversation_from_raw(values: tuple, people: tuple[PersonRef, ...]) -> Conversation:
    """A conversation from a raw SQLite row of CONVERSATION_COLUMNS (no peewee row
    processing: listing 20,000 conversations takes a third of the time)."""
    (
        cid,
        day,
        time,
        channel,
        place,
        notes,
        learned,
        depth,
        follow_up,
        due,
        done,
        created_at,
        updated_at,
    ) = values
    return Conversation(
        id=cid,
        date=dt.date.fromisoformat(day),
        time=parse_time(time),
        people=people,
        channel=Channel(channel),
        place=place,
        notes=notes,
        learned=learned,
        depth=depth,
        follow_up=follow_up,
        follow_up_due=dt.date.fromisoformat(due) if due else None,
        follow_up_done=bool(done),
        created_at=dt.datetime.fromisoformat(created_at) if created_at else None,
        updated_at=dt.datetime.fromisoformat(updated_at) if updated_at else None,
    )


def conversation_columns(conversation: Conversation) -> dict:
    columns = {name: _stored(getattr(conversation, name)) for name in CONVERSATION_FIELDS}
    columns["time"] = conversation.time.strftime("%H:%M") if conversation.time else None
    return columns


def value_from_row(row: ValueTable) -> Value:
    return Value(id=row.id, name=row.name, description=row.description, mine=bool(row.mine))


def shared_value_from_row(row, value_name: str) -> SharedValue:
    return SharedValue(
        id=row.id,
        person_id=row.person_id,
        value_name=value_name,
        evidence=row.evidence,
        noted_on=row.noted_on,
    )


def help_from_row(row: HelpTable) -> Help:
    return Help(
        id=row.id,
        person_id=row.person_id,
        direction=Direction(row.direction),
        kind=HelpKind(row.kind),
        description=row.description,
        status=HelpStatus(row.status),
        offered_on=row.offered_on,
        done_on=row.done_on,
    )


def help_columns(help_record: Help) -> dict:
    return {
        "person": help_record.person_id,
        "direction": str(help_record.direction),
        "kind": str(help_record.kind),
        "description": help_record.description,
        "status": str(help_record.status),
        "offered_on": help_record.offered_on,
        "done_on": help_record.done_on,
    }


def _stored(value):
    """Enums are stored as their plain string value."""
    return str(value) if isinstance(value, (Circle, Channel)) else value
