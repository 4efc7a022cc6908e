"""Reading a "relations-export" document into records, checking every field.

Nothing here touches the store: a file is read and checked whole before a
single row is written, so a bad file leaves the journal exactly as it was.
See docs/export-format.md.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from relations_app.birthdays import Birthday
from relations_app.i18n import labelled, number, translate
from relations_app.records import (
    MAX_ITEM_LENGTH,
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
    clean_items,
)
from relations_app.services.exchange_quick import quick_conversation, quick_person
from relations_app.services.validation import (
    EARLIEST_DATE,
    check_text,
    latest_date,
    validate_conversation,
    validate_help,
    validate_offer,
    validate_person,
    validate_shared_value,
    validate_value,
)
from relations_app.storage.errors import StoreError, ValidationError

FORMAT_NAME = "relations-export"
FORMAT_VERSION = 2  # 2 added needs and offers, my offers, "not now", help due dates, introductions
READABLE_VERSIONS = (1, 2)  # a version 1 file is a version 2 file without the new fields
QUOTE_LENGTH = 40  # a value echoed in a message is cut to this many characters
# The format itself nests 5 deep (document, people, person, help, entry).
MAX_NESTING = 32
# The lists of records: each record is bounded as it is read.
RECORD_LISTS = ("people", "conversations")


class ExchangeError(StoreError):
    """A file that cannot be imported; the message says what and where."""

    kind = "invalid_file"


@dataclass
class ImportedPerson:
    file_id: int
    person: Person
    shared_values: list[SharedValue] = field(default_factory=list)
    help: list[Help] = field(default_factory=list)


@dataclass
class ImportDocument:
    values: list[Value]
    people: list[ImportedPerson]
    conversations: list[Conversation]  # PersonRef ids are file ids
    my_offers: list[str] = field(default_factory=list)


def _expected_text() -> str:
    return translate("Import", "expected text")


def _expected_number() -> str:
    return translate("Import", "expected a whole number")


def _expected_boolean() -> str:
    return translate("Import", "expected true or false")


def _expected_list() -> str:
    return translate("Import", "expected a list")


class _Reader:
    """Typed access to one JSON object, with its place in the file for messages."""

    def __init__(self, data: Any, where: str, today: dt.date) -> None:
        if not isinstance(data, dict):
            raise _error(where, translate("Import", "expected an object"))
        self.data = data
        self.where = where
        self.today = today

    def child(self, data: Any, where: str) -> _Reader:
        return _Reader(data, where, self.today)

    def _at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def _get(self, key: str, kinds: tuple[type, ...], default: Any, what: Callable[[], str]) -> Any:
        """``what`` says what was expected, translated only when it is not
        there (translating it for each of 1.6 million fields took 0.7 s)."""
        value = self.data.get(key, default)
        if value is None or value is default:
            return value
        if isinstance(value, bool) and bool not in kinds:
            raise _error(self._at(key), what())
        if not isinstance(value, kinds):
            raise _error(self._at(key), what())
        return value

    def text(self, key: str, required: bool = False) -> str:
        value = self._get(key, (str,), None, _expected_text)
        if value is None and required:
            raise _error(self._at(key), translate("Import", "is missing"))
        return value or ""

    def integer(self, key: str) -> int | None:
        return self._get(key, (int,), None, _expected_number)

    def boolean(self, key: str) -> bool:
        return bool(self._get(key, (bool,), False, _expected_boolean))

    def items(self, key: str) -> list:
        value = self._get(key, (list,), None, _expected_list)
        return value or []

    def texts(self, key: str) -> tuple[str, ...]:
        """A list of short texts ("looking_for": ["a ceramics mentor"]), each
        checked as any text is and tidied as stored."""
        items = self.items(key)
        for index, item in enumerate(items):
            if not isinstance(item, str):
                raise _error(f"{self._at(key)}[{index}]", translate("Import", "expected text"))
            try:
                check_text(item, key, MAX_ITEM_LENGTH)
            except ValidationError as error:
                raise _error(f"{self._at(key)}[{index}]", str(error)) from None
        return clean_items(items)

    def date(self, key: str, required: bool = False) -> dt.date | None:
        text = self.text(key, required)
        if not text:
            if required:
                raise _error(self._at(key), translate("Import", "is empty (expected YYYY-MM-DD)"))
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise _error(
                self._at(key),
                translate("Import", "'{0}' is not a date (YYYY-MM-DD)").format(quote(text)),
            ) from None

    def birthday(self, key: str) -> Birthday | None:
        text = self.text(key)
        if not text:
            return None
        try:
            return Birthday.parse(text)
        except ValueError:
            raise _error(
                self._at(key),
                translate("Import", "'{0}' is not a birthday (YYYY-MM-DD, or --MM-DD)").format(
                    quote(text)
                ),
            ) from None

    def datetime(self, key: str) -> dt.datetime | None:
        """A moment from 1900 to a century ahead, in local time like the app's own."""
        text = self.text(key)
        if not text:
            return None
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            moment = None
        if moment is None or not _in_range(moment, self.today):
            raise _error(
                self._at(key),
                translate("Import", "'{0}' is not a date and time from {1} to {2}").format(
                    quote(text), EARLIEST_DATE.isoformat(), latest_date(self.today).isoformat()
                ),
            )
        if moment.tzinfo is not None:
            moment = moment.astimezone().replace(tzinfo=None)
        return moment

    def time(self, key: str) -> dt.time | None:
        text = self.text(key)
        try:
            return dt.time.fromisoformat(text) if text else None
        except ValueError:
            raise _error(
                self._at(key),
                translate("Import", "'{0}' is not a time (HH:MM)").format(quote(text)),
            ) from None

    def choice(self, key: str, enum: type[StrEnum], default: StrEnum | None = None) -> Any:
        """A member named exactly; missing (or null) gives ``default``, if there is one."""
        text = self.text(key, required=default is None)
        if key not in self.data or self.data[key] is None:
            return default
        try:
            return enum(text)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise _error(
                self._at(key),
                translate("Import", "unknown {0} '{1}' (expected one of: {2})").format(
                    key, quote(text), allowed
                ),
            ) from None


