"""The relationship overview: everything the printed overview shows, as plain records.

A handful of bulk queries serve the whole overview, whatever the number of
people: a journal of 1,000 people must print in seconds, so nothing here asks
the store once per person.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from relations_app.collation import name_key
from relations_app.records import (
    Circle,
    Conversation,
    Direction,
    Help,
    Person,
    PersonSummary,
    SharedValue,
    Value,
)
from relations_app.services import rows
from relations_app.services.conversations import open_follow_ups
from relations_app.services.practice import Reconnect, due_now
from relations_app.storage.database import db
from relations_app.storage.tables import SharedValueTable, ValueTable

if TYPE_CHECKING:  # services/__init__ imports the services, this one among them one day
    from relations_app.services import Services
    from relations_app.services.agenda import HelpIdea  # the agenda: 12 ms of every command

DEFAULT_PERIOD_DAYS = 90
# Pages a compact overview takes per person, measured at 1,000 people and 90 days
# (320 pages): people with a few conversations each share a page three by three.
COMPACT_PEOPLE_PER_PAGE = 3
# gather's steps, for a progress bar: each is one bulk query (0.2-0.7 s at 10,000 people)
GATHER_STEPS = 7

Step = Callable[[int, int], None]  # (done, total): may raise to stop the work there


def _no_step(done: int, total: int) -> None:
    pass


class Who(StrEnum):
    EVERYONE = "everyone"
    CIRCLE = "circle"
    SELECTED = "selected"


class Layout(StrEnum):
    PER_PERSON = "per_person"  # the summary, then one page per person
    COMPACT = "compact"  # everything flows, people one after the other


@dataclass(frozen=True, slots=True)
class OverviewChoices:
    """What to print. ``since`` None means every conversation, however old."""

    who: Who = Who.EVERYONE
    circle: Circle = Circle.INNER
    person_ids: tuple[int, ...] = ()
    since: dt.date | None = None
    layout: Layout = Layout.PER_PERSON
    include_private_notes: bool = False


@dataclass(frozen=True, slots=True)
class PersonOverview:
    """One person's part of the overview; conversations limited to the period."""

    summary: PersonSummary
    shared_values: tuple[SharedValue, ...]
    help: tuple[Help, ...]  # newest first, whatever the period: help is rare and lasting
    conversations: tuple[Conversation, ...]  # in the period, newest first
    open_follow_ups: tuple[Conversation, ...]  # any date, soonest due first

    @property
    def person(self) -> Person:
        return self.summary.person


@dataclass(frozen=True, slots=True)
class OverviewData:
    today: dt.date
    choices: OverviewChoices
    my_values: tuple[Value, ...]
    people: tuple[PersonOverview, ...]  # inner circle first, then by name
    conversations: tuple[Conversation, ...]  # the chosen people's, in the period, newest first
    open_follow_ups: tuple[Conversation, ...]
    help: tuple[Help, ...]
    names: Mapping[int, str] = field(default_factory=dict)  # person id -> name, for help lines
    could_help: tuple[HelpIdea, ...] = ()  # as on the Today page, for the chosen people

    def by_circle(self) -> dict[Circle, list[Person]]:
        groups: dict[Circle, list[Person]] = {circle: [] for circle in Circle}
        for entry in self.people:
            groups[entry.person.circle].append(entry.person)
        return groups

    def overdue(self) -> list[tuple[PersonSummary, Reconnect]]:
        """Who is due for reconnecting, ranked as on the Today page."""
        summaries = {entry.person.id: entry.summary for entry in self.people}
        pairs = ((s.person, s.last_conversation) for s in summaries.values())
        return [(summaries[person.id], state) for person, state in due_now(pairs, self.today)]

    def open_help_given(self) -> list[Help]:
        """Help I offered that is not done yet, oldest offer first."""
        mine = [h for h in self.help if h.direction is Direction.GIVEN and h.status.is_open]
        return sorted(mine, key=lambda h: (h.offered_on, h.id or 0))


