"""The one gate every imported field passes: tidied, then checked by the rules
the journal keeps for any person (services/validation.py).

A field that breaks a rule (an email without @, a birthday in the future, a
date that does not exist) is left out and said so; the contact is kept. A
name too long is cut, and kept whole in the notes. A contact known only by
its company is named by it (address books show it so); one without a name
nor a company cannot be kept: that is the file's problem.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata

from relations_app.birthdays import Birthday
from relations_app.contacts.contact import Contact, ContactFileError
from relations_app.i18n import translate
from relations_app.services.validation import MAX_NAME_LENGTH, validate_person
from relations_app.storage.errors import ValidationError

MULTI_LINE = {"notes"}
# Control characters (a NUL, a bell) but not line breaks and tabs; and the
# bidirectional embeddings, overrides and isolates, which one left open turns
# around every line the text is part of (U+202E makes "Name" read "emaN").
# Other format characters stay: right-to-left marks and zero-width joiners
# belong to names, and the bidirectional algorithm places right-to-left
# scripts without help.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def tidy(text: str, multi_line: bool = False) -> str:
    """NFC (macOS may write decomposed accents), no control characters, and
    one line unless the field holds paragraphs."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    kept = _CONTROL.sub("", text)
    if multi_line:
        return "\n".join(line.rstrip() for line in kept.strip().split("\n"))
    return " ".join(kept.split())


def field_label(field: str) -> str:
    """A contact field as the user calls it, for "left out: email: ..." lines."""
    return {
        "nickname": translate("Contacts", "nickname"),
        "organisation": translate("Contacts", "organisation"),
        "email": translate("Contacts", "email"),
        "phone": translate("Contacts", "phone"),
        "city": translate("Contacts", "city"),
        "birthday": translate("Contacts", "birthday"),
        "notes": translate("Contacts", "notes"),
    }.get(field, field)


def _shortened_name(fields: dict[str, str]) -> tuple[dict[str, str], str]:
    """A name too long for the journal (a note typed where the name goes) is
    cut, and kept whole at the top of the notes: one such card must not keep
    the rest of an address book out."""
    whole = fields["name"]
    notes = "\n\n".join(text for text in (whole, fields.get("notes", "")) if text)
    short = whole[: MAX_NAME_LENGTH - 1].rstrip() + "…"
    note = translate(
        "Contacts", "name: cut to {0} characters; the whole name is at the top of the notes"
    ).format(MAX_NAME_LENGTH)
    return {**fields, "name": short, "notes": notes}, note


def checked_contact(draft: dict[str, str], source: str, line: int, today: dt.date) -> Contact:
    """A Contact from a reader's raw fields (all text, birthday as written)."""
    fields = {name: tidy(value, name in MULTI_LINE) for name, value in draft.items() if value}
    left_out = []
    birthday_text = fields.pop("birthday", "")
    birthday = None
    if birthday_text:
        try:
            birthday = Birthday.parse(birthday_text)
        except ValueError:
            left_out.append(
                translate("Contacts", "birthday: '{0}' is not a date").format(birthday_text)
            )
    if not fields.get("name") and fields.get("organisation"):
        # a shop or an office kept by its company alone, as address books show it
        fields["name"] = fields["organisation"]
    if not fields.get("name"):
        raise ContactFileError(translate("Contacts", "a contact without a name"), line)
    if len(fields["name"]) > MAX_NAME_LENGTH:
        fields, note = _shortened_name(fields)
        left_out.append(note)
    contact = Contact(source=source, line=line, birthday=birthday, **fields)
    while True:
        try:
            validate_person(contact.person(), today)
            break
        except ValidationError as error:
            if error.field in ("name", "") or not hasattr(contact, error.field):
                raise ContactFileError(str(error), line) from None
            left_out.append(f"{field_label(error.field)}: {error}")
            empty = None if error.field == "birthday" else ""
            contact = dataclasses.replace(contact, **{error.field: empty})
    return dataclasses.replace(contact, left_out=tuple(left_out))
