"""Bringing contacts in: the preview (who is already there) and the import.

Import is "pick the few who matter", not "import 800 contacts": the preview
lists every contact of the files with the people of the journal each one
matches (services/duplicates.py); the caller decides, for each, to skip it,
add it as a new person, or fill in the empty fields of the person it matches.
Everything chosen is written in one transaction: all of it or none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from relations_app.contacts.contact import CONTACT_FIELDS, Contact
from relations_app.records import Circle, Person
from relations_app.services import rows
from relations_app.services.duplicates import Match, PeopleIndex, shared_keys
from relations_app.services.messages import journal_in_the_way
from relations_app.services.people import people_where
from relations_app.storage.database import db
from relations_app.storage.files import write_private_atomically
from relations_app.storage.store import Store
from relations_app.storage.tables import PersonTable

if TYPE_CHECKING:  # reading checks fields with services.validation: no import cycle
    from relations_app.contacts.reading import ContactFile

# Someone brought in from an address book is someone you are getting to know
# until you say otherwise: the import never fills the inner circle by itself.
DEFAULT_CIRCLE = Circle.ACQUAINTANCE
FILLABLE = tuple(field for field in CONTACT_FIELDS if field != "name")


class Decision(StrEnum):
    SKIP = "skip"
    ADD = "add"  # as a new person, even though they match someone
    FILL = "fill"  # the empty fields of the person they match


@dataclass(frozen=True)
class PreviewRow:
    contact: Contact
    matches: tuple[Match, ...]  # people of the journal this contact may be
    repeats: int | None = None  # the earlier row of this preview it is the same as

    @property
    def already_there(self) -> bool:
        return bool(self.matches) or self.repeats is not None


@dataclass(frozen=True)
class Choice:
    contact: Contact
    decision: Decision = Decision.ADD
    person_id: int | None = None  # for FILL: whom to fill in


def choices_for(preview: Sequence[PreviewRow], decisions: Mapping[int, Decision]) -> list[Choice]:
    """What to write, from what was decided for each row of the preview
    (row position -> decision; a row not named is skipped).

    FILL on a row that matches someone in the journal fills in that person.
    FILL on a row that repeats an earlier row of the files (LinkedIn's Agnès
    after the phone's) fills in what that row brings: the contact being added,
    or the person it fills in; when that row is skipped, this one comes in
    in its place.
    """
    added: dict[int, Contact] = {}  # row -> the contact it adds, filled in by its repeats
    into: dict[int, int] = {}  # row -> the row whose contact it went into
    fills: list[Choice] = []
    target: dict[int, int] = {}  # row -> the journal person it fills in
    for position, row in enumerate(preview):
        decision = decisions.get(position, Decision.SKIP)
        if decision is Decision.SKIP:
            continue
        if decision is Decision.FILL and row.matches:
            target[position] = row.matches[0].person.id
            fills.append(Choice(row.contact, Decision.FILL, target[position]))
            continue
        home = into.get(row.repeats, row.repeats) if row.repeats is not None else None
        if decision is Decision.FILL and home in added:
            added[home] = filled_in(added[home], row.contact)
            into[position] = home
        elif decision is Decision.FILL and home in target:
            target[position] = target[home]
            fills.append(Choice(row.contact, Decision.FILL, target[home]))
        else:
            added[position] = row.contact
    return [Choice(contact) for contact in added.values()] + fills


def filled_in(contact: Contact, other: Contact) -> Contact:
    """``contact`` with ``other``'s fields where its own are empty."""
    empty = {
        f: getattr(other, f) for f in FILLABLE if not getattr(contact, f) and getattr(other, f)
    }
    return dataclasses.replace(contact, **empty) if empty else contact


@dataclass(frozen=True)
class ContactImportCounts:
    added: int
    filled: int


class ContactsService:
    def __init__(self, store: Store, clock: Callable[[], dt.datetime]) -> None:
        self._store = store
        self._clock = clock

    @staticmethod
    def preview(files: Sequence[ContactFile], index: PeopleIndex) -> list[PreviewRow]:
        """Every contact of the files, in order, with whom it matches.

        ``index`` is services.duplicates.index(): the journal as it is now.
        A contact that is the same as an earlier one of these files (the phone's
        and LinkedIn's Agnès) says which row it repeats.
        """
        contacts = [contact for file in files for contact in file.contacts]
        shared = shared_keys([*index.entries, *contacts])
        index = PeopleIndex(index.entries, shared)
        earlier = PeopleIndex(shared=shared)
        first_row: dict[int, int] = {}
        preview = []
        for contact in contacts:
            same = earlier.matches(contact.name, contact.email, contact.phone)
            repeats = first_row[id(same[0].person)] if same else None
            matches = tuple(index.matches(contact.name, contact.email, contact.phone))
            preview.append(PreviewRow(contact, matches, repeats))
            earlier.add(contact)
            first_row[id(contact)] = len(preview) - 1
        return preview

    def import_contacts(self, choices: Sequence[Choice], circle: Circle) -> ContactImportCounts:
        """Add and fill in as chosen, in one transaction; SKIP choices are ignored."""
        now = self._clock().replace(microsecond=0)
        added = [c.contact.person(circle) for c in choices if c.decision is Decision.ADD]
        fills = [c for c in choices if c.decision is Decision.FILL and c.person_id is not None]
        with self._store.write():
            self._insert(added, now)
            filled = sum(self._fill(choice, now) for choice in fills)
        return ContactImportCounts(added=len(added), filled=filled)

    def export_vcard(self, path: Path, person_ids: Collection[int] | None, notes: bool) -> int:
        """Write everyone not archived (or exactly these people) to a vCard file,
        private to the user and whole or not at all; returns how many."""
        if self._store.owns(path):
            raise journal_in_the_way(path)
        if person_ids is None:
            people = people_where(PersonTable.archived == False)  # noqa: E712
        else:
            people = people_where(PersonTable.id.in_(list(person_ids)))
        from relations_app.contacts.vcard_writer import people_to_vcard  # vobject, 20 ms

        text = people_to_vcard(people, notes)
        write_private_atomically(Path(path), text.encode("utf-8"))
        return len(people)

    @staticmethod
    def _insert(people: list[Person], now: dt.datetime) -> None:
        """One executemany for all: 5,000 people in a fraction of a second,
        where a peewee create() each took seconds."""
        if not people:
            return
        names = [*rows.PERSON_FIELDS, "created_at", "updated_at"]
        stamp = now.isoformat(sep=" ")
        values = [(*rows.person_columns(p).values(), stamp, stamp) for p in people]
        marks = ", ".join("?" * len(names))
        db.connection().executemany(
            f"INSERT INTO person ({', '.join(names)}) VALUES ({marks})",
            values,
        )

    @staticmethod
    def _fill(choice: Choice, now: dt.datetime) -> int:
        found = people_where(PersonTable.id == choice.person_id)
        if not found:
            return 0
        person = found[0]
        empty = {
            field: getattr(choice.contact, field)
            for field in FILLABLE
            if not getattr(person, field) and getattr(choice.contact, field)
        }
        if not empty:
            return 0
        filled = dataclasses.replace(person, **empty)
        columns = {name: rows.person_columns(filled)[name] for name in empty}
        PersonTable.update(**columns, updated_at=now).where(PersonTable.id == person.id).execute()
        return 1
