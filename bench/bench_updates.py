"""How long the window takes to show an edit, at 2,000 and 10,000 people.

Writes docs/performance.md (section "updates"). Each edit is performed as an
operation, then timed from the moment its Changes are broadcast until the
window has processed them and painted: the people and journal rows touched,
the status bar, the actions and (when the edited person is the one selected)
the detail pane. The baseline, measured in the same run on the same journal,
is what the window did before operations: reload every person and reset the
table (the journal's reload came on top when its tab was open).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_updates.py
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import statistics
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

from relations_app.operations import (  # noqa: E402
    DeleteConversation,
    SaveConversation,
    SavePerson,
    perform,
)
from relations_app.records import Conversation, PersonRef  # noqa: E402
from relations_app.services import Services  # noqa: E402
from relations_app.storage.store import Store  # noqa: E402

SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "2000,10000").split(",")]
TARGET_MS = {2000: 5.0, 10000: 20.0}  # issue 13
RUNS = int(os.environ.get("BENCH_RUNS", "25"))


def make_journal(folder: Path, people: int) -> None:
    store = Store(folder / "relations.sqlite3")
    store.open()
    started = time.perf_counter()
    fill_random(Services.create(store), people)
    print(f"{people} people filled in {time.perf_counter() - started:.0f} s", flush=True)
    store.close()


def open_window(folder: Path):
    from relations_app.context import build_context
    from relations_app.paths import data_paths
    from relations_app.ui.launch import create_application
    from relations_app.ui.main_window import MainWindow
    from relations_app.ui.startup import open_or_recover

    app = create_application()
    paths = data_paths(folder)
    store = open_or_recover(paths, dt.datetime.now)
    window = MainWindow(build_context(paths, store))
    window.resize(1280, 800)
    window.show()
    window.tabs.setCurrentWidget(window.journal)  # loaded too: its rows update as well
    window.tabs.setCurrentWidget(window.people)
    app.processEvents()
    return app, window, store


def timed(app, window, changes) -> tuple[float, float]:
    """(the tables, the status bar and the actions updated; and then the detail
    pane redrawn, on the next turn of the event loop, and the window painted)"""
    started = time.perf_counter()
    window.ctx.events.changed.emit(changes)
    updated = time.perf_counter()
    app.processEvents()
    return (updated - started) * 1000, (time.perf_counter() - started) * 1000


def edits(window, person_ids: list[int]):
    """(what, who is selected, operation): the edits a day brings."""
    services, someone_else = window.ctx.services, person_ids[-1]
    for person_id in person_ids[:-1]:
        person = services.people.get(person_id)
        talk = services.conversations.get_many(services.snapshots.conversations_of([person_id]))[0]
        notes = dataclasses.replace(person, notes=person.notes + " and more")
        yield "edit the selected person's notes", person_id, SavePerson(notes)
        renamed = dataclasses.replace(person, name="Zz " + person.name)
        yield "rename someone else (their row moves)", someone_else, SavePerson(renamed)
        talk_today = Conversation(date=dt.date.today(), people=(PersonRef(person_id, ""),))
        yield "log a conversation with the selected person", person_id, SaveConversation(talk_today)
        yield (
            "delete a conversation of someone else",
            someone_else,
            DeleteConversation(talk.id, talk.date),
        )


def measure(people: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        make_journal(folder, people)
        app, window, store = open_window(folder)
        try:
            return run_cases(app, window)
        finally:
            window.close()
            store.close()


def run_cases(app, window) -> dict:
    services, page = window.ctx.services, window.people
    ids = [page.model.row_at(row).record_id for row in range(0, page.model.rowCount(), 97)]
    figures: dict[str, list[tuple[float, float]]] = {}
    for what, selected, op in edits(window, ids[: RUNS + 1]):
        page.select(selected)
        app.processEvents()
        done = perform(op, services)
        figures.setdefault(what, []).append(timed(app, window, done.changes))
        undone = perform(done.undo, services)  # the journal as it was, for the next edit
        window.ctx.events.changed.emit(undone.changes)
        app.processEvents()
    pane = []
    for person_id in ids[:RUNS]:
        page.select(person_id)
        app.processEvents()
        started = time.perf_counter()
        window.show_detail_soon()
        app.processEvents()
        pane.append((time.perf_counter() - started) * 1000)
    baseline = []
    for _ in range(max(5, RUNS // 5)):
        started = time.perf_counter()
        summaries = services.people.summaries(include_archived=False)
        page.set_summaries(summaries, dt.date.today(), anyone=True)
        window.show_detail_soon()
        app.processEvents()
        baseline.append((time.perf_counter() - started) * 1000)
    result = {
        what: (statistics.median(t[0] for t in times), statistics.median(t[1] for t in times))
        for what, times in figures.items()
    }
    result["worst"] = (
        max(t[0] for times in figures.values() for t in times),
        max(t[1] for times in figures.values() for t in times),
    )
    result["baseline"] = statistics.median(baseline)
    result["pane"] = statistics.median(pane)
    return result


def verdicts(results: dict, kinds: list[str]) -> str:
    """One sentence per size: which medians are under the target, from the figures."""
    lines = []
    for people in SIZES:
        target = TARGET_MS.get(people)
        if target is None:
            continue
        tables = sum(results[people][kind][0] < target for kind in kinds)
        shown = sum(results[people][kind][1] < target for kind in kinds)
        lines.append(
            f"- At {people:,} people (target {target:.0f} ms): the tables are updated in time "
            f"for {tables} of {len(kinds)} kinds of edit; shown and painted, {shown} of {len(kinds)}."
        )
    return "\n".join(lines)


def cells(figures: tuple[float, float]) -> str:
    return f"{figures[0]:.1f} ms | {figures[1]:.1f} ms"


def main() -> None:
    results = {people: measure(people) for people in SIZES}
    for people, figures in results.items():
        print(people, figures)
    write_report(results)


def write_report(results: dict) -> None:
    kinds = [k for k in results[SIZES[0]] if k not in ("worst", "baseline", "pane")]
    header = " | ".join(f"{n:,}: tables | {n:,}: shown" for n in SIZES)
    rows = "\n".join(
        f"| {kind} | " + " | ".join(cells(results[n][kind]) for n in SIZES) + " |" for kind in kinds
    )
    worst = " | ".join(cells(results[n]["worst"]) for n in SIZES)
    base = " | ".join(f" | {results[n]['baseline']:.0f} ms" for n in SIZES)
    pane = " | ".join(f" | {results[n]['pane']:.1f} ms" for n in SIZES)
    update_section(
        "updates",
        f"""
## Updating the window after an edit

`bench/bench_updates.py`, {dt.date.today().isoformat()}, {machine()}, offscreen,
each journal with 10 conversations per person, the Journal tab loaded too.
Each edit runs as an operation; the write itself is not counted. *Tables*: from
the broadcast of its Changes until the people and journal rows touched, the
status bar and the actions are updated. *Shown*: until, in addition, the detail
pane is redrawn (on the next turn of the event loop, only when the edited
person is the one selected) and the window painted. Median of {RUNS} edits of
each kind on different people. Target: under 5 ms at 2,000 people, under 20 ms
at 10,000.

| edit | {header} |
| --- | {" | ".join("---: | ---:" for _ in SIZES)} |
{rows}
| slowest single edit of all | {worst} |
| the detail pane alone, redrawn and painted | {pane} |
| **baseline, same run:** reload every person, reset the table, redraw the pane (before operations) | {base} |

{verdicts(results, kinds)}

Redrawing the detail pane (Qt's rich-text import, layout and painting of one
person's page, here with about ten conversations) costs the same few
milliseconds at any size of journal; it comes on top when the edited person is
the one shown, drawn on the next turn of the event loop after the rows changed.
""",
    )


if __name__ == "__main__":
    main()
