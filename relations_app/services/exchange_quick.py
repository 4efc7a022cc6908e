"""The records of an export read in the shape the export writes them, quickly.

exchange_format reads each record through _Reader, which checks each field
by itself and names it when it is wrong: at 100,000 conversations that is
most of an import (2.6 s of 4). Almost every record of a file has the shape
an export gives it: every field there, each of the type it is written with
(text as text, null where there is nothing). Such a record is read here in a
few lookups and checked by the same rules (services/validation.py).

Anything else gives None: a field missing, unknown or of another type, a
date with a time zone, a rule broken. A record taken here is of a fixed shape,
so its nesting is bounded too: read_document checks it only in the others.
The record is then read again field by field, which accepts it or names what
is wrong and where. So this module decides nothing:
what it returns is what the reader would have returned
(tests/services/test_quick_reading.py compares the two on random records).
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Mapping
from typing import Any

from relations_app.birthdays import Birthday
from relations_app.records import (
    MAX_ITEM_LENGTH,
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
    clean_items,
)
from relations_app.services import rows
from relations_app.services.validation import (
    EARLIEST_DATE,
    check_text,
    validate_conversation,
    validate_help,
    validate_person,
    validate_shared_value,
)
from relations_app.storage.errors import ValidationError

CHANNELS = {member.value: member for member in Channel}
CIRCLES = {member.value: member for member in Circle}
DIRECTIONS = {member.value: member for member in Direction}
KINDS = {member.value: member for member in HelpKind}
STATUSES = {member.value: member for member in HelpStatus}

CONVERSATION_TEXTS = ("place", "notes", "learned", "follow_up")
PERSON_TEXTS = rows.PERSON_TEXTS

# The fields of each record as an export writes them, no more and no fewer
# (tests/services/test_quick_reading.py reads a whole export through here).
CONVERSATION_FIELD_NAMES = (
    *("date", "time", "people", "channel", "place", "notes", "learned", "depth"),
    *("follow_up", "follow_up_due", "follow_up_done", "created_at", "updated_at"),
)
CONVERSATION_KEYS = frozenset(CONVERSATION_FIELD_NAMES)
CONVERSATION_FIELDS = operator.itemgetter(*CONVERSATION_FIELD_NAMES)  # their values, in order
# what exchange_export._people writes for each person
PERSON_KEYS = frozenset(
    ("id", *rows.PERSON_FIELDS, "created_at", "updated_at", "shared_values", "help")
)
SHARED_VALUE_KEYS = frozenset(("value", "evidence", "noted_on"))
HELP_KEYS = frozenset(
    ("direction", "kind", "status", "description", "offered_on", "done_on", "due_on", "introduced")
)


class NotPlain(ValueError):
    """A field not in the shape an export writes: the reader must look at it."""


def _text(value: Any) -> str:
    if type(value) is not str:
        raise NotPlain
    return value


def _optional(value: Any, parse) -> Any:
    """null or "" as nothing, text through ``parse`` (which raises ValueError)."""
    if value is None:
        return None
    if type(value) is not str:
        raise NotPlain
    return parse(value) if value else None


def _moment(value: Any, latest: dt.date) -> dt.datetime | None:
    """A moment as the reader takes it, when it has no time zone."""
    moment = _optional(value, dt.datetime.fromisoformat)
    if moment is not None and (
        moment.tzinfo is not None or not EARLIEST_DATE <= moment.date() <= latest
    ):
        raise NotPlain
    return moment


def _member(value: Any, members: Mapping[str, Any]) -> Any:
    if type(value) is not str or value not in members:
        raise NotPlain
    return members[value]


def quick_conversation(
    data: Any, refs: Mapping[int, PersonRef], today: dt.date, latest: dt.date
) -> Conversation | None:
    """The conversation in ``data`` (people as file ids, known by ``refs``),
    or None when it is not in the plain shape or breaks a rule."""
    if type(data) is not dict or data.keys() != CONVERSATION_KEYS:
        return None
    # every field is there: all of them in one lookup
    (
        day,
        time,
        people,
        channel,
        place,
        notes,
        learned,
        depth,
        follow_up,
        due,
        done,
        made,
        changed,
    ) = CONVERSATION_FIELDS(data)
    if type(people) is not list:
        return None
    found = []
    for person_id in people:
        if type(person_id) is not int or person_id not in refs:
            return None
        found.append(refs[person_id])
    if not (
        type(depth) is int
        and type(done) is bool
        and type(channel) is str
        and channel in CHANNELS
        and type(place) is str
        and type(notes) is str
        and type(learned) is str
        and type(follow_up) is str
    ):
        return None
    try:
        made_at = _moment(made, latest)
        conversation = Conversation(
            date=dt.date.fromisoformat(_text(day)),
            time=_optional(time, dt.time.fromisoformat),
            people=tuple(found),
            channel=CHANNELS[channel],
            place=place,
            notes=notes,
            learned=learned,
            depth=depth,
            follow_up=follow_up,
            follow_up_due=_optional(due, dt.date.fromisoformat),
            follow_up_done=done,
            created_at=made_at,
            updated_at=made_at if changed == made else _moment(changed, latest),
        )
        validate_conversation(conversation, today)
    except (ValueError, ValidationError):
        return None
    return conversation


def _items(value: Any, field: str) -> tuple[str, ...]:
    """A list of short texts ("looking_for"), checked and tidied as the reader does."""
    if type(value) is not list:
        raise NotPlain
    for item in value:
        check_text(_text(item), field, MAX_ITEM_LENGTH)
    return clean_items(value)


def _optional_int(value: Any) -> int | None:
    if value is not None and type(value) is not int:
        raise NotPlain
    return value


def quick_person(
    data: Any, today: dt.date, latest: dt.date
) -> tuple[int, Person, list[SharedValue], list[Help]] | None:
    """A person with their shared values and help, or None when any of it is
    not in the plain shape or breaks a rule."""
    if type(data) is not dict or data.keys() != PERSON_KEYS:
        return None
    get = data.get
    try:
        file_id, archived = get("id"), get("archived")
        if type(file_id) is not int or type(archived) is not bool:
            return None
        person = Person(
            name=_text(get("name")),
            circle=_member(get("circle"), CIRCLES),
            met_on=_optional(get("met_on"), dt.date.fromisoformat),
            birthday=_optional(get("birthday"), Birthday.parse),
            keep_in_touch_days=_optional_int(get("keep_in_touch_days")),
            archived=archived,
            looking_for=_items(get("looking_for"), "looking_for"),
            can_offer=_items(get("can_offer"), "can_offer"),
            snoozed_until=_optional(get("snoozed_until"), dt.date.fromisoformat),
            created_at=_moment(get("created_at"), latest),
            updated_at=_moment(get("updated_at"), latest),
            **{name: _text(get(name)) for name in PERSON_TEXTS},
        )
        validate_person(person, today)
        shared = [_shared_value(item, file_id, today) for item in _list(get("shared_values"))]
        helps = [_help(item, file_id, today) for item in _list(get("help"))]
    except (ValueError, ValidationError):
        return None
    return file_id, person, shared, helps


def _list(value: Any) -> list:
    if type(value) is not list:
        raise NotPlain
    return value


def _shared_value(data: Any, file_id: int, today: dt.date) -> SharedValue:
    if type(data) is not dict or data.keys() != SHARED_VALUE_KEYS:
        raise NotPlain
    shared = SharedValue(
        person_id=file_id,
        value_name=_text(data.get("value")),
        evidence=_text(data.get("evidence")),
        noted_on=_optional(data.get("noted_on"), dt.date.fromisoformat) or today,
    )
    validate_shared_value(shared, today)
    return shared


def _help(data: Any, file_id: int, today: dt.date) -> Help:
    if type(data) is not dict or data.keys() != HELP_KEYS:
        raise NotPlain
    get = data.get
    record = Help(
        person_id=file_id,
        direction=_member(get("direction"), DIRECTIONS),
        kind=_member(get("kind"), KINDS),
        description=_text(get("description")),
        status=_member(get("status"), STATUSES),
        offered_on=_optional(get("offered_on"), dt.date.fromisoformat) or today,
        done_on=_optional(get("done_on"), dt.date.fromisoformat),
        due_on=_optional(get("due_on"), dt.date.fromisoformat),
        introduced_id=_optional_int(get("introduced")),
    )
    validate_help(record, today)
    return record
