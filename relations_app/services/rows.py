"""Between table rows and records: the only place that knows both shapes.

Reading is forgiving: a stored code this version does not know (written by an
older bug, or by hand) is read as a safe default instead of stopping every view
that shows the row. unknown_codes() lists such rows for the warnings of
`relations check` and `relations export`.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TypeVar

from relations_app.birthdays import Birthday
from relations_app.i18n import translate
from relations_app.records import (
    Channel,
    Circle,
    Conversation,
    Direction,
    Help,
    HelpKind,
    HelpStatus,
    Offer,
    Person,
    PersonRef,
    SharedValue,
    Value,
)
from relations_app.storage.sqlite import Connection
from relations_app.storage.tables import (
    ConversationTable,
    HelpTable,
    MyOfferTable,
    PersonTable,
    ValueTable,
)

E = TypeVar("E", bound=StrEnum)

# Where codes are stored, and what an unknown one is read as.
CODE_COLUMNS: tuple[tuple[str, str, type[StrEnum], StrEnum], ...] = (
    ("person", "circle", Circle, Circle.WIDER),
    ("conversation", "channel", Channel, Channel.OTHER),
    ("help", "direction", Direction, Direction.GIVEN),
    ("help", "kind", HelpKind, HelpKind.OTHER),
    ("help", "status", HelpStatus, HelpStatus.OFFERED),
)
FALLBACK = {enum: fallback for _, _, enum, fallback in CODE_COLUMNS}


def member(enum: type[E], code: object) -> E:
    """The member stored as ``code``, or the enum's fallback for a code we do not know."""
    try:
        return enum(code)
    except ValueError:
        return FALLBACK[enum]  # type: ignore[return-value]


def unknown_codes(connection: Connection) -> list[str]:
    """One line per stored row whose code is not one this version knows."""
    found = []
    for table, column, enum, fallback in CODE_COLUMNS:
        known = [m.value for m in enum]
        marks = ", ".join("?" for _ in known)
        query = f'SELECT id, "{column}" FROM "{table}" WHERE "{column}" NOT IN ({marks})'
        for row_id, code in connection.execute(query + " ORDER BY id", known).fetchall():
            found.append(
                translate("Rows", "{0} {1}: unknown {2} '{3}', read as '{4}'").format(
                    table, row_id, column, code, fallback.value
                )
            )
    return found


def read_date(text: object) -> dt.date | None:
    """An optional stored date; None when there is none or it cannot be read
    (a hand edit, another program): one such date must not stop every view,
    the Today page the window opens on first. A time after the day is ignored."""
    if not text:
        return None
    if isinstance(text, dt.date):  # read by peewee already
        return text
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


# the day shown for a conversation or help whose required day cannot be read
# (written by hand or by another program): the earliest a day may be, so the row
# sits at the end of the Journal, where it can be opened and given its real day
UNREADABLE_DAY = dt.date(1900, 1, 1)


def read_day(text: object) -> dt.date:
    """A required stored date, or UNREADABLE_DAY: one such row must not stop
    the Journal, the search or the Today page."""
    return read_date(text) or UNREADABLE_DAY


