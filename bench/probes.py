"""Child processes the benchmarks time: each prints the wall time at which its
window was shown, so start-up is measured from spawn to a visible window.

"Shown" is the moment the window's first frame has been painted: the first
UpdateRequest of the top-level window has been handled (Qt paints and flushes
it there). Relations then fills in what the first screen left out; "filled"
is when that is done, printed as a second figure.
"""

import sys
import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer


class FirstFrame(QObject):
    """Notes the wall time once the window's first frame is painted, and the
    time once the work queued behind that frame (the rest of the rows) is done.
    It waits in a loop of its own: QApplication.quit() would close the window."""

    def __init__(self, window) -> None:
        super().__init__()
        self._loop = QEventLoop()
        self.shown = self.filled = 0.0
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.UpdateRequest and not self.shown:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)  # runs once this frame is flushed
        return False

    def _painted(self) -> None:
        self.shown = time.time()
        QTimer.singleShot(0, self._settled)  # after what the window queued behind it

    def _settled(self) -> None:
        self.filled = time.time()
        self._loop.quit()

    def wait(self) -> None:
        self._loop.exec()

    def report(self) -> None:
        print(f"shown {self.shown:.6f} filled {self.filled:.6f}", flush=True)


def start_functions():
    """build_context and create_application, where this code keeps them
    (context.py, ui/launch.py) or where the code before kept them (app.py)."""
    try:
        from relations_app.context import build_context
        from relations_app.ui.launch import create_application
    except ImportError:
        from relations_app.app import build_context, create_application
    return build_context, create_application


def bare_window() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    _app = QApplication(sys.argv[:1])  # kept until the window is shown
    window = QMainWindow()
    window.resize(1280, 800)
    frame = FirstFrame(window)
    window.show()
    frame.wait()
    frame.report()


def relations_window(data_dir: str, landing_on_today: bool = True, aside: bool = True) -> None:
    """The same steps as relations_app.ui.launch.run_gui, up to the window being shown
    (without the instance lock and the window's socket).

    Without ``landing_on_today`` the window opens on People as it did before
    the Today page: the page is made but its agenda is not built. Without
    ``aside`` the journal's tables are checked before the window is built."""

    build_context, create_application = start_functions()
    from relations_app.paths import data_paths

    _app = create_application()  # kept until the window is shown
    paths = data_paths(data_dir)
    store, window = open_and_build(paths, build_context, landing_on_today, aside)
    frame = FirstFrame(window)
    window.show()
    frame.wait()
    frame.report()
    store.close()


def open_and_build(paths, build_context, landing_on_today: bool = True, aside: bool = True):
    """Open the journal and build the window as run_gui does, the window's
    modules imported once the journal is open (as Session.show_window does):
    the window is built while the journal's tables are checked on a thread,
    and handed out once the check has passed (the code from before that:
    checked, then built)."""
    import datetime as dt

    from relations_app.ui.startup import open_or_recover

    try:
        from relations_app.ui.session import checked_window
        from relations_app.ui.work import pause_collector, resume_collector
    except ImportError:  # the code before the check was made aside
        store = open_or_recover(paths, dt.datetime.now)
        return store, main_window(landing_on_today)(build_context(paths, store))
    pause_collector()
    try:
        store = open_or_recover(paths, dt.datetime.now, check_aside=aside)
        ctx = build_context(paths, store)
        window_class = main_window(landing_on_today)
        return store, checked_window(lambda: window_class(ctx, rest_after_first_frame=True), store)
    finally:
        resume_collector()


def main_window(landing_on_today: bool):
    from relations_app.ui.main_window import PEOPLE_TAB, MainWindow

    if not landing_on_today:
        MainWindow._landing_tab = lambda self: PEOPLE_TAB
    return MainWindow


