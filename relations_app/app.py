"""Start Relations: the command line, or the window."""

from __future__ import annotations

import datetime as dt
import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from relations_app import APP_NAME, ORGANISATION_DOMAIN, ORGANISATION_NAME, __version__, cli
from relations_app.context import AppContext
from relations_app.events import Events
from relations_app.exit_status import FAILED
from relations_app.i18n import translate
from relations_app.instance import AlreadyRunning, InstanceLock, LockUnavailable
from relations_app.paths import DataPaths, data_paths
from relations_app.resources import app_icon, load_fonts, load_translator
from relations_app.services import Services
from relations_app.services.backups import BackupService
from relations_app.settings import Settings
from relations_app.storage.store import Store


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # every file we create is private, whatever the user's umask
    args = cli.parse(argv)
    if args.command:
        return cli.run(args)
    return run_gui(data_paths(getattr(args, "data_dir", None)), smoke_test=args.smoke_test)


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("relations")
    app.setWindowIcon(app_icon())
    install_translators(app)
    load_fonts()
    return app


def install_translators(app: QApplication) -> None:
    locale = QLocale()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    ours = load_translator(locale)
    if ours is not None:
        ours.setParent(app)
        app.installTranslator(ours)


def build_context(paths: DataPaths, store: Store) -> AppContext:
    services = Services.create(store)
    backups = BackupService(store, paths.backups, dt.datetime.now)
    return AppContext(
        paths=paths,
        services=services,
        settings=Settings(paths.settings),
        events=Events(),
        backups=backups,
        before_risky=lambda what: backups.backup_now(f"before-{what}"),
    )


def run_gui(paths: DataPaths, smoke_test: bool = False) -> int:
    app = create_application()
    lock = InstanceLock(paths.lock)
    try:
        lock.acquire()
    except (AlreadyRunning, LockUnavailable) as error:
        QMessageBox.warning(None, APP_NAME, str(error))
        return FAILED
    try:
        return _run_window(app, paths, smoke_test)
    finally:
        lock.release()


def _run_window(app: QApplication, paths: DataPaths, smoke_test: bool) -> int:
    # imported here so the command line never pays for the widgets
    from relations_app.ui.backup_timer import BackupTimer
    from relations_app.ui.main_window import MainWindow
    from relations_app.ui.startup import open_or_recover

    store = open_or_recover(paths, dt.datetime.now, interactive=not smoke_test)
    if store is None:
        return FAILED
    try:
        ctx = build_context(paths, store)
        window = MainWindow(ctx)
        timer = BackupTimer(ctx.backups, window)
        timer.failed.connect(lambda text: window.statusBar().showMessage(text, 15000))
        window.show()
        if smoke_test:
            QTimer.singleShot(200, window.close)
        status = app.exec()
        timer.at_exit()
    finally:
        store.close()
    if smoke_test:
        print(translate("CommandLine", "smoke test passed: {0}").format(paths.store))
    return status
