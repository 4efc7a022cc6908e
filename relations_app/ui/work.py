"""Long work on a worker thread, with a progress dialog that keeps repainting.

``Work.run(title, text, job)`` runs ``job(progress)`` on a thread of its own and
waits for it in a local event loop, so the caller reads like ordinary code
while the window keeps painting. Only one job runs at a time (one writer
touches the journal at a time): ``busy`` says one is running.

The dialog appears only if the job lasts more than a moment, so quick work
does not flash a window. Cancel, where offered, asks the job to stop; the job
decides where stopping is safe (an import rolls back, nothing is written).
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from relations_app.i18n import translate
from relations_app.operations.progress import Progress
from relations_app.services.threads import release_connection
from relations_app.storage.errors import StoreError

T = TypeVar("T")
SHOW_AFTER_MS = 300
REPORTS_PER_SECOND = 25


# Python's cyclic garbage collector runs on whichever thread allocates when
# its threshold is reached. Run on a worker, it destroyed there the Qt objects
# of wrappers gone out of use on the window's thread (a dialog just closed),
# and Qt crashed. While a worker runs the collector waits; it runs on the
# window's thread once every worker is done.
_paused_by = 0
_pause_lock = threading.Lock()


def pause_collector() -> None:
    global _paused_by
    with _pause_lock:
        _paused_by += 1
        gc.disable()


def resume_collector() -> None:
    global _paused_by
    with _pause_lock:
        _paused_by -= 1
        if _paused_by == 0:
            gc.enable()


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal()
    failed = Signal(object)


class ThreadProgress(Progress):
    """Reports from the worker reach the dialog as queued signals; Cancel is an Event."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= 1 / REPORTS_PER_SECOND or (total and done >= total):
            self._last = now
            self._signals.progressed.emit(done, total)


class ProgressBox(QProgressDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, cancellable: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(text)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)  # moving to and fro until the first report
        self.setMinimumWidth(380)
        self._cancellable = cancellable
        if not cancellable:
            self.setCancelButton(None)
        self.setValue(0)  # starts the clock of minimumDuration

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))

    def reject(self) -> None:
        """Escape or the window's close button: Cancel where it is offered, else nothing
        (the work cannot be left running behind a closed dialog)."""
        if self._cancellable:
            self.canceled.emit()  # as the Cancel button does (cancel() alone would not say so)

    def closeEvent(self, event) -> None:
        event.ignore()
        self.reject()


class Busy(StoreError):
    """A long job is still running: one writer at a time."""

    kind = "busy"

    def __init__(self) -> None:
        super().__init__(
            translate("Work", "another task is still running. Try again once it is done.")
        )


class Work(QObject):
    """One job at a time, on a worker thread, behind a progress dialog."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self.busy = False
        self.last_box: ProgressBox | None = None  # for tests: the dialog of the last job

    def run(
        self, title: str, text: str, job: Callable[[Progress], T], cancellable: bool = False
    ) -> T:
        """Run ``job(progress)`` on a worker and return what it returns; what it
        raises (Cancelled when Cancel was pressed) is raised here; Busy while
        another job runs."""
        if self.busy:
            raise Busy
        self.busy = True
        signals = _Signals()
        progress = ThreadProgress(signals)
        box = self.last_box = ProgressBox(self._window, title, text, cancellable)
        box.canceled.connect(progress.cancel)
        signals.progressed.connect(box.show_progress)
        outcome: dict = {}
        thread = threading.Thread(
            target=_body, args=(job, progress, signals, outcome), name="relations-work"
        )
        loop = QEventLoop()
        signals.finished.connect(loop.quit)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        pause_collector()
        try:
            thread.start()
            loop.exec()
            thread.join()
        finally:
            resume_collector()
            QGuiApplication.restoreOverrideCursor()
            # reset() stops the timer that shows the box after SHOW_AFTER_MS: quick
            # work followed by a dialog (the contacts preview) left it to pop up
            # over that dialog, where deleteLater() does not reach it until it closes
            box.reset()
            box.hide()
            box.deleteLater()
            self.busy = False
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]


def _body(job, progress: ThreadProgress, signals: _Signals, outcome: dict) -> None:
    try:
        outcome["result"] = job(progress)
    except BaseException as error:  # handed to the window's thread, raised there
        outcome["error"] = error
    finally:
        release_connection()
        signals.finished.emit()


# Quiet work: jobs with no dialog (the automatic backup), which only read the
# journal and may run while the user goes on editing. Anything that closes
# the journal's connection (a restore, quitting) waits for them first.
_quiet: dict[threading.Thread, _Signals] = {}


def run_quietly(job: Callable[[], object], failed: Callable[[BaseException], None]) -> bool:
    """Run ``job()`` on a worker; ``failed(error)`` is called on this thread if
    it raises. False (and nothing run) while another quiet job still runs."""
    if any(thread.is_alive() for thread in _quiet):
        return False
    signals = _Signals()
    signals.failed.connect(failed)

    def body() -> None:
        try:
            job()
        except BaseException as error:
            signals.failed.emit(error)
        finally:
            release_connection()
            resume_collector()

    thread = threading.Thread(target=body, name="relations-quiet-work")
    _quiet[thread] = signals
    pause_collector()
    thread.start()
    return True


def wait_for_quiet_work() -> None:
    for thread in list(_quiet):
        thread.join()
        del _quiet[thread]
