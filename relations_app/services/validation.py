"""The rules a record must keep before it is stored, in one place.

Dialogs call the services, which call these before writing; the import reads a
file into records and calls the same ones. So whatever can be stored can be
exported and imported again: the limits below are the only ones there are.
Each check raises ValidationError naming the field.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator

from relations_app.i18n import translate
from relations_app.labels import format_date
from relations_app.records import (
    MAX_DEPTH,
    MAX_ITEM_LENGTH,
    MAX_ITEMS,
    MIN_DEPTH,
    NEW_PERSON,
    Channel,
    Circle,
    Conversation,
    Direction,
    Help,
    HelpKind,
    HelpStatus,
    Offer,
    Person,
    SharedValue,
    Value,
)
from relations_app.storage.errors import ValidationError

# Lengths in characters. A name fits on one printed line; a one-line field holds
# a sentence or an address; a long text is about 40 printed pages.
MAX_NAME_LENGTH = 200
MAX_LINE_LENGTH = 1_000
MAX_TEXT_LENGTH = 100_000
MAX_INTERVAL_DAYS = 3650

# Dates: nothing before 1900, nothing planned more than a century ahead. The
# upper bound keeps every date sum the app makes (a reminder is at most 3650 days
# after a conversation) far from the year 9999, where Python's dates end.
EARLIEST_DATE = dt.date(1900, 1, 1)
YEARS_AHEAD = 100

PERSON_TEXTS = {
    "name": MAX_NAME_LENGTH,
    "nickname": MAX_LINE_LENGTH,
    "organisation": MAX_LINE_LENGTH,
    "email": MAX_LINE_LENGTH,
    "phone": MAX_LINE_LENGTH,
    "city": MAX_LINE_LENGTH,
    "met_how": MAX_LINE_LENGTH,
    "met_where": MAX_LINE_LENGTH,
    "next_question": MAX_LINE_LENGTH,
    "what_matters": MAX_TEXT_LENGTH,
    "notes": MAX_TEXT_LENGTH,
}
CONVERSATION_TEXTS = {
    "place": MAX_LINE_LENGTH,
    "notes": MAX_TEXT_LENGTH,
    "learned": MAX_TEXT_LENGTH,
    "follow_up": MAX_LINE_LENGTH,
}
VALUE_TEXTS = {"name": MAX_NAME_LENGTH, "description": MAX_TEXT_LENGTH}
SHARED_VALUE_TEXTS = {"value_name": MAX_NAME_LENGTH, "evidence": MAX_TEXT_LENGTH}
HELP_TEXTS = {"description": MAX_TEXT_LENGTH}


@functools.lru_cache(maxsize=4)
def latest_date(today: dt.date) -> dt.date:
    """The last day a date may name: a century from today (asked for each date
    of each record of an import: remembered)."""
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:  # 29 February
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def check_text(value: object, field: str, limit: int) -> None:
    """Text that SQLite, Qt and a PDF all take whole: a string of valid Unicode
    (no lone surrogate, no NUL), at most ``limit`` characters."""
    if not isinstance(value, str):
        raise ValidationError(translate("Validation", "This should be text."), field)
    if len(value) > limit:
        raise ValidationError(
            translate("Validation", "This is {0} characters long; at most {1} fit here.").format(
                f"{len(value):,}", f"{limit:,}"
            ),
            field,
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        code = f"U+{ord(value[error.start]):04X}"
        raise ValidationError(
            translate("Validation", "This holds a character that is not text ({0}).").format(code),
            field,
        ) from None
    if "\x00" in value:
        raise ValidationError(
            translate("Validation", "This holds a character that is not text ({0}).").format(
                "U+0000"
            ),
            field,
        )


def check_texts(record: object, limits: dict[str, int]) -> None:
    """check_text on each field named in ``limits``. A record's texts are first
    looked at all together, where nearly every record stops: half the time of
    four looks (an import checks 500,000 texts)."""
    values = [getattr(record, field) for field in limits]
    if not _all_plain(values, limits.values()):
        for field, limit in limits.items():
            check_text(getattr(record, field), field, limit)


def _all_plain(values: list, limits) -> bool:
    """Whether check_text would take each of ``values`` (against its limit)."""
    try:
        joined = "".join(values)  # TypeError for anything but text
        joined.encode("utf-8")  # UnicodeEncodeError for a lone surrogate
    except (TypeError, UnicodeEncodeError):
        return False
    # map, not a generator: a third of the time of a record's check
    return "\x00" not in joined and all(map(operator.le, map(len, values), limits))


def check_choice(value: object, enum: type, field: str) -> None:
    """One of the enum's members, exactly (never the text "None" of a missing one)."""
    if not isinstance(value, enum):
        allowed = ", ".join(member.value for member in enum)
        raise ValidationError(translate("Validation", "Choose one of: {0}.").format(allowed), field)


def check_date(day: dt.date | None, field: str, latest: dt.date) -> None:
    """A date between 1 January 1900 and ``latest`` (None is always fine)."""
    if day is None:
        return
    if not EARLIEST_DATE <= day <= latest:
        raise ValidationError(
            translate("Validation", "{0} is out of range: dates go from {1} to {2}.").format(
                format_date(day), format_date(EARLIEST_DATE), format_date(latest)
            ),
            field,
        )


