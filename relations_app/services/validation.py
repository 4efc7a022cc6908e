"""The rules a record must keep before it is stored, in one place.

Dialogs call these in accept() to show the problem inline; services call them
again before writing, so the command line and imports keep the same rules.
Each raises ValidationError naming the field.
"""

from __future__ import annotations

import datetime as dt

from relations_app.i18n import translate
from relations_app.labels import format_date
from relations_app.records import (
    MAX_DEPTH,
    MIN_DEPTH,
    NEW_PERSON,
    Conversation,
    Help,
    HelpStatus,
    Person,
    SharedValue,
    Value,
)
from relations_app.storage.errors import ValidationError

MAX_NAME_LENGTH = 200
MAX_INTERVAL_DAYS = 3650


def validate_person(person: Person, today: dt.date) -> None:
    if not person.name.strip():
        raise ValidationError(translate("Validation", "Give the person a name."), "name")
    if len(person.name) > MAX_NAME_LENGTH:
        raise ValidationError(
            translate("Validation", "The name is longer than 200 characters."), "name"
        )
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
    if person.birthday and person.birthday > today:
        raise ValidationError(translate("Validation", "The birthday is in the future."), "birthday")
    if person.met_on and person.met_on > today:
        raise ValidationError(
            translate("Validation", "The day you met is in the future."), "met_on"
        )


def validate_conversation(conversation: Conversation) -> None:
    if not conversation.people:
        raise ValidationError(
            translate("Validation", "Name at least one person you talked with."), "people"
        )
    if any(ref.id == NEW_PERSON and not ref.name.strip() for ref in conversation.people):
        raise ValidationError(translate("Validation", "A new person needs a name."), "people")
    if not MIN_DEPTH <= conversation.depth <= MAX_DEPTH:
        raise ValidationError(translate("Validation", "Depth goes from 1 to 5."), "depth")
    if conversation.follow_up_due and not conversation.follow_up.strip():
        raise ValidationError(
            translate("Validation", "Say what the follow-up is, or clear its due date."),
            "follow_up",
        )
    if conversation.follow_up_due and conversation.follow_up_due < conversation.date:
        raise ValidationError(
            translate("Validation", "The follow-up is due before the conversation took place."),
            "follow_up_due",
        )


def validate_value(value: Value) -> None:
    if not value.name.strip():
        raise ValidationError(translate("Validation", "Give the value a name."), "name")
    if len(value.name) > MAX_NAME_LENGTH:
        raise ValidationError(
            translate("Validation", "The name is longer than 200 characters."), "name"
        )


def validate_shared_value(shared: SharedValue) -> None:
    if not shared.value_name.strip():
        raise ValidationError(
            translate("Validation", "Choose a value, or type a new one."), "value_name"
        )
    if not shared.evidence.strip():
        raise ValidationError(
            translate("Validation", "Write what they said or did that showed this value."),
            "evidence",
        )


def validate_help(help_record: Help) -> None:
    if not help_record.description.strip():
        raise ValidationError(
            translate("Validation", "Describe the help in a few words."), "description"
        )
    if help_record.status is HelpStatus.DONE and help_record.done_on is None:
        raise ValidationError(translate("Validation", "Say when it was done."), "done_on")
    if help_record.done_on and help_record.done_on < help_record.offered_on:
        raise ValidationError(
            translate("Validation", "Done on ({0}) is before it was offered ({1}).").format(
                format_date(help_record.done_on), format_date(help_record.offered_on)
            ),
            "done_on",
        )
