"""People: the handful who matter, and what we know of each bond."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from relations_app.i18n import translate
from relations_app.records import (
    Direction,
    Person,
    PersonChoice,
    PersonDetail,
    PersonRef,
    PersonSummary,
    clean_items,
)
from relations_app.services import rows
from relations_app.services.conversations import conversations_of
from relations_app.services.help import help_of
from relations_app.services.id_lists import IN_IDS, column_list, id_list
from relations_app.services.messages import gone
from relations_app.services.validation import (
    MAX_INTERVAL_DAYS,
    PERSON_TEXTS,
    check_date,
    check_text,
    latest_date,
    validate_person,
)
from relations_app.services.values import shared_values_of
from relations_app.storage.database import db
from relations_app.storage.errors import ValidationError
from relations_app.storage.queries import last_conversation_dates
from relations_app.storage.store import Store
from relations_app.storage.tables import (
    ConversationTable,
    HelpTable,
    ParticipantTable,
    PersonTable,
    SharedValueTable,
)


@dataclass(frozen=True)
class DeletionImpact:
    """What else goes when a person is deleted, for the confirmation message."""

    conversations_deleted: int  # they were the only other person in it
    conversations_kept: int  # others were there too: only their name goes
    shared_values: int
    help: int


class PeopleService:
    def __init__(self, store: Store, clock: Callable[[], dt.datetime]) -> None:
        self._store = store
        self._clock = clock

    def summaries(
        self, include_archived: bool = False, ids: Collection[int] | None = None
    ) -> list[PersonSummary]:
        """Every person (or those of ``ids``) with their last conversation, shared
        values and help counts."""
        if ids is not None:
            return self._summaries_of(ids, include_archived)
        where = None if include_archived else PersonTable.archived == False  # noqa: E712
        people = people_where(where)
        return _summaries(people, last_conversation_dates(), SHARED_VALUES, HELP_COUNTS, ())

    def _summaries_of(self, ids: Collection[int], include_archived: bool) -> list[PersonSummary]:
        """A few people among thousands, for a view updating after an edit: every
        query reads only their rows, with SQL written once (see id_lists)."""
        param = [id_list(ids)]
        people = [rows.person_from_raw(raw) for raw in db.execute_sql(PEOPLE_OF_IDS, param)]
        if not include_archived:
            people = [person for person in people if not person.archived]
        last = {pid: rows.read_day(day) for pid, day in db.execute_sql(LAST_TALK_OF_IDS, param)}
        return _summaries(people, last, SHARED_VALUES_OF_IDS, HELP_COUNTS_OF_IDS, param)

    def get(self, person_id: int) -> Person | None:
        raw = db.execute_sql(PEOPLE_OF_IDS, [id_list([person_id])]).fetchone()
        return rows.person_from_raw(raw) if raw else None

    def refs(
        self, include_archived: bool = False, ids: Collection[int] | None = None
    ) -> list[PersonRef]:
        """Names and ids (of everyone, or of ``ids``), for choosing participants."""
        if ids is not None:
            found = db.execute_sql(REFS_OF_IDS, [id_list(ids)])
            return [
                PersonRef(pid, rows.read_text(name))
                for pid, name, archived in found
                if include_archived or not archived
            ]
        where = "" if include_archived else "WHERE archived = 0"
        found = db.execute_sql(f"SELECT id, name FROM person {where} ORDER BY name, id")
        return [PersonRef(id=pid, name=rows.read_text(name)) for pid, name in found]

    def choices(self) -> list[PersonChoice]:
        """Everyone, archived included, labelled so that namesakes can be told apart."""
        query = PersonTable.select(
            PersonTable.id,
            PersonTable.name,
            PersonTable.organisation,
            PersonTable.city,
            PersonTable.archived,
        ).order_by(PersonTable.name, PersonTable.id)
        found = list(query.tuples())
        seen: dict[str, int] = {}
        for _, name, *_rest in found:
            seen[name.casefold()] = seen.get(name.casefold(), 0) + 1
        choices = []
        for person_id, name, organisation, city, archived in found:
            label = name
            if seen[name.casefold()] > 1:
                label = f"{name} ({organisation or city or f'#{person_id}'})"
            if archived:
                label = translate("People", "{0}, archived").format(label)
            detail = " · ".join(part for part in (organisation, city) if part)
            choices.append(PersonChoice(PersonRef(person_id, name), label, bool(archived), detail))
        return choices

    def count(self, include_archived: bool = True) -> int:
        where = "" if include_archived else " WHERE archived = 0"
        return db.execute_sql("SELECT COUNT(*) FROM person" + where).fetchone()[0]

    def detail(self, person_id: int) -> PersonDetail | None:
        person = self.get(person_id)
        if person is None:
            return None
        return PersonDetail(
            person=person,
            shared_values=tuple(shared_values_of(person_id)),
            help=tuple(help_of(person_id)),
            conversations=tuple(conversations_of(person_id)),
        )

    def save(self, person: Person) -> Person:
        """Add (id None) or update a person; returns the stored record."""
        now = self._clock().replace(microsecond=0)
        person = dataclasses.replace(
            person,
            looking_for=clean_items(person.looking_for),
            can_offer=clean_items(person.can_offer),
        )
        validate_person(person, now.date())
        person = dataclasses.replace(person, name=person.name.strip())
        columns = rows.person_columns(person)
        with self._store.write():
            if person.id is None:
                person_id = PersonTable.create(**columns, created_at=now, updated_at=now).id
            else:
                person_id = person.id
                updated = (
                    PersonTable.update(**columns, updated_at=now)
                    .where(PersonTable.id == person.id)
                    .execute()
                )
                if not updated:
                    raise gone(translate("Errors", "This person is no longer in the journal."))
        stored = self.get(person_id)
        assert stored is not None
        return stored

    def set_archived(self, person_id: int, archived: bool) -> None:
        with self._store.write():
            PersonTable.update(archived=archived, updated_at=self._clock()).where(
                PersonTable.id == person_id
            ).execute()

    def snooze(self, person_id: int, until: dt.date | None) -> None:
        """Off the Reconnect list until ``until`` ("not now"); None brings them back."""
        today = self._clock().date()
        if until is not None and until <= today:
            raise ValidationError(
                translate("Validation", "Choose a day after today."), "snoozed_until"
            )
        check_date(until, "snoozed_until", latest_date(today))
        self._update(person_id, snoozed_until=until)

    def set_next_question(self, person_id: int, question: str) -> None:
        """The question to ask next time, as written after a conversation."""
        check_text(question, "next_question", PERSON_TEXTS["next_question"])
        self._update(person_id, next_question=question.strip())

    def set_interval(self, person_id: int, days: int | None) -> None:
        """How often to reconnect; None for no reminder."""
        if days is not None and not 1 <= days <= MAX_INTERVAL_DAYS:
            raise ValidationError(
                translate("Validation", "Keep in touch every 1 to 3650 days, or leave it empty."),
                "keep_in_touch_days",
            )
        self._update(person_id, keep_in_touch_days=days)

    def _update(self, person_id: int, **columns) -> None:
        with self._store.write():
            updated = (
                PersonTable.update(**columns, updated_at=self._clock().replace(microsecond=0))
                .where(PersonTable.id == person_id)
                .execute()
            )
            if not updated:
                raise gone(translate("Errors", "This person is no longer in the journal."))

    def deletion_impact(self, person_id: int) -> DeletionImpact:
        alone = _conversations_only_with(person_id)
        total = ParticipantTable.select().where(ParticipantTable.person == person_id).count()
        return DeletionImpact(
            conversations_deleted=len(alone),
            conversations_kept=total - len(alone),
            shared_values=SharedValueTable.select()
            .where(SharedValueTable.person == person_id)
            .count(),
            help=HelpTable.select().where(HelpTable.person == person_id).count(),
        )

    def delete(self, person_id: int) -> None:
        """Delete a person, their shared values and help, and the conversations
        no one else was part of. Conversations with others keep the others."""
        with self._store.write():
            alone = _conversations_only_with(person_id)
            if alone:
                ConversationTable.delete().where(ConversationTable.id.in_(alone)).execute()
            PersonTable.delete().where(PersonTable.id == person_id).execute()


def people_where(condition=None) -> list[Person]:
    """People matching a peewee condition (everyone for None), by name, read as
    raw rows: peewee's row processing was most of the cost of 2,000 people."""
    query = PersonTable.select(*rows.PERSON_COLUMNS).order_by(PersonTable.name, PersonTable.id)
    if condition is not None:
        query = query.where(condition)
    return [rows.person_from_raw(raw) for raw in db.execute_sql(*query.sql())]


