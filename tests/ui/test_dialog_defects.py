"""What the new-user trial of issue 13 found in the dialogs and tables, each as a test."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from relations_app.models.journal_model import Column as JournalColumn
from relations_app.models.people_model import Column
from relations_app.operations import Changes
from relations_app.records import Circle, Conversation, Person, PersonRef
from relations_app.ui.conversation_dialog import ConversationDialog
from relations_app.ui.journal_page import MINIMUM_WIDTHS as JOURNAL_MINIMUMS
from relations_app.ui.people_page import MINIMUM_WIDTHS as PEOPLE_MINIMUMS
from relations_app.ui.person_dialog import PersonDialog
from tests.conftest import TODAY, click_button


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


# -- Escape does not throw away what was typed ---------------------------------------
def test_escape_with_notes_typed_asks_before_discarding(qtbot, dialogs):
    saved = []
    dialog = shown(qtbot, ConversationDialog(None, None, [], saved.append, TODAY))
    qtbot.keyClicks(dialog.notes, "We talked for hours")
    seen = []

    def keep_editing(box):
        seen.append(box.text())
        click_button(box, "Keep editing")

    dialogs.run(lambda: qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape), keep_editing)
    assert dialog.isVisible() and dialog.notes.toPlainText() == "We talked for hours"
    assert seen == ["Close without saving? What you typed here will be lost."]
    dialogs.run(
        lambda: qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape),
        lambda box: click_button(box, "Discard"),
    )
    assert not dialog.isVisible() and saved == []


def test_cancel_with_changes_asks_too_and_escape_without_changes_does_not(qtbot, dialogs):
    dialog = shown(qtbot, PersonDialog(None, None, lambda p: p, TODAY))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()  # nothing typed: nothing to lose, no question
    dialog = shown(qtbot, PersonDialog(None, None, lambda p: p, TODAY))
    dialog.name.setText("Ana")
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    dialogs.run(cancel.click, lambda box: click_button(box, "Discard"))
    assert not dialog.isVisible()


# -- typed dates land on the date typed ------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("10 Oct 2025", dt.date(2025, 10, 10)),  # saved 10 Nov in the trial
        ("02 Sep 2025", dt.date(2025, 9, 2)),  # saved 2 Nov
        ("2 Sep 2025", dt.date(2025, 9, 2)),
        ("10Oct2025", dt.date(2025, 10, 10)),
        ("2 9 2025", dt.date(2025, 9, 2)),
        ("02/09/2025", dt.date(2025, 9, 2)),
        ("31 1 2026", dt.date(2026, 1, 31)),  # 31 typed while June (30 days) shows
        ("31 Jan 2026", dt.date(2026, 1, 31)),
        ("29 2 2024", dt.date(2024, 2, 29)),  # the leap year typed last
        ("5 March 2025", dt.date(2025, 3, 5)),
    ],
)
def test_a_typed_date_is_the_date_saved(qtbot, typed, expected):
    saved = []
    dialog = shown(qtbot, ConversationDialog(None, None, [], lambda c: saved.append(c) or c, TODAY))
    dialog.people.entry.setText("Ana")
    dialog.date.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab (or Alt+D) brings it there
    qtbot.keyClicks(dialog.date, typed)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert [c.date for c in saved] == [expected]


def test_a_day_still_to_come_is_refused_on_saving_not_while_typing(qtbot):
    saved = []
    dialog = shown(qtbot, ConversationDialog(None, None, [], saved.append, TODAY))
    dialog.people.entry.setText("Ana")
    dialog.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(dialog.date, "10 Oct 2026")
    assert dialog.date.date().toPython() == dt.date(2026, 10, 10)  # as typed
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved == [] and dialog.isVisible()
    assert dialog.error_label.text() == (
        "10\u00a0Oct\u00a02026 has not come yet: log a conversation once it took place."
    )
    assert dialog.date.property("invalid") is True


def test_a_date_picked_after_typing_a_day_is_taken_as_picked(qtbot):
    dialog = shown(qtbot, ConversationDialog(None, None, [], lambda c: c, TODAY))
    dialog.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(dialog.date, "31")  # June has 30 days: 31 waits for a month
    qtbot.mouseClick(dialog.date, Qt.MouseButton.LeftButton)  # then the calendar
    dialog.date.setDate(QDate(2026, 2, 10))  # what the calendar does with a click
    assert dialog.date.date().toPython() == dt.date(2026, 2, 10)


def test_the_month_can_be_typed_alone(qtbot):
    dialog = shown(qtbot, ConversationDialog(None, None, [], lambda c: c, TODAY))
    dialog.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.date, Qt.Key.Key_Tab)  # on to the month
    qtbot.keyClicks(dialog.date, "Mar")
    assert dialog.date.date().toPython() == dt.date(2026, 3, 15)


def test_a_birthday_typed_in_the_person_dialog(qtbot):
    dialog = shown(qtbot, PersonDialog(None, None, lambda p: p, TODAY))
    dialog.birthday.check.setChecked(True)
    dialog.birthday.edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(dialog.birthday.edit, "24 12 1990")
    assert dialog.birthday.date() == dt.date(1990, 12, 24)


# -- print preview ---------------------------------------------------------------------------
def test_print_preview_opens_large_and_fitted_to_the_width(window, services, dialogs):
    services.people.save(Person(name="Ana"))
    seen = {}

    def ok(options):
        options.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def look(preview: QPrintPreviewDialog):
        screen = preview.screen().availableGeometry()
        seen["share"] = (preview.width() / screen.width(), preview.height() / screen.height())
        seen["zoom"] = preview.findChild(QPrintPreviewWidget).zoomMode()
        preview.reject()

    dialogs.run(lambda: window.printing.print_overview([]), ok, look)
    assert min(seen["share"]) >= 0.8
    assert seen["zoom"] == QPrintPreviewWidget.ZoomMode.FitToWidth


# -- the tables at 1024 px and maximised -------------------------------------------------------
@pytest.fixture
def journal(window, services, qtbot):
    long = "Send her the contact of the accountant who helped me with the studio loan"
    for i in range(12):
        person = services.people.save(
            Person(name=f"Amélie-Laurence Papadopoulou {i}", circle=Circle.ACQUAINTANCE)
        )
        services.conversations.save(
            Conversation(
                date=TODAY - dt.timedelta(days=i),
                people=(PersonRef(person.id, ""),),
                notes="A long breakfast; she showed me the plans for the studio " * 3,
                follow_up=long,
            )
        )
    window.ctx.events.changed.emit(Changes.all())
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 12)


def widths(table) -> dict[int, int]:
    header = table.horizontalHeader()
    return {column: header.sectionSize(column) for column in range(header.count())}


@pytest.mark.parametrize("tab", [0, 1])
def test_every_column_fits_at_1024_pixels(window, journal, tab):
    window.resize(1024, 700)
    page = window.people if tab == 0 else window.journal
    window.tabs.setCurrentWidget(page)
    QApplication.processEvents()
    table = page.table
    assert not table.horizontalScrollBar().isVisible()
    assert sum(widths(table).values()) <= table.viewport().width()
    minimums = PEOPLE_MINIMUMS if tab == 0 else JOURNAL_MINIMUMS
    assert all(widths(table)[column] >= width - 1 for column, width in minimums.items())


def test_maximised_the_column_with_the_most_text_takes_the_room(window, journal):
    window.resize(1920, 1040)
    window.tabs.setCurrentWidget(window.journal)
    QApplication.processEvents()
    journal_widths = widths(window.journal.table)
    assert max(journal_widths, key=journal_widths.get) == JournalColumn.NOTES
    window.tabs.setCurrentWidget(window.people)
    QApplication.processEvents()
    people_widths = widths(window.people.table)
    assert max(people_widths, key=people_widths.get) == Column.SHARED_VALUES
    assert people_widths[Column.HELP] < people_widths[Column.NAME]  # the last does not stretch


# -- the filter row -----------------------------------------------------------------------------
def test_no_match_is_said_in_the_tables_place(window, journal):
    page = window.people
    page.filter.edit.setText("zzz")
    QApplication.processEvents()
    assert page.list_area.currentWidget() is page.no_match
    assert page.no_match.isVisible() and not page.table.isVisible()
    assert page.no_match.text() == "No one matches this filter."
    assert page.no_match.geometry() == page.table.geometry()  # where the table was
    page.filter.edit.clear()
    assert page.list_area.currentWidget() is page.table


def test_the_filter_box_keeps_its_width_as_the_count_changes(window, journal):
    edit = window.people.filter.edit
    seen = set()
    for text in ("", "a", "am", "ame", "amélie-laurence papadopoulou 1", "zzz", ""):
        edit.setText(text)
        QApplication.processEvents()
        seen.add(edit.width())
    assert len(seen) == 1
