"""Services: what the user does to people, conversations, values and help."""

import dataclasses
import datetime as dt

import pytest

from relations_app.birthdays import Birthday
from relations_app.records import (
    NEW_PERSON,
    Circle,
    Conversation,
    Direction,
    Help,
    HelpKind,
    HelpStatus,
    Person,
    PersonRef,
    SharedValue,
    Value,
)
from relations_app.storage.errors import ValidationError
from tests.conftest import NOW, TODAY


def ref(person):
    return PersonRef(person.id, person.name)


def test_a_person_is_saved_with_timestamps_and_trimmed_name(services):
    ana = services.people.save(Person(name="  Ana Sousa ", circle=Circle.INNER))
    assert ana.name == "Ana Sousa"
    assert ana.created_at == NOW.replace(microsecond=0)
    again = services.people.get(ana.id)
    assert again == ana


@pytest.mark.parametrize(
    "person, field",
    [
        (Person(name="   "), "name"),
        (Person(name="A", keep_in_touch_days=0), "keep_in_touch_days"),
        (Person(name="A", email="nope"), "email"),
        (Person(name="A", birthday=Birthday.from_date(TODAY + dt.timedelta(days=1))), "birthday"),
    ],
)
def test_invalid_people_are_refused_with_the_field_named(services, person, field):
    with pytest.raises(ValidationError) as raised:
        services.people.save(person)
    assert raised.value.field == field
    assert services.people.count() == 0


def test_summary_shows_last_conversation_reconnect_values_and_help(services):
    ana = services.people.save(Person(name="Ana", keep_in_touch_days=30))
    bo = services.people.save(Person(name="Bo"))
    services.conversations.save(Conversation(date=dt.date(2026, 5, 1), people=(ref(ana), ref(bo))))
    services.conversations.save(Conversation(date=dt.date(2026, 6, 1), people=(ref(ana),)))
    services.values.save_shared(
        SharedValue(person_id=ana.id, value_name="Honesty", evidence="Said so", noted_on=TODAY)
    )
    services.help.save(
        Help(
            person_id=ana.id,
            direction=Direction.GIVEN,
            kind=HelpKind.TIME,
            description="Moved",
            offered_on=TODAY,
        )
    )
    services.help.save(
        Help(
            person_id=ana.id,
            direction=Direction.RECEIVED,
            kind=HelpKind.ADVICE,
            description="CV",
            offered_on=TODAY,
        )
    )
    summaries = {s.person.name: s for s in services.people.summaries()}
    assert summaries["Ana"].last_conversation == dt.date(2026, 6, 1)
    assert summaries["Ana"].shared_values == ("Honesty",)
    assert (summaries["Ana"].help_given, summaries["Ana"].help_received) == (1, 1)
    assert summaries["Bo"].last_conversation == dt.date(2026, 5, 1)


def test_archived_people_are_hidden_unless_asked(services):
    ana = services.people.save(Person(name="Ana"))
    services.people.set_archived(ana.id, True)
    assert services.people.summaries() == []
    assert [s.person.name for s in services.people.summaries(include_archived=True)] == ["Ana"]


def test_a_conversation_can_create_a_missing_person_in_the_same_transaction(services):
    ana = services.people.save(Person(name="Ana"))
    saved = services.conversations.save(
        Conversation(date=TODAY, people=(ref(ana), PersonRef(NEW_PERSON, "Chloé Dubois")))
    )
    assert sorted(r.name for r in saved.people) == ["Ana", "Chloé Dubois"]
    chloe = next(s.person for s in services.people.summaries() if s.person.name == "Chloé Dubois")
    assert chloe.circle is Circle.ACQUAINTANCE


def test_a_failed_conversation_creates_no_new_person(services):
    with pytest.raises(ValidationError):
        services.conversations.save(
            Conversation(date=TODAY, people=(PersonRef(NEW_PERSON, "Zoé"), PersonRef(999, "Ghost")))
        )
    assert services.people.count() == 0
    assert services.conversations.count() == 0


def test_conversation_rules(services):
    ana = services.people.save(Person(name="Ana"))
    with pytest.raises(ValidationError) as raised:
        services.conversations.save(Conversation(date=TODAY, people=()))
    assert raised.value.field == "people"
    late = Conversation(
        date=TODAY, people=(ref(ana),), follow_up="Call", follow_up_due=TODAY - dt.timedelta(days=1)
    )
    with pytest.raises(ValidationError) as raised:
        services.conversations.save(late)
    assert raised.value.field == "follow_up_due"


