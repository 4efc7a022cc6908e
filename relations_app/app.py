"""Start Relations: the command line, or the window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from relations_app import APP_NAME, ORGANISATION_DOMAIN, ORGANISATION_NAME, __version__, cli
from relations_app.context import AppContext
from relations_app.events import Events
from relations_app.i18n import translate
from relations_app.paths import DataPaths, data_paths
from relations_app.resources import app_icon, load_fonts, load_translator
from relations_app.services import Services
from relations_app.services.messages import explain
from relations_app.settings import Settings
from relations_app.storage.errors import StoreError
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
    return AppContext(
        paths=paths,
        services=Services.create(store),
        settings=Settings(paths.settings),
        events=Events(),
    )


def run_gui(paths: DataPaths, smoke_test: bool = False) -> int:
    app = create_application()
    store = Store(paths.store)
    try:
        store.open()
    except StoreError as error:
        QMessageBox.critical(None, APP_NAME, explain(error))
        return cli.EXIT_FAILED
    # imported here so the command line never pays for the widgets
    from relations_app.ui.main_window import MainWindow

    ctx = build_context(paths, store)
    window = MainWindow(ctx)
    window.show()
    if smoke_test:
        QTimer.singleShot(200, window.close)
    try:
        status = app.exec()
    finally:
        store.close()
    if smoke_test:
        print(translate("CommandLine", "smoke test passed: {0}").format(paths.store))
    return status
