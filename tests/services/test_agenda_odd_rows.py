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


UNREADABLE = {
    "snoozed_until": "garbage",
    "birthday": "2000-02-30",
    "met_on": "last summer",
    "created_at": "yesterday",
}


@pytest.mark.parametrize("column", sorted(UNREADABLE))
def test_an_unreadable_optional_date_of_a_person_is_read_as_none(services, column):
    """One hand-edited date stopped the agenda, so the window (which opens on
    Today) did not open at all, and `relations today` failed."""
    ana = services.people.save(Person(name="Ana", circle=Circle.INNER, keep_in_touch_days=7))
    db.execute_sql(f"UPDATE person SET {column} = ? WHERE id = ?", (UNREADABLE[column], ana.id))
    agenda = services.agenda.build(TODAY)
    assert [item.person.name for item in agenda.reconnect.items] == ["Ana"]
    assert getattr(agenda.reconnect.items[0].person, column) is None
    assert services.people.summaries()[0].person.name == "Ana"


def test_unreadable_due_dates_of_promises_are_read_as_undated(services):
    from relations_app.records import Conversation, Direction, Help, HelpKind, PersonRef

    ana = services.people.save(Person(name="Ana"))
    talk = services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(ana.id, ""),), follow_up="Call back")
    )
    promise = services.help.save(
        Help(
            person_id=ana.id,
            direction=Direction.GIVEN,
            kind=HelpKind.ADVICE,
            description="Read her CV",
            offered_on=TODAY,
        )
    )
    db.execute_sql("UPDATE conversation SET follow_up_due = 'soon' WHERE id = ?", (talk.id,))
    db.execute_sql("UPDATE help SET due_on = 'friday' WHERE id = ?", (promise.id,))
    agenda = services.agenda.build(TODAY)
    assert sorted(p.what for p in agenda.promises.items) == ["Call back", "Read her CV"]
    assert all(p.due_on is None for p in agenda.promises.items)
    assert services.agenda.first_screen(TODAY).promises == agenda.promises  # the window's start