def _in_range(moment: dt.datetime, today: dt.date) -> bool:
    return EARLIEST_DATE <= moment.date() <= latest_date(today)


def quote(text: str) -> str:
    """A value from the file, fit to echo in a one-line message: cut short, and
    with line breaks, control characters and lone surrogates written as escapes."""
    shown = "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in ("Cc", "Cs") else ch
        for ch in text[:QUOTE_LENGTH]
    )
    if len(text) <= QUOTE_LENGTH:
        return shown
    return translate("Import", "{0}… ({1} characters)").format(shown, number(len(text)))


def _error(where: str, problem: str) -> ExchangeError:
    return ExchangeError(labelled(where, problem))


FILE_KEYS = {"value_name": "value"}  # record fields named otherwise in the file


def _checked(where: str, check, record) -> None:
    try:
        check(record)
    except ValidationError as error:
        key = FILE_KEYS.get(error.field, error.field)
        raise _error(f"{where}.{key}" if key else where, str(error)) from None


def _describe(value: Any) -> str:
    """A JSON value, as it would be quoted in a message."""
    if isinstance(value, str):
        return f"'{quote(value)}'"
    if isinstance(value, (dict, list)):
        return (
            translate("Import", "an object")
            if isinstance(value, dict)
            else translate("Import", "a list")
        )
    return quote(json.dumps(value))


