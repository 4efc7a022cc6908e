"""Long work off the window's thread: a large import shows progress and can be
cancelled with nothing written; a backup failing with OSError is said, never
raised, at exit too."""

import errno
import json
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from relations_app.operations import Changes
from relations_app.records import Conversation, Person, PersonRef
from relations_app.services.exchange import ExchangeService
from relations_app.ui.backup_timer import BackupTimer
from relations_app.ui.backups_dialog import BackupsDialog
from tests.conftest import TODAY, click_button


def big_export(path, people: int = 300) -> None:
    entries = [
        {"id": i, "name": f"Person {i}", "notes": "Met at the fair"} for i in range(1, people)
    ]
    talks = [
        {"date": "2026-05-01", "people": [i, i + 1], "notes": "Coffee"}
        for i in range(1, people - 1)
    ]
    document = {"format": "relations-export", "version": 1, "people": entries}
    path.write_text(json.dumps({**document, "conversations": talks}), encoding="utf-8")


def answer_yes_then(then) -> None:
    """Say Yes to the import question, then call ``then`` once it is gone."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, act)
            return
        click_button(box, "Yes")
        QTimer.singleShot(0, then)

    QTimer.singleShot(0, act)


def test_a_long_import_shows_progress_and_cancel_writes_nothing(
    window, services, tmp_path, monkeypatch, qtbot
):
    services.people.save(Person(name="Already here"))
    window.ctx.events.changed.emit(Changes.all())
    before = services.exchange.export_document()
    source = tmp_path / "large.json"
    big_export(source)
    written = threading.Event()
    release = threading.Event()
    real_import = ExchangeService.import_document

    def slow_import(self, document, counted=None):
        counts = real_import(self, document, counted)  # every row written, not committed yet
        written.set()
        release.wait(20)  # a large file: still going when the user presses Cancel
        return counts

    monkeypatch.setattr(ExchangeService, "import_document", slow_import)
    seen = {"painted": 0}
    ticker = QTimer()
    ticker.timeout.connect(lambda: seen.__setitem__("painted", seen["painted"] + 1))
    ticker.start(20)

    def cancel_when_shown() -> None:
        box = window.runner.work.last_box
        if not (written.is_set() and box is not None and box.isVisible()):
            QTimer.singleShot(20, cancel_when_shown)
            return
        seen["value"], seen["maximum"] = box.value(), box.maximum()
        seen["title"] = box.windowTitle()
        seen["painted_before_cancel"] = seen["painted"]
        box.findChild(QPushButton).click()  # Cancel
        release.set()

    answer_yes_then(cancel_when_shown)
    assert window.files.import_path(source) is False
    ticker.stop()
    assert seen["title"] == "Import large.json"
    assert 0 < seen["value"] <= seen["maximum"]  # the bar moved with the rows written
    assert seen["painted_before_cancel"] > 5  # the window's own timers kept running
    assert services.exchange.export_document() == before
    assert window.people.model.rowCount() == 1
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was added."
    assert not window.runner.stack.canUndo()
    assert [b.reason for b in window.ctx.backups.backups()] == ["before-import"]


def test_a_large_import_runs_on_a_worker_and_is_undone_as_a_whole(window, services, tmp_path):
    source = tmp_path / "large.json"
    big_export(source, 120)
    threads = []
    real_import = ExchangeService.import_document

    def watched(self, document, counted=None):
        threads.append(threading.current_thread())
        return real_import(self, document, counted)

    ExchangeService.import_document = watched
    try:
        answer_yes_then(lambda: None)
        assert window.files.import_path(source) is True
    finally:
        ExchangeService.import_document = real_import
    assert threads and threads[0] is not threading.main_thread()
    assert window.people.model.rowCount() == 119
    window.runner.undo()
    assert services.people.count() == 0


def test_undoing_a_large_import_runs_on_a_worker_too(window, services, tmp_path, monkeypatch):
    from relations_app.services.snapshots import SnapshotService

    source = tmp_path / "large.json"
    big_export(source, 1200)  # over 2,000 rows to take out again
    answer_yes_then(lambda: None)
    assert window.files.import_path(source) is True
    threads = []
    real_put_back = SnapshotService.put_back

    def watched(self, snapshot):
        threads.append(threading.current_thread())
        return real_put_back(self, snapshot)

    monkeypatch.setattr(SnapshotService, "put_back", watched)
    window.runner.undo()
    assert services.people.count() == 0 and window.people.model.rowCount() == 0
    assert threads and threads[0] is not threading.main_thread()
    window.runner.redo()
    assert services.people.count() == 1199


def no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device", "/backups/relations.sqlite3")


@pytest.fixture
def changed(services):
    services.people.save(Person(name="Ana"))  # something to back up


def test_the_automatic_backup_failing_is_said_in_the_status_bar(ctx, changed, monkeypatch, qtbot):
    monkeypatch.setattr(ctx.backups, "backup_now", no_space)
    timer = BackupTimer(ctx.backups)
    said = []
    timer.failed.connect(said.append)
    timer.tick()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said == ["The automatic backup failed: /backups/relations.sqlite3: the disk is full"]


def test_the_backup_at_exit_failing_is_said_and_quitting_goes_on(
    ctx, changed, monkeypatch, dialogs
):
    monkeypatch.setattr(ctx.backups, "backup_now", no_space)
    timer = BackupTimer(ctx.backups)
    seen = {}

    def read(box):
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        click_button(box, "OK")

    dialogs.run(timer.at_exit, read)  # returns: no exception reaches the caller
    assert seen["title"] == "Backup at exit"
    assert "the disk is full" in seen["text"]
    assert "Your journal itself is saved" in seen["text"]


def test_back_up_now_failing_shows_why_and_the_dialog_stays(
    qtbot, ctx, changed, monkeypatch, dialogs
):
    monkeypatch.setattr(ctx.backups, "backup_now", no_space)
    dialog = BackupsDialog(None, ctx.backups, lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    seen = {}

    def read(box):
        seen["text"] = box.text()
        click_button(box, "OK")

    dialogs.run(dialog.back_up_now, read)
    assert "the disk is full" in seen["text"] and "No backup was made." in seen["text"]
    assert dialog.isVisible()


def test_a_restore_failing_with_oserror_leaves_the_journal_as_it_was(
    window, ctx, services, monkeypatch, dialogs
):
    ana = services.people.save(Person(name="Ana"))
    services.conversations.save(Conversation(date=TODAY, people=(PersonRef(ana.id, ""),)))
    ctx.backups.backup_now("manual")
    monkeypatch.setattr(ctx.backups, "restore", no_space)
    seen = {}

    def restore(dialog):
        dialog.table.selectRow(0)

        def read(box):
            seen["text"] = box.text()
            click_button(box, "OK")

        dialogs.run(dialog.restore_selected, lambda box: click_button(box, "Restore"), read)
        dialog.reject()

    dialogs.run(window.show_backups, restore)
    assert "the disk is full" in seen["text"]
    assert "Your journal is as it was." in seen["text"]
    assert services.people.count() == 1


def test_the_progress_box_of_quick_work_never_shows_up_in_the_dialog_that_follows(window):
    """Reading contacts takes a moment, then the preview opens: the box, whose
    timer to show itself was still running, appeared over the preview."""
    from PySide6.QtCore import QEventLoop

    work, seen = window.runner.work, []
    outer = QEventLoop()  # a command runs from the window's event loop

    def command() -> None:
        work.run("Read", "Reading…", lambda progress: None)
        box = work.last_box
        dialog = QEventLoop()  # as the next dialog's exec() runs one
        QTimer.singleShot(600, lambda: (seen.append(box.isVisible()), dialog.quit()))
        dialog.exec()
        outer.quit()

    QTimer.singleShot(0, command)
    outer.exec()
    assert seen == [False]


def test_garbage_of_the_window_is_never_collected_on_a_worker(window):
    """A dialog closed just before long work began was collected on the worker
    (its Qt object destroyed off the window's thread) and Qt crashed."""
    import gc

    from PySide6.QtCore import QObject

    destroyed_on = []
    made = threading.Event()

    def make_garbage() -> None:  # on the window's thread, while the worker runs
        garbage = QObject()
        garbage.itself = garbage  # a cycle: only the collector frees it
        garbage.destroyed.connect(
            lambda: destroyed_on.append(threading.current_thread().name),
            Qt.ConnectionType.DirectConnection,
        )
        made.set()

    def allocate(progress) -> None:
        made.wait(5)
        for _ in range(200):  # enough new objects to set off the collector many times
            [[] for _ in range(1000)]

    QTimer.singleShot(0, make_garbage)
    window.runner.work.run("Work", "Working…", allocate)
    assert gc.isenabled()
    gc.collect()
    assert destroyed_on == [threading.main_thread().name]
