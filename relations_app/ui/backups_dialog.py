"""File ▸ Backups…: see the backups, make one now, restore one.

The list shows at once; what each backup holds is counted on a worker and
filled in as it comes. A backup made here runs on a worker behind a progress
dialog. A restore runs on the window's thread behind one: it closes and
reopens the journal's connection, which SQLite binds to the thread that
opened it.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relations_app.labels import format_date, plain_tooltip
from relations_app.models.backups_model import BackupsModel, Column
from relations_app.records import BackupRecord
from relations_app.resources import app_icon
from relations_app.services.backups import BackupService
from relations_app.ui.errors import FAILURES, show_failure
from relations_app.ui.message_box import message_box
from relations_app.ui.work import ProgressBox, Work, wait_for_quiet_work


class _Counter(QObject):
    """Opens each backup on a worker to count what it holds."""

    counted = Signal(object)  # a BackupRecord with its counts

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(
        self, backups: list[BackupRecord], counted: Callable[[BackupRecord], BackupRecord]
    ) -> None:
        self.stop()
        self._stop = stop = threading.Event()

        def count() -> None:
            for backup in backups:
                if stop.is_set():
                    return
                self.counted.emit(counted(backup))

        self._thread = threading.Thread(target=count, name="relations-count-backups")
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def wait(self) -> None:
        """For tests: until every backup is counted."""
        if self._thread is not None:
            self._thread.join()
        QApplication.processEvents()


class BackupsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        backups: BackupService,
        on_restored: Callable[[], None],
        work: Work | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.setWindowIcon(app_icon())
        self._backups = backups
        self._on_restored = on_restored
        self._work = work or Work(self)
        self.model = BackupsModel(self)
        self.counter = _Counter(self)
        self.counter.counted.connect(self.model.set_counted)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.TAKEN, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.none_yet = QLabel(
            self.tr(
                "No backup yet: one is made 30 minutes after a change, or now with “Back up now”."
            )
        )
        self.none_yet.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.none_yet.setFrameShape(QFrame.Shape.StyledPanel)  # framed like the list it stands for
        self.none_yet.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build()
        self.reload()
        self.resize(640, 420)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Relations backs up your journal every 30 minutes while you change it, when you "
                "quit, and before imports, restores and upgrades. Each backup is checked before it "
                "is kept. Backups are kept for about a year: 12 daily, 10 weekly, 9 monthly."
            )
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel(f"<code>{html.escape(str(self._backups.folder))}</code>")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.open_button.clicked.connect(self.open_folder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self.restore_selected)
        row = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.open_button):
            row.addWidget(button)
        row.addWidget(self.status, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        self.list_area = QStackedWidget()
        self.list_area.addWidget(self.table)
        self.list_area.addWidget(self.none_yet)
        layout.addWidget(self.list_area, 1)
        layout.addLayout(row)
        layout.addWidget(close)

    def reload(self) -> None:
        """The list at once (file names and sizes); the counts follow from a worker."""
        try:
            backups = self._backups.backups(counted=False)
        except OSError as error:  # the backups folder cannot be read
            backups = []
            self.status.setText(str(error.strerror or error))
        self.model.set_backups(backups)
        self.counter.start(backups, self._backups.counted)
        self.list_area.setCurrentWidget(self.table if self.model.rowCount() else self.none_yet)
        self._update_buttons()

    def done(self, result: int) -> None:
        self.counter.stop()
        super().done(result)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    @Slot()
    def back_up_now(self) -> None:
        changes = self._backups.changes_now()
        try:
            info = self._work.run(
                self.tr("Back up now"),
                self.tr("Backing up and checking your journal…"),
                lambda progress: self._backups.backup_now("manual", changes=changes),
            )
        except FAILURES as error:
            show_failure(self, self.tr("Back up now"), error, self.tr("No backup was made."))
            return
        self.reload()
        # Said in the dialog, beside the button, and the new row selected: no box to dismiss.
        rows = self.model.rows_where(lambda backup: backup.path == info.path)
        if rows:
            self.table.selectRow(rows[0])
        self.status.setText(self.tr("Backup made and checked."))
        self.status.setToolTip(plain_tooltip(str(info.path)))

    @Slot()
    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not self._confirm_restore(info):
            return
        box = ProgressBox(self, self.tr("Restore"), self.tr("Restoring the backup…"), False)
        box.setMinimumDuration(0)
        box.show()
        QApplication.processEvents()  # painted before the journal is closed and replaced
        try:
            self.counter.stop()
            wait_for_quiet_work()
            self._backups.restore(info.path)
        except FAILURES as error:
            show_failure(self, self.tr("Restore"), error, self.tr("Your journal is as it was."))
            return
        finally:
            box.hide()
            box.deleteLater()
        self._on_restored()
        self.reload()

    def _confirm_restore(self, info: BackupRecord) -> bool:
        when = f"{format_date(info.taken_at.date())} {info.taken_at:%H:%M}"
        question = self.tr(
            "Replace your journal with the backup of {0}?\n\nYour current journal is backed up and "
            "kept beside it as a “pre-restore” file, so nothing is lost. Edit ▸ Undo cannot take "
            "a restore back, and the undo history is cleared."
        ).format(when)
        box = message_box(QMessageBox.Icon.Question, self.tr("Restore"), question, self)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    @Slot()
    def open_folder(self) -> bool:
        Path(self._backups.folder).mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._backups.folder)))
