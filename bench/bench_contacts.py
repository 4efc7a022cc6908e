"""Contacts import at 5,000: reading a vCard file to the preview, and importing
everyone chosen, each beside a baseline measured in the same run. Section
"contacts" of docs/performance.md.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_contacts.py

Baselines: vobject's own readComponents over the same file (how long the
library takes to parse it the ordinary way), the csv module's reader over a
Google Contacts CSV of the same people, and a plain sqlite3 executemany of
the same 5,000 rows into the same table with the same pragmas.

The window's side: opening the preview dialog on the 5,000 rows, ticking them
all, filtering them; and the longest pause of the window's event loop while
the import runs the way the window runs it (an operation on a worker, behind a
progress dialog), beside the same import run on the window's own thread.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import vobject  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from report import machine, update_section  # noqa: E402
from sample_data import fill_random  # noqa: E402

from relations_app.contacts.reading import read_contact_file  # noqa: E402
from relations_app.operations import ImportContacts, perform  # noqa: E402
from relations_app.records import Circle  # noqa: E402
from relations_app.services import Services, rows  # noqa: E402
from relations_app.services.contacts import Choice  # noqa: E402
from relations_app.storage.database import PRAGMAS  # noqa: E402
from relations_app.storage.migrations import STEPS  # noqa: E402
from relations_app.storage.store import Store  # noqa: E402

CONTACTS = int(os.environ.get("BENCH_CONTACTS", "5000"))
EXISTING = 2000  # people already in the journal the preview matches against
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
TODAY = dt.date(2026, 6, 15)

FIRST = ["Agnès", "Élodie", "Omar", "Chloé", "Théo", "Noa", "Sara", "Jean-Luc", "Inès", "Marc"]
LAST = ["Dupré", "Léger", "Benali", "Girard", "Rousseau", "Cohen", "Haddad", "Martin", "Nguyen"]


def card(i: int) -> str:
    """An Apple-shaped card: grouped email, two phones, an address, a note,
    and a birthday, year-less for one in four."""
    first, last = FIRST[i % len(FIRST)], f"{LAST[i % len(LAST)]}{i}"
    bday = "BDAY;X-APPLE-OMIT-YEAR=1604:1604-09-30" if i % 4 == 0 else "BDAY:1985-03-15"
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:{last};{first};;;\r\nFN:{first} {last}\r\nORG:Atelier {i}\\, Lyon;\r\n"
        f"item1.EMAIL;type=INTERNET;type=pref:contact{i}@example.org\r\n"
        "item1.X-ABLabel:_$!<Other>!$_\r\n"
        f"TEL;type=CELL;type=VOICE;type=pref:+33 6 {i % 100:02d} {i // 100 % 100:02d} 00 00\r\n"
        "TEL;type=WORK;type=VOICE:+33 4 78 00 00 00\r\n"
        "item2.ADR;type=HOME;type=pref:;;12 rue des Lilas;Lyon;;69003;France\r\n"
        f"NOTE:Rencontré au salon du livre\\, stand {i}.\\nAime le thé vert.\r\n{bday}\r\n"
        "END:VCARD\r\n"
    )


GOOGLE_HEADER = (
    "First Name,Middle Name,Last Name,Nickname,Organization Name,Birthday,Notes,"
    "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Address 1 - Label,Address 1 - City\n"
)


def google_row(i: int) -> str:
    """A Google Contacts row: two emails in one cell, a multi-line note."""
    first, last = FIRST[i % len(FIRST)], f"{LAST[i % len(LAST)]}{i}"
    bday = "--09-30" if i % 4 == 0 else "1985-03-15"
    return (
        f'{first},,{last},,"Atelier {i}, Lyon",{bday},"Rencontré au salon du livre.\n'
        f'Aime le thé vert.",* Home,contact{i}@example.org ::: other{i}@example.org,'
        f"Mobile,+33 6 {i % 100:02d} {i // 100 % 100:02d} 00 00,Home,Lyon\n"
    )


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def baseline_insert(folder: Path, values: list[tuple]) -> float:
    path = folder / f"baseline-{time.monotonic_ns()}.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for name, value in PRAGMAS:
        conn.execute(f"PRAGMA {name} = {value}")
    for step in sorted(STEPS):  # the schema as the journal has it now
        for statement in STEPS[step]:
            conn.execute(statement)
    names = [*rows.PERSON_FIELDS, "created_at", "updated_at"]
    sql = f"INSERT INTO person ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(sql, values)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def dialog_figures(rows, files) -> dict[str, float]:
    """Open the preview on every row, tick them all, type a filter."""
    from relations_app.ui.contacts_preview_dialog import ContactsPreviewDialog

    figures = {}
    started = time.perf_counter()
    dialog = ContactsPreviewDialog(None, rows, files)
    dialog.show()
    QApplication.processEvents()
    figures["open"] = time.perf_counter() - started
    figures["tick"] = timed(lambda: dialog.model.set_chosen(range(len(rows)), True))
    figures["filter"] = timed(lambda: dialog.filter.edit.setText("agnès dupré1"))
    dialog.model.set_chosen(range(len(rows)), False)
    dialog.close()
    dialog.deleteLater()
    return figures


def longest_pause(services, choices, on_worker: bool) -> float:
    """The longest time the window's event loop did not turn while importing."""
    from relations_app.ui.work import Work

    window = QWidget()
    clock, gaps = QElapsedTimer(), [0]
    ticker = QTimer()
    ticker.timeout.connect(lambda: (gaps.append(clock.restart()),))
    ticker.start(5)
    op = ImportContacts(tuple(choices), Circle.ACQUAINTANCE, "contacts.vcf")
    clock.start()
    if on_worker:
        Work(window).run("Import", "Importing…", lambda progress: perform(op, services, progress))
    else:
        perform(op, services)
    gaps.append(clock.elapsed())
    ticker.stop()
    window.deleteLater()
    return max(gaps) / 1000


