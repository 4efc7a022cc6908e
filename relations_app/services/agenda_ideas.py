"""The agenda's ranking, on light rows: who could be helped, what was promised,
who should meet whom, what comes up. Full records are read afterwards, only
for what is kept (see agenda.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relations_app.records import Circle
from relations_app.services import agenda_data
from relations_app.services.agenda_data import PersonRow
from relations_app.services.matching import OfferIndex
from relations_app.services.offers import my_offers
from relations_app.services.practice import COMING_UP_DAYS, birthday_within

BALANCE_DAYS = 365  # "lately", for help received against help given
SUGGESTIONS_PER_NEED = 3  # introductions: the best few offers for each need
# Dunbar's layers: about as many people as most can keep up with at each closeness
CIRCLE_LIMITS = {Circle.INNER: 5, Circle.CLOSE: 15, Circle.WIDER: 50, Circle.ACQUAINTANCE: 150}


@dataclass(frozen=True, slots=True)
class RankedIdea:
    row: PersonRow
    need: str = ""  # their need my offer meets (strength > 0), or
    offer: str = ""
    strength: int = 0
    received: int = 0  # help I received from them lately, more than
    given: int = 0  # help I gave them


@dataclass(frozen=True, slots=True)
class OpenPromise:
    since: dt.date
    due_on: dt.date | None
    help_id: int | None = None  # help I offered, or
    conversation_id: int | None = None  # a follow-up noted after a conversation


@dataclass(frozen=True, slots=True)
class RankedPair:
    seeker: PersonRow
    giver: PersonRow
    need: str  # the seeker's
    offer: str  # the giver's
    strength: int


@dataclass(frozen=True, slots=True)
class Upcoming:
    day: dt.date
    row: PersonRow | None = None  # a birthday, or
    promise: OpenPromise | None = None  # a promise due soon


class NeedsIMeet:
    """Person id -> (their need, my offer, words shared), for the needs one of
    my offers meets; worked out again only when needs or my offers change."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._met: dict[int, tuple[str, str, int]] = {}

    def __call__(self, rows: list[PersonRow]) -> dict[int, tuple[str, str, int]]:
        offers = tuple(offer.name for offer in my_offers())
        key = (offers, tuple((row.id, row.looking_for) for row in rows if row.looking_for))
        if key != self._key:
            self._met, self._key = _needs_met(rows, offers), key
        return self._met


def _needs_met(rows: list[PersonRow], offers: tuple[str, ...]) -> dict[int, tuple[str, str, int]]:
    mine = OfferIndex((offer, offer) for offer in offers)
    met = {}
    for row in rows:
        found = [(c, need) for need in row.looking_for for c in mine.candidates(need, best=1)]
        if found:
            best, need = max(found, key=lambda pair: pair[0].strength)
            met[row.id] = (need, best.offer, best.strength)
    return met


def who_needs(offers: list[tuple[int, str]], rows: list[PersonRow]) -> dict[int, list[str]]:
    """Offer id -> the names of the people one of whose needs it meets, by name."""
    index = OfferIndex(offers)
    found: dict[int, set[str]] = {}
    for row in rows:
        for need in row.looking_for:
            for candidate in index.candidates(need):
                found.setdefault(candidate.owner, set()).add(row.name)
    return {oid: sorted(names, key=str.casefold) for oid, names in found.items()}


def could_help(
    rows: list[PersonRow], met: dict[int, tuple[str, str, int]], today: dt.date
) -> list[RankedIdea]:
    """One idea per person: a need my offers meet (``met``) first, else help I
    owe them lately (received more than given). Inner circle first, strongest first."""
    owed = agenda_data.help_owed(balance_start(today), today)
    ideas = []
    for row in rows:
        if row.id in met:
            ideas.append(RankedIdea(row, *met[row.id]))
        elif row.id in owed:
            given, received = owed[row.id]
            ideas.append(RankedIdea(row, received=received, given=given))
    return sorted(ideas, key=_idea_order)


