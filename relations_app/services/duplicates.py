"""Who is the same person: the one rule, used by the contacts import, by "Find
possible duplicates" and by the conversation dialog's people picker.

Two entries are the same person when they share an email address (any case),
a phone number once normalised, or a name once accents, case, punctuation and
spacing are set aside ("agnes dupre" is "Agnès Dupré", "Jean-Luc" is "jean luc").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from relations_app.models.search import fold
from relations_app.records import Person
from relations_app.services.people import people_where
from relations_app.storage.store import Store

# Numbers are compared on their last nine digits: enough to tell any two
# numbers of one country apart, and the same whether written with the country
# code (+33 6 12 34 56 78) or without (06 12 34 56 78). Shorter ones are
# compared whole; under six digits (an extension, a short code) never.
PHONE_DIGITS = 9
MIN_PHONE_DIGITS = 6
_NOT_WORD = re.compile(r"[\W_]+")


class Reason(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    NAME = "name"


def name_key(name: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", fold(name)).split())


def email_key(email: str) -> str:
    email = email.strip().casefold()
    return email if "@" in email else ""


def phone_key(phone: str) -> str:
    digits = "".join(c for c in phone if c.isdigit())
    if len(digits) < MIN_PHONE_DIGITS:
        return ""
    return digits[-PHONE_DIGITS:]


def keys_of(name: str, email: str, phone: str) -> dict[Reason, str]:
    keys = {Reason.EMAIL: email_key(email), Reason.PHONE: phone_key(phone)}
    keys[Reason.NAME] = name_key(name)
    return {reason: key for reason, key in keys.items() if key}


@dataclass(frozen=True)
class Match:
    person: Person
    reasons: tuple[Reason, ...]  # strongest first: email, phone, name


class PeopleIndex:
    """People by each of their keys, to find matches among thousands at once.
    Entries may be people of the journal or contacts being imported (any object
    with name, email and phone); ``add`` lets an import match its own earlier
    contacts too."""

    def __init__(self, people: Iterable[Person] = ()) -> None:
        self._by_key: dict[tuple[Reason, str], list] = defaultdict(list)
        for person in people:
            self.add(person)

    def add(self, entry) -> None:
        for reason, key in keys_of(entry.name, entry.email, entry.phone).items():
            self._by_key[(reason, key)].append(entry)

    def matches(self, name: str, email: str = "", phone: str = "") -> list[Match]:
        found: dict[int, tuple[object, list[Reason]]] = {}
        for reason, key in keys_of(name, email, phone).items():
            for entry in self._by_key.get((reason, key), ()):
                found.setdefault(id(entry), (entry, []))[1].append(reason)
        return [Match(entry, tuple(reasons)) for entry, reasons in found.values()]


@dataclass(frozen=True)
class DuplicatePair:
    first: Person  # the one added first
    second: Person
    reasons: tuple[Reason, ...]


class DuplicatesService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def index(self) -> PeopleIndex:
        """Everyone in the journal, archived people included: someone archived
        is still someone already there."""
        return PeopleIndex(people_where())

    def possible_pairs(self) -> list[DuplicatePair]:
        """Every pair of people the rule says may be one person, strongest first."""
        index = PeopleIndex()
        pairs = []
        for person in sorted(people_where(), key=lambda p: p.id):
            for match in index.matches(person.name, person.email, person.phone):
                pairs.append(DuplicatePair(match.person, person, match.reasons))
            index.add(person)
        order = list(Reason)
        return sorted(pairs, key=lambda p: (order.index(p.reasons[0]), -len(p.reasons)))
