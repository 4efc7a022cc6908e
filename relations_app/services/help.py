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


HELP_OF = """
    SELECT id, person_id, direction, kind, description, status, offered_on, done_on
    FROM help WHERE person_id = ? ORDER BY offered_on DESC, id DESC
"""


def help_of(person_id: int) -> list[Help]:
    return [
        Help(
            id=hid,
            person_id=pid,
            direction=rows.member(Direction, direction),
            kind=rows.member(HelpKind, kind),
            description=description,
            status=rows.member(HelpStatus, status),
            offered_on=dt.date.fromisoformat(offered_on),
            done_on=dt.date.fromisoformat(done_on) if done_on else None,
        )
        for hid, pid, direction, kind, description, status, offered_on, done_on in db.execute_sql(
            HELP_OF, [person_id]
        )
    ]


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
        if help_record.status is not HelpStatus.DONE:
            help_record = dataclasses.replace(help_record, done_on=None)
        validate_help(help_record, self._clock().date())
        help_record = dataclasses.replace(help_record, description=help_record.description.strip())
        with self._store.write():
            if PersonTable.get_or_none(PersonTable.id == help_record.person_id) is None:
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

    def delete(self, help_id: int) -> None:
        with self._store.write():
            HelpTable.delete().where(HelpTable.id == help_id).execute()