def _summaries(
    people: list[Person], last: dict, values_sql: str, help_sql: str, param: Sequence
) -> list[PersonSummary]:
    """The people with their last conversation (``last``), and their shared
    values and help counts as ``values_sql`` and ``help_sql`` read them: raw
    rows, as peewee's row processing of 20,000 was a third of the time."""
    values = defaultdict(list)
    for person_id, name, _key in db.execute_sql(values_sql, param):
        values[person_id].append(name)
    help_counts = {
        (pid, direction): count for pid, direction, count in db.execute_sql(help_sql, param)
    }
    return [
        PersonSummary(
            person=person,
            last_conversation=last.get(person.id),
            shared_values=tuple(values.get(person.id, ())),
            help_given=help_counts.get((person.id, Direction.GIVEN.value), 0),
            help_received=help_counts.get((person.id, Direction.RECEIVED.value), 0),
        )
        for person in people
    ]


PEOPLE_OF_IDS = (
    f"SELECT {column_list(rows.PERSON_COLUMNS)} FROM person WHERE id {IN_IDS} ORDER BY name, id"
)
REFS_OF_IDS = f"SELECT id, name, archived FROM person WHERE id {IN_IDS} ORDER BY name, id"
# the participant index finds their few conversations
LAST_TALK_OF_IDS = f"""
    SELECT p.person_id, MAX(c.date)
    FROM participant p JOIN conversation c ON c.id = p.conversation_id
    WHERE p.person_id {IN_IDS} GROUP BY p.person_id
"""
# each person's shared values and help counts: {where} none for everyone
_SHARED_VALUES_WHERE = """
    SELECT DISTINCT s.person_id, v.name, v.name_key
    FROM shared_value s JOIN value v ON v.id = s.value_id {where} ORDER BY v.name_key
"""
_HELP_COUNTS_WHERE = """
    SELECT person_id, direction, COUNT(id) FROM help {where} GROUP BY person_id, direction
"""
SHARED_VALUES = _SHARED_VALUES_WHERE.format(where="")
SHARED_VALUES_OF_IDS = _SHARED_VALUES_WHERE.format(where=f"WHERE s.person_id {IN_IDS}")
HELP_COUNTS = _HELP_COUNTS_WHERE.format(where="")
HELP_COUNTS_OF_IDS = _HELP_COUNTS_WHERE.format(where=f"WHERE person_id {IN_IDS}")


def _conversations_only_with(person_id: int) -> list[int]:
    mine = ParticipantTable.select(ParticipantTable.conversation).where(
        ParticipantTable.person == person_id
    )
    shared = ParticipantTable.select(ParticipantTable.conversation).where(
        (ParticipantTable.conversation.in_(mine)) & (ParticipantTable.person != person_id)
    )
    return [
        cid
        for (cid,) in ParticipantTable.select(ParticipantTable.conversation)
        .where(
            (ParticipantTable.person == person_id) & (ParticipantTable.conversation.not_in(shared))
        )
        .tuples()
    ]
