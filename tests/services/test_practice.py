"""The rules about time, on a fixed clock: one rule for who is due, everywhere."""

import datetime as dt

import pytest

from relations_app.labels import reconnect_text
from relations_app.records import Circle, Person
from relations_app.services.practice import (
    due_now,
    is_overdue,
    next_birthday,
    reconnect,
    reconnect_due_on,
)
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)


def person(name="Ana", circle=Circle.WIDER, days=14, added=TODAY - 100 * DAY, **more) -> Person:
    created = dt.datetime.combine(added, dt.time(9))
    return Person(name=name, circle=circle, keep_in_touch_days=days, created_at=created, **more)


def test_due_today_versus_tomorrow():
    today = reconnect(person(days=14), TODAY - 14 * DAY, TODAY)
    tomorrow = reconnect(person(days=14), TODAY - 13 * DAY, TODAY)
    assert (today.days_late, today.is_due, reconnect_text(today)) == (0, True, "due today")
    assert (tomorrow.days_late, tomorrow.is_due) == (-1, False)
    assert reconnect_text(tomorrow) == "due tomorrow"
    late = reconnect(person(days=14), TODAY - 26 * DAY, TODAY)
    assert reconnect_text(late) == "12 days late"
    assert reconnect_text(reconnect(person(days=14), TODAY - 15 * DAY, TODAY)) == "1 day late"
    assert reconnect_text(reconnect(person(days=14), TODAY - 11 * DAY, TODAY)) == "due in 3 days"


def test_no_interval_no_reminder():
    assert reconnect(person(days=None), None, TODAY) is None
    assert reconnect_due_on(person(days=None), TODAY, TODAY) is None


@pytest.mark.parametrize("circle", [Circle.INNER, Circle.CLOSE])
def test_never_talked_inner_or_close_is_due_the_day_they_were_added(circle):
    added_today = reconnect(person(circle=circle, added=TODAY), None, TODAY)
    assert (added_today.due_on, added_today.is_due) == (TODAY, True)
    added_long_ago = reconnect(person(circle=circle, added=TODAY - 30 * DAY), None, TODAY)
    assert added_long_ago.days_late == 30


@pytest.mark.parametrize("circle", [Circle.WIDER, Circle.ACQUAINTANCE])
def test_never_talked_wider_is_due_one_interval_after_being_added(circle):
    state = reconnect(person(circle=circle, days=30, added=TODAY), None, TODAY)
    assert (state.due_on, state.is_due) == (TODAY + 30 * DAY, False)


def test_a_conversation_counts_from_its_own_day_whatever_the_circle():
    state = reconnect(person(circle=Circle.INNER, days=14), TODAY - 2 * DAY, TODAY)
    assert state.due_on == TODAY + 12 * DAY


def test_snooze_hides_until_its_day_then_expires():
    snoozed = person(days=7, snoozed_until=TODAY + 3 * DAY)
    state = reconnect(snoozed, TODAY - 30 * DAY, TODAY)
    assert state.is_snoozed and not state.is_due
    assert reconnect_text(state) == "not now, until 18\u00a0Jun\u00a02026"
    assert due_now([(snoozed, TODAY - 30 * DAY)], TODAY) == []
    on_the_day = reconnect(snoozed, TODAY - 30 * DAY, TODAY + 3 * DAY)
    assert on_the_day.is_due and not on_the_day.is_snoozed
    assert [p.name for p, _ in due_now([(snoozed, TODAY - 30 * DAY)], TODAY + 3 * DAY)] == ["Ana"]


def test_ranking_inner_first_then_late_relative_to_the_interval():
    fortnightly = person("Fortnightly, 10 days over", days=14)  # 10/14 late
    yearly = person("Yearly, 30 days over", days=365)  # 30/365 late
    inner = person("Inner, 1 day over", circle=Circle.INNER, days=30)
    acquaintance = person("Acquaintance, 2 years over", circle=Circle.ACQUAINTANCE, days=30)
    archived = person("Archived", circle=Circle.INNER, archived=True)
    not_yet = person("Not yet", circle=Circle.INNER, days=30)
    ranked = due_now(
        [
            (yearly, TODAY - 395 * DAY),
            (acquaintance, TODAY - 760 * DAY),
            (fortnightly, TODAY - 24 * DAY),
            (inner, TODAY - 31 * DAY),
            (archived, TODAY - 400 * DAY),
            (not_yet, TODAY - 3 * DAY),
        ],
        TODAY,
    )
    assert [p.name for p, _ in ranked] == [
        "Inner, 1 day over",
        "Fortnightly, 10 days over",
        "Yearly, 30 days over",
        "Acquaintance, 2 years over",
    ]
    assert ranked[1][1].lateness == pytest.approx(10 / 14)


def test_overdue_means_after_the_due_day():
    assert not is_overdue(TODAY, TODAY)
    assert is_overdue(TODAY - DAY, TODAY)
    assert not is_overdue(None, TODAY)


@pytest.mark.parametrize(
    "month, day, today, expected",
    [
        (6, 15, dt.date(2026, 6, 15), dt.date(2026, 6, 15)),  # today counts
        (6, 14, dt.date(2026, 6, 15), dt.date(2027, 6, 14)),  # just passed: next year
        (1, 2, dt.date(2026, 12, 30), dt.date(2027, 1, 2)),  # over the new year
        (2, 29, dt.date(2026, 2, 1), dt.date(2026, 2, 28)),  # not a leap year
        (2, 29, dt.date(2028, 2, 1), dt.date(2028, 2, 29)),  # a leap year
        (2, 29, dt.date(2027, 3, 1), dt.date(2028, 2, 29)),
    ],
)
def test_next_birthday_with_or_without_a_year(month, day, today, expected):
    """Only month and day count, so a birthday whose year is unknown works alike."""
    assert next_birthday(month, day, today) == expected
