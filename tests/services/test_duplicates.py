"""The duplicates rule: same email, same phone once normalised, same name once
accents, case and punctuation are set aside."""

import pytest

from relations_app.records import Person
from relations_app.services.duplicates import (
    PeopleIndex,
    Reason,
    email_key,
    name_key,
    phone_key,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Agnès Dupré", "agnes dupre"),
        ("Jean-Luc  Mélenchon", "jean luc melenchon"),
        ("ZOË", "zoe"),
        ("Łukasz", "lukasz"),
        ("سارة حداد", " سارة  حداد "),
    ],
)
def test_names_that_are_the_same(a, b):
    assert name_key(a) == name_key(b)


def test_names_that_are_not():
    assert name_key("Agnès") != name_key("Agnès Dupré")
    assert name_key("Anne") != name_key("Annie")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("+33 6 12 34 56 78", "06 12 34 56 78"),
        ("0033 6-12-34-56-78", "(06) 12.34.56.78"),
        ("+1 (415) 555-0100", "415 555 0100"),
    ],
)
def test_phones_that_are_the_same(a, b):
    assert phone_key(a) == phone_key(b) != ""


def test_short_numbers_and_emails_without_at_match_nothing():
    assert phone_key("12 34") == ""
    assert email_key("not an email") == ""
    assert email_key(" Agnes@Example.ORG ") == "agnes@example.org"


def test_the_index_says_why_strongest_reason_first():
    agnes = Person(id=1, name="Agnès Dupré", email="agnes@example.org", phone="06 12 34 56 78")
    other = Person(id=2, name="Agnès Dupré")
    index = PeopleIndex([agnes, other])
    found = index.matches("AGNES DUPRE", "agnes@EXAMPLE.org", "+33612345678")
    assert [(m.person.id, m.reasons) for m in found] == [
        (1, (Reason.EMAIL, Reason.PHONE, Reason.NAME)),
        (2, (Reason.NAME,)),
    ]
    assert index.matches("Someone Else", "", "") == []


def test_possible_pairs_in_the_journal(services):
    people = services.people
    a = people.save(Person(name="Agnès Dupré", email="agnes@example.org"))
    b = people.save(Person(name="Agnes D.", email="AGNES@example.org"))
    c = people.save(Person(name="Théo", phone="+33 7 00 11 22 33"))
    d = people.save(Person(name="Theo Rousseau", phone="07 00 11 22 33", archived=True))
    e = people.save(Person(name="agnes dupre"))
    people.save(Person(name="Alone"))
    pairs = [(p.first.id, p.second.id, p.reasons) for p in services.duplicates.possible_pairs()]
    assert pairs == [
        (a.id, b.id, (Reason.EMAIL,)),
        (c.id, d.id, (Reason.PHONE,)),
        (a.id, e.id, (Reason.NAME,)),
    ]


def test_an_office_number_or_a_shared_address_pairs_no_one(services):
    people = services.people
    for name in ("Ana Costa", "Bruno Lima", "Chloé Girard"):  # the office's switchboard
        people.save(Person(name=name, phone="+33 4 78 00 00 00", email="contact@atelier.fr"))
    a = people.save(Person(name="Agnès Dupré", phone="06 11 22 33 44"))
    b = people.save(Person(name="Agnes D.", phone="+33 6 11 22 33 44"))  # two names, one number
    pairs = [(p.first.id, p.second.id, p.reasons) for p in services.duplicates.possible_pairs()]
    assert pairs == [(a.id, b.id, (Reason.PHONE,))]