def read_text(value: object) -> str:
    """A stored text as text: SQLite keeps what another program wrote, and a
    number or bytes (invalid UTF-8 comes back as bytes) where text belongs
    must not stop sorting, folding or painting."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def read_number(value: object, fallback: int | None) -> int | None:
    """A stored whole number, or ``fallback`` when what is stored is not one."""
    if isinstance(value, int):
        return value
    if value is None:
        return fallback
    try:
        return int(str(value))
    except ValueError:
        return fallback


def read_birthday(text: object) -> Birthday | None:
    """A stored birthday, with or without its year, read as forgivingly."""
    if not text:
        return None
    try:
        return Birthday.parse(str(text))
    except ValueError:
        return None


def read_moment(text: object) -> dt.datetime | None:
    """An optional stored date and time, read as forgivingly as read_date."""
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(str(text))
    except ValueError:
        day = read_date(text)
        return dt.datetime.combine(day, dt.time()) if day else None


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
    "looking_for",
    "can_offer",
    "snoozed_until",
)
LIST_FIELDS = ("looking_for", "can_offer")  # stored one item a line
# a person's free texts, besides the name and the lists
PERSON_TEXTS = (
    "nickname",
    "met_how",
    "met_where",
    "organisation",
    "email",
    "phone",
    "city",
    "what_matters",
    "next_question",
    "notes",
)
TEXT_FIELDS = ("name", *PERSON_TEXTS, *LIST_FIELDS)

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
    for name in TEXT_FIELDS:
        named[name] = read_text(named[name])
    named["circle"] = member(Circle, named["circle"])
    named["archived"] = bool(named["archived"])
    named["keep_in_touch_days"] = read_number(named["keep_in_touch_days"], None)
    for name in LIST_FIELDS:
        named[name] = items_from_text(named[name])
    for name in ("met_on", "snoozed_until"):
        named[name] = read_date(named[name])
    named["birthday"] = read_birthday(named["birthday"])
    return Person(
        id=person_id,
        created_at=read_moment(created_at),
        updated_at=read_moment(updated_at),
        **named,
    )


def person_columns(person: Person) -> dict:
    columns = {name: _stored(getattr(person, name)) for name in PERSON_FIELDS}
    for name in LIST_FIELDS:
        columns[name] = "\n".join(getattr(person, name))
    return columns


def items_from_text(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.split("\n") if line) if text else ()


def parse_time(text: object) -> dt.time | None:
    """An optional stored time; None when there is none or it cannot be read."""
    if isinstance(text, dt.time):
        return text
    try:
        return dt.time.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


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
        date=read_day(day),
        time=parse_time(time),
        people=people,
        channel=member(Channel, channel),
        place=read_text(place),
        notes=read_text(notes),
        learned=read_text(learned),
        depth=read_number(depth, 3),
        follow_up=read_text(follow_up),
        follow_up_due=read_date(due),
        follow_up_done=bool(done),
        created_at=read_moment(created_at),
        updated_at=read_moment(updated_at),
    )


def conversation_columns(conversation: Conversation) -> dict:
    columns = {name: _stored(getattr(conversation, name)) for name in CONVERSATION_FIELDS}
    columns["time"] = conversation.time.strftime("%H:%M") if conversation.time else None
    return columns


def offer_from_row(row: MyOfferTable) -> Offer:
    return Offer(id=row.id, name=row.name)


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
        direction=member(Direction, row.direction),
        kind=member(HelpKind, row.kind),
        description=row.description,
        status=member(HelpStatus, row.status),
        offered_on=row.offered_on,
        done_on=read_date(row.done_on),
        due_on=read_date(row.due_on),
        introduced_id=row.introduced_id,
    )


HELP_COLUMNS = (
    HelpTable.id,
    HelpTable.person,
    HelpTable.direction,
    HelpTable.kind,
    HelpTable.description,
    HelpTable.status,
    HelpTable.offered_on,
    HelpTable.done_on,
    HelpTable.due_on,
    HelpTable.introduced,
)


def help_from_raw(values: tuple) -> Help:
    """Help from a raw SQLite row of HELP_COLUMNS (no peewee row processing)."""
    hid, person_id, direction, kind, description, status, offered, done, due, other = values
    return Help(
        id=hid,
        person_id=person_id,
        direction=member(Direction, direction),
        kind=member(HelpKind, kind),
        description=read_text(description),
        status=member(HelpStatus, status),
        offered_on=read_day(offered),
        done_on=read_date(done),
        due_on=read_date(due),
        introduced_id=other,
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
        "due_on": help_record.due_on,
        "introduced": help_record.introduced_id,
    }


def _stored(value):
    """Enums are stored as their plain string value, birthdays as ISO text."""
    if isinstance(value, Birthday):
        return value.isoformat()
    return str(value) if isinstance(value, (Circle, Channel)) else value
