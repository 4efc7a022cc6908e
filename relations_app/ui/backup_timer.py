"""Backups while the window is open: a check every minute, and one at exit.

The automatic backup runs on a worker (it only reads the journal, so editing
goes on meanwhile); the one at exit runs on the window's thread, the window
being gone by then. A failure of either, from SQLite or from the file system
(a full disk, a folder that became read-only), is said, never raised.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from relations_app.services.backups import BackupService
from relations_app.ui.errors import FAILURES, describe, show_failure
from relations_app.ui.work import run_quietly, wait_for_quiet_work

CHECK_EVERY_MS = 60_000


class BackupTimer(QObject):
    failed = Signal(str)  # a sentence for the status bar

    def __init__(self, backups: BackupService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    @Slot()
    def tick(self) -> None:
        try:
            if not self.backups.due():
                return
            changes = self.backups.changes_now()
        except FAILURES as error:
            self._failed(error)
            return
        run_quietly(lambda: self.backups.backup_now("auto", changes=changes), self._failed)

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(self.tr("The automatic backup failed: {0}").format(describe(error)))

    def at_exit(self) -> None:
        """The last backup; the journal itself is saved whatever happens here."""
        self._timer.stop()
        wait_for_quiet_work()
        try:
            self.backups.at_exit()
        except FAILURES as error:
            parent = self.parent()
            show_failure(
                parent if isinstance(parent, QWidget) else None,
                self.tr("Backup at exit"),
                error,
                self.tr("Your journal itself is saved; only this backup of it is missing."),
            )
