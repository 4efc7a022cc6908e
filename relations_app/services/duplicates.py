"""Who is the same person: the one rule, used by the contacts import, by "Find
possible duplicates" and by the conversation dialog's people picker.

Two entries are the same person when they share an email address (any case),
a phone number once normalised, or a name once accents, case, punctuation and
spacing are set aside ("agnes dupre" is "Agnès Dupré", "Jean-Luc" is "jean luc").

An email address or a phone number held under three or more different names
is not one person's: an office's switchboard, a shop's contact@ address. It
makes no match, or every colleague in an Outlook export would be "already
there" and "Find possible duplicates" would pair them all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from relations_app.folding import fold
from relations_app.records import Person
from relations_app.services.people import people_where
from relations_app.storage.store import Store

# Numbers are compared on their last nine digits: enough to tell any two
# numbers of one country apart, and the same whether written with the country
# code (+33 6 12 34 56 78) or without (06 12 34 56 78). Shorter ones are
# compared whole; under six digits (an extension, a short code) never.
PHONE_DIGITS = 9
MIN_PHONE_DIGITS = 6
SHARED_BY = 3  # names under one address or number that make it a shared one
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

    def __init__(self, people: Iterable[Person] = (), shared: frozenset = frozenset()) -> None:
        """``shared``: the keys that make no match (see shared_keys)."""
        self.entries: list = []
        self.shared = shared
        self._by_key: dict[tuple[Reason, str], list] = defaultdict(list)
        for person in people:
            self.add(person)

    def add(self, entry) -> None:
        self.entries.append(entry)
        for reason, key in keys_of(entry.name, entry.email, entry.phone).items():
            self._by_key[(reason, key)].append(entry)

    def matches(self, name: str, email: str = "", phone: str = "") -> list[Match]:
        found: dict[int, tuple[object, list[Reason]]] = {}
        for reason, key in keys_of(name, email, phone).items():
            if (reason, key) in self.shared:
                continue
            for entry in self._by_key.get((reason, key), ()):
                found.setdefault(id(entry), (entry, []))[1].append(reason)
        return [Match(entry, tuple(reasons)) for entry, reasons in found.values()]


def shared_keys(entries: Iterable) -> frozenset[tuple[Reason, str]]:
    """The email addresses and phone numbers that SHARED_BY or more different
    names hold, among ``entries`` (people, contacts: anything with name, email
    and phone)."""
    names: dict[tuple[Reason, str], set[str]] = defaultdict(set)
    for entry in entries:
        keys = keys_of(entry.name, entry.email, entry.phone)
        for reason in (Reason.EMAIL, Reason.PHONE):
            if reason in keys:
                names[(reason, keys[reason])].add(keys.get(Reason.NAME, ""))
    return frozenset(key for key, held in names.items() if len(held) >= SHARED_BY)


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
        everyone = sorted(people_where(), key=lambda p: p.id)
        index = PeopleIndex(shared=shared_keys(everyone))
        pairs = []
        for person in everyone:
            for match in index.matches(person.name, person.email, person.phone):
                pairs.append(DuplicatePair(match.person, person, match.reasons))
            index.add(person)
        order = list(Reason)
        return sorted(pairs, key=lambda p: (order.index(p.reasons[0]), -len(p.reasons)))
