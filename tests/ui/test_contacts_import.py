"""Importing contacts in the window: the choosing preview, the mapping step,
progress and Cancel, undo; address book files dropped on the window."""

import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton

from relations_app.models.contacts_preview_model import Column
from relations_app.operations import Changes
from relations_app.records import Circle, Person
from relations_app.services.contacts import ContactsService, Decision
from tests.conftest import click_button

FIXTURES = Path(__file__).resolve().parent.parent / "contacts" / "fixtures"
CHECK = Qt.ItemDataRole.CheckStateRole


def names(services) -> list[str]:
    return sorted(s.person.name for s in services.people.summaries(include_archived=True))


def ticked(dialog) -> list[str]:
    model = dialog.model
    return [
        model.index(row, Column.NAME).data()
        for row in range(model.rowCount())
        if model.index(row, Column.NAME).data(CHECK) == Qt.CheckState.Checked
    ]


def select_rows(dialog, rows: list[int]) -> None:
    table = dialog.table
    table.select_only(rows[0])
    for row in rows[1:]:
        table.selectionModel().select(
            dialog.proxy.index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )


def test_the_preview_starts_with_nothing_ticked_and_ticking_three_imports_three(
    window, services, dialogs, qtbot
):
    seen = {}

    def choose(dialog) -> None:
        seen["heading"] = dialog.heading.text()
        seen["rows"] = dialog.proxy.rowCount()
        seen["ticked at first"] = ticked(dialog)
        seen["import enabled at first"] = dialog.import_button.isEnabled()
        seen["columns"] = [
            dialog.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(dialog.model.columnCount())
            if not dialog.table.isColumnHidden(c)
        ]
        dialog.resize(760, 500)  # a small screen: room only for what is shown
        QApplication.processEvents()
        width = dialog.table.horizontalHeader().sectionSize(Column.EMAIL)
        seen["email whole"] = width > dialog.table.fontMetrics().horizontalAdvance(
            "agnes.dupre@example.org"
        )
        select_rows(dialog, [0, 1, 2])
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # ticks every selected row
        seen["ticked"] = ticked(dialog)
        seen["chosen"] = dialog.chosen.text()
        dialog.import_button.click()

    assert dialogs.run(lambda: window.import_dropped([FIXTURES / "apple.vcf"]), choose) is None
    assert seen["heading"] == "Pick the people who matter; you can import more later."
    assert seen["rows"] == 3
    assert seen["ticked at first"] == [] and not seen["import enabled at first"]
    # one file, no one already there: no file column, no "already there" nor action
    assert seen["columns"] == ["Name", "Organisation", "Email", "Phone", "Birthday"]
    assert seen["email whole"]  # the room of the hidden columns is not counted as taken
    assert seen["chosen"] == "3 chosen"
    assert (
        names(services)
        == sorted(seen["ticked"])
        == ["Agnès Dupré", "Boulangerie du Coin", "נועה כהן"]
    )
    assert {s.person.circle for s in services.people.summaries()} == {Circle.ACQUAINTANCE}
    assert window.people.model.rowCount() == 3
    assert window.tabs.currentWidget() is window.people  # where the people brought in are
    first = services.people.get(window.people.selected_id())
    assert first is not None and first.name == "Agnès Dupré"  # the first of them, selected
    assert window.statusBar().currentMessage().startswith("Added 3 people.")
    assert [b.reason for b in window.ctx.backups.backups()] == ["before-import"]
    window.runner.undo()  # the import, undone as a whole
    assert names(services) == [] and window.people.model.rowCount() == 0
    window.runner.redo()
    assert len(names(services)) == 3


def test_cancel_imports_no_one_even_with_people_ticked(window, services, dialogs):
    def tick_then_cancel(dialog) -> None:
        dialog.model.set_chosen([0, 1], True)
        cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
        # it asks first: the question is driven from within the click
        QTimer.singleShot(0, lambda: dialogs.run(cancel.click, leave))

    def leave(box) -> None:
        assert box.text() == "Leave without importing the 2 people you chose?"
        click_button(box, "Yes")

    dialogs.run(lambda: window.import_dropped([FIXTURES / "apple.vcf"]), tick_then_cancel)
    assert names(services) == []
    assert not window.runner.stack.canUndo()
    assert window.ctx.backups.backups() == []  # nothing to back up before


