"""Help: what I offered and gave, and what came back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from relations_app.i18n import translate
from relations_app.records import Direction, Help, HelpKind, HelpStatus
from relations_app.services import rows
from relations_app.services.messages import gone
from relations_app.services.validation import validate_help
from relations_app.storage.database import db
from relations_app.storage.errors import ValidationError
from relations_app.storage.store import Store
from relations_app.storage.tables import HelpTable, PersonTable

NEWEST_FIRST = (HelpTable.offered_on.desc(), HelpTable.id.desc())


HELP_OF = HelpTable.select(*rows.HELP_COLUMNS).order_by(*NEWEST_FIRST)


def help_of(person_id: int) -> list[Help]:
    sql, params = HELP_OF.where(HelpTable.person == person_id).sql()
    return [rows.help_from_raw(values) for values in db.execute_sql(sql, params)]


class HelpService:
    def __init__(self, store: Store, clock: Callable[[], dt.datetime]) -> None:
        self._store = store
        self._clock = clock

    def all(self) -> list[Help]:
        return [rows.help_from_row(row) for row in HelpTable.select().order_by(*NEWEST_FIRST)]

    def get(self, help_id: int) -> Help | None:
        row = HelpTable.get_or_none(HelpTable.id == help_id)
        return rows.help_from_row(row) if row else None

    def save(self, help_record: Help) -> Help:
        help_record = _cleaned(help_record, self._clock().date())
        with self._store.write():
            return self._write(help_record)

    def mark_done(self, help_id: int, on: dt.date) -> Help:
        """A promise kept: done on ``on`` (not before it was offered)."""
        with self._store.write():
            found = self.get(help_id)
            if found is None:
                raise gone(translate("Errors", "This help record is no longer in the journal."))
            done = dataclasses.replace(
                found, status=HelpStatus.DONE, done_on=max(on, found.offered_on)
            )
            return self._write(done)

    def record_introduction(
        self, first_id: int, second_id: int, description: str, on: dt.date
    ) -> tuple[Help, Help]:
        """I introduced two people to each other: help given to both, each naming
        the other, done today. One transaction: both or neither."""
        pair = []
        with self._store.write():
            for person_id, other_id in ((first_id, second_id), (second_id, first_id)):
                record = Help(
                    person_id=person_id,
                    direction=Direction.GIVEN,
                    kind=HelpKind.INTRODUCTION,
                    description=description,
                    status=HelpStatus.DONE,
                    offered_on=on,
                    done_on=on,
                    introduced_id=other_id,
                )
                pair.append(self._write(_cleaned(record, on)))
        return pair[0], pair[1]

    def delete(self, help_id: int) -> None:
        with self._store.write():
            HelpTable.delete().where(HelpTable.id == help_id).execute()

    @staticmethod
    def _write(help_record: Help) -> Help:
        """Insert or update inside the caller's transaction."""
        wanted = {help_record.person_id, help_record.introduced_id} - {None}
        found = PersonTable.select().where(PersonTable.id.in_(list(wanted))).count()
        if found != len(wanted):
            raise ValidationError(
                translate("Validation", "That person is no longer in the journal."), "person"
            )
        columns = rows.help_columns(help_record)
        if help_record.id is None:
            row = HelpTable.create(**columns)
        else:
            if not HelpTable.update(**columns).where(HelpTable.id == help_record.id).execute():
                raise gone(translate("Errors", "This help record is no longer in the journal."))
            row = HelpTable.get_by_id(help_record.id)
        return rows.help_from_row(row)


def _cleaned(help_record: Help, today: dt.date) -> Help:
    """Checked and tidied: only done help keeps its done date; due dates are for open help."""
    if help_record.status is not HelpStatus.DONE:
        help_record = dataclasses.replace(help_record, done_on=None)
    validate_help(help_record, today)
    return dataclasses.replace(help_record, description=help_record.description.strip())
