"""Values: my own, and the ones I noticed, with evidence, in the people I know."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from peewee import fn

from relations_app.i18n import translate
from relations_app.records import SharedValue, Value, normalise_value_name
from relations_app.services import rows
from relations_app.services.messages import gone
from relations_app.services.validation import validate_shared_value, validate_value
from relations_app.storage.database import db
from relations_app.storage.errors import ValidationError
from relations_app.storage.store import Store
from relations_app.storage.tables import PersonTable, SharedValueTable, ValueTable


@dataclass(frozen=True)
class ValueUse:
    value: Value
    people: int  # how many people share it with me


SHARED_VALUES_OF = """
    SELECT s.id, s.person_id, v.name, s.evidence, s.noted_on
    FROM shared_value s JOIN value v ON v.id = s.value_id
    WHERE s.person_id = ? ORDER BY v.name_key, s.noted_on, s.id
"""


def shared_values_of(person_id: int) -> list[SharedValue]:
    return [
        SharedValue(
            id=sid,
            person_id=pid,
            value_name=name,
            evidence=rows.read_text(evidence),
            noted_on=rows.read_day(noted_on),
        )
        for sid, pid, name, evidence, noted_on in db.execute_sql(SHARED_VALUES_OF, [person_id])
    ]


def find_or_create_value(name: str, mine: bool = True, description: str = "") -> int:
    """The id of the value with this name (any case), created if new. Inside a write."""
    key = normalise_value_name(name)
    row = ValueTable.get_or_none(ValueTable.name_key == key)
    if row is not None:
        return row.id
    clean = " ".join(name.split())
    return ValueTable.create(name=clean, name_key=key, description=description, mine=mine).id


class ValueService:
    def __init__(self, store: Store, clock: Callable[[], dt.datetime]) -> None:
        self._store = store
        self._clock = clock

    def all(self) -> list[Value]:
        return [rows.value_from_row(r) for r in ValueTable.select().order_by(ValueTable.name_key)]

    def mine(self) -> list[Value]:
        return [v for v in self.all() if v.mine]

    def uses(self) -> list[ValueUse]:
        """Every value with the number of people who share it."""
        counts = dict(
            SharedValueTable.select(
                SharedValueTable.value, fn.COUNT(fn.DISTINCT(SharedValueTable.person))
            )
            .group_by(SharedValueTable.value)
            .tuples()
        )
        return [ValueUse(value=v, people=counts.get(v.id, 0)) for v in self.all()]

    def save(self, value: Value) -> Value:
        validate_value(value)
        name = " ".join(value.name.split())
        key = normalise_value_name(name)
        with self._store.write():
            clash = ValueTable.get_or_none(ValueTable.name_key == key)
            if clash is not None and clash.id != value.id:
                raise ValidationError(
                    translate("Validation", "There is already a value with that name."), "name"
                )
            columns = {
                "name": name,
                "name_key": key,
                "description": value.description,
                "mine": value.mine,
            }
            if value.id is None:
                row = ValueTable.create(**columns)
            else:
                if not ValueTable.update(**columns).where(ValueTable.id == value.id).execute():
                    raise gone(translate("Errors", "This value is no longer in the journal."))
                row = ValueTable.get_by_id(value.id)
        return rows.value_from_row(row)

    def delete(self, value_id: int) -> None:
        """Delete a value and, with it, every note of someone sharing it."""
        with self._store.write():
            ValueTable.delete().where(ValueTable.id == value_id).execute()

    def save_shared(self, shared: SharedValue) -> SharedValue:
        """Record (or edit) a value someone shares; a new value name joins my values."""
        validate_shared_value(shared, self._clock().date())
        with self._store.write():
            if PersonTable.get_or_none(PersonTable.id == shared.person_id) is None:
                raise ValidationError(
                    translate("Validation", "That person is no longer in the journal."), "person"
                )
            value_id = find_or_create_value(shared.value_name)
            columns = {
                "person": shared.person_id,
                "value": value_id,
                "evidence": shared.evidence.strip(),
                "noted_on": shared.noted_on,
            }
            if shared.id is None:
                row = SharedValueTable.create(**columns)
            else:
                SharedValueTable.update(**columns).where(SharedValueTable.id == shared.id).execute()
                row = SharedValueTable.get_by_id(shared.id)
            name = ValueTable.get_by_id(value_id).name
        return dataclasses.replace(shared, id=row.id, value_name=name, evidence=row.evidence)

    def get_shared(self, shared_id: int) -> SharedValue | None:
        row = (
            SharedValueTable.select(SharedValueTable, ValueTable.name)
            .join(ValueTable)
            .where(SharedValueTable.id == shared_id)
            .first()
        )
        return rows.shared_value_from_row(row, row.value.name) if row else None

    def delete_shared(self, shared_id: int) -> None:
        with self._store.write():
            SharedValueTable.delete().where(SharedValueTable.id == shared_id).execute()
