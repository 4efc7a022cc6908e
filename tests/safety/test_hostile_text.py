"""Names and notes that look like markup are shown as written, everywhere: message
boxes, labels, tooltips, the detail pane and the printed page (issue 9, item 9);
and a journal holding rows an older bug stored still opens (items 1 and 2)."""

import datetime as dt
from html import escape
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from relations_app.models.journal_model import JournalModel
from relations_app.operations import Changes
from relations_app.records import (
    Conversation,
    Direction,
    Help,
    HelpKind,
    Person,
    PersonRef,
    SharedValue,
)
from relations_app.storage.database import db
from relations_app.ui.actions import ActionId
from tests.conftest import TODAY, click_button, detail_text

IMG = '<img src="/etc/passwd">Eve'
STYLE = "<style>p { display: none }</style>Mallory"
BOLD = "<b>Bold</b> & <i>co</i>"


def shown_as_written(label: QLabel) -> bool:
    """Qt renders a label's text as HTML when its format is rich, or automatic
    and the text looks like HTML."""
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.PlainText or (
        fmt == Qt.TextFormat.AutoText and not QtGui.Qt.mightBeRichText(label.text())
    )


def box_labels(box: QMessageBox) -> list[QLabel]:
    return [
        label
        for label in box.findChildren(QLabel)
        if label.objectName() in ("qt_msgbox_label", "qt_msgbox_informativelabel")
    ]


def on_next_box(seen: dict, button: str) -> None:
    def act():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        try:
            seen["plain"] = all(shown_as_written(label) for label in box_labels(box))
            seen["text"] = box.text()
        finally:
            click_button(box, button)  # whatever happens, the box must not wait for ever

    QTimer.singleShot(0, act)


@pytest.mark.parametrize("name", [IMG, STYLE])
def test_the_delete_confirmation_shows_the_name_as_written(window, qtbot, services, name):
    person = services.people.save(Person(name=name))
    # someone with a story: deleting them asks first (a bare name goes at once, Undo being there)
    services.conversations.save(Conversation(date=TODAY, people=(PersonRef(person.id, ""),)))
    window.ctx.events.changed.emit(Changes.all())
    qtbot.waitUntil(lambda: window.people.select(person.id))
    seen: dict = {}
    on_next_box(seen, "Cancel")
    window.actions[ActionId.DELETE].trigger()
    qtbot.waitUntil(lambda: "text" in seen)
    assert name in seen["text"] and seen["plain"]
    assert services.people.count() == 1


def test_a_refused_import_names_the_file_as_written(window, qtbot, tmp_path):
    bad = tmp_path / "<i>bad.json"
    bad.write_text('{"format": "other"}')
    seen: dict = {}
    on_next_box(seen, "OK")
    assert window.files.import_path(bad) is False
    assert "<i>bad.json cannot be imported" in seen["text"] and seen["plain"]


def test_deleting_a_value_names_it_as_written(window, qtbot, services):
    from relations_app.ui.values_dialog import ValuesDialog

    ana = services.people.save(Person(name="Ana"))  # shared by someone: deleting it asks first
    services.values.save_shared(SharedValue(ana.id, BOLD, evidence="seen", noted_on=TODAY))
    dialog = ValuesDialog(None, window.ctx)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    seen: dict = {}
    on_next_box(seen, "No")
    dialog.delete_value()
    assert BOLD in seen["text"] and seen["plain"]
    assert len(services.values.all()) == 1


def test_a_notes_tooltip_shows_the_notes_as_written(services):
    ana = services.people.save(Person(name="Ana"))
    services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(ana.id, ""),), notes=IMG)
    )
    model = JournalModel(services.journal)
    model.reload(TODAY)
    from relations_app.models.journal_model import Column

    tip = model.data(model.index(0, Column.NOTES), Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tip)  # Qt shows a tooltip that looks like HTML as HTML
    assert document.toPlainText() == IMG