def test_someone_already_there_is_marked_skipped_by_default_and_can_be_filled_in(
    window, services, dialogs
):
    agnes = services.people.save(Person(name="Agnes Dupre", circle=Circle.INNER))
    window.ctx.events.changed.emit(Changes.all())
    seen = {}

    def choose(dialog) -> None:
        index = dialog.model.index(0, Column.ALREADY)
        seen["already"] = index.data()
        seen["do"] = index.siblingAtColumn(Column.ACTION).data()
        seen["summary"] = dialog.summary.text()
        dialog.model.set_chosen([0], True)  # ticking someone already there fills them in
        seen["do when ticked"] = index.siblingAtColumn(Column.ACTION).data()
        dialog.import_button.click()

    dialogs.run(lambda: window.import_dropped([FIXTURES / "apple.vcf"]), choose)
    assert seen["already"] == "Agnes Dupre (same name)"
    assert seen["do"] == "Skip" and seen["do when ticked"] == "Fill in"
    assert "1 may already be there" in seen["summary"]
    after = services.people.get(agnes.id)
    assert names(services) == ["Agnes Dupre"]
    assert after.email == "agnes.dupre@example.org" and after.circle == Circle.INNER
    assert window.statusBar().currentMessage().startswith("Filled in 1 person.")


def test_the_menu_of_a_marked_contact_adds_it_as_new(window, services, dialogs):
    services.people.save(Person(name="Agnes Dupre"))

    def choose(dialog) -> None:
        dialog.model.set_decision([0], Decision.ADD)
        assert ticked(dialog) == ["Agnès Dupré"]
        dialog.model.set_decision([0], Decision.SKIP)
        assert ticked(dialog) == []
        dialog.model.set_decision([0, 1], Decision.ADD)  # 1 is no one's: left as it was
        dialog.import_button.click()

    dialogs.run(lambda: window.import_dropped([FIXTURES / "apple.vcf"]), choose)
    assert names(services) == ["Agnes Dupre", "Agnès Dupré"]


def test_an_unknown_csv_gets_the_mapping_step_then_the_preview(window, services, dialogs):
    seen = {}

    def mapping(dialog) -> None:
        seen["guessed"] = [combo.currentText() for combo in dialog.combos]
        dialog.accept()

    def choose(dialog) -> None:
        seen["found"] = [dialog.model.index(0, c).data() for c in (Column.NAME, Column.EMAIL)]
        dialog.model.set_chosen([0], True)
        dialog.accept()

    dialogs.run(lambda: window.import_dropped([FIXTURES / "unknown.csv"]), mapping, choose)
    assert seen["guessed"] == ["Name", "Email", "Phone"]
    assert seen["found"] == ["Jean Dupont", "jean@example.org"]
    assert names(services) == ["Jean Dupont"]


def test_a_broken_file_says_which_and_why_and_nothing_is_imported(window, services, dialogs):
    seen = {}

    def read(box) -> None:
        seen["text"] = box.text()
        box.accept()

    paths = [FIXTURES / "apple.vcf", FIXTURES / "unterminated.vcf"]
    dialogs.run(lambda: window.import_dropped(paths), read)
    assert "unterminated.vcf: line" in seen["text"]
    assert seen["text"].endswith("Nothing was changed.")
    assert names(services) == []


def big_vcard(path: Path, count: int) -> None:
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Personne {n}\r\nEND:VCARD\r\n" for n in range(count)
        ),
        encoding="utf-8",
    )


def test_a_large_import_shows_progress_and_cancel_writes_nothing(
    window, services, dialogs, tmp_path, monkeypatch
):
    source = tmp_path / "big.vcf"
    big_vcard(source, 1200)
    written, release = threading.Event(), threading.Event()
    real_import = ContactsService.import_contacts

    def slow_import(self, choices, circle):
        counts = real_import(self, choices, circle)  # every row written, not committed
        written.set()
        release.wait(20)
        return counts

    monkeypatch.setattr(ContactsService, "import_contacts", slow_import)
    seen = {}

    def cancel_when_shown() -> None:
        box = window.runner.work.last_box
        if not (written.is_set() and box is not None and box.isVisible()):
            QTimer.singleShot(20, cancel_when_shown)
            return
        seen["title"] = box.windowTitle()
        box.findChild(QPushButton).click()  # Cancel
        release.set()

    def choose_everyone(dialog) -> None:
        dialog.model.set_chosen(range(dialog.model.rowCount()), True)
        seen["chosen"] = dialog.chosen.text()
        QTimer.singleShot(0, cancel_when_shown)
        dialog.import_button.click()

    assert dialogs.run(lambda: window.contacts.import_paths([source]), choose_everyone) is False
    assert seen == {"chosen": "1200 chosen", "title": "Import contacts from big.vcf"}
    assert services.people.count() == 0
    assert window.statusBar().currentMessage() == "Import cancelled: no one was added."
    assert not window.runner.stack.canUndo()


