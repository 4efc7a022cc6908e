"""The table models: Qt's model tester, what cells show, and how filters and sorting behave."""

import datetime as dt

from PySide6.QtCore import Qt

from relations_app.models.journal_model import Column as JournalColumn
from relations_app.models.journal_model import JournalModel
from relations_app.models.people_model import Column, PeopleModel
from relations_app.models.people_proxy import PeopleProxy
from relations_app.models.values_model import ValuesModel
from relations_app.records import Circle, Conversation, Person, PersonRef, SharedValue, Value
from tests.conftest import TODAY


def people(services):
    ana = services.people.save(
        Person(
            name="Ana Sousa",
            circle=Circle.INNER,
            keep_in_touch_days=10,
            organisation="Atelier",
            city="Lisboa",
        )
    )
    jose = services.people.save(
        Person(name="José Müller", circle=Circle.WIDER, notes="loves climbing")
    )
    zoe = services.people.save(Person(name="Zoë", circle=Circle.CLOSE))
    services.conversations.save(
        Conversation(
            date=TODAY - dt.timedelta(days=30),
            people=(PersonRef(ana.id, ""),),
            notes="First line\nsecond",
            depth=4,
        )
    )
    services.conversations.save(
        Conversation(
            date=TODAY - dt.timedelta(days=2),
            people=(PersonRef(jose.id, ""), PersonRef(zoe.id, "")),
            notes="Climbing trip",
            follow_up="Send photos",
            follow_up_due=TODAY - dt.timedelta(days=1),
        )
    )
    services.values.save_shared(
        SharedValue(person_id=zoe.id, value_name="Curiosity", evidence="asked", noted_on=TODAY)
    )
    return ana, jose, zoe


def people_model(services):
    model = PeopleModel()
    model.set_summaries(services.people.summaries(), TODAY)
    return model


def cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_people_model_passes_the_model_tester(qtmodeltester, services):
    people(services)
    model = people_model(services)
    qtmodeltester.check(model)
    proxy = PeopleProxy()
    proxy.setSourceModel(model)
    proxy.set_text("a")
    qtmodeltester.check(proxy)


def test_people_cells(services):
    people(services)
    model = people_model(services)
    rows = {cell(model, r, Column.NAME): r for r in range(model.rowCount())}
    ana = rows["Ana Sousa"]
    assert cell(model, ana, Column.CIRCLE) == "Inner"
    assert cell(model, ana, Column.NEXT_RECONNECT) == "20 days late"
    assert cell(model, ana, Column.NEXT_RECONNECT, Qt.ItemDataRole.ForegroundRole) is not None
    assert cell(model, rows["Zoë"], Column.SHARED_VALUES) == "Curiosity"
    assert cell(model, rows["Zoë"], Column.NEXT_RECONNECT) == ""
    assert model.headerData(Column.HELP, Qt.Orientation.Horizontal) == "Help"
    tip = model.headerData(Column.HELP, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Help given / received"


def test_a_person_never_talked_to_says_never(services):
    services.people.save(Person(name="New friend"))
    model = people_model(services)
    assert cell(model, 0, Column.LAST_CONVERSATION) == "never"


def test_filter_matches_words_anywhere_without_accents(services):
    people(services)
    proxy = PeopleProxy()
    proxy.setSourceModel(people_model(services))

    def shown():
        return sorted(proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount()))

    proxy.set_text("jose")
    assert shown() == ["José Müller"]
    proxy.set_text("CLIMBING muller")
    assert shown() == ["José Müller"]
    proxy.set_text("atelier")
    assert shown() == ["Ana Sousa"]
    proxy.set_text("curiosity")
    assert shown() == ["Zoë"]
    proxy.set_text("")
    proxy.set_circle(Circle.CLOSE)
    assert shown() == ["Zoë"]


def test_people_sort_by_circle_and_reconnect(services):
    people(services)
    proxy = PeopleProxy()
    proxy.setSourceModel(people_model(services))
    proxy.sort(Column.CIRCLE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, Column.CIRCLE).data() for r in range(3)] == ["Inner", "Close", "Wider"]
    proxy.sort(Column.LAST_CONVERSATION, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, Column.NAME).data() in ("José Müller", "Zoë")


def test_journal_model_passes_the_model_tester_and_shows_first_lines(qtmodeltester, services):
    people(services)
    model = JournalModel(services.journal)
    model.reload(TODAY)
    qtmodeltester.check(model)
    assert cell(model, 0, JournalColumn.PEOPLE) == "José Müller, Zoë"
    assert cell(model, 1, JournalColumn.NOTES) == "First line"
    assert cell(model, 1, JournalColumn.DEPTH) == "●●●●○"
    assert "Send photos" in cell(model, 0, JournalColumn.FOLLOW_UP)
    assert (
        cell(model, 0, JournalColumn.FOLLOW_UP, Qt.ItemDataRole.ForegroundRole) is not None
    )  # overdue


def test_journal_filters_by_text_and_person(qtmodeltester, services):
    ana, jose, zoe = people(services)
    model = JournalModel(services.journal)
    model.reload(TODAY)
    model.sort(JournalColumn.DATE, Qt.SortOrder.DescendingOrder)
    model.set_person(ana.id)
    assert model.rowCount() == 1
    model.set_person(None)
    model.set_text("climbing")
    assert model.rowCount() == 1
    assert model.index(0, JournalColumn.NOTES).data() == "Climbing trip"
    model.set_text("zoe")  # a name without its accent
    assert model.index(0, JournalColumn.PEOPLE).data() == "José Müller, Zoë"
    qtmodeltester.check(model)


def test_values_model(qtmodeltester, services):
    ana = services.people.save(Person(name="Ana"))
    services.values.save(Value(name="Craft"))
    services.values.save_shared(
        SharedValue(person_id=ana.id, value_name="Honesty", evidence="e", noted_on=TODAY)
    )
    model = ValuesModel()
    model.set_uses(services.values.uses())
    qtmodeltester.check(model)
    assert [cell(model, r, 0) for r in range(2)] == ["Craft", "Honesty"]
    assert [cell(model, r, 2) for r in range(2)] == ["0 people", "1 person"]
