"""People as vCard 3.0, the version every address book reads, through vobject.

What goes out: name (FN, and N split as "given names, family name", the way
our import reads it back), nickname, organisation, email, phone, city,
birthday, and the private notes only when asked. A birthday without a year is
written ``--MM-DD``, the form Google and Android write and read, and that our
own import reads back.
"""

from __future__ import annotations

from collections.abc import Iterable

import vobject
from vobject.vcard import Address, Name

from relations_app.contacts.vcard_reader import family_first
from relations_app.records import Person

PRODID = "-//Relations//Relations//EN"


def people_to_vcard(people: Iterable[Person], notes: bool = False) -> str:
    return "".join(_card(person, notes).serialize() for person in people)


def split_name(name: str) -> Name:
    """Given names and family name: the last word is the family name, except in
    scripts where the family name comes first and is written unspaced."""
    words = name.split()
    if len(words) < 2 or family_first(name):
        return Name(family=name)
    return Name(family=words[-1], given=" ".join(words[:-1]))


def _card(person: Person, notes: bool) -> vobject.base.Component:
    card = vobject.vCard()
    card.add("prodid").value = PRODID
    card.add("fn").value = person.name
    card.add("n").value = split_name(person.name)
    _add(card, "nickname", person.nickname)
    if person.organisation:
        card.add("org").value = [person.organisation]
    _add(card, "email", person.email, "INTERNET")
    _add(card, "tel", person.phone, "VOICE")
    if person.city:
        address = card.add("adr")
        address.value = Address(city=person.city)
        address.type_param = "HOME"
    if person.birthday is not None:
        card.add("bday").value = person.birthday.isoformat()
    if notes:
        _add(card, "note", person.notes)
    return card


def _add(card, name: str, value: str, kind: str = "") -> None:
    if value:
        line = card.add(name)
        line.value = value
        if kind:
            line.type_param = kind