def test_editing_a_conversation_replaces_its_people(services):
    ana = services.people.save(Person(name="Ana"))
    bo = services.people.save(Person(name="Bo"))
    saved = services.conversations.save(Conversation(date=TODAY, people=(ref(ana),), notes="first"))
    edited = services.conversations.save(
        dataclasses.replace(saved, people=(ref(bo),), notes="second")
    )
    assert edited.id == saved.id
    assert [r.name for r in edited.people] == ["Bo"]
    assert services.people.detail(ana.id).conversations == ()


def test_deleting_a_person_takes_their_own_conversations_but_not_shared_ones(services):
    ana = services.people.save(Person(name="Ana"))
    bo = services.people.save(Person(name="Bo"))
    services.conversations.save(Conversation(date=TODAY, people=(ref(ana),), notes="alone"))
    services.conversations.save(
        Conversation(date=TODAY, people=(ref(ana), ref(bo)), notes="together")
    )
    services.values.save_shared(
        SharedValue(person_id=ana.id, value_name="Honesty", evidence="e", noted_on=TODAY)
    )
    services.help.save(
        Help(
            person_id=ana.id,
            direction=Direction.GIVEN,
            kind=HelpKind.TIME,
            description="d",
            offered_on=TODAY,
        )
    )
    impact = services.people.deletion_impact(ana.id)
    assert (
        impact.conversations_deleted,
        impact.conversations_kept,
        impact.shared_values,
        impact.help,
    ) == (1, 1, 1, 1)
    services.people.delete(ana.id)
    remaining = services.conversations.all()
    assert [c.notes for c in remaining] == ["together"]
    assert [r.name for r in remaining[0].people] == ["Bo"]
    assert services.values.all()[0].name == "Honesty"  # the value itself stays


def test_value_names_are_unique_whatever_the_case_and_accents_stay(services):
    services.values.save(Value(name="Équité"))
    with pytest.raises(ValidationError):
        services.values.save(Value(name="éQUITÉ"))
    ana = services.people.save(Person(name="Ana"))
    shared = services.values.save_shared(
        SharedValue(person_id=ana.id, value_name="équité", evidence="e", noted_on=TODAY)
    )
    assert shared.value_name == "Équité"
    assert len(services.values.all()) == 1


def test_a_new_shared_value_joins_my_values(services):
    ana = services.people.save(Person(name="Ana"))
    services.values.save_shared(
        SharedValue(person_id=ana.id, value_name="Patience", evidence="Waited", noted_on=TODAY)
    )
    assert [(v.name, v.mine) for v in services.values.all()] == [("Patience", True)]
    assert services.values.uses()[0].people == 1


def test_shared_value_needs_evidence(services):
    ana = services.people.save(Person(name="Ana"))
    with pytest.raises(ValidationError) as raised:
        services.values.save_shared(
            SharedValue(person_id=ana.id, value_name="Honesty", evidence="  ", noted_on=TODAY)
        )
    assert raised.value.field == "evidence"
    assert services.values.all() == []


def test_help_rules(services):
    ana = services.people.save(Person(name="Ana"))
    base = Help(
        person_id=ana.id,
        direction=Direction.GIVEN,
        kind=HelpKind.SKILL,
        description="Taught",
        offered_on=TODAY,
    )
    with pytest.raises(ValidationError) as raised:
        services.help.save(
            dataclasses.replace(base, status=HelpStatus.DONE, done_on=TODAY - dt.timedelta(days=2))
        )
    assert raised.value.field == "done_on"
    with pytest.raises(ValidationError):
        services.help.save(dataclasses.replace(base, status=HelpStatus.DONE, done_on=None))
    saved = services.help.save(dataclasses.replace(base, status=HelpStatus.OFFERED, done_on=TODAY))
    assert saved.done_on is None  # only done help keeps a done date


def test_long_and_unusual_text_is_stored_intact(services):
    note = ("Ça va? 🌱 שלום עליכם مرحبا 日本語\n" * 700)[:20000]
    name = "Zoë Ångström-Øster 李小龍 🌍"
    person = services.people.save(Person(name=name, notes=note))
    conversation = services.conversations.save(
        Conversation(date=TODAY, people=(ref(person),), notes=note)
    )
    assert services.people.get(person.id).notes == note
    assert services.people.get(person.id).name == name
    assert services.conversations.get(conversation.id).notes == note
    assert len(note) == 20000
