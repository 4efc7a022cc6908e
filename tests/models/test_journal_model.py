"""The Journal's lazy table: 100,000 rows known at once, read a page at a time,
and kept in the order SQL gives through every kind of edit."""

import datetime as dt
import random

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from relations_app.models.journal_model import PAGE, Column, JournalModel
from relations_app.records import Conversation, Person, PersonRef
from relations_app.services.journal_list import JournalQuery, Order
from relations_app.storage.bulk_insert import bulk_writes
from relations_app.storage.database import db
from relations_app.ui.table_view import RecordTable
from tests.conftest import NOW, TODAY


def bulk_journal(services, conversations: int, people: int = 50) -> None:
    """A large journal written in one go (the services would take minutes)."""
    stamp = NOW.isoformat(sep=" ")
    connection = services.store.connection()
    rng = random.Random(3)
    with services.store.write(), bulk_writes(db):
        connection.executemany(
            "INSERT INTO person (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
            [(i, f"Person {i:03}", stamp, stamp) for i in range(1, people + 1)],
        )
        connection.executemany(
            "INSERT INTO conversation (id, date, time, notes, depth, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    i,
                    (TODAY - dt.timedelta(days=rng.randrange(3000))).isoformat(),
                    rng.choice([None, "09:30", "18:00"]),
                    f"talk {i}",
                    rng.randint(1, 5),
                    stamp,
                    stamp,
                )
                for i in range(1, conversations + 1)
            ],
        )
        connection.executemany(
            "INSERT INTO participant (conversation_id, person_id) VALUES (?, ?)",
            [(i, rng.randint(1, people)) for i in range(1, conversations + 1)],
        )


class CountingSource:
    """The model's source, counting the records it is asked for."""

    def __init__(self, source) -> None:
        self._source = source
        self.records_read = 0
        self.queries = 0

    def ids(self, query):
        self.queries += 1
        return self._source.ids(query)

    def records(self, ids):
        ids = list(ids)
        self.records_read += len(ids)
        return self._source.records(ids)

    def __getattr__(self, name):
        return getattr(self._source, name)


def listed(model) -> list[int]:
    return [model.id_at(row) for row in range(model.rowCount())]


def test_a_hundred_thousand_rows_pass_the_model_tester(services, qtmodeltester):
    bulk_journal(services, 100_000)
    model = JournalModel(services.journal)
    model.reload(TODAY)
    assert model.rowCount() == 100_000
    qtmodeltester.check(model)
    model.sort(Column.DEPTH, Qt.SortOrder.AscendingOrder)
    model.set_text("talk")
    assert model.rowCount() == 100_000


def test_scrolling_to_the_end_reads_only_the_rows_shown(services, qtbot):
    bulk_journal(services, 20_000)
    source = CountingSource(services.journal)
    view = RecordTable()
    qtbot.addWidget(view)
    model = JournalModel(source)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    model.reload(TODAY)
    qtbot.waitExposed(view)
    assert model.rowCount() == 20_000
    qtbot.waitUntil(lambda: source.records_read > 0)  # the first screenful, painted
    first = source.records_read
    assert first <= 2 * PAGE
    view.scrollToBottom()
    qtbot.wait(10)  # the view paints the last rows
    assert view.rowAt(view.viewport().height() - 1) == 19_999
    assert source.records_read - first <= 2 * PAGE
    last = model.index(19_999, Column.NOTES).data()
    assert last == services.journal.records([model.id_at(19_999)])[0].notes


@pytest.mark.parametrize("order", list(Order))
def test_row_by_row_updates_keep_the_order_sql_gives(services, order):
    rng = random.Random(order.value)
    people = [services.people.save(Person(name=name)) for name in ("Ana", "Émile", "Zoé", "bo")]
    talks = []
    for i in range(40):
        who = rng.sample(people, k=rng.choice([1, 2]))
        talks.append(
            services.conversations.save(
                Conversation(
                    date=TODAY - dt.timedelta(days=rng.randrange(20)),
                    people=tuple(PersonRef(p.id, p.name) for p in who),
                    notes=rng.choice(["tea", "Été", "walk", "zoo", ""]) + f" {i}",
                    depth=rng.randint(1, 5),
                )
            )
        )
    model = JournalModel(services.journal)
    model.reload(TODAY)
    model.sort(list(Order).index(order), Qt.SortOrder.DescendingOrder)
    model.set_text(rng.choice(["", "t", "e"]))
    for _ in range(25):
        changed = edit_at_random(services, rng, talks, people)
        model.update_ids(changed)
        assert listed(model) == services.journal.ids(model._query)


