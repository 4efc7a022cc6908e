"""What a screen reader says, where Tab goes, and text at 1.5 times the size."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from relations_app.models.people_model import Column
from relations_app.records import Conversation, Person, PersonRef
from relations_app.ui.main_window import PEOPLE_TAB
from tests.conftest import TODAY


@pytest.fixture
def late(services):
    """Amélie, whom we meant to see every 14 days and last saw 26 days ago."""
    person = services.people.save(Person(name="Amélie Laurent", keep_in_touch_days=14))
    services.conversations.save(
        Conversation(date=TODAY - dt.timedelta(days=26), people=(PersonRef(person.id, ""),))
    )
    return person


def test_a_screen_reader_names_the_column_and_the_cell(window, late):
    window.updates.load_all()
    model = window.people.table.model()
    row = window.people.table.model().index(0, Column.NAME)
    spoken = model.index(row.row(), Column.NEXT_RECONNECT).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Next reconnect: 12 days late"
    name = model.index(row.row(), Column.NAME).data(Qt.ItemDataRole.AccessibleTextRole)
    assert name == "Name: Amélie Laurent"


def test_the_journal_says_the_depth_in_words(window, late):
    window.updates.load_journal()
    model = window.journal.table.model()
    from relations_app.models.journal_model import Column as JournalColumn

    spoken = model.index(0, JournalColumn.DEPTH).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Depth: Depth 3 of 5: Personal"


def test_the_detail_pane_is_named_after_the_person_it_shows(window, late):
    window.updates.load_all()
    window.tabs.setCurrentIndex(PEOPLE_TAB)
    detail = window.people.detail
    assert detail.browser.accessibleName() == "No one selected"
    window.people.table.select_id(late.id)
    QApplication.processEvents()
    assert detail.browser.accessibleName() == "About Amélie Laurent"
    window.people.table.clearSelection()
    QApplication.processEvents()
    assert detail.browser.accessibleName() == "No one selected"


def test_the_detail_pane_is_named_in_french(french, window, late):
    window.updates.load_all()
    window.people.table.select_id(late.id)
    QApplication.processEvents()
    assert window.people.detail.browser.accessibleName() == "Fiche\u00a0: Amélie Laurent"


def unnamed(widget: QWidget) -> list[str]:
    """Controls a screen reader could only call "edit", "combo box" or "table"."""
    found = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible() or child.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(child, QAbstractButton) and child.text().strip():
            continue
        if isinstance(child, (QLineEdit, QComboBox, QAbstractScrollArea, QAbstractButton)):
            if not child.accessibleName():
                found.append(f"{type(child).__name__} {child.objectName()}")
    return found


def test_every_control_of_the_window_has_a_name(window, late):
    window.updates.load_all()
    assert unnamed(window) == []
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert unnamed(window) == []


def test_tab_reaches_the_filter_the_table_the_buttons_and_the_page(window, late, qtbot):
    window.updates.load_all()
    window.tabs.setCurrentIndex(PEOPLE_TAB)
    window.people.table.select_id(late.id)
    QApplication.processEvents()
    window.people.filter.edit.setFocus()
    reached = []
    for _ in range(25):
        reached.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    page = window.people
    for wanted in (page.filter.edit, page.table, page.detail.browser, *page.detail.buttons()):
        assert wanted in reached, wanted


def clipped(widget: QWidget) -> list[str]:
    """Labels and buttons narrower than their text."""
    found = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible() or not isinstance(child, (QLabel, QAbstractButton)):
            continue
        if isinstance(child, QLabel) and child.wordWrap():
            continue
        text = child.text() if hasattr(child, "text") else ""
        if text and child.width() < child.minimumSizeHint().width():
            found.append(f"{text!r}: {child.width()} < {child.minimumSizeHint().width()}")
    return found


@pytest.fixture(params=["English", "French"])
def large_text(qapp, request):
    """The system font at 1.5 times its size, as a user with low vision sets it;
    in English, and in French, whose words are longer."""
    if request.param == "French":
        request.getfixturevalue("french")
    font = qapp.font()
    larger = font.__class__(font)
    larger.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(larger)
    yield
    qapp.setFont(font)


def test_the_window_at_one_and_a_half_times_the_text_size_cuts_nothing(large_text, window, late):
    window.updates.load_all()
    window.resize(1280, 800)
    QApplication.processEvents()
    assert clipped(window) == []


def dialogs_to_measure() -> dict:
    """Each form of the app, as it opens."""
    from relations_app.records import Direction, Help, HelpKind, SharedValue
    from relations_app.services.overview import OverviewChoices
    from relations_app.ui.conversation_dialog import ConversationDialog
    from relations_app.ui.help_dialog import HelpDialog
    from relations_app.ui.person_dialog import PersonDialog
    from relations_app.ui.print_options_dialog import PrintOptionsDialog
    from relations_app.ui.shared_value_dialog import SharedValueDialog
    from relations_app.ui.values_dialog import ValueDialog

    name = "Amélie Laurent"
    return {
        "person": lambda: PersonDialog(None, None, lambda p: p, TODAY),
        "conversation": lambda: ConversationDialog(None, None, [], lambda c: c, TODAY),
        "help": lambda: HelpDialog(
            None,
            name,
            Help(
                person_id=1,
                direction=Direction.GIVEN,
                kind=HelpKind.ADVICE,
                description="",
                offered_on=TODAY,
            ),
            lambda h: h,
            TODAY,
        ),
        "shared value": lambda: SharedValueDialog(
            None,
            name,
            SharedValue(person_id=1, value_name="", evidence="", noted_on=TODAY),
            [],
            lambda s: s,
        ),
        "value": lambda: ValueDialog(None, None, lambda v: v),
        "print": lambda: PrintOptionsDialog(None, OverviewChoices(), 90, [name], TODAY),
    }


def test_my_values_and_backups_at_one_and_a_half_times_the_text_size_cut_nothing(
    large_text, qtbot, window
):
    from relations_app.ui.backups_dialog import BackupsDialog
    from relations_app.ui.values_dialog import ValuesDialog

    ctx = window.ctx
    for dialog in (ValuesDialog(window, ctx), BackupsDialog(window, ctx.backups, lambda: None)):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert clipped(dialog) == []
        dialog.close()


@pytest.mark.parametrize("which", list(dialogs_to_measure()))
def test_the_dialogs_at_one_and_a_half_times_the_text_size_cut_nothing(large_text, qtbot, which):
    dialog = dialogs_to_measure()[which]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped(dialog) == []


CONTACTS = Path(__file__).resolve().parent.parent / "contacts" / "fixtures"


def contacts_dialogs_to_measure(services) -> dict:
    """The import preview, the mapping step, the duplicates list and the merge,
    as they open on real files and entries."""
    from relations_app.contacts.contact import UnknownCsvHeader
    from relations_app.contacts.reading import read_contact_file, read_contact_files
    from relations_app.ui.column_mapping_dialog import ColumnMappingDialog
    from relations_app.ui.contacts_preview_dialog import ContactsPreviewDialog
    from relations_app.ui.duplicates_dialog import DuplicatesDialog
    from relations_app.ui.merge_dialog import MergeDialog

    first = services.people.save(Person(name="Agnès Dupré", email="agnes@example.org"))
    second = services.people.save(Person(name="AGNES DUPRE", organisation="Atelier Dupré"))

    def preview() -> ContactsPreviewDialog:
        files = read_contact_files([CONTACTS / "apple.vcf", CONTACTS / "linkedin.csv"], TODAY)
        rows = services.contacts.preview(files, services.duplicates.index())
        return ContactsPreviewDialog(None, rows, files)

    def mapping() -> ColumnMappingDialog:
        with pytest.raises(UnknownCsvHeader) as unknown:
            read_contact_file(CONTACTS / "unknown.csv", TODAY)
        return ColumnMappingDialog(None, unknown.value)

    detail = services.people.detail
    return {
        "import preview": preview,
        "column mapping": mapping,
        "duplicates": lambda: DuplicatesDialog(
            None, services.duplicates.possible_pairs, lambda pair: False
        ),
        "merge": lambda: MergeDialog(None, detail(first.id), detail(second.id), lambda a, b: None),
    }


@pytest.mark.parametrize("which", ["import preview", "column mapping", "duplicates", "merge"])
def test_the_contacts_dialogs_at_one_and_a_half_times_the_text_size_cut_nothing(
    large_text, qtbot, services, which
):
    dialog = contacts_dialogs_to_measure(services)[which]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped(dialog) == []
