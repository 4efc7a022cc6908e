"""One set of limits for the dialogs (through the services) and the import, and
rows this version cannot read (stored by an older bug) that never stop a view."""

import dataclasses
import datetime as dt
import json

import pytest

from relations_app.birthdays import Birthday
from relations_app.records import (
    Conversation,
    Direction,
    Help,
    HelpKind,
    Person,
    PersonRef,
    SharedValue,
    Value,
)
from relations_app.services.exchange_format import ExchangeError, read_document
from relations_app.services.overview import OverviewChoices, OverviewService
from relations_app.services.practice import reconnect
from relations_app.services.rows import unknown_codes
from relations_app.services.validation import (
    MAX_LINE_LENGTH,
    MAX_NAME_LENGTH,
    MAX_TEXT_LENGTH,
    latest_date,
)
from relations_app.storage.database import db
from relations_app.storage.errors import ValidationError
from tests.conftest import TODAY

TOO_FAR = latest_date(TODAY) + dt.timedelta(days=1)


def saved_person(services, **fields) -> Person:
    return services.people.save(Person(name="Ana", **fields))


REFUSED_BY_THE_SERVICES = {
    "person city": lambda s: saved_person(s, city="c" * (MAX_LINE_LENGTH + 1)),
    "person notes": lambda s: saved_person(s, notes="n" * (MAX_TEXT_LENGTH + 1)),
    "person surrogate": lambda s: saved_person(s, nickname="\ud83d"),
    "person NUL": lambda s: saved_person(s, phone="06\x0012"),
    "birthday 1850": lambda s: saved_person(s, birthday=Birthday(1, 1, 1850)),
    "conversation 9999": lambda s: s.conversations.save(
        Conversation(date=dt.date(9999, 12, 31), people=(ref(saved_person(s)),))
    ),
    "follow-up 9999": lambda s: s.conversations.save(
        Conversation(
            date=TODAY,
            people=(ref(saved_person(s)),),
            follow_up="x",
            follow_up_due=dt.date(9999, 12, 31),
        )
    ),
    "new person name": lambda s: s.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(0, "n" * (MAX_NAME_LENGTH + 1)),))
    ),
    "shared value name": lambda s: s.values.save_shared(
        SharedValue(
            person_id=saved_person(s).id,
            value_name="v" * (MAX_NAME_LENGTH + 1),
            evidence="e",
            noted_on=TODAY,
        )
    ),
    "value description": lambda s: s.values.save(Value(name="Honesty", description="\udc00")),
    "help with no direction": lambda s: s.help.save(
        Help(
            person_id=saved_person(s).id,
            direction=None,
            kind=HelpKind.TIME,
            description="x",
            offered_on=TODAY,
        )
    ),
    "help far ahead": lambda s: s.help.save(
        Help(
            person_id=saved_person(s).id,
            direction=Direction.GIVEN,
            kind=HelpKind.TIME,
            description="x",
            offered_on=TOO_FAR,
        )
    ),
}


def ref(person: Person) -> PersonRef:
    return PersonRef(person.id, person.name)


@pytest.mark.parametrize("case", REFUSED_BY_THE_SERVICES)
def test_the_services_refuse_what_the_import_refuses(services, case):
    people_before = services.people.count()
    with pytest.raises(ValidationError) as raised:
        REFUSED_BY_THE_SERVICES[case](services)
    assert raised.value.field
    assert services.conversations.count() == 0
    assert len(services.values.all()) == 0
    assert services.people.count() <= people_before + 1  # at most the helper's own person


def test_the_limits_are_the_same_at_the_door(services):
    """What the services take at the limit, the import takes; one more is refused by both."""
    at_limit = {"id": 1, "name": "n" * MAX_NAME_LENGTH, "city": "c" * MAX_LINE_LENGTH}
    document = {"format": "relations-export", "version": 1, "people": [at_limit]}
    assert read_document(json.loads(json.dumps(document)), TODAY).people[0].person.city
    saved_person(services, city="c" * MAX_LINE_LENGTH)
    document["people"][0]["city"] += "c"
    with pytest.raises(ExchangeError, match="people\\[0\\].city"):
        read_document(document, TODAY)


def test_the_last_day_a_date_may_name_is_accepted_and_not_one_more(services):
    ana = saved_person(services)
    last = latest_date(TODAY)
    services.conversations.save(
        Conversation(date=TODAY, people=(ref(ana),), follow_up="x", follow_up_due=last)
    )
    with pytest.raises(ValidationError):
        services.conversations.save(
            Conversation(date=TODAY, people=(ref(ana),), follow_up="x", follow_up_due=TOO_FAR)
        )


def plant(sql: str, *params) -> None:
    """A row as an older version (or a hand edit) left it: straight into SQLite."""
    db.execute_sql(sql, params)


