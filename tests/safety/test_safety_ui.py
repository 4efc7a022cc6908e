"""What the user sees when things go wrong: a damaged file at start, a full disk
while typing, backups and restore from the File menu."""

import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from relations_app.operations import Changes
from relations_app.paths import DataPaths
from relations_app.records import Person
from relations_app.services import Services
from relations_app.services.backups import BackupService
from relations_app.storage.database import db
from relations_app.storage.store import Store
from relations_app.ui.actions import ActionId
from relations_app.ui.backups_dialog import BackupsDialog
from relations_app.ui.person_dialog import PersonDialog
from relations_app.ui.startup import open_or_recover
from tests.conftest import NOW, click_button, fixed_clock, plain


def journal_with_backup(folder):
    paths = DataPaths(folder)
    store = Store(paths.store)
    store.open()
    services = Services.create(store, clock=fixed_clock)
    services.people.save(Person(name="Ana from the backup"))
    BackupService(store, paths.backups, fixed_clock).backup_now("auto")
    services.people.save(Person(name="Bo after the backup"))
    store.close()
    return paths


def answer(button_text, seen):
    def act():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, act)
            return
        seen["text"] = plain(box.text() + "\n" + box.informativeText())
        click_button(box, button_text)

    QTimer.singleShot(0, act)


def test_a_damaged_journal_is_kept_aside_and_the_newest_backup_restored(qapp, tmp_path):
    paths = journal_with_backup(tmp_path / "data")
    paths.store.write_bytes(b"\x00" * 4096)  # a zeroed file
    seen = {}
    answer("Restore the backup of 15 Jun 2026", seen)
    store = open_or_recover(paths, fixed_clock)
    assert store is not None
    try:
        names = [s.person.name for s in Services.create(store).people.summaries()]
    finally:
        store.close()
    assert names == ["Ana from the backup"]
    kept = list(paths.folder.glob("relations.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00" * 4096
    assert "damaged" in seen["text"] and kept[0].name in seen["text"]
    assert "15 Jun 2026 at 10:30" in seen["text"]


def test_quitting_the_recovery_changes_nothing(qapp, tmp_path):
    paths = journal_with_backup(tmp_path / "data")
    paths.store.write_bytes(b"garbage" * 100)
    answer("Quit", {})
    assert open_or_recover(paths, fixed_clock) is None
    assert paths.store.read_bytes() == b"garbage" * 100
    assert not list(paths.folder.glob("*.damaged-*"))


def test_a_journal_from_a_newer_version_is_refused_untouched(qapp, tmp_path):
    paths = journal_with_backup(tmp_path / "data")
    conn = sqlite3.connect(paths.store)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = paths.store.read_bytes()
    seen = {}
    answer("OK", seen)
    assert open_or_recover(paths, fixed_clock) is None
    assert "newer version of Relations" in seen["text"]
    assert paths.store.read_bytes() == before


@pytest.mark.parametrize("failure", ["disk full", "read-only"])
def test_a_failed_save_keeps_the_typing_and_the_earlier_data(
    window, dialogs, services, qtbot, failure
):
    services.people.save(Person(name="Earlier"))
    seen = {}

    def fill(dialog: PersonDialog):
        dialog.name.setText("Zoë Ångström")
        dialog.notes.setPlainText("A long note I would hate to lose")
        if failure == "disk full":
            pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
            db.execute_sql(f"PRAGMA max_page_count = {pages}")
        else:
            db.execute_sql("PRAGMA query_only = 1")
        dialog.notes.setPlainText("A long note I would hate to lose\n" + "more " * 5000)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error_label.text()
        seen["name"] = dialog.name.text()
        seen["notes"] = dialog.notes.toPlainText()[:32]
        db.execute_sql("PRAGMA query_only = 0")
        db.execute_sql("PRAGMA max_page_count = 1073741823")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # space again: it saves

    dialogs.run(window.actions[ActionId.NEW_PERSON].trigger, fill)
    assert seen["open"] is True
    expected = "the disk is full" if failure == "disk full" else "read-only"
    assert expected in seen["error"]
    assert seen["name"] == "Zoë Ångström"
    assert seen["notes"] == "A long note I would hate to lose"
    assert sorted(s.person.name for s in services.people.summaries()) == ["Earlier", "Zoë Ångström"]
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backups_dialog_backs_up_and_restores(window, ctx, services, qtbot, dialogs):
    services.people.save(Person(name="Ana"))
    window.ctx.events.changed.emit(Changes.all())
    restored = []
    dialog = BackupsDialog(window, ctx.backups, lambda: restored.append(True))
    qtbot.addWidget(dialog)
    dialog.back_up_now()  # says so in the dialog: no box to dismiss
    assert dialog.model.rowCount() == 1
    dialog.counter.wait()  # what each backup holds is counted on a worker
    assert dialog.model.index(0, 2).data() == "1"  # one person in it
    services.people.save(Person(name="Bo"))
    dialog.table.selectRow(0)
    answer("Restore", {})
    dialog.restore_selected()
    assert restored == [True]
    assert [s.person.name for s in services.people.summaries()] == ["Ana"]
    assert any(b.reason == "before-restore" for b in ctx.backups.backups())


def test_backups_model_passes_the_model_tester(qtmodeltester, ctx, services):
    from relations_app.models.backups_model import BackupsModel

    services.people.save(Person(name="Ana"))
    ctx.backups.backup_now("manual")
    model = BackupsModel()
    model.set_backups(ctx.backups.backups())
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "By hand"
    assert NOW.strftime("%H:%M") in model.index(0, 0).data()


def test_import_is_preceded_by_a_backup(window, ctx, services, tmp_path):
    source = tmp_path / "in.json"
    source.write_text(
        '{"format": "relations-export", "version": 1, "people": [{"id": 1, "name": "Ana"}]}'
    )
    answer("Yes", {})
    assert window.files.import_path(source)
    assert [b.reason for b in ctx.backups.backups()] == ["before-import"]
    assert services.people.count() == 1
    assert QMessageBox  # the confirmation was a real message box


def test_a_missing_journal_with_backups_asks_before_starting_empty(qapp, tmp_path):
    paths = journal_with_backup(tmp_path / "data")
    paths.store.unlink()
    seen = {}
    answer("Restore the backup of 15 Jun 2026", seen)
    store = open_or_recover(paths, fixed_clock)
    assert store is not None
    try:
        assert [s.person.name for s in Services.create(store).people.summaries()] == [
            "Ana from the backup"
        ]
    finally:
        store.close()
    assert "missing" in seen["text"]


def test_the_smoke_test_never_waits_on_a_damaged_journal(tmp_path):
    import os
    import subprocess
    import sys

    paths = journal_with_backup(tmp_path / "data")
    paths.store.write_bytes(b"\x00" * 4096)
    result = subprocess.run(
        [sys.executable, "-m", "relations_app", "--data-dir", str(paths.folder), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert "relations.sqlite3" in result.stderr
    assert paths.store.read_bytes() == b"\x00" * 4096  # untouched
