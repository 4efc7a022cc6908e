"""Through the real window: Edit ▸ Undo and Redo, and the user's place kept
(selection, scroll, detail pane) while the journal changes."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from relations_app.models.people_model import Column
from relations_app.operations import Changes, SavePerson, SaveValue
from relations_app.records import (
    Conversation,
    Direction,
    Help,
    HelpKind,
    Person,
    PersonRef,
    SharedValue,
)
from relations_app.ui.actions import ActionId
from tests.conftest import TODAY, click_button, detail_text, plain


def export(services):
    return services.exchange.export_document()


def shown_names(window) -> list[str]:
    proxy = window.people.proxy
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


@pytest.fixture
def amelie(window, services, qtbot):
    """Amélie, her story, and a friend she shared a dinner with, shown in the window."""
    amelie = services.people.save(Person(name="Amélie Laurent", city="Lyon"))
    bruno = services.people.save(Person(name="Bruno Costa"))
    services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(amelie.id, ""),), notes="Coffee")
    )
    services.conversations.save(
        Conversation(
            date=TODAY - dt.timedelta(days=2),
            people=(PersonRef(amelie.id, ""), PersonRef(bruno.id, "")),
            notes="Dinner",
        )
    )
    services.values.save_shared(
        SharedValue(amelie.id, "Honesty", evidence="Straight talk", noted_on=TODAY)
    )
    services.help.save(
        Help(amelie.id, Direction.GIVEN, HelpKind.ADVICE, description="CV", offered_on=TODAY)
    )
    window.ctx.events.changed.emit(Changes.all())
    qtbot.waitUntil(lambda: window.people.select(amelie.id))
    return amelie


def test_delete_someone_then_ctrl_z_brings_them_back_with_everything(
    window, services, amelie, qtbot, dialogs
):
    before = export(services)
    undo, redo = window.actions[ActionId.UNDO], window.actions[ActionId.REDO]
    assert not undo.isEnabled() and plain(undo.text()) == "Undo"
    seen = {}

    def confirm(box):
        seen["text"] = box.text()
        click_button(box, "Delete")

    dialogs.run(window.actions[ActionId.DELETE].trigger, confirm)
    assert "Edit ▸ Undo brings it all back" in seen["text"]
    assert shown_names(window) == ["Bruno Costa"]
    assert services.conversations.count() == 1
    assert plain(undo.text()) == "Undo Delete Amélie Laurent"
    assert "brings them back" in window.statusBar().currentMessage()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.people.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert export(services) == before
    assert shown_names(window) == ["Amélie Laurent", "Bruno Costa"]
    assert window.people.selected_id() == amelie.id  # brought back and selected
    assert "Coffee" in detail_text(window) and "Straight talk" in detail_text(window)
    assert plain(redo.text()) == "Redo Delete Amélie Laurent"
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.people.table, Qt.Key.Key_Z, shift)
    # QTest leaves the modifiers of the last key as Qt's current ones: let go of
    # them, or the next test's selectRow() would add to the selection
    qtbot.keyRelease(window.people.table, Qt.Key.Key_Shift)
    qtbot.keyRelease(window.people.table, Qt.Key.Key_Control)
    assert shown_names(window) == ["Bruno Costa"]


def test_undo_and_redo_have_the_usual_keys(window):
    undo, redo = window.actions[ActionId.UNDO], window.actions[ActionId.REDO]
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert undo.shortcut().toString() == "Ctrl+Z"
    assert redo.shortcut().toString() == "Ctrl+Shift+Z"
    assert "Ctrl+Y" in [key.toString() for key in redo.shortcuts()]
    edit_menu = window.menuBar().actions()[1].menu()
    assert edit_menu.actions()[:2] == [undo, redo]


def not_now(dialog) -> None:
    """The question for next time, offered after saving: declined."""
    dialog.reject()


def test_a_logged_conversation_appears_in_the_pane_of_the_person_you_were_on(
    window, services, amelie, qtbot, dialogs
):
    model = window.people.model
    resets = []
    model.modelReset.connect(lambda: resets.append(True))

    def fill(dialog):
        dialog.notes.setPlainText("Walk by the river")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    dialogs.run(window.actions[ActionId.LOG_CONVERSATION].trigger, fill, not_now)
    assert window.people.selected_id() == amelie.id
    assert "Walk by the river" in detail_text(window)
    assert resets == []  # only her row changed
    assert plain(window.actions[ActionId.UNDO].text()) == (
        "Undo Log conversation with Amélie Laurent"
    )


def test_a_new_person_is_selected_and_shown_even_past_a_filter(window, services, qtbot, dialogs):
    for i in range(60):
        services.people.save(Person(name=f"Person {i:02}"))
    window.ctx.events.changed.emit(Changes.all())
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 60)
    window.people.filter.edit.setText("Person 1")

    def fill(dialog):
        dialog.name.setText("Zoë Zimmermann")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    dialogs.run(window.actions[ActionId.NEW_PERSON].trigger, fill)
    assert window.people.filter.edit.text() == ""  # the filter hid her: it was cleared
    assert window.people.selected_id() is not None
    assert services.people.get(window.people.selected_id()).name == "Zoë Zimmermann"
    table = window.people.table
    row = table.currentIndex().row()
    assert table.rowViewportPosition(row) >= 0  # scrolled into view, the last row
    assert table.rowViewportPosition(row) < table.viewport().height()


def test_an_edit_elsewhere_keeps_the_selection_and_the_scroll(window, services, qtbot):
    people = [services.people.save(Person(name=f"Person {i:03}")) for i in range(200)]
    window.ctx.events.changed.emit(Changes.all())
    table = window.people.table
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 200)
    window.people.select(people[150].id)
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    window.runner.run(SavePerson(Person(name="Person 010", id=people[10].id, notes="edited")))
    assert window.people.selected_id() == people[150].id
    assert table.verticalScrollBar().value() == scroll


def test_deleting_a_conversation_asks_nothing_and_undo_brings_it_back(
    window, services, amelie, qtbot
):
    window.tabs.setCurrentWidget(window.journal)
    journal = window.journal
    qtbot.waitUntil(lambda: journal.model.rowCount() == 2)
    journal.table.select_first()
    before = export(services)
    window.actions[ActionId.DELETE_CONVERSATION].trigger()
    assert QApplication.activeModalWidget() is None
    assert journal.model.rowCount() == 1
    assert journal.selected_id() is not None  # the one that took its place
    window.runner.undo()
    assert export(services) == before
    assert journal.model.rowCount() == 2


def test_an_import_is_undone_as_a_whole(window, services, tmp_path, dialogs):
    source = tmp_path / "friends.json"
    source.write_text(
        '{"format": "relations-export", "version": 1, "people": ['
        '{"id": 1, "name": "Ana"}, {"id": 2, "name": "Bo"}],'
        ' "conversations": [{"date": "2026-06-01", "people": [1, 2]}]}'
    )
    dialogs.run(lambda: window.files.import_path(source), lambda box: click_button(box, "Yes"))
    assert shown_names(window) == ["Ana", "Bo"]
    assert plain(window.actions[ActionId.UNDO].text()) == "Undo Import friends.json"
    window.runner.undo()
    assert services.people.count() == 0 and services.conversations.count() == 0
    assert window.people.stack.currentWidget() is window.people.welcome
    window.runner.redo()
    assert shown_names(window) == ["Ana", "Bo"]


def test_a_restore_clears_the_undo_history(window, services, ctx, dialogs, qtbot):
    window.runner.run(SavePerson(Person(name="Ana")))
    ctx.backups.backup_now("manual")
    window.runner.run(SavePerson(Person(name="Bo")))
    assert window.runner.stack.count() == 2

    def restore(dialog):
        dialog.table.selectRow(0)
        dialogs.run(dialog.restore_selected, lambda box: click_button(box, "Restore"))
        dialog.reject()

    dialogs.run(window.show_backups, restore)
    assert window.runner.stack.count() == 0
    assert shown_names(window) == ["Ana"]


def test_my_values_delete_at_once_and_undo_brings_the_value_back(window, services, qtbot, dialogs):
    from relations_app.records import Value
    from relations_app.ui.values_dialog import ValuesDialog

    window.runner.run(SaveValue(Value(name="Craft", description="Doing small things well")))
    before = export(services)
    dialog = ValuesDialog(window, window.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(0)
    dialog.delete_value()  # shared by no one: no question
    assert QApplication.activeModalWidget() is None or QApplication.activeModalWidget() is dialog
    assert dialog.model.rowCount() == 0
    assert plain(window.actions[ActionId.UNDO].text()) == "Undo Delete value Craft"
    window.runner.undo()
    assert export(services) == before
    assert dialog.model.rowCount() == 1  # the open dialog follows the change


def test_an_ampersand_in_a_name_is_shown_not_taken_for_a_shortcut_letter(window):
    window.runner.run(SavePerson(Person(name="Tom & Jerry")))
    assert window.actions[ActionId.UNDO].text() == "&Undo Add Tom && Jerry"