@pytest.fixture
def poisoned(services) -> Person:
    """Issue 9, item 1: a help row whose direction is the text "None", a circle
    and a channel this version does not know, and (item 2) a conversation dated
    31 December 9999 stored before dates were bounded."""
    ana = services.people.save(Person(name="Ana", keep_in_touch_days=30))
    services.help.save(
        Help(
            person_id=ana.id,
            direction=Direction.GIVEN,
            kind=HelpKind.TIME,
            description="Ok",
            offered_on=TODAY,
        )
    )
    plant(
        "INSERT INTO help (person_id, direction, kind, description, status, offered_on) "
        "VALUES (?, 'None', 'time', 'Poisoned', 'offered', '2026-01-02')",
        ana.id,
    )
    plant("UPDATE person SET circle = 'bestie' WHERE id = ?", ana.id)
    plant(
        "INSERT INTO conversation (date, channel, created_at, updated_at) "
        "VALUES ('9999-12-31', 'pigeon', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
    )
    conversation_id = db.execute_sql("SELECT max(id) FROM conversation").fetchone()[0]
    plant(
        "INSERT INTO participant (conversation_id, person_id) VALUES (?, ?)",
        conversation_id,
        ana.id,
    )
    return ana


def test_unreadable_codes_are_read_as_defaults_and_every_view_works(services, poisoned):
    summary = services.people.summaries()[0]
    state = reconnect(summary.person, summary.last_conversation, TODAY)
    assert state.due_on == dt.date.max  # not an OverflowError
    detail = services.people.detail(poisoned.id)
    assert {h.description for h in detail.help} == {"Ok", "Poisoned"}
    assert detail.conversations[0].date == dt.date(9999, 12, 31)
    data = OverviewService(services).gather(OverviewChoices(), TODAY)
    assert [p.person.name for p in data.people] == ["Ana"]
    assert data.overdue() == []
    exported = services.exchange.export_document()
    assert [h["direction"] for h in exported["people"][0]["help"]] == ["given", "given"]


def test_unreadable_codes_are_listed_for_warnings(services, poisoned):
    found = unknown_codes(services.store.connection())
    assert found == [
        "person 1: unknown circle 'bestie', read as 'wider'",
        "conversation 1: unknown channel 'pigeon', read as 'other'",
        "help 2: unknown direction 'None', read as 'given'",
    ]


def test_the_export_of_a_poisoned_journal_says_what_it_guessed(
    services, poisoned, data_dir, tmp_path, capsys
):
    from relations_app.app import main

    services.store.close()
    target = tmp_path / "out.json"
    assert main(["--data-dir", str(data_dir), "export", "json", str(target)]) == 0
    err = capsys.readouterr().err
    assert "relations: warning: help 2: unknown direction 'None', read as 'given'" in err
    assert json.loads(target.read_text())["people"][0]["circle"] == "wider"
    assert main(["--data-dir", str(data_dir), "check"]) == 0  # sound, with a warning
    assert "warning: help 2: unknown direction 'None'" in capsys.readouterr().out
    services.store.open()


def test_the_help_row_of_issue_9_round_trips_after_a_fix(services, poisoned):
    """Once edited in the dialog (which shows "I gave"), the row is whole again."""
    help_rows = services.people.detail(poisoned.id).help
    broken = next(h for h in help_rows if h.description == "Poisoned")
    services.help.save(dataclasses.replace(broken, direction=Direction.RECEIVED))
    found = unknown_codes(services.store.connection())
    assert not any(line.startswith("help") for line in found)


def test_rows_another_program_wrote_badly_never_stop_the_journal_or_the_search(services):
    """Bytes, numbers and unreadable days where text and days belong (a hand
    edit in a SQLite shell, a sync tool, a script): each row is shown as well
    as it can be, and the Journal, the search and the People list still work."""
    from relations_app.services.journal_list import JournalQuery, Order
    from relations_app.services.rows import UNREADABLE_DAY

    ana = saved_person(services, notes="likes walking")
    talk = services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(ana.id, ana.name),), notes="walking tour")
    )
    db.execute_sql(
        "UPDATE person SET nickname = ?, organisation = 42, keep_in_touch_days = 'often'"
        " WHERE id = ?",
        [b"\xff\xfeAnnie", ana.id],
    )
    db.execute_sql(
        "UPDATE conversation SET date = 'not a date', time = '25:99', notes = ?, depth = 'deep',"
        " created_at = 'yesterday' WHERE id = ?",
        [b"walking \xff tour", talk.id],
    )
    person = services.people.get(ana.id)
    assert person.nickname == "\ufffd\ufffdAnnie" and person.organisation == "42"
    assert person.keep_in_touch_days is None
    (conversation,) = services.conversations.get_many([talk.id])
    assert conversation.date == UNREADABLE_DAY and conversation.time is None
    assert conversation.notes == "walking \ufffd tour" and conversation.depth == 3
    for order in Order:
        assert services.journal.ids(JournalQuery(order=order)) == [talk.id]
    results = services.search.search("walking")
    assert [hit.id for hit in results.people] == [ana.id]
    assert [hit.conversation.id for hit in results.conversations] == [talk.id]
    assert [s.person.id for s in services.people.summaries()] == [ana.id]