def every_field_hostile(services) -> Person:
    ana = services.people.save(
        Person(
            name=IMG,
            nickname=BOLD,
            organisation=STYLE,
            city=BOLD,
            email="a@<b>x</b>",
            phone=BOLD,
            met_how=BOLD,
            met_where=BOLD,
            what_matters=STYLE,
            next_question=IMG,
            notes=BOLD,
        )
    )
    other = services.people.save(Person(name=STYLE))
    services.conversations.save(
        Conversation(
            date=TODAY,
            people=(PersonRef(ana.id, ""), PersonRef(other.id, "")),
            place=IMG,
            notes=STYLE,
            learned=BOLD,
            follow_up=IMG,
        )
    )
    services.values.save_shared(
        SharedValue(person_id=ana.id, value_name=BOLD, evidence=IMG, noted_on=TODAY)
    )
    services.help.save(
        Help(
            person_id=ana.id,
            direction=Direction.GIVEN,
            kind=HelpKind.TIME,
            description=STYLE,
            offered_on=TODAY,
        )
    )
    return ana


def test_the_detail_pane_shows_every_field_as_written(window, qtbot, services):
    ana = every_field_hostile(services)
    window.ctx.events.changed.emit(Changes.all())
    qtbot.waitUntil(lambda: window.people.select(ana.id))
    text = detail_text(window)
    for written in (IMG, STYLE, BOLD, "a@<b>x</b>"):
        assert written in text


def test_the_printed_overview_shows_every_field_as_written(services):
    from relations_app.printing.overview_document import overview_html
    from relations_app.services.overview import OverviewChoices, OverviewService

    every_field_hostile(services)
    choices = OverviewChoices(include_private_notes=True, since=TODAY - dt.timedelta(days=9))
    html = overview_html(OverviewService(services).gather(choices, TODAY))
    assert "<img" not in html and "<style>p" not in html and "<b>Bold" not in html
    document = QTextDocument()
    document.setHtml(html)
    text = document.toPlainText()
    for written in (IMG, STYLE, BOLD):
        assert written in text


def test_the_window_opens_on_a_journal_an_older_bug_poisoned(qtbot, ctx, services):
    """Item 1: a help direction stored as "None"; item 2: a conversation dated
    9999-12-31. The landed app crashed on both, and then never opened again."""
    ana = services.people.save(Person(name="Ana", keep_in_touch_days=14))
    db.execute_sql(
        "INSERT INTO help (person_id, direction, kind, description, status, offered_on) "
        "VALUES (?, 'None', 'time', 'Poisoned help', 'offered', '2026-01-02')",
        (ana.id,),
    )
    db.execute_sql(
        "INSERT INTO conversation (date, channel, created_at, updated_at) "
        "VALUES ('9999-12-31', 'call', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
    )
    db.execute_sql("INSERT INTO participant (conversation_id, person_id) VALUES (1, ?)", (ana.id,))
    from relations_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.today.agenda is not None  # it lands on Today, which read them too
    window.tabs.setCurrentWidget(window.people)
    qtbot.waitUntil(lambda: window.people.select(ana.id))
    assert "Poisoned help" in detail_text(window)
    assert escape("31 Dec 9999") in detail_text(window).replace("\u00a0", " ")


def test_backups_dialog_tooltips_show_paths_as_written(qtbot, ctx, tmp_path):
    from relations_app.models.backups_model import BackupsModel, Column

    odd = Path(tmp_path / "<b>odd")
    ctx.backups.folder = odd
    record = ctx.backups.backup_now("manual")
    model = BackupsModel()
    model.set_backups([record])
    tip = model.data(model.index(0, Column.TAKEN), Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tip)
    assert document.toPlainText() == str(record.path)


def test_a_dialog_refuses_what_the_import_refuses(window, dialogs, services):
    """The same limits in the dialog as at the import's door: a city of 1,001
    characters is shown as a problem in the dialog, which stays open."""
    from relations_app.services.validation import MAX_LINE_LENGTH

    seen = {}

    def fill(dialog):
        dialog.name.setText("Ana")
        dialog.city.setText("c" * (MAX_LINE_LENGTH + 1))
        dialog.accept()
        seen["error"] = dialog.error_label.text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    dialogs.run(window.actions[ActionId.NEW_PERSON].trigger, fill)
    assert "1,001 characters" in seen["error"] and seen["open"]
    assert services.people.count() == 0
