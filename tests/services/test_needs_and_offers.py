"""What people look for and can offer, what I can offer, "not now", promises with a
due date and introductions: stored tidy, refused when wrong, nothing half-written."""

import dataclasses
import datetime as dt

import pytest

from relations_app.records import (
    Circle,
    Direction,
    Help,
    HelpKind,
    HelpStatus,
    Offer,
    Person,
)
from relations_app.storage.errors import StoreError, ValidationError
from tests.conftest import TODAY


def test_needs_and_offers_are_kept_tidy_and_in_order(services):
    ana = services.people.save(
        Person(
            name="Ana",
            looking_for=("  a ceramics   mentor ", "", "A Ceramics Mentor", "un local à Lyon"),
            can_offer=("Python",),
        )
    )
    assert ana.looking_for == ("a ceramics mentor", "un local à Lyon")
    assert services.people.get(ana.id).can_offer == ("Python",)


@pytest.mark.parametrize(
    "change, field",
    [
        (dict(looking_for=tuple(f"need {i}" for i in range(31))), "looking_for"),
        (dict(can_offer=("x" * 201,)), "can_offer"),
    ],
)
def test_too_many_or_too_long_items_are_refused(services, change, field):
    with pytest.raises(ValidationError) as raised:
        services.people.save(Person(name="Ana", **change))
    assert raised.value.field == field
    assert services.people.count() == 0


def test_my_offers_are_unique_whatever_the_case_and_sorted(services):
    cv = services.offers.save(Offer(name=" Feedback on a  CV"))
    services.offers.save(Offer(name="Cours de céramique"))
    assert [o.name for o in services.offers.all()] == ["Cours de céramique", "Feedback on a CV"]
    with pytest.raises(ValidationError):
        services.offers.save(Offer(name="feedback ON a cv"))
    with pytest.raises(ValidationError):
        services.offers.save(Offer(name="   "))
    services.offers.save(dataclasses.replace(cv, name="Feedback on a CV or a portfolio"))
    services.offers.delete(cv.id)
    assert [o.name for o in services.offers.all()] == ["Cours de céramique"]
    with pytest.raises(StoreError):
        services.offers.save(dataclasses.replace(cv, name="Gone"))


def test_snooze_and_interval(services):
    ana = services.people.save(Person(name="Ana", circle=Circle.INNER, keep_in_touch_days=14))
    services.people.snooze(ana.id, TODAY + dt.timedelta(days=7))
    assert services.people.get(ana.id).snoozed_until == TODAY + dt.timedelta(days=7)
    with pytest.raises(ValidationError):
        services.people.snooze(ana.id, TODAY)  # "not now" means a later day
    services.people.snooze(ana.id, None)
    assert services.people.get(ana.id).snoozed_until is None
    services.people.set_interval(ana.id, 30)
    assert services.people.get(ana.id).keep_in_touch_days == 30
    with pytest.raises(ValidationError):
        services.people.set_interval(ana.id, 0)
    services.people.delete(ana.id)
    with pytest.raises(StoreError):
        services.people.set_interval(ana.id, 30)


def promise(person_id: int, **changes) -> Help:
    base = Help(
        person_id=person_id,
        direction=Direction.GIVEN,
        kind=HelpKind.ADVICE,
        description="Read her plan",
        offered_on=TODAY - dt.timedelta(days=10),
    )
    return dataclasses.replace(base, **changes)


def test_help_has_an_optional_due_date_not_before_the_offer(services):
    ana = services.people.save(Person(name="Ana"))
    saved = services.help.save(promise(ana.id, due_on=TODAY))
    assert services.help.get(saved.id).due_on == TODAY
    with pytest.raises(ValidationError) as raised:
        services.help.save(promise(ana.id, due_on=TODAY - dt.timedelta(days=11)))
    assert raised.value.field == "due_on"


def test_marking_a_promise_done_dates_it(services):
    ana = services.people.save(Person(name="Ana"))
    saved = services.help.save(promise(ana.id, status=HelpStatus.IN_PROGRESS))
    done = services.help.mark_done(saved.id, TODAY)
    assert (done.status, done.done_on) == (HelpStatus.DONE, TODAY)
    services.help.delete(saved.id)
    with pytest.raises(StoreError):
        services.help.mark_done(saved.id, TODAY)


def test_an_introduction_is_help_given_to_both_each_naming_the_other(services):
    ana = services.people.save(Person(name="Ana"))
    bo = services.people.save(Person(name="Bo"))
    first, second = services.help.record_introduction(ana.id, bo.id, "Ceramics", TODAY)
    assert (first.person_id, first.introduced_id) == (ana.id, bo.id)
    assert (second.person_id, second.introduced_id) == (bo.id, ana.id)
    assert {h.kind for h in (first, second)} == {HelpKind.INTRODUCTION}
    assert {h.status for h in (first, second)} == {HelpStatus.DONE}
    services.people.delete(bo.id)  # Ana keeps her help; it no longer names Bo
    (kept,) = services.help.all()
    assert (kept.person_id, kept.introduced_id) == (ana.id, None)


def test_an_introduction_with_someone_gone_writes_nothing(services):
    ana = services.people.save(Person(name="Ana"))
    with pytest.raises(ValidationError):
        services.help.record_introduction(ana.id, ana.id + 99, "Nobody", TODAY)
    with pytest.raises(ValidationError):
        services.help.record_introduction(ana.id, ana.id, "Herself", TODAY)
    assert services.help.all() == []