def test_address_books_dropped_on_the_window_go_to_the_import(window, monkeypatch):
    """Qt delivers a drop only from a real drag, which an offscreen test cannot
    make: the window's handlers are called as Qt calls them."""
    received = []
    monkeypatch.setattr(window, "import_dropped", lambda paths: received.append(paths))
    assert window.acceptDrops()
    kept = []  # an event does not own its data: Python must keep it

    def event(kind, *files):
        mime = QMimeData()
        kept.append(mime)
        mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / name)) for name in files])
        where = QPoint(50, 50) if kind is QDragEnterEvent else QPointF(50, 50)
        return kind(
            where,
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )

    text_only = event(QDragEnterEvent, "notes.txt")
    window.dragEnterEvent(text_only)
    assert not text_only.isAccepted()
    entering = event(QDragEnterEvent, "apple.vcf", "notes.txt")
    window.dragEnterEvent(entering)
    assert entering.isAccepted()
    window.dropEvent(event(QDropEvent, "apple.vcf", "notes.txt"))  # not an address book
    QApplication.processEvents()
    assert received == [[FIXTURES / "apple.vcf"]]


def test_cancel_while_the_files_are_read_stops_before_the_preview(window, services, monkeypatch):
    from relations_app.contacts import reading
    from relations_app.contacts.contact import ReadingStopped

    def slow_read(path, today, mapped=None, stop=None, report=None):
        report(50, 200)  # a quarter of the lines read
        while not stop():  # a very large file, still being read
            threading.Event().wait(0.01)
        raise ReadingStopped

    monkeypatch.setattr(reading, "read_contact_file", slow_read)

    def cancel_when_shown() -> None:
        box = window.runner.work.last_box
        if box is None or not box.isVisible():
            QTimer.singleShot(20, cancel_when_shown)
            return
        seen["bar"] = (box.value(), box.maximum())
        box.findChild(QPushButton).click()

    seen = {}
    QTimer.singleShot(0, cancel_when_shown)
    assert window.contacts.import_paths([FIXTURES / "apple.vcf"]) is False
    assert seen["bar"] == (50, 200)  # the bar says how far the reading got
    assert QApplication.activeModalWidget() is None  # no preview, no message
    assert services.people.count() == 0


def test_a_click_on_the_action_of_someone_already_there_offers_the_three_choices(
    window, services, dialogs, qtbot
):
    services.people.save(Person(name="Agnes Dupre"))
    seen = {}

    def choose(dialog) -> None:
        dialog.show()
        index = dialog.proxy.index(0, Column.ACTION)
        dialog.table.scrollTo(index)

        def pick() -> None:
            menu = QApplication.activePopupWidget()
            if menu is None:
                QTimer.singleShot(10, pick)
                return
            seen["choices"] = [action.text() for action in menu.actions()]
            seen["checked"] = [action.text() for action in menu.actions() if action.isChecked()]
            next(a for a in menu.actions() if a.text() == "Add as a new person").trigger()
            menu.close()

        QTimer.singleShot(0, pick)
        rect = dialog.table.visualRect(index)
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        seen["ticked"] = ticked(dialog)
        dialog.import_button.click()

    dialogs.run(lambda: window.import_dropped([FIXTURES / "apple.vcf"]), choose)
    assert seen["choices"] == [
        "Skip",
        "Fill in the empty fields of the person already there",
        "Add as a new person",
    ]
    assert seen["checked"] == ["Skip"]
    assert seen["ticked"] == ["Agnès Dupré"]
    assert names(services) == ["Agnes Dupre", "Agnès Dupré"]
