"""How long printing the overview blocks the window, at 10,000 people. Writes
docs/performance.md (section "print-window").

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_print_window.py JOURNAL_FOLDER

JOURNAL_FOLDER from `bench/make_journal.py /tmp/p10k 10000`. For the code before
this branch (BENCH_BEFORE, by default where it left main) and this code, each
in a fresh process on a copy of the journal: Ctrl+P and Export as PDF with the
default choices (everyone, one page per person, the last 90 days), the dialogs
answered as a user would (Continue, then close the preview or name the file).
A timer ticking every 10 ms on the window's thread measures how long the window
went without handling events: the longest stall, and the time lost in stalls
over 100 ms (a user notices those).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from report import machine, update_section  # noqa: E402
from run import before_ref, checkout  # noqa: E402

TICK_MS = 10
NOTICED_MS = 100

CHILD = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMainWindow, QProgressDialog
from PySide6.QtPrintSupport import QPrintPreviewDialog
from relations_app.context import build_context
from relations_app.paths import DataPaths
from relations_app.storage.store import Store
from relations_app.ui.print_commands import PrintCommands

folder, command, target = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
app = QApplication([])
paths = DataPaths(folder)
store = Store(paths.store)
store.open()
ctx = build_context(paths, store)
window = QMainWindow()
window.show()
printing = PrintCommands(ctx, window)
QFileDialog.getSaveFileName = lambda *args: (target, "")
ticks = [time.perf_counter()]
timer = QTimer()
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
timer.start(TICK_MS)

def answer():
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QPrintPreviewDialog):
        dialog.reject()  # shown: its pages are laid out and painted
    elif isinstance(dialog, QDialog) and not isinstance(dialog, QProgressDialog):
        dialog.accept()  # the options: Continue (or Save as PDF)
    QTimer.singleShot(20, answer)

QTimer.singleShot(0, answer)
started = time.perf_counter()
if command == "preview":
    printing.print_overview([])
else:
    printing.export_overview_pdf([])
ticks.append(time.perf_counter())
gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:])]
print(json.dumps({
    "wall": time.perf_counter() - started,
    "longest": max(gaps),
    "stalled": sum(g for g in gaps if g > NOTICED_MS) / 1000,
    "pdf": Path(target).exists(),
}))
""".replace("TICK_MS", str(TICK_MS)).replace("NOTICED_MS", str(NOTICED_MS))


def measure(tree: Path, journal: Path, command: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "journal"
        shutil.copytree(journal, folder)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(tree)}
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(folder), command, str(Path(tmp) / "o.pdf")],
            env=env,
            cwd=tmp,  # not the checkout: python -c puts the working folder first on sys.path
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(done.stdout.strip().splitlines()[-1])


def main(journal: Path) -> None:
    ref = before_ref()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        trees = [
            (f"before ({ref})", checkout(ref, Path(tmp) / "before")),
            ("this code", HERE.parent),
        ]
        for command, label in [("preview", "Ctrl+P, Continue"), ("pdf", "Export as PDF")]:
            for version, tree in trees:
                f = measure(tree, journal, command)
                rows.append(
                    f"| {label} | {version} | {f['wall']:.1f} | **{f['longest'] / 1000:.2f}** | "
                    f"{f['stalled']:.1f} | {'yes' if f['pdf'] else 'no'} |"
                )
                print(rows[-1], flush=True)
    header = (
        "## Printing the overview from the window at 10,000 people\n\n"
        f"`bench/bench_print_window.py`, {dt.date.today().isoformat()}, {machine()}, "
        f"{os.cpu_count()} cores, offscreen, one run each, before and after in the same run.\n"
        "Default choices (everyone, one page per person, last 90 days), dialogs answered at once.\n"
        f"Longest stall: the longest the window's thread went without handling events; stalled:\n"
        f"seconds lost in stalls over {NOTICED_MS} ms. Target: no stall a user notices "
        "(progress dialogs repaint).\n\n"
        "| command | code | wall s | longest stall s | stalled s | PDF written |\n"
        "| --- | --- | ---: | ---: | ---: | --- |\n"
    )
    update_section("print-window", header + "\n".join(rows))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
