"""Fixtures for every test: a fresh store per test, headless Qt, a fixed clock.

The session is the same on every machine: no display, Qt's C locale (English
words, "15 Jun 2026", metric paper) whatever LANG says, UTC whatever TZ says,
and only the fonts of tests/fonts.py. Subprocesses inherit all of it through the environment.
"""

import atexit
import os
import shutil
import tempfile
import time
from pathlib import Path

# Before anything imports Qt: there is no display on CI machines.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_LOGGING_RULES"] = "qt.qpa.*=false"  # whatever the caller had
for _name in ("LANGUAGE", "LC_MESSAGES", "LC_TIME", "LC_NUMERIC", "LC_COLLATE", "LC_CTYPE"):
    os.environ.pop(_name, None)
os.environ["LANG"] = os.environ["LC_ALL"] = "C.UTF-8"
os.environ["TZ"] = "UTC"
time.tzset()

from tests.fonts import isolate_fonts  # noqa: E402

_session_folder = Path(tempfile.mkdtemp(prefix="relations-tests-"))
atexit.register(shutil.rmtree, _session_folder, ignore_errors=True)
isolate_fonts(_session_folder)

import datetime as dt  # noqa: E402
from collections.abc import Callable  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QLocale, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog  # noqa: E402

from relations_app.context import AppContext  # noqa: E402
from relations_app.events import Events  # noqa: E402
from relations_app.paths import DataPaths  # noqa: E402
from relations_app.services import Services  # noqa: E402
from relations_app.services.backups import BackupService  # noqa: E402
from relations_app.settings import Settings  # noqa: E402
from relations_app.storage.store import Store  # noqa: E402

QLocale.setDefault(QLocale.c())  # what LC_ALL=C.UTF-8 gives subprocesses too

NOW = dt.datetime(2026, 6, 15, 10, 30)
TODAY = NOW.date()


def fixed_clock() -> dt.datetime:
    return NOW


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def store(data_dir: Path):
    store = Store(DataPaths(data_dir).store)
    store.open()
    yield store
    store.close()


@pytest.fixture
def services(store: Store) -> Services:
    return Services.create(store, clock=fixed_clock)


@pytest.fixture
def ctx(qapp, data_dir: Path, services: Services) -> AppContext:
    paths = DataPaths(data_dir)
    backups = BackupService(services.store, paths.backups, fixed_clock)
    return AppContext(
        paths=paths,
        services=services,
        settings=Settings(paths.settings),
        events=Events(),
        clock=fixed_clock,
        backups=backups,
        before_risky=lambda what: backups.backup_now(f"before-{what}"),
    )


@pytest.fixture
def french(qapp):
    """Relations in French for one test (as LANG=fr_FR would), then back to C."""
    from PySide6.QtCore import QTranslator

    from relations_app import i18n

    i18n.load("fr")
    i18n.install(qapp)
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    i18n.load("C")
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def window(qtbot, ctx: AppContext):
    from relations_app.ui.main_window import MainWindow

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


class DialogDriver:
    """Act on the modal dialog a command opens: ``with_dialog(fill).run(trigger)``.

    ``fill(dialog)`` runs once the dialog is up; it must accept or reject it.
    """

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.seen: list = []

    def run(self, trigger: Callable[[], object], *fills: Callable[[object], None]):
        pending = list(fills)

        def act() -> None:
            dialog = QApplication.activeModalWidget()
            # a progress dialog waits for no one: the fill is for what comes after it
            if dialog is None or isinstance(dialog, QProgressDialog):
                QTimer.singleShot(10, act)
                return
            self.seen.append(dialog)
            fill = pending.pop(0)
            try:
                fill(dialog)
            except BaseException:
                dialog.reject()  # a failing check must not leave the test waiting forever
                raise
            if pending:
                QTimer.singleShot(10, act)

        QTimer.singleShot(0, act)
        return trigger()


@pytest.fixture
def dialogs(qtbot) -> DialogDriver:
    return DialogDriver(qtbot)


def plain(text: str) -> str:
    """Text as a test writes it: no mnemonic ampersands, ordinary spaces in dates."""
    return text.replace("&", "").replace("\u00a0", " ")


def click_button(box: QMessageBox, text: str) -> None:
    for button in box.buttons():
        if plain(button.text()) == text:
            button.click()
            return
    box.reject()  # fail the test rather than leave it waiting on a dialog forever
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


def detail_text(window) -> str:
    """What the detail pane shows once pending updates (drawn on the next turn
    of the event loop) are done."""
    QApplication.processEvents()
    return window.people.detail.text()
