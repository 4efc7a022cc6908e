"""`relations today`: the agenda for scripts, the same as the page's."""

import datetime as dt
import json

import pytest

from relations_app.app import main
from relations_app.birthdays import Birthday
from relations_app.records import (
    Circle,
    Conversation,
    Direction,
    Help,
    HelpKind,
    Offer,
    Person,
    PersonRef,
)
from relations_app.services import Services
from tests.conftest import NOW, TODAY

KEYS = [
    "date",
    "could_help",
    "promises",
    "reconnect",
    "introductions",
    "coming_up",
    "circles",
    "month",
]


def prepare(services: Services) -> None:
    """A small journal with something in every section."""
    then = Services.create(services.store, clock=lambda: NOW - dt.timedelta(days=100))
    services.offers.save(Offer(name="Cours de céramiste"))
    ana = then.people.save(
        Person(
            name="Amélie Laurent",
            circle=Circle.INNER,
            keep_in_touch_days=14,
            next_question="Did the bank say yes?",
            birthday=Birthday(6, 20, 1990),
            looking_for=("un mentor en céramique",),
        )
    )
    then.people.save(Person(name="Samuel", can_offer=("mentoring for potters",)))
    services.conversations.save(
        Conversation(
            date=TODAY - dt.timedelta(days=20),
            people=(PersonRef(ana.id, ""),),
            notes="Long breakfast.",
            depth=5,
            follow_up="Send the accountant's contact",
        )
    )
    services.help.save(
        Help(
            person_id=ana.id,
            direction=Direction.GIVEN,
            kind=HelpKind.ADVICE,
            description="Read her plan",
            offered_on=TODAY - dt.timedelta(days=10),
            due_on=TODAY - dt.timedelta(days=1),
        )
    )


def run_today(data_dir, capsys, *extra) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(["--data-dir", str(data_dir), "today", *extra])
    out, err = capsys.readouterr()
    return status, out, err


def test_json_has_the_documented_keys_and_agrees_with_the_service(services, data_dir, capsys):
    prepare(services)
    expected = services.agenda.build(TODAY)
    services.store.close()
    status, out, _ = run_today(data_dir, capsys, "--json", "--date", TODAY.isoformat())
    services.store.open()
    assert status == 0
    document = json.loads(out)
    assert list(document) == KEYS
    assert document["date"] == "2026-06-15"
    for key in KEYS[1:7]:
        for item in document[key]:
            assert isinstance(item["people"], list) and item["why"], (key, item)
    (reconnect,) = document["reconnect"]
    assert reconnect["people"] == ["Amélie Laurent"]
    assert reconnect["days_late"] == 6
    assert reconnect["why"] == expected.reconnect.items[0].why
    assert reconnect["ask_next"] == "Did the bank say yes?"
    assert reconnect["last_conversation"] == {"date": "2026-05-26", "line": "Long breakfast."}
    (idea,) = document["could_help"]
    assert idea["matched_words"] == ["céramique"]
    assert [p["what"] for p in document["promises"]] == [
        "Read her plan",
        "Send the accountant's contact",
    ]
    (meet,) = document["introductions"]
    assert meet["people"] == ["Amélie Laurent", "Samuel"]
    assert meet["matched_words"] == ["mentor"]
    assert [c["kind"] for c in document["coming_up"]] == ["birthday"]
    assert document["month"]["by_depth"] == [0, 0, 0, 0, 0]  # the talk was in May
    assert document["month"]["last_12_months"][-2] == {
        "month": "2026-05",
        "by_depth": [0, 0, 0, 0, 1],
    }


def test_the_date_moves_the_agenda(services, data_dir, capsys):
    prepare(services)
    services.store.close()
    _, out, _ = run_today(data_dir, capsys, "--json", "--date", "2026-06-01")
    services.store.open()
    document = json.loads(out)
    assert document["reconnect"] == []  # due on 9 June
    assert document["promises"][0]["days_late"] is None  # undated follow-up first...
    assert [c["kind"] for c in document["coming_up"]] == ["promise"]  # ...the help is due soon


def test_text_is_short_and_readable(services, data_dir, capsys):
    prepare(services)
    services.store.close()
    status, out, _ = run_today(data_dir, capsys, "--date", TODAY.isoformat())
    services.store.open()
    assert status == 0
    assert out.startswith("Today, 15 Jun 2026\n")
    assert "Reconnect\n  • Amélie Laurent: You keep in touch every 14 days" in out
    assert "Amélie Laurent — Read her plan: You offered this 10 days ago" in out
    assert "\u00a0" not in out


@pytest.mark.parametrize("bad", ["2026-13-01", "tomorrow", ""])
def test_a_bad_date_is_one_line_exit_2(data_dir, capsys, bad):
    status, out, err = run_today(data_dir, capsys, "--date", bad)
    assert status == 2 and out == ""
    assert err.strip() == f"relations: --date {bad}: not a date; write it as YYYY-MM-DD"


@pytest.mark.parametrize("far", ["0001-01-01", "9999-12-31"])
def test_a_date_out_of_range_is_one_line_exit_2(services, data_dir, capsys, far):
    services.people.save(Person(name="Ana", birthday=Birthday(1, 2, 1990)))
    services.store.close()
    status, out, err = run_today(data_dir, capsys, "--date", far)
    services.store.open()
    assert status == 2 and out == ""
    assert err.strip() == (
        f"relations: --date {far}: choose a day between 1900-01-01 and 9998-12-31"
    )


def test_an_empty_journal_prints_a_quiet_agenda(data_dir, capsys):
    status, out, _ = run_today(data_dir, capsys, "--json")
    document = json.loads(out)
    assert status == 0 and document["reconnect"] == [] and document["promises"] == []
    assert [c["count"] for c in document["circles"]] == [0, 0, 0, 0]
