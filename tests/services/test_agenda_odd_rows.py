"""Rows written straight into SQLite (an older version, a hand edit) that the
dialogs refuse: the agenda reads them without a sentence going wrong."""

import dataclasses

import pytest

from relations_app.records import Circle, Person
from relations_app.services.practice import reconnect
from relations_app.storage.database import db
from tests.conftest import TODAY


@pytest.mark.parametrize("days", [-5, 0])
def test_an_interval_below_one_day_is_no_interval(services, days):
    """-5 made "You keep in touch every %n days" (Qt fills %n only for counts of
    zero or more) and ranked the person by a negative lateness."""
    ana = services.people.save(Person(name="Ana", circle=Circle.WIDER, keep_in_touch_days=7))
    db.execute_sql("UPDATE person SET keep_in_touch_days = ? WHERE id = ?", (days, ana.id))
    stored = dataclasses.replace(ana, keep_in_touch_days=days)
    assert reconnect(stored, None, TODAY) is None
    agenda = services.agenda.build(TODAY)
    assert agenda.reconnect.total == 0
    assert services.agenda.due_count(TODAY) == 0