def edit_at_random(services, rng, talks, people) -> set[int]:
    """One edit of the kinds a user makes; the ids of the conversations it touched."""
    kind = rng.choice(["log", "edit", "delete", "rename"])
    if kind == "rename":
        person = rng.choice(people)
        services.people.save(Person(name=rng.choice(["Ana", "Ém", "Zed", "al"]), id=person.id))
        return {c.id for c in services.conversations.all() if person.id in {r.id for r in c.people}}
    if kind == "log" or not talks:
        who = rng.choice(people)
        talks.append(
            services.conversations.save(
                Conversation(
                    date=TODAY - dt.timedelta(days=rng.randrange(20)),
                    people=(PersonRef(who.id, who.name),),
                    notes=rng.choice(["tea", "walk"]),
                )
            )
        )
        return {talks[-1].id}
    talk = talks.pop(rng.randrange(len(talks)))
    if kind == "delete":
        services.conversations.delete(talk.id)
        return {talk.id}
    talk = services.conversations.get(talk.id)
    edited = Conversation(
        date=TODAY - dt.timedelta(days=rng.randrange(20)),
        people=talk.people,
        id=talk.id,
        notes=rng.choice(["tea", "Été", "walk", "zoo"]),
        depth=rng.randint(1, 5),
    )
    talks.append(services.conversations.save(edited))
    return {talk.id}


def test_the_selection_follows_its_row_through_sorting_filtering_and_edits(services, qtbot):
    ana = services.people.save(Person(name="Ana"))
    ids = [
        services.conversations.save(
            Conversation(
                date=TODAY - dt.timedelta(days=i),
                people=(PersonRef(ana.id, "Ana"),),
                notes=notes,
                depth=1 + i % 5,
            )
        ).id
        for i, notes in enumerate(["tea", "coffee", "walk", "Café crème", "lunch"])
    ]
    view = RecordTable()
    qtbot.addWidget(view)
    model = JournalModel(services.journal)
    view.setModel(model)
    model.reload(TODAY)
    view.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
    view.select_id(ids[3])
    view.sortByColumn(Column.NOTES, Qt.SortOrder.AscendingOrder)
    assert view.current_id() == ids[3]
    assert model.index(view.selectionModel().currentIndex().row(), Column.NOTES).data() == (
        "Café crème"
    )
    model.set_text("caf")  # "Café crème" and "coffee"? only the first starts with caf
    assert model.rowCount() == 1 and view.current_id() == ids[3]
    model.set_text("")
    assert view.selected_ids() == [ids[3]]
    talk = services.conversations.get(ids[3])
    services.conversations.save(
        Conversation(date=talk.date, people=talk.people, id=talk.id, notes="Zucchini soup")
    )
    model.update_ids({ids[3]})  # moves to the end of the notes order, still selected
    assert model.row_of(ids[3]) == model.rowCount() - 1
    assert view.selected_ids() == [ids[3]]
    services.conversations.delete(ids[3])
    model.update_ids({ids[3]})
    assert view.current_id() == model.id_at(model.rowCount() - 1)  # the row in its place


def test_a_row_deleted_before_the_view_hears_of_it_shows_blank(services):
    ana = services.people.save(Person(name="Ana"))
    talk = services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(ana.id, "Ana"),), notes="tea")
    )
    model = JournalModel(services.journal)
    model.reload(TODAY)
    services.conversations.delete(talk.id)  # by a job whose news has not arrived yet
    assert model.index(0, Column.NOTES).data() == ""
    assert model.conversation_at(0) is None
    model.update_ids({talk.id})
    assert model.rowCount() == 0


def test_a_large_change_reads_the_ids_again_in_one_reset(services):
    bulk_journal(services, 500)
    model = JournalModel(services.journal)
    model.reload(TODAY)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with services.store.write():
        services.store.connection().execute("DELETE FROM conversation WHERE id <= 300")
    model.update_ids(set(range(1, 301)))
    assert resets == [1] and model.rowCount() == 200
    assert listed(model) == services.journal.ids(JournalQuery())


def test_selecting_a_row_reads_its_record_once(services, qtbot):
    bulk_journal(services, 1_000)
    source = CountingSource(services.journal)
    view = RecordTable()
    qtbot.addWidget(view)
    model = JournalModel(source)
    view.setModel(model)
    model.reload(TODAY)
    view.selectionModel().setCurrentIndex(
        model.index(500, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    before = source.records_read
    for _ in range(3):
        assert model.conversation(view.current_id()).id == model.id_at(500)
    assert source.records_read - before <= PAGE


def test_spaces_and_punctuation_typed_between_words_ask_nothing_new(services):
    bulk_journal(services, 50)
    source = CountingSource(services.journal)
    model = JournalModel(source)
    model.reload(TODAY)
    for typed in ("talk", "talk ", "talk, ", " talk", "talk 4", "talk 4!"):
        model.set_text(typed)
    assert source.queries == 3  # the reload, "talk", "talk 4"
    assert model.is_filtered()
    model.set_text("  ;  ")
    assert not model.is_filtered() and model.rowCount() == 50