def validate_person(person: Person, today: dt.date) -> None:
    if not person.name.strip():
        raise ValidationError(translate("Validation", "Give the person a name."), "name")
    if len(person.name) > MAX_NAME_LENGTH:
        raise ValidationError(
            translate("Validation", "The name is longer than 200 characters."), "name"
        )
    check_texts(person, PERSON_TEXTS)
    check_choice(person.circle, Circle, "circle")
    days = person.keep_in_touch_days
    if days is not None and not 1 <= days <= MAX_INTERVAL_DAYS:
        raise ValidationError(
            translate("Validation", "Keep in touch every 1 to 3650 days, or leave it empty."),
            "keep_in_touch_days",
        )
    if person.email.strip() and "@" not in person.email:
        raise ValidationError(
            translate("Validation", "That email address has no @ in it."), "email"
        )
    born = person.birthday.date() if person.birthday else None
    if born and born > today:
        raise ValidationError(translate("Validation", "The birthday is in the future."), "birthday")
    if person.met_on and person.met_on > today:
        raise ValidationError(
            translate("Validation", "The day you met is in the future."), "met_on"
        )
    check_date(born, "birthday", today)
    check_date(person.met_on, "met_on", today)
    check_date(person.snoozed_until, "snoozed_until", latest_date(today))
    validate_items(person.looking_for, "looking_for")
    validate_items(person.can_offer, "can_offer")


def validate_items(items: object, field: str) -> None:
    """A short list of short items ("a ceramics mentor"), as people and I keep
    them: at most 30, each text as a name is (check_text), at most 200 characters."""
    if not isinstance(items, tuple | list):
        raise ValidationError(translate("Validation", "This should be a list of texts."), field)
    if len(items) > MAX_ITEMS:
        raise ValidationError(translate("Validation", "Keep it to 30 items or fewer."), field)
    for item in items:
        check_text(item, field, MAX_ITEM_LENGTH)


def validate_conversation(conversation: Conversation, today: dt.date) -> None:
    if not conversation.people:
        raise ValidationError(
            translate("Validation", "Name at least one person you talked with."), "people"
        )
    for ref in conversation.people:
        if ref.id == NEW_PERSON:
            if not ref.name.strip():
                raise ValidationError(
                    translate("Validation", "A new person needs a name."), "people"
                )
            check_text(ref.name, "people", MAX_NAME_LENGTH)
    if not MIN_DEPTH <= conversation.depth <= MAX_DEPTH:
        raise ValidationError(translate("Validation", "Depth goes from 1 to 5."), "depth")
    check_texts(conversation, CONVERSATION_TEXTS)
    check_choice(conversation.channel, Channel, "channel")
    if conversation.follow_up_due and not conversation.follow_up.strip():
        raise ValidationError(
            translate("Validation", "Say what the follow-up is, or clear its due date."),
            "follow_up",
        )
    latest = latest_date(today)
    check_date(conversation.date, "date", latest)
    check_date(conversation.follow_up_due, "follow_up_due", latest)
    if conversation.follow_up_due and conversation.follow_up_due < conversation.date:
        raise ValidationError(
            translate("Validation", "The follow-up is due before the conversation took place."),
            "follow_up_due",
        )


def validate_offer(offer: Offer) -> None:
    check_text(offer.name, "name", MAX_ITEM_LENGTH)
    if not offer.name.strip():
        raise ValidationError(translate("Validation", "Say what you can offer."), "name")


def validate_value(value: Value) -> None:
    if not value.name.strip():
        raise ValidationError(translate("Validation", "Give the value a name."), "name")
    if len(value.name) > MAX_NAME_LENGTH:
        raise ValidationError(
            translate("Validation", "The name is longer than 200 characters."), "name"
        )
    check_texts(value, VALUE_TEXTS)


def validate_shared_value(shared: SharedValue, today: dt.date) -> None:
    if not shared.value_name.strip():
        raise ValidationError(
            translate("Validation", "Choose a value, or type a new one."), "value_name"
        )
    if len(shared.value_name) > MAX_NAME_LENGTH:
        raise ValidationError(
            translate("Validation", "The name is longer than 200 characters."), "value_name"
        )
    check_texts(shared, SHARED_VALUE_TEXTS)
    if not shared.evidence.strip():
        raise ValidationError(
            translate("Validation", "Write what they said or did that showed this value."),
            "evidence",
        )
    check_date(shared.noted_on, "noted_on", latest_date(today))


def validate_help(help_record: Help, today: dt.date) -> None:
    check_choice(help_record.direction, Direction, "direction")
    check_choice(help_record.kind, HelpKind, "kind")
    check_choice(help_record.status, HelpStatus, "status")
    check_texts(help_record, HELP_TEXTS)
    if not help_record.description.strip():
        raise ValidationError(
            translate("Validation", "Describe the help in a few words."), "description"
        )
    check_date(help_record.offered_on, "offered_on", latest_date(today))
    check_date(help_record.done_on, "done_on", latest_date(today))
    check_date(help_record.due_on, "due_on", latest_date(today))
    if help_record.status is HelpStatus.DONE and help_record.done_on is None:
        raise ValidationError(translate("Validation", "Say when it was done."), "done_on")
    if help_record.due_on and help_record.due_on < help_record.offered_on:
        raise ValidationError(
            translate("Validation", "Due on ({0}) is before it was offered ({1}).").format(
                format_date(help_record.due_on), format_date(help_record.offered_on)
            ),
            "due_on",
        )
    if help_record.introduced_id is not None and help_record.introduced_id == help_record.person_id:
        raise ValidationError(
            translate("Validation", "An introduction needs two different people."), "introduced"
        )
    if help_record.done_on and help_record.done_on < help_record.offered_on:
        raise ValidationError(
            translate("Validation", "Done on ({0}) is before it was offered ({1}).").format(
                format_date(help_record.done_on), format_date(help_record.offered_on)
            ),
            "done_on",
        )
