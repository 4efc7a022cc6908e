"""After an edit only the rows touched change: no reset, the selection stays,
and the models still pass Qt's model tester."""

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from relations_app.models.journal_model import Column as JournalColumn
from relations_app.models.journal_model import JournalModel
from relations_app.models.people_model import Column, PeopleModel
from relations_app.models.people_proxy import PeopleProxy
from relations_app.models.row_model import LARGE_UPDATE
from relations_app.records import Circle, Conversation, Person, PersonRef, PersonSummary
from relations_app.ui.table_view import RecordTable
from tests.conftest import TODAY

SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)
NAMES = ["Ana", "Bruno", "Chloé", "Dana", "Émile", "Farid", "Gus", "Hana"]


def summary(person_id: int, name: str, **changes) -> PersonSummary:
    return PersonSummary(Person(name=name, id=person_id, **changes))


@pytest.fixture
def model(qapp):
    model = PeopleModel(TODAY)
    model.set_summaries([summary(i, n) for i, n in enumerate(NAMES, 1)], TODAY)
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    return model


class Recorder:
    """Every structural signal a model emits, in order."""

    def __init__(self, model) -> None:
        self.seen: list[tuple] = []
        model.modelReset.connect(lambda: self.seen.append(("reset",)))
        model.layoutChanged.connect(lambda *_: self.seen.append(("layout",)))
        model.dataChanged.connect(
            lambda first, last, *_: self.seen.append(("changed", first.row(), last.row()))
        )
        model.rowsInserted.connect(lambda _, first, last: self.seen.append(("inserted", first)))
        model.rowsRemoved.connect(lambda _, first, last: self.seen.append(("removed", first)))
        model.rowsMoved.connect(
            lambda _, first, last, __, to: self.seen.append(("moved", first, to))
        )


def names(model) -> list[str]:
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def test_an_edit_emits_data_changed_for_that_row_only(model):
    seen = Recorder(model)
    model.update_summaries({3}, [summary(3, "Chloé", circle=Circle.INNER)])
    assert seen.seen == [("changed", 2, 2)]
    assert model.index(2, Column.CIRCLE).data() == "Inner"


def test_an_added_person_is_inserted_in_order_and_a_deleted_one_removed(model):
    seen = Recorder(model)
    model.update_summaries({9}, [summary(9, "Cora")])
    model.update_summaries({2}, [])
    assert seen.seen == [("inserted", 3), ("removed", 1)]
    assert names(model) == ["Ana", "Chloé", "Cora", "Dana", "Émile", "Farid", "Gus", "Hana"]


def test_a_rename_moves_the_row_and_its_selection_with_it(model, qtmodeltester):
    proxy = PeopleProxy()
    proxy.setSourceModel(model)
    view = RecordTable(several=True)
    view.setModel(proxy)
    view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    view.select_id(2)  # Bruno
    seen = Recorder(model)
    refiltered = []
    proxy.filterAcceptsRow = lambda *args: refiltered.append(args) or True
    model.update_summaries({2}, [summary(2, "Zacharie")])  # Bruno becomes the last
    assert seen.seen == [("removed", 1), ("inserted", 7)]  # no move: no refilter of all
    assert len(refiltered) == 1  # only the row put back was filtered
    assert names(model)[-1] == "Zacharie"
    assert view.selected_ids() == [2] and view.current_id() == 2
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_selection_survives_an_edit_a_sort_and_a_filter(model):
    proxy = PeopleProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.selectionModel().select(proxy.index(4, 0), SELECT_ROW)  # Émile

    def chosen():
        return [proxy.index(i.row(), 0).data() for i in view.selectionModel().selectedRows()]

    assert chosen() == ["Émile"]
    model.update_summaries({5}, [summary(5, "Émile", notes="climbs")])
    assert chosen() == ["Émile"]
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert chosen() == ["Émile"]
    proxy.set_text("e")  # Émile matches, without the accent
    assert chosen() == ["Émile"]
    assert proxy.rowCount() < model.rowCount()
    model.update_summaries({6}, [summary(6, "Farid", notes="never matches")])
    assert chosen() == ["Émile"]


def test_an_edited_row_is_filtered_again(model):
    proxy = PeopleProxy()
    proxy.setSourceModel(model)
    proxy.set_text("climbing")
    assert proxy.rowCount() == 0
    model.update_summaries({4}, [summary(4, "Dana", notes="loves climbing")])
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Dana"]
    model.update_summaries({4}, [summary(4, "Dana")])
    assert proxy.rowCount() == 0


def test_a_large_change_resets_once(model):
    seen = Recorder(model)
    many = [summary(100 + i, f"Person {i:03}") for i in range(LARGE_UPDATE + 1)]
    model.update_summaries({s.person.id for s in many}, many)
    assert seen.seen == [("reset",)]
    assert model.rowCount() == len(NAMES) + LARGE_UPDATE + 1


def test_the_people_due_are_counted_as_rows_come_and_go(model):
    overdue = summary(
        2,
        "Bruno",
        keep_in_touch_days=7,
        created_at=dt.datetime.combine(TODAY - dt.timedelta(days=30), dt.time()),
    )
    model.update_summaries({2}, [overdue])
    assert model.due_count() == 1
    model.update_summaries({2}, [dataclasses.replace(overdue, person=overdue.person)])
    assert model.due_count() == 1
    model.update_summaries({2}, [])
    assert model.due_count() == 0


def test_journal_updates_pass_the_model_tester(qtmodeltester, services):
    ana = services.people.save(Person(name="Ana"))

    def talk(days_ago: int, notes: str, cid: int | None = None) -> int:
        day = TODAY - dt.timedelta(days=days_ago)
        saved = services.conversations.save(
            Conversation(date=day, people=(PersonRef(ana.id, "Ana"),), id=cid, notes=notes)
        )
        return saved.id

    ids = [talk(i, f"talk {i}") for i in range(1, 6)]
    model = JournalModel(services.journal)
    model.reload(TODAY)
    model.sort(JournalColumn.DATE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    seen = Recorder(model)
    model.update_ids({talk(0, "today")})  # newest: first row
    model.update_ids({talk(10, "moved back", cid=ids[2])})  # oldest now
    services.conversations.delete(ids[0])
    model.update_ids({ids[0]})
    assert seen.seen[0] == ("inserted", 0)
    assert model.index(0, JournalColumn.NOTES).data() == "today"
    assert model.index(model.rowCount() - 1, JournalColumn.NOTES).data() == "moved back"
    assert ("reset",) not in seen.seen
    qtmodeltester.check(model)
