"""The daily loop through the real window and dialogs: add people, log conversations,
record values and help, filter, delete."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from relations_app.models.journal_model import Column as JournalColumn
from relations_app.models.people_model import Column
from relations_app.operations import Changes
from relations_app.records import Circle, Conversation, Person, PersonRef
from relations_app.ui.actions import ActionId
from relations_app.ui.conversation_dialog import ConversationDialog
from relations_app.ui.help_dialog import HelpDialog
from relations_app.ui.person_dialog import PersonDialog
from relations_app.ui.shared_value_dialog import SharedValueDialog
from tests.conftest import TODAY, click_button, detail_text


def table_names(window):
    proxy = window.people.proxy
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


def save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_first_start_shows_guidance_not_a_blank_grid(window):
    assert window.people.stack.currentWidget() is window.people.welcome
    assert window.people.welcome.title.text() == "Start with the few who matter"
    assert window.people.welcome.add_button.isVisible()


def test_add_a_person_through_the_dialog(window, dialogs, qtbot, services):
    def fill(dialog: PersonDialog):
        qtbot.keyClicks(dialog.name, "Ana Sousa")
        dialog.circle.setCurrentIndex(0)
        dialog.organisation.setText("Atelier Ça Va")
        dialog.keep_in_touch.setValue(14)
        save(dialog)

    dialogs.run(window.people.welcome.add_button.click, fill)
    assert table_names(window) == ["Ana Sousa"]
    assert window.people.stack.currentWidget() is window.people.splitter
    assert window.people.selected_id() is not None
    detail = detail_text(window)
    assert "Ana Sousa" in detail and "Inner circle" in detail and "Atelier Ça Va" in detail
    assert services.people.summaries()[0].person.keep_in_touch_days == 14


def test_an_empty_name_is_refused_inline_and_cancel_saves_nothing(window, dialogs, services):
    seen = {}

    def try_empty(dialog: PersonDialog):
        dialog.nickname.setText("Nick")
        save(dialog)
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error_label.text()
        seen["focus"] = dialog.name.hasFocus() or QApplication.focusWidget() is dialog.name
        dialog.reject()

    dialogs.run(window.actions[ActionId.NEW_PERSON].trigger, try_empty)
    assert seen["open"] is True
    assert seen["error"] == "Give the person a name."
    assert services.people.count() == 0


def test_log_a_conversation_with_two_people_one_of_them_new(window, dialogs, qtbot, services):
    ana = services.people.save(Person(name="Ana Sousa", circle=Circle.INNER))
    window.ctx.events.changed.emit(Changes.all())
    qtbot.waitUntil(lambda: table_names(window) == ["Ana Sousa"])
    window.people.select(ana.id)

    def fill(dialog: ConversationDialog):
        assert [r.name for r in dialog.people.people()] == ["Ana Sousa"]
        qtbot.keyClicks(dialog.people.entry, "Bruno Costa")
        qtbot.keyClick(dialog.people.entry, Qt.Key.Key_Return)
        dialog.notes.setPlainText(
            "Coffee at the café.\nTalked about her studio — and Bruno's move."
        )
        dialog.depth.setCurrentIndex(3)
        dialog.follow_up.setText("Send the article")
        save(dialog)

    def next_time(dialog):  # after saving: what to ask each of them next time
        assert list(dialog.fields) == [ana.id, ana.id + 1]
        dialog.fields[ana.id].setText("How is the studio?")
        save(dialog)

    dialogs.run(window.actions[ActionId.LOG_CONVERSATION].trigger, fill, next_time)
    assert services.people.get(ana.id).next_question == "How is the studio?"
    qtbot.waitUntil(lambda: len(table_names(window)) == 2)
    assert table_names(window) == ["Ana Sousa", "Bruno Costa"]
    detail = detail_text(window)
    assert "Coffee at the café." in detail and "with Bruno Costa" in detail
    window.tabs.setCurrentWidget(window.journal)
    journal = window.journal.model
    qtbot.waitUntil(lambda: journal.rowCount() == 1)
    assert journal.index(0, JournalColumn.PEOPLE).data() == "Ana Sousa, Bruno Costa"
    assert journal.index(0, JournalColumn.NOTES).data() == "Coffee at the café."
    assert journal.index(0, JournalColumn.DEPTH).data() == "●●●●○"
    assert "Send the article" in journal.index(0, JournalColumn.FOLLOW_UP).data()
    row = window.people.model.row_of(ana.id)
    assert window.people.model.summary_at(row).last_conversation == TODAY


def test_record_a_shared_value_and_help(window, dialogs, qtbot, services):
    ana = services.people.save(Person(name="Ana"))
    window.ctx.events.changed.emit(Changes.all())
    qtbot.waitUntil(lambda: window.people.select(ana.id))

    def value(dialog: SharedValueDialog):
        dialog.value.setCurrentText("Générosité")
        assert dialog.hint.isVisibleTo(dialog)
        dialog.evidence.setPlainText("Gave her weekend to help me move.")
        save(dialog)

    def help_given(dialog: HelpDialog):
        dialog.description.setPlainText("Introduced her to my accountant")
        dialog.status.setCurrentIndex(2)  # done: the done date appears
        assert dialog.done_on.date() is not None
        save(dialog)

    dialogs.run(window.people.detail.value_button.click, value)
    dialogs.run(window.people.detail.help_button.click, help_given)
    qtbot.waitUntil(lambda: "Introduced her" in detail_text(window))
    detail = detail_text(window)
    assert "Générosité — Gave her weekend to help me move." in detail
    assert "I gave" in detail and "Done" in detail
    row = window.people.model.row_of(ana.id)
    assert window.people.proxy.sourceModel().index(row, Column.SHARED_VALUES).data() == "Générosité"
    assert window.people.model.index(row, Column.HELP).data() == "1 / 0"


def test_help_done_before_offered_is_refused_inline(window, dialogs, qtbot, services):
    ana = services.people.save(Person(name="Ana"))
    window.ctx.events.changed.emit(Changes.all())
    qtbot.waitUntil(lambda: window.people.select(ana.id))
    seen = {}

    def fill(dialog: HelpDialog):
        dialog.description.setPlainText("Lent a drill")
        dialog.status.setCurrentIndex(2)
        dialog.done_on.set_date(TODAY - dt.timedelta(days=3))
        save(dialog)
        seen["error"] = dialog.error_label.text()
        dialog.reject()

    dialogs.run(window.actions[ActionId.RECORD_HELP].trigger, fill)
    assert (
        seen["error"]
        == "Done on (12\u00a0Jun\u00a02026) is before it was offered (15\u00a0Jun\u00a02026)."
    )
    assert services.help.all() == []


def test_filter_as_you_type_and_by_circle(window, qtbot, services):
    for name, circle, org in [
        ("Ana", Circle.INNER, "Atelier"),
        ("Bruno", Circle.WIDER, "Globex"),
        ("Chloé", Circle.WIDER, "Atelier"),
    ]:
        services.people.save(Person(name=name, circle=circle, organisation=org))
    window.ctx.events.changed.emit(Changes.all())
    qtbot.waitUntil(lambda: len(table_names(window)) == 3)
    window.actions[ActionId.FIND].trigger()
    assert window.people.filter.edit.hasFocus()
    qtbot.keyClicks(window.people.filter.edit, "atel")
    assert table_names(window) == ["Ana", "Chloé"]
    window.people.filter.combo.setCurrentIndex(3)  # Wider
    assert table_names(window) == ["Chloé"]
    assert window.people.filter.count.text() == "1 of 3"
    qtbot.keyClicks(window.people.filter.edit, "zzz")
    assert window.people.no_match.isVisible()


def test_delete_a_person_says_what_goes_with_them(window, qtbot, services):
    ana = services.people.save(Person(name="Ana"))
    bo = services.people.save(Person(name="Bo"))
    services.conversations.save(Conversation(date=TODAY, people=(PersonRef(ana.id, ""),)))
    services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(ana.id, ""), PersonRef(bo.id, "")))
    )
    window.ctx.events.changed.emit(Changes.all())
    qtbot.waitUntil(lambda: window.people.select(ana.id))
    seen = {}

    def confirm():
        box = QApplication.activeModalWidget()
        seen["text"] = box.text()
        click_button(box, "Delete")

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, confirm)
    window.actions[ActionId.DELETE].trigger()
    qtbot.waitUntil(lambda: table_names(window) == ["Bo"])
    assert "1 conversation only with them" in seen["text"]
    assert "their name from 1 conversation with others (it stays)" in seen["text"]
    assert services.conversations.count() == 1


def test_cancel_delete_keeps_everything(window, qtbot, services):
    ana = services.people.save(Person(name="Ana"))
    services.conversations.save(Conversation(date=TODAY, people=(PersonRef(ana.id, ""),)))
    window.ctx.events.changed.emit(Changes.all())
    qtbot.waitUntil(lambda: window.people.select(ana.id))
    from PySide6.QtCore import QTimer

    QTimer.singleShot(
        0,
        lambda: QApplication.activeModalWidget().button(QMessageBox.StandardButton.Cancel).click(),
    )
    window.actions[ActionId.DELETE_PERSON].trigger()
    assert services.people.count() == 1


def test_actions_follow_the_selection(window, qtbot, services):
    assert not window.actions[ActionId.EDIT_PERSON].isEnabled()
    assert not window.actions[ActionId.DELETE].isEnabled()
    ana = services.people.save(Person(name="Ana"))
    window.ctx.events.changed.emit(Changes.all())
    qtbot.waitUntil(lambda: window.people.select(ana.id))
    assert window.actions[ActionId.EDIT_PERSON].isEnabled()
    window.tabs.setCurrentWidget(window.journal)
    assert not window.actions[ActionId.EDIT_PERSON].isEnabled()
    assert not window.actions[ActionId.EDIT_CONVERSATION].isEnabled()


def test_labels_that_open_a_dialog_end_in_an_ellipsis(window):
    opens_dialog = {
        ActionId.NEW_PERSON,
        ActionId.EDIT_PERSON,
        ActionId.LOG_CONVERSATION,
        ActionId.RECORD_SHARED_VALUE,
        ActionId.RECORD_HELP,
        ActionId.MY_VALUES,
        ActionId.IMPORT_JSON,
        ActionId.EXPORT_JSON,
        ActionId.PRINT_OVERVIEW,
        ActionId.ABOUT,
    }
    for action_id in opens_dialog:
        assert window.actions[action_id].text().endswith("…"), action_id
    assert window.actions[ActionId.NEW_PERSON].shortcut().toString() == "Ctrl+N"
    assert window.actions[ActionId.FIND].shortcut().toString() == "Ctrl+F"


def test_delete_offers_to_archive_instead(window, qtbot, services):
    ana = services.people.save(Person(name="Ana"))
    services.conversations.save(Conversation(date=TODAY, people=(PersonRef(ana.id, ""),)))
    window.ctx.events.changed.emit(Changes.all())
    qtbot.waitUntil(lambda: window.people.select(ana.id))
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: click_button(QApplication.activeModalWidget(), "Archive instead"))
    window.actions[ActionId.DELETE_PERSON].trigger()
    assert services.people.count() == 1
    assert services.people.get(ana.id).archived
    qtbot.waitUntil(lambda: table_names(window) == [])  # archived people are hidden


def test_several_selected_people_are_what_print_takes(window, qtbot, services):
    for name in ("Ana", "Bo", "Chloé"):
        services.people.save(Person(name=name))
    window.ctx.events.changed.emit(Changes.all())
    qtbot.waitUntil(lambda: len(table_names(window)) == 3)
    table = window.people.table
    table.selectRow(0)
    from PySide6.QtCore import QItemSelectionModel

    table.selectionModel().select(
        window.people.proxy.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = [services.people.get(pid).name for pid in window._selected_people()]
    assert chosen == ["Ana", "Chloé"]
    assert not window.actions[ActionId.EDIT_PERSON].isEnabled()  # one at a time
    assert window.actions[ActionId.PRINT_OVERVIEW].isEnabled()


def test_keyboard_shortcuts_are_listed_from_the_actions(window, dialogs):
    seen = {}

    def read(dialog):
        seen["text"] = dialog.table.text()
        dialog.reject()

    dialogs.run(window.actions[ActionId.SHORTCUTS].trigger, read)
    assert "Ctrl+N" in seen["text"] and "New person" in seen["text"]
    assert "Ctrl+F" in seen["text"] and "Log conversation" in seen["text"]
