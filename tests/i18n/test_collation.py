"""Names in alphabet order: "Écuyer" with the E's, before "Vincent", in every list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from relations_app.collation import by_name
from relations_app.records import Circle, Person
from relations_app.services.overview import OverviewChoices, OverviewService
from tests.conftest import TODAY

NAMES = ["Vincent", "Écuyer", "adam", "Zoé", "Émile", "eva"]
ORDER = ["adam", "Écuyer", "Émile", "eva", "Vincent", "Zoé"]


def test_the_collator_puts_accented_names_with_their_letter(french):
    assert by_name(NAMES, str) == ORDER


def test_the_collator_does_so_in_english_too():
    assert by_name(NAMES, str) == ORDER  # the session's C locale collates as English


def combo_names(window) -> list[str]:
    combo = window.journal.filter.combo
    return [combo.itemText(i) for i in range(1, combo.count())]


def test_the_journal_s_person_list_is_in_alphabet_order(window, services):
    for name in NAMES[:-1]:
        services.people.save(Person(name=name))
    window.updates.load_journal()
    assert combo_names(window) == [n for n in ORDER if n != "eva"]
    eva = services.people.save(Person(name="eva"))
    window.journal.update_people({eva.id}, services.people.refs(ids=[eva.id]))
    assert combo_names(window) == ORDER


def test_the_printed_overview_lists_people_in_alphabet_order(services):
    for name in NAMES:
        services.people.save(Person(name=name, circle=Circle.INNER))
    data = OverviewService(services).gather(
        OverviewChoices(since=TODAY - dt.timedelta(days=30)), TODAY
    )
    assert [entry.person.name for entry in data.people] == ORDER


def test_the_people_table_is_in_alphabet_order(window, services):
    from relations_app.ui.main_window import PEOPLE_TAB

    for name in NAMES:
        services.people.save(Person(name=name))
    window.tabs.setCurrentIndex(PEOPLE_TAB)
    window.updates.load_all()
    model = window.people.table.model()
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ORDER


# The collator's own order, which folding accents away cannot give: "Sam 2"
# before "Sam 10", and "Emile" before its accented namesake "Émile".
NUMBERED = ["Sam 10", "Émile", "Zoé", "Sam 2", "Emile", "Écuyer"]
NUMBERED_ORDER = ["Écuyer", "Emile", "Émile", "Sam 2", "Sam 10", "Zoé"]


def people_table_names(window) -> list[str]:
    model = window.people.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_people_table_sorts_through_the_collator_both_ways_and_as_people_come(window, services):
    from relations_app.ui.main_window import PEOPLE_TAB

    for name in NUMBERED[:-1]:
        services.people.save(Person(name=name))
    window.tabs.setCurrentIndex(PEOPLE_TAB)
    window.updates.load_all()
    assert people_table_names(window) == [n for n in NUMBERED_ORDER if n != "Écuyer"]
    last = services.people.save(Person(name="Écuyer"))
    window.people.table.model().sourceModel().update_summaries(
        {last.id}, services.people.summaries(ids=[last.id])
    )
    assert people_table_names(window) == NUMBERED_ORDER
    window.people.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert people_table_names(window) == NUMBERED_ORDER[::-1]


def test_the_people_table_sorts_through_the_collator_in_french(french, window, services):
    for name in NUMBERED:
        services.people.save(Person(name=name))
    window.updates.load_all()
    assert people_table_names(window) == NUMBERED_ORDER


def test_the_person_picker_suggests_names_in_collator_order(qtbot):
    from relations_app.records import PersonChoice, PersonRef
    from relations_app.ui.widgets.people_picker import PeoplePicker

    everyone = [PersonChoice(PersonRef(i, n), n) for i, n in enumerate(NUMBERED, 1)]
    picker = PeoplePicker(everyone)
    qtbot.addWidget(picker)
    assert [c.ref.name for c in picker.matches("sam")] == ["Sam 2", "Sam 10"]
    assert [c.ref.name for c in picker.matches("e")][:3] == ["Écuyer", "Emile", "Émile"]
