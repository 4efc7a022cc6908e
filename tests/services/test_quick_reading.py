"""The quick reader of an import (exchange_quick) decides nothing: on any
person or conversation, it gives what the field-by-field reader gives, or
None and the reader has its say (accepts the record, or names what is wrong).

Hypothesis starts from records in the shape an export writes and spoils them
one field at a time with the values a hand-edited file holds: nulls, wrong
types, empty text, dates with time zones or out of range, unknown codes,
control characters and lone surrogates, text past its limit.
"""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relations_app.birthdays import Birthday
from relations_app.records import (
    Conversation,
    Direction,
    Help,
    HelpKind,
    Person,
    PersonRef,
    SharedValue,
)
from relations_app.services.exchange_format import (
    ExchangeError,
    ImportedPerson,
    _read_conversation,
    _read_person,
    _Reader,
    read_document,
)
from relations_app.services.exchange_quick import quick_conversation, quick_person
from relations_app.services.validation import MAX_LINE_LENGTH, latest_date
from tests.conftest import TODAY

LATEST = latest_date(TODAY)
KNOWN = {1: "Amélie", 2: "Bruno", 0: "Zéro"}
REFS = {person_id: PersonRef(person_id, name) for person_id, name in KNOWN.items()}

CONVERSATION = {
    "date": "2026-05-02",
    "time": "09:30",
    "people": [1, 2],
    "channel": "in_person",
    "place": "Lyon",
    "notes": "Un café près du fleuve",
    "learned": "",
    "depth": 4,
    "follow_up": "Send the article",
    "follow_up_due": "2026-05-09",
    "follow_up_done": False,
    "created_at": "2026-05-02T10:00:00",
    "updated_at": "2026-05-03T08:15:30",
}
PERSON = {
    "id": 1,
    "name": "Amélie",
    "nickname": "Mél",
    "circle": "inner",
    "met_how": "University",
    "met_where": "Grenoble",
    "met_on": "2010-09-01",
    "organisation": "Atelier",
    "email": "a@example.org",
    "phone": "+33 1",
    "city": "Lyon",
    "birthday": "--02-03",
    "keep_in_touch_days": 14,
    "what_matters": "Her studio",
    "next_question": "The loan?",
    "notes": "Private",
    "archived": False,
    "looking_for": ["a ceramics mentor", "A ceramics  mentor"],
    "can_offer": [],
    "snoozed_until": None,
    "created_at": "2026-01-05T09:00:00",
    "updated_at": "2026-01-05T09:00:00",
    "shared_values": [{"value": "Honesty", "evidence": "Told me", "noted_on": "2026-05-02"}],
    "help": [
        {
            "direction": "given",
            "kind": "advice",
            "status": "done",
            "description": "Helped",
            "offered_on": "2026-05-02",
            "done_on": "2026-05-09",
            "due_on": None,
            "introduced": 2,
        }
    ],
}

odd_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 7),
    st.just(1.0),
    st.just([]),
    st.just({}),
    st.just([1, True]),
    st.sampled_from(
        [
            "",
            " ",
            "2026-02-30",
            "20260502",
            "1899-12-31",
            "2300-01-01",
            "2026-05-02T10:00:00+02:00",
            "2026-05-02 10:00",
            "2026-05-02T25:00:00",
            "9:30",
            "09:30:15",
            "--02-30",
            "in_person",
            "video",
            "friend",
            "advice",
            "received",
            "offered",
            "a\x00b",
            "a\ud800b",
            "x" * (MAX_LINE_LENGTH + 1),
            "no at sign",
        ]
    ),
    st.text(max_size=8),
)


def spoiled(record: dict, changes: list[tuple[str, object]], dropped: list[str]) -> dict:
    data = dict(record)
    for key, value in changes:
        if key in data:
            data[key] = value
    for key in dropped:
        data.pop(key, None)
    return data


def reader_conversation(data):
    try:
        return _read_conversation(_Reader(data, "conversations[0]", TODAY), KNOWN)
    except ExchangeError:
        return "refused"


def reader_person(data):
    try:
        return _read_person(_Reader(data, "people[0]", TODAY))
    except ExchangeError:
        return "refused"


SLOW = settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@SLOW
@given(
    changes=st.lists(st.tuples(st.sampled_from(sorted(CONVERSATION)), odd_values), max_size=3),
    dropped=st.lists(st.sampled_from(sorted(CONVERSATION)), max_size=2),
)
def test_a_quick_conversation_is_what_the_reader_reads(changes, dropped):
    data = spoiled(CONVERSATION, changes, dropped)
    quick = quick_conversation(data, REFS, TODAY, LATEST)
    read = reader_conversation(data)
    if quick is not None:
        assert quick == read
    if read == "refused":
        assert quick is None


