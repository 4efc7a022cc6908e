"""The window is shown with the first screen of people, then filled in: the
rows of the first screen are the rows the full table starts with, whatever
the accents and the direction of the order."""

import random

import pytest
from PySide6.QtCore import Qt

from relations_app.models.people_model import Column
from relations_app.records import Person
from relations_app.ui.main_window import MainWindow
from relations_app.ui.window_updates import FIRST_SCREEN

FIRSTS = ["Émile", "emma", "Zoé", "Ana", "Łukasz", "ana", "Bo", "Çelik", "Yusuf", "Ève"]


def names(window) -> list[str]:
    proxy = window.people.proxy
    return [proxy.index(row, Column.NAME).data() for row in range(proxy.rowCount())]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_the_first_screen_is_the_top_of_the_full_table(ctx, services, qtbot, order):
    rng = random.Random(5)
    for i in range(FIRST_SCREEN + 40):
        services.people.save(Person(name=f"{rng.choice(FIRSTS)} {i % 7}", archived=i % 13 == 0))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.people.table.sortByColumn(Column.NAME, order)
    window.updates.load_first_screen()
    first = names(window)
    assert len(first) == FIRST_SCREEN
    assert not window.updates.started
    window.show()
    qtbot.waitUntil(lambda: window.updates.started)  # once the first frame is painted
    everyone = names(window)
    assert len(everyone) == FIRST_SCREEN + 40 - 11  # the archived are not shown
    assert everyone[:FIRST_SCREEN] == first


def test_a_table_sorted_by_another_column_is_loaded_whole_before_it_is_shown(ctx, services, qtbot):
    for i in range(FIRST_SCREEN + 5):
        services.people.save(Person(name=f"Person {i}"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.people.table.sortByColumn(Column.CIRCLE, Qt.SortOrder.AscendingOrder)
    window.updates.load_first_screen()
    assert len(names(window)) == FIRST_SCREEN + 5


def test_a_small_journal_is_not_read_twice(ctx, services, qtbot):
    services.people.save(Person(name="Ana"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    resets = []
    window.people.model.modelReset.connect(lambda: resets.append(1))
    window.show()
    qtbot.waitUntil(lambda: window.updates.started)
    assert resets == [] and names(window) == ["Ana"]
    assert "1 person" in window.summary_label.text()