def estimated_pages(people: int, layout: Layout) -> int:
    """How many pages an overview of ``people`` takes, before it is laid out: one
    per person and the summary's first page (one page per person), or about a
    third of a page each (compact). Enough to warn before a very long print."""
    if people == 0:
        return 1
    if layout is Layout.PER_PERSON:
        return people + 1
    return 1 + -(-people // COMPACT_PEOPLE_PER_PAGE)


def since_for(period_days: int, today: dt.date) -> dt.date | None:
    """The first day of a period of ``period_days`` ending today; 0 means all time."""
    if period_days <= 0:
        return None
    return today - dt.timedelta(days=period_days - 1)


class OverviewService:
    """Gathers the overview through the other services and a few bulk queries."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def circle_sizes(self) -> dict[Circle, int]:
        """How many people (not archived) each circle holds: what "everyone" or
        "one circle" would print. One query, quick enough to run as a choice changes."""
        found = dict(
            db.execute_sql(
                "SELECT circle, COUNT(*) FROM person WHERE archived = 0 GROUP BY circle"
            ).fetchall()
        )
        return {circle: found.get(circle.value, 0) for circle in Circle}

    def gather(
        self, choices: OverviewChoices, today: dt.date, step: Step = _no_step
    ) -> OverviewData:
        """The overview's records. ``step(done, GATHER_STEPS)`` is called between
        its bulk queries (on a worker it moves a progress bar, and raises to cancel)."""
        step(0, GATHER_STEPS)
        summaries = self._chosen(choices)
        ids = {s.person.id for s in summaries}
        step(1, GATHER_STEPS)
        shared = _shared_values(ids)
        step(2, GATHER_STEPS)
        help_by_person = _group(
            (h for h in self._services.help.all() if h.person_id in ids), lambda h: h.person_id
        )
        step(3, GATHER_STEPS)
        in_period = [
            c for c in self._services.conversations.between(choices.since) if _involves(c, ids)
        ]
        step(4, GATHER_STEPS)
        follow_ups = [c for c in open_follow_ups() if _involves(c, ids)]
        talks, todo = _by_person(in_period), _by_person(follow_ups)
        step(5, GATHER_STEPS)
        people = tuple(
            PersonOverview(
                summary=_private(summary, choices.include_private_notes),
                shared_values=tuple(shared.get(summary.person.id, ())),
                help=tuple(help_by_person.get(summary.person.id, ())),
                conversations=tuple(talks.get(summary.person.id, ())),
                open_follow_ups=tuple(todo.get(summary.person.id, ())),
            )
            for summary in summaries
        )
        step(6, GATHER_STEPS)
        could_help = tuple(
            idea for idea in self._services.agenda.could_help(today) if idea.person.id in ids
        )
        step(GATHER_STEPS, GATHER_STEPS)
        return OverviewData(
            today=today,
            choices=choices,
            my_values=tuple(self._services.values.mine()),
            people=people,
            conversations=tuple(in_period),
            open_follow_ups=tuple(follow_ups),
            help=tuple(h for entries in help_by_person.values() for h in entries),
            names={s.person.id: s.person.name for s in summaries},
            could_help=could_help,
        )

    def _chosen(self, choices: OverviewChoices) -> list[PersonSummary]:
        """The people to print, inner circle first. Archived people only when
        picked one by one: choosing them is asking for them."""
        everyone = self._services.people.summaries(include_archived=choices.who is Who.SELECTED)
        if choices.who is Who.CIRCLE:
            everyone = [s for s in everyone if s.person.circle is choices.circle]
        elif choices.who is Who.SELECTED:
            wanted = set(choices.person_ids)
            everyone = [s for s in everyone if s.person.id in wanted]
        return sorted(everyone, key=lambda s: (s.person.circle.rank, name_key(s.person.name)))


def _private(summary: PersonSummary, include_notes: bool) -> PersonSummary:
    """Drop the private notes here, so no later step can print them by mistake."""
    if include_notes or not summary.person.notes:
        return summary
    return dataclasses.replace(summary, person=dataclasses.replace(summary.person, notes=""))


def _shared_values(person_ids: set[int]) -> dict[int, list[SharedValue]]:
    query = (
        SharedValueTable.select(SharedValueTable, ValueTable.name)
        .join(ValueTable)
        .order_by(ValueTable.name_key, SharedValueTable.noted_on, SharedValueTable.id)
    )
    found: dict[int, list[SharedValue]] = defaultdict(list)
    for row in query:
        if row.person_id in person_ids:
            found[row.person_id].append(rows.shared_value_from_row(row, row.value.name))
    return found


def _involves(conversation: Conversation, person_ids: set[int]) -> bool:
    return any(ref.id in person_ids for ref in conversation.people)


def _by_person(conversations: list[Conversation]) -> dict[int, list[Conversation]]:
    """Each person's conversations, in the order given: one pass, not one per person."""
    found: dict[int, list[Conversation]] = defaultdict(list)
    for conversation in conversations:
        for ref in conversation.people:
            found[ref.id].append(conversation)
    return found


def _group(items: Iterable, key) -> dict:
    grouped: dict = defaultdict(list)
    for item in items:
        grouped[key(item)].append(item)
    return grouped