@SLOW
@given(
    changes=st.lists(st.tuples(st.sampled_from(sorted(PERSON)), odd_values), max_size=3),
    dropped=st.lists(st.sampled_from(sorted(PERSON)), max_size=2),
    help_changes=st.lists(
        st.tuples(st.sampled_from(sorted(PERSON["help"][0])), odd_values), max_size=2
    ),
    shared_changes=st.lists(
        st.tuples(st.sampled_from(["value", "evidence", "noted_on"]), odd_values), max_size=2
    ),
)
def test_a_quick_person_is_what_the_reader_reads(changes, dropped, help_changes, shared_changes):
    data = spoiled(PERSON, changes, dropped)
    if data.get("help") == PERSON["help"]:
        data["help"] = [spoiled(PERSON["help"][0], help_changes, [])]
    if data.get("shared_values") == PERSON["shared_values"]:
        data["shared_values"] = [spoiled(PERSON["shared_values"][0], shared_changes, [])]
    quick = quick_person(data, TODAY, LATEST)
    read = reader_person(data)
    if quick is not None:
        assert ImportedPerson(*quick) == read
    if read == "refused":
        assert quick is None


def test_the_export_s_own_shape_is_read_quickly():
    """The records above are plain: the quick reader takes them (else the
    properties above would prove nothing about it)."""
    assert quick_conversation(CONVERSATION, REFS, TODAY, LATEST) is not None
    assert quick_person(PERSON, TODAY, LATEST) is not None


def test_a_time_zone_is_left_to_the_reader_which_converts_it():
    data = {**CONVERSATION, "created_at": "2026-05-02T10:00:00+02:00"}
    assert quick_conversation(data, REFS, TODAY, LATEST) is None
    read = reader_conversation(data)
    assert read.created_at.tzinfo is None  # in local time, as the app keeps moments


def test_a_bad_record_after_many_good_ones_is_named_where_it_is():
    talks = [dict(CONVERSATION) for _ in range(50)]
    talks[37] = {**CONVERSATION, "people": [1, 9]}
    document = {
        "format": "relations-export",
        "version": 2,
        "people": [PERSON, {**PERSON, "id": 2, "name": "Bruno", "help": []}],
        "conversations": talks,
    }
    try:
        read_document(document, TODAY)
    except ExchangeError as error:
        assert str(error) == "conversations[37].people[1]: no person with id 9 in this file"
    else:
        raise AssertionError("refused")


def test_an_unknown_field_is_left_to_the_reader_which_ignores_it():
    """Only records of the export's own fields are taken quickly: what is
    in any other field is not looked at there, nesting included."""
    data = {**CONVERSATION, "mood": {"deep": [1, 2]}}
    assert quick_conversation(data, REFS, TODAY, LATEST) is None
    assert reader_conversation(data) == quick_conversation(CONVERSATION, REFS, TODAY, LATEST)
    person = {**PERSON, "help": [{**PERSON["help"][0], "mood": [[1]]}]}
    assert quick_person(person, TODAY, LATEST) is None
    assert reader_person(person) == ImportedPerson(*quick_person(PERSON, TODAY, LATEST))


def test_a_whole_export_is_read_quickly(services):
    """Every record an export writes, help and shared values included, is in
    the quick reader's shape (its lists of fields are the export's)."""
    ana = services.people.save(
        Person(name="Ana", looking_for=("a mentor",), birthday=Birthday.parse("--02-03"))
    )
    bruno = services.people.save(Person(name="Bruno"))
    services.help.save(
        Help(ana.id, Direction.GIVEN, HelpKind.ADVICE, description="CV", offered_on=TODAY)
    )
    services.help.save(
        Help(
            ana.id,
            Direction.GIVEN,
            HelpKind.INTRODUCTION,
            description="Meet",
            offered_on=TODAY,
            introduced_id=bruno.id,
        )
    )
    services.values.save_shared(SharedValue(ana.id, "Honesty", evidence="Told me", noted_on=TODAY))
    services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(ana.id, "Ana"), PersonRef(bruno.id, "Bruno")))
    )
    document = services.exchange.export_document()
    refs = {p["id"]: PersonRef(p["id"], p["name"]) for p in document["people"]}
    assert all(quick_person(p, TODAY, LATEST) is not None for p in document["people"])
    assert document["people"][0]["help"] and document["people"][0]["shared_values"]
    assert all(
        quick_conversation(c, refs, TODAY, LATEST) is not None for c in document["conversations"]
    )


def test_deep_nesting_in_a_field_the_quick_reader_leaves_is_refused():
    deep = {"a": 1}
    for _ in range(40):
        deep = {"a": deep}
    document = {
        "format": "relations-export",
        "version": 2,
        "people": [PERSON, {**PERSON, "id": 2, "name": "Bruno", "help": []}],
        "conversations": [CONVERSATION, {**CONVERSATION, "mood": deep}],
    }
    try:
        read_document(document, TODAY)
    except ExchangeError as error:
        assert "nested more than 32 levels deep" in str(error)
    else:
        raise AssertionError("refused")
    document["conversations"][1]["mood"] = {"a": {"b": [1]}}  # shallow: ignored
    assert len(read_document(document, TODAY).conversations) == 2


def test_dates_the_reader_takes_in_other_iso_forms_are_read_alike():
    data = {**CONVERSATION, "date": "20260502", "follow_up_due": "2026-W19-6"}
    assert quick_conversation(data, REFS, TODAY, LATEST) == reader_conversation(data)
    assert reader_conversation(data).date == dt.date(2026, 5, 2)
