"""Backups while the window is open: a check every minute, and one at exit."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from relations_app.services.backups import BackupService
from relations_app.services.messages import explain
from relations_app.storage.errors import StoreError

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
            self.backups.tick()
        except StoreError as error:
            self.failed.emit(self.tr("The automatic backup failed: {0}").format(explain(error)))

    def at_exit(self) -> None:
        self._timer.stop()
        try:
            self.backups.at_exit()
        except StoreError:
            pass  # the journal itself is saved; a failed exit backup must not block quitting
