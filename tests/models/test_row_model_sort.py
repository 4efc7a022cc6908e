"""Models sort themselves: order, stability, and the selection follows the rows."""

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt

from relations_app.models.people_model import Column, PeopleModel
from relations_app.models.people_proxy import PeopleProxy
from relations_app.records import Circle, Person, PersonSummary


def summaries():
    names = [
        ("Zoë", Circle.INNER),
        ("Łukasz", Circle.WIDER),
        ("Émile", Circle.CLOSE),
        ("ana", Circle.INNER),
        ("Bo", Circle.ACQUAINTANCE),
    ]
    return [PersonSummary(Person(name=n, id=i, circle=c)) for i, (n, c) in enumerate(names, 1)]


def names(model):
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def test_names_sort_the_way_people_read_them():
    model = PeopleModel()
    model.set_summaries(summaries(), dt.date(2026, 6, 15))
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["ana", "Bo", "Émile", "Łukasz", "Zoë"]
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Zoë", "Łukasz", "Émile", "Bo", "ana"]


def test_sorting_is_stable_and_keeps_persistent_indexes_and_selection(qtmodeltester):
    model = PeopleModel()
    model.set_summaries(summaries(), dt.date(2026, 6, 15))
    proxy = PeopleProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    selection = QItemSelectionModel(proxy)
    emile = proxy.index(2, 0)
    assert emile.data() == "Émile"
    selection.select(
        emile, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    pinned = QPersistentModelIndex(model.index(model.row_of(1), 0))  # Zoë
    proxy.sort(Column.CIRCLE, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["ana", "Zoë", "Émile", "Łukasz", "Bo"]  # inner by name, then close...
    assert pinned.data() == "Zoë"
    assert [i.data() for i in selection.selectedRows()] == ["Émile"]
    qtmodeltester.check(proxy)
