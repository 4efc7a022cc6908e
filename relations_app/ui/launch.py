"""The window's start: the application, the one window per journal (the lock
and the socket a second launch asks to bring it to the front), the journal
opened or recovered, and the session that shows the window.

Apart from relations_app.app so that the command line does not load the
widgets, the socket and the journal's modules for ``--help`` or a command.
"""

from __future__ import annotations

import datetime as dt
import signal
import sys

import peewee
from PySide6.QtCore import QLoggingCategory, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from relations_app import APP_NAME, ORGANISATION_DOMAIN, ORGANISATION_NAME, __version__, i18n
from relations_app.exit_status import FAILED, OK
from relations_app.i18n import translate
from relations_app.instance import AlreadyRunning, InstanceLock, LockUnavailable, folder_problem
from relations_app.paths import DataPaths
from relations_app.resources import app_icon, installation_problem
from relations_app.services.messages import explain
from relations_app.settings import Settings
from relations_app.storage import sqlite
from relations_app.storage.errors import DamagedStoreError, StoreError
from relations_app.window_socket import WindowSocket, ask_window_to_activate


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("relations")
    app.setWindowIcon(app_icon())
    # a script no font covers makes Qt's font code say so per font and per line
    QLoggingCategory.setFilterRules("qt.text.font.db.warning=false")
    i18n.install(app)
    return app


class Termination:
    """SIGTERM (a logout, a `kill`) closes the window the ordinary way: the
    backup at exit, the journal closed, the socket removed. Installed before
    the socket listens, so a signal that comes while the window is still being
    built is kept (``requested``) rather than killing the process. Python sees
    the signal only when it runs, so a timer gives it a turn twice a second."""

    def __init__(self, app: QApplication) -> None:
        self.requested = False
        self._app = app
        signal.signal(signal.SIGTERM, self._terminate)
        ticker = QTimer(app)
        ticker.timeout.connect(lambda: None)
        ticker.start(500)

    def _terminate(self, *_) -> None:
        self.requested = True
        self._app.closeAllWindows()
        self._app.quit()


def run_gui(paths: DataPaths, smoke_test: bool = False) -> int:
    app = create_application()
    problems = SmokeTestWatch(app) if smoke_test else None
    if smoke_test and (problem := installation_problem()):
        return _refuse(problem, smoke_test)
    lock = InstanceLock(paths.lock)
    try:
        lock.acquire()
    except AlreadyRunning as error:
        if smoke_test or error.elsewhere:
            return _refuse(str(error), smoke_test)
        if ask_window_to_activate(paths.folder):
            return OK  # the open window came to the front: what a second double-click means
        return _refuse(_busy_message(error), smoke_test)
    except LockUnavailable as error:
        return _refuse(str(error), smoke_test)
    termination = Termination(app)
    server = WindowSocket(paths.folder)
    server.activation_requested.connect(bring_to_front)
    if not server.listen():  # a second launch will then be told, not brought here
        print(f"relations: {server.problem()}", file=sys.stderr)
    try:
        status = _run_window(app, paths, smoke_test, termination)
    except (OSError, StoreError, sqlite.Error, peewee.PeeweeException) as error:
        return _refuse(_open_failure(paths, error), smoke_test)
    finally:
        server.close()
        lock.release()
    if problems is not None and problems.seen:
        return FAILED
    if smoke_test and status == OK:
        print(translate("CommandLine", "smoke test passed: {0}").format(paths.store))
    return status


def _busy_message(error: AlreadyRunning) -> str:
    if error.window:  # it listens, but did not come to the front: frozen, or a dialog
        return translate(
            "Instance",
            "Relations is already open on this journal (process {0}), but its window "
            "did not answer. Switch to it, or close it first.",
        ).format(error.pid)
    return str(error)


def _open_failure(paths: DataPaths, error: Exception) -> str:
    """A journal that could not be opened or closed for a reason of the disk's."""
    if isinstance(error, OSError):
        return folder_problem(paths.folder, error)
    if isinstance(error, StoreError):
        return explain(error)
    return translate("Instance", "The journal {0} could not be used: {1}.").format(
        paths.store, error
    )


def _refuse(text: str, smoke_test: bool) -> int:
    """Say why the window cannot open: a message box, or in a smoke test stderr."""
    if smoke_test:
        print(f"relations: {text}", file=sys.stderr)
    else:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
    return FAILED


def bring_to_front() -> None:
    """Show the window a second launch asked for: restored, raised and active."""
    window = QApplication.activeModalWidget() or _main_window()
    if window is None:
        return
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


def _main_window() -> QWidget | None:
    """The main window, or while the journal is locked its lock screen."""
    from relations_app.ui.lock_screen import LockScreen
    from relations_app.ui.main_window import MainWindow

    for kind in (MainWindow, LockScreen):
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                return widget
    return None


def _shown(session, paths: DataPaths, interactive: bool) -> bool:
    """Show the window, built while the journal's tables were checked; when the
    check found damage, the same choices as damage found at opening first."""
    from relations_app.ui.startup import recover_damaged

    try:
        session.show_window(rest_after_first_frame=True)
        return True
    except DamagedStoreError as error:
        store = recover_damaged(session.store, paths, dt.datetime.now, error, None, interactive)
    if store is None:
        session.close()
        return False
    session.show_window(rest_after_first_frame=True)
    return True


class SmokeTestWatch:
    """In a smoke test no dialog may wait for a click: any that opens is written
    to stderr, closed at once, and makes the test fail."""

    INTERVAL_MS = 50

    def __init__(self, app: QApplication) -> None:
        self.seen: list[str] = []
        self._timer = QTimer(app)
        self._timer.timeout.connect(self._check)
        self._timer.start(self.INTERVAL_MS)

    def _check(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
        self.seen.append(text)
        print(f"relations: {text}", file=sys.stderr)
        dialog.reject()


def _run_window(
    app: QApplication, paths: DataPaths, smoke_test: bool, termination: Termination
) -> int:
    # imported once the lock is held: a second launch that brings the open
    # window to the front does not load the window's modules
    from relations_app.ui.appearance import apply_scheme
    from relations_app.ui.session import Session
    from relations_app.ui.startup import open_or_recover
    from relations_app.ui.work import pause_collector, resume_collector

    if scheme := Settings(paths.settings).color_scheme:
        apply_scheme(scheme)  # before any window: the recovery dialog looks the same
    store = None
    pause_collector()  # while the journal is checked on a thread (ui/work.py says why)
    try:
        store = open_or_recover(
            paths, dt.datetime.now, interactive=not smoke_test, check_aside=True
        )
    finally:
        if store is None:
            resume_collector()
    if store is None:
        return FAILED
    try:
        session = Session(paths, store, parent=app)
        try:
            shown = _shown(session, paths, interactive=not smoke_test)
        finally:
            resume_collector()
        if not shown:
            return FAILED
        if smoke_test:
            QTimer.singleShot(200, session.window.close)
        status = OK if termination.requested else app.exec()
        session.at_exit()
    finally:
        store.close()
    return status
