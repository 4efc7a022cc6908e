"""Fixtures for printing tests: the bundled fonts and a journal with every kind of
text. tests/pdf_reading.py reads the PDFs back."""

import datetime as dt

import pytest

from relations_app.records import (
    Channel,
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
from relations_app.resources import load_fonts
from relations_app.services import Services
from relations_app.services.overview import OverviewChoices, OverviewData, OverviewService
from tests.conftest import TODAY

SECRET = "Private-note-marker: owes me nothing, worries about her father"


@pytest.fixture(autouse=True)
def print_fonts(qapp):
    """Qt prints blank pages without a font: register the bundled ones."""
    assert "DejaVu Sans" in load_fonts()


@pytest.fixture
def journal(services: Services) -> dict[str, Person]:
    """Three people, accented and non-Latin text, values with evidence, help both ways."""
    services.values.save(Value(name="Honesty", description="Saying what is true, kindly."))
    services.values.save(Value(name="Générosité", description="Donner d'abord."))
    people = {
        "amelie": services.people.save(
            Person(
                name="Amélie Laurent",
                circle=Circle.INNER,
                met_how="Flatmates in Grenoble",
                keep_in_touch_days=14,
                next_question="Did the bank say yes to the studio loan?",
                what_matters="Her ceramics studio",
                notes=SECRET,
            )
        ),
        "li": services.people.save(Person(name="李小龍 Li", circle=Circle.CLOSE, city="北京")),
        "yusuf": services.people.save(
            Person(name="Yusuf Ødegård", circle=Circle.WIDER, notes="Another private note")
        ),
    }
    a, li = people["amelie"], people["li"]
    services.conversations.save(
        Conversation(
            date=TODAY - dt.timedelta(days=3),
            people=(PersonRef(a.id, ""), PersonRef(li.id, "")),
            channel=Channel.IN_PERSON,
            place="Café Mokxa",
            notes="Long breakfast: the kiln, the shop front, ça va très bien.\n"
            "Καλημέρα — 你好 — مرحبا",
            learned="She keeps every rejection letter.",
            depth=5,
            follow_up="Send her the accountant's contact",
            follow_up_due=TODAY + dt.timedelta(days=4),
        )
    )
    services.conversations.save(
        Conversation(
            date=TODAY - dt.timedelta(days=200),
            people=(PersonRef(a.id, ""),),
            notes="An old talk outside the period",
            depth=2,
        )
    )
    services.values.save_shared(
        SharedValue(
            person_id=a.id,
            value_name="Courage",
            evidence="Quit a safe job to open the studio",
            noted_on=TODAY - dt.timedelta(days=3),
        )
    )
    services.help.save(
        Help(
            person_id=a.id,
            direction=Direction.GIVEN,
            kind=HelpKind.INTRODUCTION,
            description="Introduced her to my accountant",
            status=HelpStatus.OFFERED,
            offered_on=TODAY - dt.timedelta(days=2),
        )
    )
    services.help.save(
        Help(
            person_id=li.id,
            direction=Direction.RECEIVED,
            kind=HelpKind.SKILL,
            description="Taught me to lead-climb",
            status=HelpStatus.DONE,
            offered_on=TODAY - dt.timedelta(days=30),
            done_on=TODAY - dt.timedelta(days=20),
        )
    )
    return people


@pytest.fixture
def printing(qtbot, ctx):
    """The print commands of a plain window (main_window builds them the same way)."""
    from PySide6.QtWidgets import QMainWindow

    from relations_app.ui.print_commands import PrintCommands

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return PrintCommands(ctx, window)


def gather(services: Services, **choices) -> OverviewData:
    choices.setdefault("since", TODAY - dt.timedelta(days=89))
    return OverviewService(services).gather(OverviewChoices(**choices), TODAY)
