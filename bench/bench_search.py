"""The search box (Ctrl+K) at 2,000 people / 20,000 conversations and
10,000 / 100,000. Writes docs/performance.md (section "search").

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_search.py

Words are typed into the real dialog one letter at a time; each keystroke is
timed from the text changing to the results laid out in the list (the search,
the rows, the first paint of the list). Beside it, in the same run, the floor:
SQLite alone answering the same prefix from the full-text index (the first
hundred conversations' ids, no order, no count, no rows read).
"""

from __future__ import annotations

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

from relations_app.services import Services, text_match  # noqa: E402
from relations_app.storage.database import db  # noqa: E402
from relations_app.storage.store import Store  # noqa: E402

SIZES = (2_000, 10_000)
# typed letter by letter: a rare word (found two years back), a common one, two
# words, and three one-letter words (initials: each matches most of the journal)
WORDS = ("okonomiyaki", "mentor", "coffee walk", "e s t")
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def keystrokes(dialog, app, word: str) -> list[float]:
    """Each prefix of ``word`` typed, the results laid out and painted."""
    times = []
    for end in range(1, len(word) + 1):

        def type_one(end=end) -> None:
            dialog.edit.setText(word[:end])
            dialog.run_search()
            dialog.results.viewport().repaint()
            app.processEvents()

        times.append(timed(type_one))
    return times


def floor(word: str) -> list[float]:
    """SQLite alone, for each prefix of ``word``."""
    sql = "SELECT rowid FROM conversation_text WHERE conversation_text MATCH ? LIMIT 100"
    times = []
    for end in range(1, len(word) + 1):
        query = text_match.all_of(word[:end])
        if query is not None:
            times.append(timed(lambda q=query: db.execute_sql(sql, [q]).fetchall()))
    return times


def service_alone(services: Services, word: str) -> list[float]:
    """The search service for each prefix of ``word``: no window, no rows laid out."""
    return [
        timed(lambda end=end: services.search.search(word[:end])) for end in range(1, len(word) + 1)
    ]


def measure(folder: Path) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QApplication

    from relations_app.ui.search_dialog import SearchDialog

    app = QApplication.instance() or QApplication([])
    store = Store(folder / "relations.sqlite3")
    store.open()
    services = Services.create(store)
    dialog = SearchDialog(services.search.search)
    dialog.show()
    figures: dict[str, list[float]] = {}
    for _ in range(RUNS):
        for word in WORDS:
            figures.setdefault(word, []).extend(keystrokes(dialog, app, word))
            figures.setdefault(f"floor {word}", []).extend(floor(word))
            figures.setdefault(f"service {word}", []).extend(service_alone(services, word))
    found = services.search.search("okonomiyaki")
    figures["found"] = [len(found.conversations)]
    dialog.close()
    store.close()
    return figures


def table(results: dict[int, dict[str, list[float]]]) -> str:
    head = "| measure | " + " | ".join(f"{n:,} / {n * 10:,}" for n in SIZES) + " |"
    lines = [head, "| --- |" + " ---: |" * len(SIZES)]
    for word in WORDS:
        cells = [_median_worst(results[n][word]) for n in SIZES]
        lines.append(
            f"| typing '{word}', a keystroke: median / worst | " + " | ".join(cells) + " |"
        )
        cells = [_median_worst(results[n][f"service {word}"]) for n in SIZES]
        lines.append("| ... the search alone, no window | " + " | ".join(cells) + " |")
        cells = [_median_worst(results[n][f"floor {word}"]) for n in SIZES]
        lines.append("| ... SQLite alone, the same prefixes (floor) | " + " | ".join(cells) + " |")
    cells = [str(results[n]["found"][0]) for n in SIZES]
    lines.append(
        "| conversations found for 'okonomiyaki' (one, two years ago) | " + " | ".join(cells) + " |"
    )
    return "\n".join(lines)


def _median_worst(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ms / {max(values):.1f} ms"


def main() -> None:
    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        for people in SIZES:
            folder = Path(scratch) / str(people)
            subprocess.run(
                [sys.executable, str(HERE / "make_journal.py"), str(folder), str(people)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            results[people] = measure(folder)
            print(people, {k: round(statistics.median(v), 1) for k, v in results[people].items()})
    load = os.getloadavg()[0]
    text = (
        "## The search box (Ctrl+K)\n\n"
        f"`bench/bench_search.py`, {time.strftime('%Y-%m-%d')}, {machine()}, 2 cores shared "
        f"(load average {load:.1f}), offscreen. Journals written by bench/make_journal.py. "
        "Each word is typed one letter at a time into the real dialog, "
        f"{RUNS} times; a keystroke is timed from the text changing to the results laid out "
        "and painted (at most 50 people and 100 conversations, the rest counted). "
        "Beside it, the search service alone (the same queries, no window), and the floor: "
        "SQLite alone finding the first 100 conversations that hold the same prefix, in no "
        "order, no count, no row read.\n\n" + table(results)
    )
    update_section("search", text)
    print(text)


if __name__ == "__main__":
    main()
