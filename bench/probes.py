"""Child processes the benchmarks time: each prints the wall time at which its
window was shown, so start-up is measured from spawn to a visible window."""

import sys
import time


def bare_window() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print(f"shown {time.time():.6f}", flush=True)


def relations_window(data_dir: str, landing_on_today: bool = True) -> None:
    """The same steps as relations_app.app.run_gui, up to the window being shown.

    Without ``landing_on_today`` the window opens on People as it did before
    the Today page: the page is made but its agenda is not built."""
    import datetime as dt

    from relations_app.app import build_context, create_application
    from relations_app.paths import data_paths
    from relations_app.ui.main_window import PEOPLE_TAB, MainWindow
    from relations_app.ui.startup import open_or_recover

    if not landing_on_today:
        MainWindow._landing_tab = lambda self: PEOPLE_TAB

    app = create_application()
    paths = data_paths(data_dir)
    store = open_or_recover(paths, dt.datetime.now)
    window = MainWindow(build_context(paths, store))
    window.show()
    app.processEvents()
    print(f"shown {time.time():.6f}", flush=True)
    store.close()


def phases(data_dir: str) -> None:
    """Where Relations' start-up time goes, phase by phase (one JSON line)."""
    import json

    marks = [("process start", time.perf_counter())]

    def mark(name: str) -> None:
        marks.append((name, time.perf_counter()))

    from PySide6.QtWidgets import QApplication  # noqa: F401  (what a bare window imports too)

    mark("Qt imports")
    import datetime as dt

    from relations_app.app import build_context, create_application
    from relations_app.paths import data_paths
    from relations_app.ui.main_window import MainWindow
    from relations_app.ui.startup import open_or_recover

    mark("Relations imports (peewee, services, window)")
    app = create_application()
    paths = data_paths(data_dir)
    store = open_or_recover(paths, dt.datetime.now)
    mark("application and journal opened (integrity check)")
    window = MainWindow(build_context(paths, store))
    mark("main window built (people loaded)")
    window.show()
    app.processEvents()
    mark("first paint")
    store.close()
    print(json.dumps([(name, (t - marks[i][1]) * 1000) for i, (name, t) in enumerate(marks[1:])]))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare_window()
    elif sys.argv[1] == "phases":
        phases(sys.argv[2])
    elif sys.argv[1] == "relations-on-people":
        relations_window(sys.argv[2], landing_on_today=False)
    else:
        relations_window(sys.argv[2])