def balance_start(today: dt.date) -> dt.date:
    """The first day of "lately" (BALANCE_DAYS up to ``today``)."""
    return today - dt.timedelta(days=BALANCE_DAYS - 1)


def _idea_order(idea: RankedIdea) -> tuple:
    weight = -idea.strength if idea.strength else idea.given - idea.received
    return (idea.row.circle.rank, not idea.strength, weight, idea.row.name.casefold())


def open_promises(today: dt.date) -> list[OpenPromise]:
    """Help I offered and follow-ups I noted, still open, with someone not
    archived: overdue and due today first (most late first), then undated
    (oldest first), then due later (soonest first)."""
    found = [
        OpenPromise(offered, due, help_id=hid)
        for hid, _person_id, offered, due in agenda_data.open_help_dates()
    ]
    found += [
        OpenPromise(day, due, conversation_id=cid)
        for cid, day, due in agenda_data.open_follow_up_dates()
    ]
    return sorted(found, key=lambda p: _promise_order(p, today))


def _promise_order(promise: OpenPromise, today: dt.date) -> tuple:
    due = promise.due_on
    if due is not None and due <= today:
        return (0, due, promise.since)
    if due is None:
        return (1, promise.since, promise.since)
    return (2, due, promise.since)


def comes_up(promise: OpenPromise, today: dt.date) -> bool:
    """Due in the next COMING_UP_DAYS days (not today): Coming up shows it, once."""
    due = promise.due_on
    return due is not None and 0 < (due - today).days <= COMING_UP_DAYS


class Introductions:
    """Who should meet whom, worked out again only when what it depends on
    changed: needs and offers change far less often than the page is drawn
    (every edit redraws it), and at 10,000 people this is the longest part."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._pairs: list[RankedPair] = []

    def __call__(self, rows: list[PersonRow]) -> list[RankedPair]:
        done = agenda_data.introduced_pairs()
        involved = tuple(
            (row.id, row.name, row.circle, row.looking_for, row.can_offer)
            for row in rows
            if row.looking_for or row.can_offer
        )
        key = (involved, frozenset(done))
        if key != self._key:
            self._pairs, self._key = introductions(rows, done), key
        return self._pairs


def introductions(rows: list[PersonRow], done: set[frozenset[int]]) -> list[RankedPair]:
    """Pairs where one's need meets another's offer, never the same two twice
    and never two already introduced (``done``): strongest match first, then
    closest."""
    by_id = {row.id: row for row in rows}
    offers = OfferIndex((row.id, item) for row in rows for item in row.can_offer)
    best: dict[frozenset[int], RankedPair] = {}
    said_before: dict[str, list] = {}  # the same words looked for by many: matched once
    for seeker in rows:
        for need in seeker.looking_for:
            candidates = said_before.get(need)
            if candidates is None:
                candidates = offers.candidates(need, best=SUGGESTIONS_PER_NEED + 1)
                said_before[need] = candidates
            for found in candidates:
                pair = frozenset((seeker.id, found.owner))
                if found.owner == seeker.id or pair in done:
                    continue
                if pair not in best or found.strength > best[pair].strength:
                    giver = by_id[found.owner]
                    best[pair] = RankedPair(seeker, giver, need, found.offer, found.strength)
    return sorted(best.values(), key=_pair_order)


def _pair_order(pair: RankedPair) -> tuple:
    closeness = pair.seeker.circle.rank + pair.giver.circle.rank
    return (
        -pair.strength,
        closeness,
        pair.seeker.name.casefold(),
        pair.giver.name.casefold(),
    )


def coming_up(rows: list[PersonRow], soon: list[OpenPromise], today: dt.date) -> list[Upcoming]:
    """Birthdays (today included) and promises due in the next two weeks, by day."""
    found = [
        Upcoming(day, row=row) for row in rows if (day := birthday_within(row, today)) is not None
    ]
    found += [Upcoming(p.due_on, promise=p) for p in soon if p.due_on is not None]
    return sorted(found, key=lambda item: (item.day, item.promise is not None))
