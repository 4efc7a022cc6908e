"""The practice's rules about time, in one place, judged by one clock.

Who is due to reconnect and how late, what is overdue, when a birthday comes
round: the People table, the detail pane, the status bar, the printed overview,
the Today page and `relations today` all ask here, so they cannot disagree.

The rules are plain functions of the day they judge by; PracticeService holds
the clock (injected: tests and `relations today --date` fix it).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from relations_app.records import Circle, Person

Clock = Callable[[], dt.datetime]

# Someone in these circles whom you have never talked with is due at once:
# adding a close friend and hearing "in 14 days" reads wrong.
DUE_AT_ONCE = frozenset({Circle.INNER, Circle.CLOSE})
COMING_UP_DAYS = 14  # how far ahead Today looks for birthdays and due dates
SNOOZE_DAYS = 7  # "not now" hides someone for a week unless a day is chosen


@dataclass(frozen=True, slots=True)
class Reconnect:
    """Where one person stands in the rhythm you chose with them, on one day."""

    due_on: dt.date
    interval: int  # days
    days_late: int  # 0: due today; negative: not yet due
    snoozed_until: dt.date | None = None  # set only while the snooze is in force

    @property
    def is_snoozed(self) -> bool:
        return self.snoozed_until is not None

    @property
    def is_due(self) -> bool:
        return self.days_late >= 0 and not self.is_snoozed

    @property
    def lateness(self) -> float:
        """How late, relative to the interval: 10 days over 14 weighs more than 30 over 365."""
        return self.days_late / self.interval


def reconnect_due_on(
    person: Person, last_conversation: dt.date | None, today: dt.date
) -> dt.date | None:
    """The day to reach out again, or None when no interval is set.

    One interval after the last conversation. Someone never talked with is due
    the day they were added when inner or close, otherwise one interval after.
    An interval below a day (stored by hand: the dialogs refuse it) is none.
    """
    days = person.keep_in_touch_days
    if days is None or days < 1:
        return None
    if last_conversation is not None:
        return _days_after(last_conversation, days)
    added = person.created_at.date() if person.created_at else today
    if person.circle in DUE_AT_ONCE:
        return added
    return _days_after(added, days)


def _days_after(day: dt.date, days: int) -> dt.date:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:  # a date near 9999 stored before dates were bounded
        return dt.date.max


def reconnect(
    person: Person, last_conversation: dt.date | None, today: dt.date
) -> Reconnect | None:
    due_on = reconnect_due_on(person, last_conversation, today)
    if due_on is None or person.keep_in_touch_days is None:
        return None
    snoozed = person.snoozed_until if is_snoozed(person, today) else None
    return Reconnect(due_on, person.keep_in_touch_days, (today - due_on).days, snoozed)


def is_snoozed(person: Person, today: dt.date) -> bool:
    """ "Not now" holds until the chosen day; on that day the person is back."""
    return person.snoozed_until is not None and person.snoozed_until > today


def reconnect_order(person: Person, state: Reconnect) -> tuple:
    """Sort key of the Reconnect list: inner circle first, then the most late
    relative to their interval, then the most days late, then by name."""
    return (person.circle.rank, -state.lateness, -state.days_late, person.name.casefold())


def due_now(
    people: Iterable[tuple[Person, dt.date | None]], today: dt.date
) -> list[tuple[Person, Reconnect]]:
    """Who to reconnect with today, best first: each person with their last
    conversation in, the due ones (not archived, not snoozed) out, ranked."""
    due = []
    for person, last in people:
        if person.archived or is_snoozed(person, today):
            continue
        due_on = reconnect_due_on(person, last, today)
        if due_on is not None and due_on <= today:
            state = Reconnect(due_on, person.keep_in_touch_days, (today - due_on).days)
            due.append((reconnect_order(person, state), person, state))
    due.sort(key=lambda entry: entry[0])
    return [(person, state) for _, person, state in due]


def is_overdue(due_on: dt.date | None, today: dt.date) -> bool:
    """A promise or follow-up is overdue the day after its due date."""
    return due_on is not None and due_on < today


def next_birthday(month: int, day: int, today: dt.date) -> dt.date | None:
    """The next time a birthday comes round, today included (None past the
    calendar's last year). A 29 February birthday is kept on 28 February in
    other years (the last day of the month they were born in)."""
    for year in (today.year, today.year + 1):
        if year > dt.MAXYEAR:
            return None
        when = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if when >= today:
            return when
    raise AssertionError("a birthday comes round within a year")


def birthday_within(person: Person, today: dt.date, days: int = COMING_UP_DAYS) -> dt.date | None:
    """The person's next birthday if it falls in the next ``days`` days."""
    if person.birthday is None:
        return None
    when = next_birthday(person.birthday.month, person.birthday.day, today)
    return when if when is not None and (when - today).days <= days else None


def snooze_until(today: dt.date, days: int = SNOOZE_DAYS) -> dt.date:
    return today + dt.timedelta(days=days)


class PracticeService:
    """The clock every view and command judges time by."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def today(self) -> dt.date:
        return self._clock().date()

    def reconnect(self, person: Person, last_conversation: dt.date | None) -> Reconnect | None:
        return reconnect(person, last_conversation, self.today())
