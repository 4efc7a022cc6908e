"""Benchmarks for the daily loop at scale. Writes docs/performance.md (section "core").

    make bench          # or: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run.py

Start-up is timed from spawning the process to its window being shown, for
Relations and for a bare PySide6 QMainWindow in the same run; the ratio is what
counts on a shared, noisy machine.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from report import machine, update_section  # noqa: E402
from sample_data import fill_random  # noqa: E402

from relations_app.services import Services  # noqa: E402
from relations_app.storage.store import Store  # noqa: E402

PEOPLE = int(os.environ.get("BENCH_PEOPLE", "2000"))
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def make_store(folder: Path, people: int) -> Path:
    store = Store(folder / "relations.sqlite3")
    store.open()
    started = time.perf_counter()
    fill_random(Services.create(store), people)
    print(
        f"filled {people} people / {people * 10} conversations in {time.perf_counter() - started:.1f} s"
    )
    store.close()
    return folder


def time_start(args: list[str]) -> float:
    started = time.time()
    out = subprocess.run(
        [sys.executable, str(HERE / "probes.py"), *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    shown = float(out.stdout.split()[-1])
    return shown - started


def start_times(folder: Path) -> tuple[float, float]:
    time_start(["bare"])  # warm the file cache for both
    time_start(["relations", str(folder)])
    bare, ours = [], []
    for _ in range(RUNS):  # interleaved so machine noise hits both alike
        bare.append(time_start(["bare"]))
        ours.append(time_start(["relations", str(folder)]))
    return statistics.median(bare), statistics.median(ours)


def start_phases(folder: Path) -> list[tuple[str, float]]:
    runs = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, str(HERE / "probes.py"), "phases", str(folder)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return [(runs[0][i][0], statistics.median(r[i][1] for r in runs)) for i in range(len(runs[0]))]


def in_process(folder: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from relations_app.app import build_context, create_application
    from relations_app.operations import Changes
    from relations_app.paths import data_paths
    from relations_app.ui.main_window import MainWindow
    from relations_app.ui.startup import open_or_recover

    app = create_application()
    paths = data_paths(folder)
    store = open_or_recover(paths, dt.datetime.now)
    window = MainWindow(build_context(paths, store))
    window.show()
    window.tabs.setCurrentWidget(window.people)
    app.processEvents()
    edit = window.people.filter.edit
    keystrokes = []
    for text in [
        "a",
        "an",
        "ana",
        "ana ",
        "ana s",
        "ana si",
        "ana sil",
        "ana silv",
        "ana silva",
        "ana silv",
        "ana sil",
        "ana si",
        "ana s",
        "ana ",
        "ana",
        "an",
        "a",
        "",
        "müller",
        "",
    ]:
        started = time.perf_counter()
        edit.setText(text)
        QApplication.processEvents()
        keystrokes.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    window.tabs.setCurrentWidget(window.journal)
    QApplication.processEvents()
    journal_ms = (time.perf_counter() - started) * 1000
    journal_keys = []
    for text in ["c", "co", "cof", "coff", "coffe", "coffee", ""]:
        started = time.perf_counter()
        window.journal.filter.edit.setText(text)
        QApplication.processEvents()
        journal_keys.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    window.ctx.events.changed.emit(Changes.all())  # a restore: everything reloaded
    QApplication.processEvents()
    refresh_ms = (time.perf_counter() - started) * 1000
    window.close()
    store.close()
    return {
        "filter_median": statistics.median(keystrokes),
        "filter_max": max(keystrokes),
        "journal_open": journal_ms,
        "journal_filter_median": statistics.median(journal_keys),
        "journal_filter_max": max(journal_keys),
        "refresh": refresh_ms,
    }


def peewee_ms() -> int:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import peewee"],
        capture_output=True,
        text=True,
        check=True,
    )
    return round(int(out.stderr.strip().splitlines()[-1].split("|")[1]) / 1000)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_store(Path(tmp) / "data", PEOPLE)
        bare, ours = start_times(folder)
        phases = start_phases(folder)
        figures = in_process(folder)
    print(f"start: bare {bare:.3f} s, relations {ours:.3f} s, ratio {ours / bare:.2f}")
    print(figures)
    phase_rows = "\n".join(f"| {name} | {ms:.0f} ms |" for name, ms in phases)
    update_section(
        "core",
        f"""
## The daily loop at {PEOPLE:,} people and {PEOPLE * 10:,} conversations

`bench/run.py`, {dt.date.today().isoformat()}, {machine()}, offscreen, median of {RUNS} interleaved runs.

| measure | figure | target |
| --- | --- | --- |
| bare PySide6 QMainWindow, spawn to shown | {bare * 1000:.0f} ms | baseline |
| Relations, spawn to main window shown | {ours * 1000:.0f} ms | |
| ratio | **{ours / bare:.2f}×** | under 2× |
| filter keystroke in People (median / worst of 20) | {figures["filter_median"]:.1f} / {figures["filter_max"]:.1f} ms | under 50 ms |
| opening the Journal tab (loads every conversation) | {figures["journal_open"]:.0f} ms | |
| filter keystroke in Journal (median / worst of 7) | {figures["journal_filter_median"]:.1f} / {figures["journal_filter_max"]:.1f} ms | |
| reload of every view after a restore (an edit updates its rows only: see below) | {figures["refresh"]:.0f} ms | |

Where Relations' start-up goes, measured inside the process (median of {RUNS}):

| phase | time |
| --- | --- |
{phase_rows}

The start-up target (under 2× a bare window) is **not met**. The bare window's own
imports are in both; Relations' imports alone (peewee is {peewee_ms()} ms of them) take
more than the {bare * 1000:.0f} ms a 2× target leaves, before the journal is opened and
checked, {PEOPLE:,} people are loaded with their last conversation, values and help,
and the window is painted. Already done to get here from 5.2×: the models sort with
Python key functions instead of Qt calling back per comparison, people and
conversations are read as raw rows, dialogs and printing load on first use.
""",
    )


if __name__ == "__main__":
    main()