def phases(data_dir: str) -> None:
    """Where Relations' start-up time goes, phase by phase (one JSON line)."""
    import json

    marks = [("process start", time.perf_counter())]

    def mark(name: str) -> None:
        marks.append((name, time.perf_counter()))

    from PySide6.QtWidgets import QApplication  # noqa: F401  (what a bare window imports too)

    mark("Qt imports")
    import datetime as dt

    build_context, create_application = start_functions()
    from relations_app.paths import data_paths
    from relations_app.ui.startup import open_or_recover
    from relations_app.ui.work import pause_collector, resume_collector

    mark("Relations imports, what opening the journal needs")
    _app = create_application()
    paths = data_paths(data_dir)
    pause_collector()
    store = open_or_recover(paths, dt.datetime.now, check_aside=True)
    mark("application and journal opened (its tables checked on a thread from here)")
    from relations_app.ui.main_window import MainWindow

    ctx = build_context(paths, store)
    mark("the window's modules imported and the services made")
    window = MainWindow(ctx, rest_after_first_frame=True)
    mark("main window built (the first screen of the page it opens on)")
    store.finish_check()
    resume_collector()
    mark("waiting for the end of the check")
    frame = FirstFrame(window)
    window.show()
    frame.wait()
    marks.append(("first frame painted", frame.shown - time.time() + time.perf_counter()))
    marks.append(("the rest filled in", frame.filled - time.time() + time.perf_counter()))
    store.close()
    print(json.dumps([(name, (t - marks[i][1]) * 1000) for i, (name, t) in enumerate(marks[1:])]))


def resident_mib() -> tuple[float, float]:
    """This process's resident memory and its peak, as the kernel counts them."""
    fields = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            name, _, value = line.partition(":")
            fields[name] = value.split()
    return int(fields["VmRSS"][0]) / 1024, int(fields["VmHWM"][0]) / 1024


def daily(data_dir: str, word: str) -> None:
    """The daily loop in one window, timed step by step (one JSON line). Uses
    only what every version of the window has, so that an older one can be
    timed by the same code."""
    import datetime as dt
    import json
    import statistics

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    build_context, create_application = start_functions()
    from relations_app.operations import Changes
    from relations_app.paths import data_paths
    from relations_app.ui.main_window import MainWindow
    from relations_app.ui.startup import open_or_recover

    _app = create_application()
    paths = data_paths(data_dir)
    store = open_or_recover(paths, dt.datetime.now)
    window = MainWindow(build_context(paths, store))
    window.resize(1280, 800)
    frame = FirstFrame(window)
    window.show()
    frame.wait()  # the first frame, and what is filled in after it

    def timed(action) -> float:
        started = time.perf_counter()
        action()
        QApplication.processEvents()
        return (time.perf_counter() - started) * 1000

    def typing(edit, text: str) -> list[float]:
        return [timed(lambda t=text[:n]: edit.setText(t)) for n in range(1, len(text) + 1)]

    found = {"people_open": timed(lambda: window.tabs.setCurrentWidget(window.people))}
    people_keys = typing(window.people.filter.edit, "ana silva") + typing(
        window.people.filter.edit, "müller"
    )
    window.people.filter.edit.setText("")
    found["journal_open"] = timed(lambda: window.tabs.setCurrentWidget(window.journal))
    journal = window.journal
    keys = typing(journal.filter.edit, "coffee")
    keys += typing(journal.filter.edit, word)
    found["word_rows"] = journal.table.model().rowCount()
    keys += [timed(lambda: journal.filter.edit.setText(""))]
    bar = journal.table.verticalScrollBar()
    found["scroll_end"] = timed(lambda: bar.setValue(bar.maximum()))
    for column in range(journal.table.model().columnCount()):
        found[f"sort_{column}"] = timed(
            lambda c=column: journal.table.sortByColumn(c, Qt.SortOrder.AscendingOrder)
        )
    journal.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    found["refresh"] = timed(lambda: window.ctx.events.changed.emit(Changes.all()))
    found["people_key_median"] = statistics.median(people_keys)
    found["people_key_worst"] = max(people_keys)
    found["journal_key_median"] = statistics.median(keys)
    found["journal_key_worst"] = max(keys)
    found["resident_mib"], found["peak_mib"] = resident_mib()
    store.close()  # the window is not closed: it would save its tab and columns for the next run
    print(json.dumps(found))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare_window()
    elif sys.argv[1] == "phases":
        phases(sys.argv[2])
    elif sys.argv[1] == "relations-check-first":
        relations_window(sys.argv[2], aside=False)
    elif sys.argv[1] == "relations-on-people":
        relations_window(sys.argv[2], landing_on_today=False)
    elif sys.argv[1] == "daily":
        daily(sys.argv[2], sys.argv[3])
    else:
        relations_window(sys.argv[2])