def read_document(data: Any, today: dt.date) -> ImportDocument:
    """The document parsed from an export, read and checked whole.

    Its nesting is bounded first (json stops only where Python's stack
    would), except inside the people and conversations the quick reader
    takes: they are of a fixed shape, so one look at each of their 1.6 million
    values (0.3 s at 100,000 conversations) is spared."""
    if not isinstance(data, dict):
        check_nesting(data, MAX_NESTING)
        raise ExchangeError(
            translate("Import", "not a Relations export (expected a JSON object at the top)")
        )
    top = _Reader(data, "", today)
    if data.get("format") != FORMAT_NAME:
        raise ExchangeError(
            translate("Import", "not a Relations export (format is {0}, expected '{1}')").format(
                _describe(data.get("format")), FORMAT_NAME
            )
        )
    version = data.get("version")
    if type(version) is not int or version not in READABLE_VERSIONS:  # not true, not 1.0
        raise ExchangeError(
            translate(
                "Import", "export version {0} is not supported (this Relations reads {1})"
            ).format(_describe(version), ", ".join(str(v) for v in READABLE_VERSIONS))
        )
    for key, value in data.items():
        if key not in RECORD_LISTS or type(value) is not list:
            check_nesting(value, MAX_NESTING - 1)
    values = [_read_value(top.child(v, f"values[{i}]")) for i, v in enumerate(top.items("values"))]
    latest = latest_date(today)
    people = [
        _quick_person(p, today, latest) or _read_person(top.child(_bounded(p), f"people[{i}]"))
        for i, p in enumerate(top.items("people"))
    ]
    _check_unique_ids(people)
    known = {p.file_id: p.person.name for p in people}
    _check_introductions(people, known)
    refs = {file_id: PersonRef(id=file_id, name=name) for file_id, name in known.items()}
    conversations = [
        quick_conversation(c, refs, today, latest)
        or _read_conversation(top.child(_bounded(c), f"conversations[{i}]"), known)
        for i, c in enumerate(top.items("conversations"))
    ]
    offers = list(top.texts("my_offers"))
    for index, offer in enumerate(offers):
        _checked(f"my_offers[{index}]", validate_offer, Offer(name=offer))
    return ImportDocument(
        values=values, people=people, conversations=conversations, my_offers=offers
    )


def check_nesting(data: Any, levels: int) -> None:
    """Refuse lists and objects nested more than ``levels`` deep: one look at
    each list and object, level by level (finding the brackets outside strings
    in the text took nine times as long)."""
    level, depth = [data], 0
    while level:
        depth += 1
        if depth > levels:
            raise too_deep()
        level = [
            child
            for container in level
            if isinstance(container, dict | list)
            for child in (container.values() if isinstance(container, dict) else container)
            if isinstance(child, dict | list)
        ]


def _bounded(record: Any) -> Any:
    """A record of people or conversations the quick reader did not take, once
    its nesting is checked (the document and its list are two levels)."""
    check_nesting(record, MAX_NESTING - 2)
    return record


def too_deep() -> ExchangeError:
    return ExchangeError(
        translate("Import", "is nested more than {0} levels deep").format(MAX_NESTING)
    )


def _quick_person(data: Any, today: dt.date, latest: dt.date) -> ImportedPerson | None:
    found = quick_person(data, today, latest)
    return ImportedPerson(*found) if found is not None else None


def _read_value(r: _Reader) -> Value:
    value = Value(
        name=r.text("name", required=True),
        description=r.text("description"),
        mine=r.boolean("mine") if "mine" in r.data else True,
    )
    _checked(r.where, validate_value, value)
    return value


