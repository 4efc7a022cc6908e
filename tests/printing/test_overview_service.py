"""What the overview gathers: the chosen people, the period, private notes only on request,
and a number of queries that does not grow with the number of people."""

import datetime as dt

from relations_app.records import Circle, Conversation, Person, PersonRef
from relations_app.services.overview import Layout, Who, since_for
from relations_app.storage.database import db
from tests.conftest import TODAY
from tests.printing.conftest import SECRET, gather


def names(data):
    return [entry.person.name for entry in data.people]


def test_everyone_inner_circle_first_then_by_name(services, journal):
    data = gather(services)
    assert names(data) == ["Amélie Laurent", "李小龍 Li", "Yusuf Ødegård"]
    assert [v.name for v in data.my_values] == ["Courage", "Générosité", "Honesty"]


def test_one_circle_and_selected_people(services, journal):
    assert names(gather(services, who=Who.CIRCLE, circle=Circle.CLOSE)) == ["李小龍 Li"]
    picked = gather(services, who=Who.SELECTED, person_ids=(journal["yusuf"].id,))
    assert names(picked) == ["Yusuf Ødegård"]


def test_archived_people_only_when_picked(services, journal):
    services.people.set_archived(journal["yusuf"].id, True)
    assert "Yusuf Ødegård" not in names(gather(services))
    picked = gather(services, who=Who.SELECTED, person_ids=(journal["yusuf"].id,))
    assert names(picked) == ["Yusuf Ødegård"]


def test_conversations_are_limited_to_the_period_but_help_is_not(services, journal):
    data = gather(services)
    amelie = data.people[0]
    assert [c.notes.split(":")[0] for c in amelie.conversations] == ["Long breakfast"]
    assert len(gather(services, since=None).people[0].conversations) == 2
    assert [h.description for h in amelie.help] == ["Introduced her to my accountant"]
    assert [c.follow_up for c in data.open_follow_ups] == ["Send her the accountant's contact"]
    assert [h.description for h in data.open_help_given()] == ["Introduced her to my accountant"]


def test_private_notes_are_dropped_unless_asked(services, journal):
    assert all(not entry.person.notes for entry in gather(services).people)
    with_notes = gather(services, include_private_notes=True)
    assert with_notes.people[0].person.notes == SECRET


def test_time_to_reconnect_is_ranked_as_on_the_today_page(services, journal):
    late = services.people.save(Person(name="Late", keep_in_touch_days=7))
    services.conversations.save(
        Conversation(date=TODAY - dt.timedelta(days=60), people=(PersonRef(late.id, ""),))
    )
    amelie = journal["amelie"]
    services.conversations.save(
        Conversation(date=TODAY - dt.timedelta(days=20), people=(PersonRef(amelie.id, ""),))
    )
    # Amélie talked 3 days ago: not due. Late: due 53 days ago.
    assert [s.person.name for s, _ in gather(services).overdue()] == ["Late"]


def test_since_for_counts_today_as_the_last_day_and_zero_as_all_time():
    assert since_for(1, TODAY) == TODAY
    assert since_for(90, TODAY) == TODAY - dt.timedelta(days=89)
    assert since_for(0, TODAY) is None


def count_queries(monkeypatch, services) -> int:
    calls = []
    original = db.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        calls.append(sql)
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", counting)
    gather(services, layout=Layout.COMPACT)
    monkeypatch.setattr(db, "execute_sql", original)
    return len(calls)


def test_the_number_of_queries_does_not_grow_with_people(monkeypatch, services, journal):
    few = count_queries(monkeypatch, services)
    for n in range(30):
        person = services.people.save(Person(name=f"Person {n}", keep_in_touch_days=30))
        services.conversations.save(
            Conversation(date=TODAY, people=(PersonRef(person.id, ""),), follow_up="call back")
        )
    assert count_queries(monkeypatch, services) == few


def test_someone_you_could_help_is_the_today_page_s_for_the_chosen_people(services, journal):
    everyone = gather(services)
    assert [idea.person.name for idea in everyone.could_help] == ["李小龍 Li"]
    assert everyone.could_help[0].why == services.agenda.could_help(TODAY)[0].why
    inner = gather(services, who=Who.CIRCLE, circle=Circle.INNER)
    assert inner.could_help == ()
