"""The Journal tab of the real window: what its table shows after filtering,
a click on a header, scrolling to the end and an edit, with the selected
conversation still selected."""

import dataclasses
import datetime as dt

from PySide6.QtCore import QPoint, Qt

from relations_app.labels import depth_dots
from relations_app.models.journal_model import Column
from relations_app.operations import Changes
from relations_app.operations.journal import SaveConversation
from relations_app.records import Conversation, Person, PersonRef
from tests.conftest import TODAY


def shown_notes(table) -> list[str]:
    model = table.model()
    return [model.index(row, Column.NOTES).data() for row in range(model.rowCount())]


def click_header(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def test_the_journal_filters_sorts_scrolls_and_keeps_the_selection(window, services, qtbot):
    ana = services.people.save(Person(name="Ana Sousa"))
    bruno = services.people.save(Person(name="Bruno Costa"))
    talks = []
    for i in range(300):
        who = ana if i % 2 else bruno
        topic = "about pottery" if i % 50 == 0 else "over coffee"
        talks.append(
            services.conversations.save(
                Conversation(
                    date=TODAY - dt.timedelta(days=i),
                    people=(PersonRef(who.id, who.name),),
                    notes=f"Talk {i} {topic}",
                    depth=1 + i % 5,
                )
            )
        )
    window.ctx.events.changed.emit(Changes.all())
    window.tabs.setCurrentWidget(window.journal)
    table = window.journal.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 300)
    assert shown_notes(table)[:2] == ["Talk 0 about pottery", "Talk 1 over coffee"]

    window.journal.filter.edit.setText("POTTER")  # a prefix, in capitals
    assert shown_notes(table) == [f"Talk {i} about pottery" for i in range(0, 300, 50)]
    window.journal.filter.edit.setText("")
    assert table.model().rowCount() == 300

    chosen = talks[123]
    assert table.select_id(chosen.id)
    click_header(qtbot, table, Column.DEPTH)
    header = table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.DEPTH
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    expected = sorted(talks, key=lambda c: (c.depth, c.date, c.id), reverse=descending)
    assert shown_notes(table) == [c.notes for c in expected]
    assert table.current_id() == chosen.id

    table.scrollToBottom()
    qtbot.wait(10)
    assert table.rowAt(table.viewport().height() - 1) == 299
    assert table.model().index(299, Column.NOTES).data() == expected[-1].notes

    edited = dataclasses.replace(services.conversations.get(chosen.id), depth=5, notes="Talk 123!")
    window.runner.run(SaveConversation(edited))
    expected = sorted(
        [edited if c.id == chosen.id else c for c in talks],
        key=lambda c: (c.depth, c.date, c.id),
        reverse=descending,
    )
    assert shown_notes(table) == [c.notes for c in expected]
    assert table.current_id() == chosen.id and table.selected_ids() == [chosen.id]
    row = table.selectionModel().currentIndex().row()
    assert table.model().index(row, Column.DEPTH).data() == depth_dots(5)


def test_the_person_filtered_on_stays_chosen_when_renamed_and_goes_when_deleted(
    window, services
):
    """Renaming the person the Journal is filtered on moves their choice in the
    list; the box showed their neighbour ("Carla") while the Journal still
    listed the renamed person's conversations. Deleted, the box says Everyone."""
    people = [services.people.save(Person(name=name)) for name in ("Ana", "Bruno", "Carla")]
    for person in people:
        services.conversations.save(
            Conversation(date=TODAY, people=(PersonRef(person.id, person.name),), notes="Talk")
        )
    window.ctx.events.changed.emit(Changes.all())
    window.tabs.setCurrentWidget(window.journal)
    journal, bruno = window.journal, people[1]
    journal.show_person(bruno.id)
    services.people.save(dataclasses.replace(services.people.get(bruno.id), name="Zoé Bruno"))
    window.ctx.events.changed.emit(Changes.of(people=[bruno.id]))
    combo = journal.filter.combo
    assert combo.currentData() == journal.person_filter() == bruno.id
    assert combo.lineEdit().text() == "Zoé Bruno" and journal.model.rowCount() == 1
    services.people.delete(bruno.id)
    window.ctx.events.changed.emit(Changes.of(people=[bruno.id]))
    assert combo.currentData() is None and journal.person_filter() is None
    assert combo.lineEdit().text() == combo.itemText(0) and journal.model.rowCount() == 2