def _read_person(r: _Reader) -> ImportedPerson:
    file_id = r.integer("id")
    if file_id is None:
        raise _error(f"{r.where}.id", translate("Import", "is missing"))
    person = Person(
        name=r.text("name", required=True),
        nickname=r.text("nickname"),
        circle=r.choice("circle", Circle, Circle.WIDER),
        met_how=r.text("met_how"),
        met_where=r.text("met_where"),
        met_on=r.date("met_on"),
        organisation=r.text("organisation"),
        email=r.text("email"),
        phone=r.text("phone"),
        city=r.text("city"),
        birthday=r.birthday("birthday"),
        keep_in_touch_days=r.integer("keep_in_touch_days"),
        what_matters=r.text("what_matters"),
        next_question=r.text("next_question"),
        notes=r.text("notes"),
        archived=r.boolean("archived"),
        looking_for=r.texts("looking_for"),
        can_offer=r.texts("can_offer"),
        snoozed_until=r.date("snoozed_until"),
        created_at=r.datetime("created_at"),
        updated_at=r.datetime("updated_at"),
    )
    _checked(r.where, lambda p: validate_person(p, r.today), person)
    imported = ImportedPerson(file_id=file_id, person=person)
    for i, item in enumerate(r.items("shared_values")):
        s = r.child(item, f"{r.where}.shared_values[{i}]")
        shared = SharedValue(
            person_id=file_id,
            value_name=s.text("value", required=True),
            evidence=s.text("evidence"),
            noted_on=s.date("noted_on") or r.today,
        )
        _checked(s.where, lambda v: validate_shared_value(v, r.today), shared)
        imported.shared_values.append(shared)
    for i, item in enumerate(r.items("help")):
        imported.help.append(_read_help(r.child(item, f"{r.where}.help[{i}]"), file_id))
    return imported


def _read_help(h: _Reader, file_id: int) -> Help:
    record = Help(
        person_id=file_id,
        direction=h.choice("direction", Direction),
        kind=h.choice("kind", HelpKind, HelpKind.OTHER),
        description=h.text("description"),
        status=h.choice("status", HelpStatus, HelpStatus.OFFERED),
        offered_on=h.date("offered_on") or h.today,
        done_on=h.date("done_on"),
        due_on=h.date("due_on"),
        introduced_id=h.integer("introduced"),
    )
    _checked(h.where, lambda v: validate_help(v, h.today), record)
    return record


def _check_unique_ids(people: list[ImportedPerson]) -> None:
    seen: set[int] = set()
    for index, imported in enumerate(people):
        if imported.file_id in seen:
            raise _error(
                f"people[{index}].id",
                translate("Import", "id {0} is used by another person too").format(
                    imported.file_id
                ),
            )
        seen.add(imported.file_id)


def _check_introductions(people: list[ImportedPerson], known: dict[int, str]) -> None:
    """An introduction names the other person by their id in this file."""
    for index, imported in enumerate(people):
        for position, help_record in enumerate(imported.help):
            other = help_record.introduced_id
            if other is not None and other not in known:
                raise _error(
                    f"people[{index}].help[{position}].introduced",
                    translate("Import", "no person with id {0} in this file").format(other),
                )


def _read_conversation(r: _Reader, known: dict[int, str]) -> Conversation:
    refs = []
    for i, person_id in enumerate(r.items("people")):
        if not isinstance(person_id, int) or isinstance(person_id, bool):
            raise _error(f"{r.where}.people[{i}]", translate("Import", "expected a person id"))
        if person_id not in known:
            raise _error(
                f"{r.where}.people[{i}]",
                translate("Import", "no person with id {0} in this file").format(person_id),
            )
        refs.append(PersonRef(id=person_id, name=known[person_id]))
    depth = r.integer("depth")
    conversation = Conversation(
        date=r.date("date", required=True),
        time=r.time("time"),
        people=tuple(refs),
        channel=r.choice("channel", Channel, Channel.OTHER),
        place=r.text("place"),
        notes=r.text("notes"),
        learned=r.text("learned"),
        depth=3 if depth is None else depth,
        follow_up=r.text("follow_up"),
        follow_up_due=r.date("follow_up_due"),
        follow_up_done=r.boolean("follow_up_done"),
        created_at=r.datetime("created_at"),
        updated_at=r.datetime("updated_at"),
    )
    _checked(r.where, lambda c: validate_conversation(c, r.today), conversation)
    return conversation
