"""Merging two entries of one person keeps everything both had."""

import dataclasses
import datetime as dt

import pytest

from relations_app.birthdays import Birthday
from relations_app.records import (
    Circle,
    Conversation,
    Direction,
    Help,
    HelpKind,
    Person,
    PersonRef,
    SharedValue,
)
from relations_app.services.merge import differing_fields, proposal
from relations_app.storage.errors import StoreError, ValidationError

DAY = dt.date(2026, 5, 2)


def talk(services, *people, day=DAY, notes="talked"):
    refs = tuple(PersonRef(p.id, p.name) for p in people)
    return services.conversations.save(Conversation(date=day, people=refs, notes=notes))


def note_value(services, person, name, evidence):
    services.values.save_shared(
        SharedValue(person_id=person.id, value_name=name, evidence=evidence, noted_on=DAY)
    )


def give_help(services, person, description):
    services.help.save(
        Help(person.id, Direction.GIVEN, HelpKind.ADVICE, description=description, offered_on=DAY)
    )


@pytest.fixture
def two(services):
    first = services.people.save(
        Person(name="Agnès Dupré", circle=Circle.INNER, email="agnes@example.org", notes="Old")
    )
    second = services.people.save(
        Person(name="Agnes", phone="06 12 34 56 78", birthday=Birthday(9, 30), notes="New")
    )
    other = services.people.save(Person(name="Sam"))
    talk(services, first, day=dt.date(2026, 1, 1), notes="only first")
    talk(services, second, day=dt.date(2026, 2, 1), notes="only second")
    talk(services, first, second, other, day=dt.date(2026, 3, 1), notes="all three")
    note_value(services, first, "Honesty", "Told me the truth")
    note_value(services, second, "Honesty", "Told me the truth")  # the same words twice
    note_value(services, second, "Courage", "Quit to start her studio")
    give_help(services, first, "Introduced her to my accountant")
    give_help(services, second, "Lent her my kiln")
    return first, second, other


def test_the_kept_person_has_every_conversation_value_and_help_of_both(services, two):
    first, second, other = two
    merged = proposal(first, second)
    counts = services.merge.merge(merged, second.id)
    assert (counts.conversations, counts.shared_values, counts.help) == (2, 1, 1)
    assert services.people.get(second.id) is None
    detail = services.people.detail(first.id)
    assert [c.notes for c in detail.conversations] == ["all three", "only second", "only first"]
    assert [p.name for p in detail.conversations[0].people] == ["Agnès Dupré", "Sam"]
    assert [(s.value_name, s.evidence) for s in detail.shared_values] == [
        ("Courage", "Quit to start her studio"),
        ("Honesty", "Told me the truth"),
    ]
    assert sorted(h.description for h in detail.help) == [
        "Introduced her to my accountant",
        "Lent her my kiln",
    ]
    assert services.people.detail(other.id).conversations[0].notes == "all three"


def test_the_proposal_fills_what_is_empty_and_keeps_both_notes(two):
    first, second, _ = two
    merged = proposal(first, second)
    assert merged.id == first.id and merged.name == "Agnès Dupré"
    assert (merged.email, merged.phone) == ("agnes@example.org", "06 12 34 56 78")
    assert merged.birthday == Birthday(9, 30)
    assert merged.circle == Circle.INNER
    assert merged.notes == "Old\n\nNew"
    assert differing_fields(first, second) == ["name", "circle", "notes"]


def test_the_fields_chosen_are_the_ones_kept(services, two):
    first, second, _ = two
    chosen = dataclasses.replace(proposal(first, second), name="Agnès D.", circle=Circle.CLOSE)
    services.merge.merge(chosen, second.id)
    kept = services.people.get(first.id)
    assert (kept.name, kept.circle, kept.notes) == ("Agnès D.", Circle.CLOSE, "Old\n\nNew")


def test_a_merge_that_fails_changes_nothing(services, two, monkeypatch):
    first, second, _ = two
    before = services.exchange.export_document()
    from relations_app.services import merge

    def failing(kept, other):
        merge.db.execute_sql("UPDATE help SET person_id = ? WHERE person_id = ?", (kept, other))
        raise StoreError("disk I/O error", "other")

    monkeypatch.setattr(merge, "_move_everything", failing)
    with pytest.raises(StoreError):
        services.merge.merge(proposal(first, second), second.id)
    assert services.exchange.export_document() == before


def test_merging_someone_with_themselves_or_someone_gone_is_refused(services, two):
    first, second, _ = two
    with pytest.raises(ValidationError):
        services.merge.merge(first, first.id)
    services.people.delete(second.id)
    with pytest.raises(StoreError) as caught:
        services.merge.merge(first, second.id)
    assert caught.value.kind == "gone"


def test_two_entries_introduced_to_each_other_keep_one_introduction_to_no_one(services, two):
    """An introduction between two entries of one person was no introduction:
    after the merge it is one note of help, naming no one (not themselves)."""
    from relations_app.operations.base import perform
    from relations_app.operations.contacts import MergePeople

    first, second, other = two
    services.help.record_introduction(first.id, second.id, "Met over coffee", DAY)
    services.help.record_introduction(second.id, other.id, "Both into ceramics", DAY)
    before = sorted((h.person_id, h.introduced_id or 0) for h in all_help(services))
    done = perform(MergePeople(proposal(first, second), second.id, second.name), services)
    introductions = [h for h in all_help(services) if h.kind == HelpKind.INTRODUCTION]
    pairs = sorted((h.person_id, h.introduced_id or 0, h.description) for h in introductions)
    assert pairs == [
        (first.id, 0, "Met over coffee"),  # 0: no one
        (first.id, other.id, "Both into ceramics"),
        (other.id, first.id, "Both into ceramics"),
    ]
    perform(done.undo, services)  # the undo brings back both sides of the old introduction
    assert sorted((h.person_id, h.introduced_id or 0) for h in all_help(services)) == before


def all_help(services):
    return services.help.all()