def window_figures(folder: Path, choices) -> dict[str, float]:
    pauses = {}
    for name, on_worker in (("worker", True), ("same thread", False)):
        store = Store(folder / f"window-{name}" / "relations.sqlite3")
        store.open()
        pauses[name] = longest_pause(Services.create(store), choices, on_worker)
        store.close()
    return pauses


def google_csv_figures(folder: Path, services: Services) -> tuple[float, list, list]:
    """The same people as a Google Contacts CSV: its size, the csv module's own
    reading of it (the baseline), and reading it to the preview."""
    table = folder / "contacts.csv"
    table.write_text(
        GOOGLE_HEADER + "".join(google_row(i) for i in range(CONTACTS)), encoding="utf-8"
    )
    bare, preview = [], []
    for _ in range(RUNS):
        bare.append(timed(lambda: list(csv.reader(io.StringIO(table.read_text("utf-8"))))))
        preview.append(
            timed(
                lambda: services.contacts.preview(
                    [read_contact_file(table, TODAY)], services.duplicates.index()
                )
            )
        )
    return table.stat().st_size / 1e6, bare, preview


def main() -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "contacts.vcf"
        source.write_text("".join(card(i) for i in range(CONTACTS)), encoding="utf-8")
        size_mb = source.stat().st_size / 1e6
        store = Store(folder / "journal" / "relations.sqlite3")
        store.open()
        services = Services.create(store)
        fill_random(services, EXISTING)
        csv_figures = google_csv_figures(folder, services)
        bare, preview, imports, baseline = [], [], [], []
        for _ in range(RUNS):
            text = source.read_text(encoding="utf-8")
            bare.append(timed(lambda text=text: list(vobject.readComponents(text))))
            found = {}

            def to_preview(found=found) -> None:
                file = read_contact_file(source, TODAY)
                found["rows"] = services.contacts.preview([file], services.duplicates.index())

            preview.append(timed(to_preview))
            choices = [Choice(row.contact) for row in found["rows"]]
            fresh = Store(folder / f"fresh-{len(imports)}" / "relations.sqlite3")
            store.close()
            fresh.open()
            target = Services.create(fresh)
            imports.append(
                timed(lambda t=target, c=choices: t.contacts.import_contacts(c, Circle.WIDER))
            )
            fresh.close()
            store.open()
            now = dt.datetime(2026, 6, 15, 10, 30).isoformat(sep=" ")
            values = [
                (*rows.person_columns(c.contact.person()).values(), now, now) for c in choices
            ]
            baseline.append(baseline_insert(folder, values))
        file = read_contact_file(source, TODAY)
        window = dialog_figures(found["rows"], [file])
        window |= window_figures(folder, choices)
        store.close()
    report(size_mb, bare, preview, imports, baseline, window, csv_figures)


def report(size_mb, bare, preview, imports, baseline, window, csv_figures) -> None:
    med = statistics.median
    ms = lambda seconds: f"{seconds * 1000:.0f} ms"  # noqa: E731
    csv_mb, csv_bare, csv_preview = csv_figures
    met = med(preview) < 2 and med(imports) < 3 and med(csv_preview) < 2
    verdict = "The targets are met on this machine." if met else "**A target is not met.**"
    markdown = f"""
## Contacts import: {CONTACTS:,} contacts

`bench/bench_contacts.py`, {dt.date.today()}, {machine()}, median of {RUNS} runs.
The file is {size_mb:.1f} MB of Apple-shaped vCard 3.0 cards (grouped email, two
phones, an address, a note, a birthday, year-less for one in four); the journal
it is previewed against holds {EXISTING:,} people.

| measure | figure | baseline in the same run | target |
| --- | --- | --- | --- |
| read, check and match every contact (the preview's data) | {ms(med(preview))} | vobject's readComponents alone: {ms(med(bare))} | under 2 s |
| the same from a Google Contacts CSV ({csv_mb:.1f} MB) | {ms(med(csv_preview))} | the csv module's reader alone: {ms(med(csv_bare))} | under 2 s |
| import all {CONTACTS:,}, one transaction | {ms(med(imports))} | plain sqlite3 executemany of the same rows: {ms(med(baseline))} | under 3 s |

{verdict} Reading, checking and matching take
{med(preview) / med(bare):.2f}× what vobject's own readComponents takes just to
parse the file: we use its lower layer (logical lines, parsed lines) and skip
its content-line objects and vCard behaviours, which were half the time. From
the CSV, the csv module's own reading is a small part: most of the time is
checking and matching each contact, the same work as for the vCard. The
import is one executemany; what it adds to the bare insert is building each
record's columns (and the journal's driver is sqlcipher3's SQLite 3.53, the
baseline Python's own sqlite3). The machine is shared (2 cores, other work running): the
ratios to the baselines are steadier than the figures.

In the window (offscreen, one run):

| measure | figure |
| --- | --- |
| open the preview dialog on all {CONTACTS:,} and paint it | {ms(window["open"])} |
| tick all {CONTACTS:,} at once | {ms(window["tick"])} |
| filter them as a word is typed | {ms(window["filter"])} |
| longest pause of the window while importing all {CONTACTS:,} (worker, as the window does) | {ms(window["worker"])} |
| **baseline:** the same import on the window's own thread | {ms(window["same thread"])} |
"""
    print(markdown)
    update_section("contacts", markdown)


if __name__ == "__main__":
    main()
