"""The Today agenda: the practice for one day, as plain records.

Giving first: whom you could help, what you promised, whom to reconnect with,
who should meet whom, what is coming up, your circles, this month. Every item
says why it is there (a sentence, see agenda_why) and carries what its action
needs. The Today page, `relations today` and the printed overview read it.

Everyone is ranked from light rows; full records are read only for the items
kept (``limit`` per section; None keeps all), and each section says how many
there are in all, for a "show all" link.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar

from relations_app.records import Circle, Conversation, Help, Person, PersonRef
from relations_app.services import agenda_data, agenda_why
from relations_app.services.agenda_data import PersonRow
from relations_app.services.agenda_ideas import (
    CIRCLE_LIMITS,
    Introductions,
    NeedsIMeet,
    OpenPromise,
    RankedIdea,
    RankedPair,
    Upcoming,
    balance_start,
    comes_up,
    coming_up,
    could_help,
    open_promises,
    who_needs,
)
from relations_app.services.matching import Match, match
from relations_app.services.offers import my_offers
from relations_app.services.practice import Clock, Reconnect, due_now
from relations_app.storage.queries import last_conversation_dates

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Section(Generic[T]):
    items: tuple[T, ...]
    total: int  # how many in all: items holds at most the limit asked for

    @property
    def hidden(self) -> int:
        return self.total - len(self.items)


@dataclass(frozen=True, slots=True)
class HelpIdea:
    """Someone you could help: their need meets your offer, or you owe them lately."""

    person: Person
    why: str
    match: Match | None = None
    received: int = 0
    given: int = 0


@dataclass(frozen=True, slots=True)
class Promise:
    """Help you offered and have not done, or a follow-up you noted."""

    people: tuple[PersonRef, ...]
    what: str
    why: str
    since: dt.date  # offered on, or the conversation's day
    due_on: dt.date | None
    help: Help | None = None
    conversation: Conversation | None = None

    def days_late(self, today: dt.date) -> int | None:
        return (today - self.due_on).days if self.due_on else None


@dataclass(frozen=True, slots=True)
class ReconnectItem:
    person: Person
    state: Reconnect
    why: str
    last: Conversation | None = None


@dataclass(frozen=True, slots=True)
class IntroductionIdea:
    """``seeker`` looks for what ``giver`` can offer; not introduced yet."""

    seeker: Person
    giver: Person
    match: Match
    why: str


@dataclass(frozen=True, slots=True)
class ComingUp:
    day: dt.date
    people: tuple[PersonRef, ...]
    why: str
    promise: Promise | None = None  # None: a birthday


@dataclass(frozen=True, slots=True)
class CircleCount:
    circle: Circle
    names: tuple[str, ...]
    limit: int
    why: str

    @property
    def over(self) -> bool:
        return len(self.names) > self.limit


@dataclass(frozen=True, slots=True)
class MonthFigures:
    first_day: dt.date
    by_depth: tuple[int, ...]  # this month's conversations at depth 1..5
    months: tuple[tuple[dt.date, tuple[int, ...]], ...]  # the last 12, oldest first
    meaningful: tuple[tuple[Circle, Conversation], ...]  # latest depth 4-5, per circle
    help_given: int
    help_received: int
    why: str


@dataclass(frozen=True, slots=True)
class Agenda:
    today: dt.date
    could_help: Section[HelpIdea]
    promises: Section[Promise]
    reconnect: Section[ReconnectItem]
    introductions: Section[IntroductionIdea]
    coming_up: Section[ComingUp]
    circles: tuple[CircleCount, ...]
    month: MonthFigures


@dataclass(frozen=True, slots=True)
class FirstScreen:
    """The top of the Today page, what its first screen shows: whom you could
    help, what you promised, what is coming up, your circles. The window shows
    it at start and the whole Agenda a moment later (reconnecting reads every
    conversation's date, introductions match every need with every offer)."""

    today: dt.date
    could_help: Section[HelpIdea]
    promises: Section[Promise]
    coming_up: Section[ComingUp]
    circles: tuple[CircleCount, ...]


class AgendaService:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._introductions = Introductions()
        self._needs_i_meet = NeedsIMeet()

    def build(
        self,
        today: dt.date | None = None,
        limit: int | None = None,
        longer: Mapping[str, int | None] | None = None,
    ) -> Agenda:
        """The agenda as of ``today`` (the clock's day when None), each section
        cut to ``limit`` items (None: all); ``longer`` gives some sections,
        by the Agenda field's name, a limit of their own ("show all")."""
        today = today or self._clock().date()
        with _collector_paused():
            return self._build(today, limit, longer)

    def first_screen(
        self,
        today: dt.date | None = None,
        limit: int | None = None,
        longer: Mapping[str, int | None] | None = None,
    ) -> FirstScreen:
        """The first screen of the agenda, its sections as build() makes them."""
        today = today or self._clock().date()
        with _collector_paused():
            rows = agenda_data.first_screen_rows(balance_start(today), today)
            ideas, later, upcoming = self._top(rows, today)
            kept = _Kept(_limits(limit, longer or {}), ideas, later, [], [], upcoming)
            records = _Records(kept, {})
            return FirstScreen(
                today=today,
                could_help=kept.section(0, ideas, records.help_idea),
                promises=kept.section(1, later, lambda p: records.promise(p, today)),
                coming_up=kept.section(4, upcoming, lambda u: records.coming(u, today)),
                circles=_circles(agenda_data.circle_names()),
            )

    def _top(
        self, rows: list[PersonRow], today: dt.date
    ) -> tuple[list[RankedIdea], list[OpenPromise], list[Upcoming]]:
        """Ideas, promises not coming up soon, and what comes up, ranked."""
        ideas = could_help(rows, self._needs_i_meet(rows), today)
        promises = open_promises(today)
        later = [p for p in promises if not comes_up(p, today)]
        soon = [p for p in promises if comes_up(p, today)]
        return ideas, later, coming_up(rows, soon, today)

    def _build(
        self, today: dt.date, limit: int | None, longer: Mapping[str, int | None] | None
    ) -> Agenda:
        rows = agenda_data.person_rows()
        last = last_conversation_dates()
        ideas, later, upcoming = self._top(rows, today)
        due = due_now(((row, last.get(row.id)) for row in rows), today)
        pairs = self._introductions(rows)
        kept = _Kept(_limits(limit, longer or {}), ideas, later, due, pairs, upcoming)
        records = _Records(kept, last)
        return Agenda(
            today=today,
            could_help=kept.section(0, ideas, lambda i: records.help_idea(i)),
            promises=kept.section(1, later, lambda p: records.promise(p, today)),
            reconnect=kept.section(2, due, lambda d: records.reconnect(*d, today)),
            introductions=kept.section(3, pairs, lambda p: records.introduction(p)),
            coming_up=kept.section(4, upcoming, lambda u: records.coming(u, today)),
            circles=_circles((row.circle, row.name) for row in rows),
            month=_month(today),
        )

    def due_count(self, today: dt.date | None = None) -> int:
        """How many to reconnect with (the Reconnect section's total), alone."""
        today = today or self._clock().date()
        last = last_conversation_dates()
        rows = agenda_data.person_rows()
        return len(due_now(((row, last.get(row.id)) for row in rows), today))

    def who_needs_my_offers(self) -> dict[int, list[str]]:
        """Each of my offers (by id) -> who looks for something it meets."""
        offers = [(offer.id, offer.name) for offer in my_offers()]
        return who_needs(offers, agenda_data.person_rows())

    def could_help(self, today: dt.date | None = None) -> list[HelpIdea]:
        """Someone you could help, every idea (the printed overview's section)."""
        today = today or self._clock().date()
        rows = agenda_data.person_rows()
        ideas = could_help(rows, self._needs_i_meet(rows), today)
        kept = _Kept((None,) * len(SECTIONS), ideas, [], [], [], [])
        records = _Records(kept, {})
        return [records.help_idea(idea) for idea in ideas]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector held back while the agenda is built: at 10,000
    people the build makes some 100,000 short-lived objects, none in a cycle,
    and the collections they set off took 27 of its 188 ms (measured)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Kept:
    """Each ranked list cut to its section's limit: the items that become full records."""

    def __init__(self, limits: tuple[int | None, ...], *ranked: list) -> None:
        self.limits = limits
        self.ideas, self.promises, self.due, self.pairs, self.upcoming = (
            self.cut(index, items) for index, items in enumerate(ranked)
        )

    def cut(self, index: int, items: list) -> list:
        limit = self.limits[index]
        return items if limit is None else items[:limit]

    def section(self, index: int, ranked: list, make) -> Section:
        return Section(tuple(make(item) for item in self.cut(index, ranked)), len(ranked))


# The sections that hold a ranked list, in the order _Kept receives them.
SECTIONS = ("could_help", "promises", "reconnect", "introductions", "coming_up")


def _limits(limit: int | None, longer: Mapping[str, int | None]) -> tuple[int | None, ...]:
    unknown = set(longer) - set(SECTIONS)
    if unknown:
        raise ValueError(f"no agenda section {sorted(unknown)}")
    return tuple(longer.get(name, limit) for name in SECTIONS)


class _Records:
    """Full records for the kept items, read in a few batches."""

    def __init__(self, kept: _Kept, last: dict[int, dt.date]) -> None:
        ids = {idea.row.id for idea in kept.ideas} | {row.id for row, _ in kept.due}
        for pair in kept.pairs:
            ids.update((pair.seeker.id, pair.giver.id))
        self.people = agenda_data.people_by_id(ids)
        promised = kept.promises + [u.promise for u in kept.upcoming if u.promise]
        self.talks = agenda_data.conversations_by_id(
            p.conversation_id for p in promised if p.conversation_id is not None
        )
        self.help = agenda_data.help_by_id(p.help_id for p in promised if p.help_id is not None)
        self.names = agenda_data.names_by_id(h.person_id for h in self.help.values())
        self.latest = agenda_data.latest_conversations(
            row.id for row, _ in kept.due if row.id in last
        )

    def help_idea(self, idea: RankedIdea) -> HelpIdea:
        person = self.people[idea.row.id]
        if idea.strength:
            found = match(idea.need, idea.offer)
            return HelpIdea(person, agenda_why.need_meets_offer(person, found), found)
        why = agenda_why.received_more(person, idea.received, idea.given)
        return HelpIdea(person, why, received=idea.received, given=idea.given)

    def promise(self, promise: OpenPromise, today: dt.date) -> Promise:
        if promise.help_id is not None:
            h = self.help[promise.help_id]
            return help_promise(PersonRef(h.person_id, self.names.get(h.person_id, "")), h, today)
        return follow_up_promise(self.talks[promise.conversation_id], today)

    def reconnect(self, row: PersonRow, state: Reconnect, today: dt.date) -> ReconnectItem:
        person = self.people[row.id]
        latest = self.latest.get(row.id)
        return ReconnectItem(
            person, state, agenda_why.reconnect(person, state, latest, today), latest
        )

    def introduction(self, pair: RankedPair) -> IntroductionIdea:
        seeker, giver = self.people[pair.seeker.id], self.people[pair.giver.id]
        found = match(pair.need, pair.offer)
        return IntroductionIdea(seeker, giver, found, agenda_why.introduction(seeker, giver, found))

    def coming(self, item: Upcoming, today: dt.date) -> ComingUp:
        if item.promise is None:
            ref = PersonRef(item.row.id, item.row.name)
            return ComingUp(item.day, (ref,), agenda_why.birthday(item.row, item.day, today))
        promise = self.promise(item.promise, today)
        names = ", ".join(ref.name for ref in promise.people)
        why = agenda_why.due_soon(promise.what, names, item.day, today)
        return ComingUp(item.day, promise.people, why, promise)


def help_promise(ref: PersonRef, h: Help, today: dt.date) -> Promise:
    why = agenda_why.help_promise(h, today)
    return Promise((ref,), h.description, why, h.offered_on, h.due_on, help=h)


def follow_up_promise(c: Conversation, today: dt.date) -> Promise:
    why = agenda_why.follow_up_promise(c, today)
    return Promise(c.people, c.follow_up, why, c.date, c.follow_up_due, conversation=c)


def _circles(people: Iterable[tuple[Circle, str]]) -> tuple[CircleCount, ...]:
    names: dict[Circle, list[str]] = {circle: [] for circle in Circle}
    for circle, name in people:
        names[circle].append(name)
    return tuple(
        CircleCount(c, tuple(names[c]), limit, agenda_why.circle(c, len(names[c]), limit))
        for c, limit in CIRCLE_LIMITS.items()
    )


def _month(today: dt.date) -> MonthFigures:
    first_day = today.replace(day=1)
    firsts = [first_day]
    while len(firsts) < 12:
        firsts.insert(0, (firsts[0] - dt.timedelta(days=1)).replace(day=1))
    counts = agenda_data.depth_by_month(firsts[0], today)
    months = tuple((day, tuple(counts.get(day.strftime("%Y-%m"), [0] * 5))) for day in firsts)
    given, received = agenda_data.help_totals(first_day, today)
    meaningful = agenda_data.last_meaningful(today)
    by_depth = months[-1][1]
    return MonthFigures(
        first_day=first_day,
        by_depth=by_depth,
        months=months,
        meaningful=tuple((c, meaningful[c]) for c in Circle if c in meaningful),
        help_given=given,
        help_received=received,
        why=agenda_why.month(sum(by_depth), sum(by_depth[3:]), given, received),
    )
