"""The window and the journal behind it, from start to exit, locked and unlocked.

Locking an encrypted journal (after the chosen idle time, or Ctrl+Shift+L)
closes the journal, forgets its passphrase, and destroys the window with
everything it had loaded (rows, the detail pane, the undo history); a lock
screen stands in its place. No backup is made or attempted while locked: the
backup timer goes with the window. Unlocking reopens the journal and builds
a new window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import peewee
from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from relations_app.i18n import translate
from relations_app.paths import DataPaths
from relations_app.services.backups import open_store
from relations_app.services.idle_lock import IdleLock
from relations_app.settings import Settings
from relations_app.storage.errors import DamagedStoreError, StoreError
from relations_app.storage.sqlite import DatabaseError, Key, WrongPassphrase
from relations_app.storage.store import Store
from relations_app.ui.errors import describe
from relations_app.ui.work import wait_for_quiet_work

CHECK_IDLE_MS = 5_000
USER_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class Session(QObject):
    def __init__(
        self,
        paths: DataPaths,
        store: Store,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths, self.store, self.clock = paths, store, clock
        self.window = None  # the MainWindow while unlocked
        self.backup_timer = None
        self.lock_screen = None
        self.idle = IdleLock(Settings(paths.settings).lock_after_minutes, clock)
        self._idle_check = QTimer(self)
        self._idle_check.setInterval(CHECK_IDLE_MS)
        self._idle_check.timeout.connect(self.check_idle)
        self._idle_check.start()

    @property
    def locked(self) -> bool:
        return self.lock_screen is not None

    def show_window(self, rest_after_first_frame: bool = False) -> None:
        """Build and show the window (see MainWindow for ``rest_after_first_frame``)."""
        from relations_app.context import build_context
        from relations_app.ui.backup_timer import BackupTimer
        from relations_app.ui.main_window import MainWindow

        ctx = build_context(self.paths, self.store)
        ctx.lock = self.lock
        self.window = checked_window(
            lambda: MainWindow(ctx, rest_after_first_frame=rest_after_first_frame), self.store
        )
        self.backup_timer = BackupTimer(ctx.backups, self.window)
        self.backup_timer.failed.connect(
            lambda text: self.window.statusBar().showMessage(text, 15000)
        )
        self.window.show()
        # the window's own QWindow sees every key and click of the window before
        # its widgets do; an application-wide filter would also be handed every
        # object being made or destroyed, which PySide does not survive for long
        self.window.windowHandle().installEventFilter(self)
        self.idle.touched()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT:
            self.idle.touched()
        return False

    @Slot()
    def check_idle(self) -> None:
        """Lock when the idle time has passed; not while a dialog is open (it
        may hold typing not yet saved) or a long job runs: at their end."""
        self.idle.minutes = Settings(self.paths.settings).lock_after_minutes
        dialog = QApplication.activeModalWidget()
        if dialog is not None and not getattr(dialog, "HOLDS_NOTHING_UNSAVED", False):
            self.idle.touched()  # typing in a dialog is being here
            return
        if dialog is not None:  # the search box: its keys count, and idle it closes
            dialog.windowHandle().installEventFilter(self)
            if self.idle.due():
                dialog.reject()  # the lock follows at the next check, the box gone
            return
        if not self.locked and self.idle.due():
            self.lock()

    @Slot()
    def lock(self) -> None:
        window = self.window
        if window is None or self.store.open_key is None or window.runner.work.busy:
            return
        from relations_app.ui.lock_screen import LockScreen

        wait_for_quiet_work()  # an automatic backup still reading the journal
        window.save_state()
        self.lock_screen = LockScreen(str(self.paths.store), self.unlock)
        self.lock_screen.quit_requested.connect(QApplication.quit)
        self.lock_screen.setGeometry(window.geometry())
        self.lock_screen.show()
        self.window = self.backup_timer = None
        window.hide()
        window.deleteLater()  # its models, rows and undo history with it
        self.store.lock()

    def unlock(self, text: str) -> str | None:
        """Reopen the journal with ``text``; None when done, else why not."""
        self.store.key = Key(text)
        try:
            open_store(self.store, self.paths.backups, self.clock)
        except WrongPassphrase:
            self.store.key = None
            return translate("Session", "Wrong passphrase.")
        except StoreError as error:
            self.store.key = None
            return describe(error)
        screen, self.lock_screen = self.lock_screen, None
        self.show_window()
        if screen is not None:
            self.window.setGeometry(screen.geometry())
            screen.quit_requested.disconnect()
            screen.close()
            screen.deleteLater()
        return None

    def at_exit(self) -> None:
        """The backup at exit, when the journal is open (never while locked);
        then the session stops watching the application's input."""
        if self.backup_timer is not None and self.store.is_open:
            self.backup_timer.at_exit()
        self.close()

    def close(self) -> None:
        """Stop watching input and time."""
        self._idle_check.stop()
        if self.window is not None and self.window.windowHandle() is not None:
            self.window.windowHandle().removeEventFilter(self)


def checked_window(build: Callable[[], QWidget], store: Store) -> QWidget:
    """The window built while the check of the journal made aside at opening
    runs (Store.open), handed out once the check has passed: it is never shown
    over a damaged journal. Damage the check found is raised as at opening
    (DamagedStoreError) in place of any error it caused while being built."""
    try:
        window = build()
    except (StoreError, DatabaseError, peewee.DatabaseError):
        store.finish_check()
        raise
    try:
        store.finish_check()
    except DamagedStoreError:
        window.deleteLater()
        raise
    return window
