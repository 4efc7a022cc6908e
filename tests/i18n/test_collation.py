"""Names in alphabet order: "Écuyer" with the E's, before "Vincent", in every list."""

from __future__ import annotations

import datetime as dt

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
