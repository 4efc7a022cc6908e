"""Export and import at 2,000 / 20,000 and 10,000 / 100,000, beside their floor.
Writes docs/performance.md (section "exchange").

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_exchange.py

Whole commands, spawn to exit (`relations export json`, `relations import
json` into an empty journal), for the code where this branch left main
(BENCH_BEFORE, as in run.py) and this code, on the same journals, before and
after interleaved run by run so that the noise of a shared machine hits both
alike. The floor: Python's sqlite3 writing the same rows into an empty file
with the same tables and indexes, one executemany a table in one transaction;
nothing checked, nothing converted, no full-text index; and the same with the
full-text index filled at the end, as the import does.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from report import machine, update_section  # noqa: E402
from run import before_ref, checkout, environment  # noqa: E402

SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "2000,10000").split(",")]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def command(tree: Path, data_dir: Path, *args: str) -> float:
    """Seconds from spawn to exit of one relations command."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "relations_app", "--data-dir", str(data_dir), *args],
        check=True,
        capture_output=True,
        env=environment(tree),
        cwd=data_dir.parent,  # `-m` puts the folder it starts in first on the path
    )
    return time.perf_counter() - started


def floor(export: Path, schema_from: Path, target: Path, indexed: bool = False) -> float:
    """The same rows written by Python's sqlite3 alone: the floor of an import
    (``indexed``: and the full-text index filled once they are in)."""
    document = json.loads(export.read_text(encoding="utf-8"))
    source = sqlite3.connect(schema_from)
    schema = [
        sql
        for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index')"
            " AND name NOT LIKE '%\\_text%' ESCAPE '\\'"
        )
    ]
    search = [
        sql
        for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
        )
    ]
    source.close()
    people = [tuple(p.get(k) for k in PERSON_KEYS) for p in document["people"]]
    talks = [
        (n, *(c.get(k) for k in CONVERSATION_KEYS))
        for n, c in enumerate(document["conversations"], 1)
    ]
    pairs = [(n, p) for n, c in enumerate(document["conversations"], 1) for p in c["people"]]
    started = time.perf_counter()
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    for sql in schema + (search if indexed else []):
        conn.execute(sql)
    marks = ", ".join("?" * len(PERSON_KEYS))
    conn.executemany(f"INSERT INTO person ({', '.join(PERSON_KEYS)}) VALUES ({marks})", people)
    marks = ", ".join("?" * (len(CONVERSATION_KEYS) + 1))
    columns = ", ".join(CONVERSATION_KEYS)
    conn.executemany(f"INSERT INTO conversation (id, {columns}) VALUES ({marks})", talks)
    conn.executemany("INSERT INTO participant (conversation_id, person_id) VALUES (?, ?)", pairs)
    if indexed:
        for table in ("person_text", "conversation_text"):
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - started


PERSON_KEYS = ("id", "name", "nickname", "circle", "notes", "created_at", "updated_at")
CONVERSATION_KEYS = (
    "date",
    "time",
    "channel",
    "place",
    "notes",
    "learned",
    "depth",
    "follow_up",
    "follow_up_due",
    "follow_up_done",
    "created_at",
    "updated_at",
)


def measure(size: int, trees: dict[str, Path], folder: Path) -> dict:
    journal = folder / f"journal-{size}"
    subprocess.run(
        [sys.executable, str(HERE / "make_journal.py"), str(journal), str(size)],
        check=True,
        env=environment(trees["before"]),
    )
    times: dict[str, list[float]] = {}
    found: dict = {}
    for name, tree in trees.items():
        own = folder / f"journal-{name}-{size}"
        shutil.copytree(journal, own)
        export = folder / f"{name}-{size}.json"
        command(tree, own, "export", "json", str(export))  # untimed: migrates, writes bytecode
        found[f"size {name}"] = export.stat().st_size
    for _ in range(RUNS):  # before and after in turn, so that both meet the same load
        for name, tree in trees.items():
            export = folder / f"{name}-{size}.json"
            own = folder / f"journal-{name}-{size}"
            times.setdefault(f"export {name}", []).append(
                command(tree, own, "export", "json", str(export))
            )
            empty = folder / f"empty-{name}-{size}"
            shutil.rmtree(empty, ignore_errors=True)
            times.setdefault(f"import {name}", []).append(
                command(tree, empty, "import", "json", str(export))
            )
    schema = folder / f"journal-after-{size}" / "relations.sqlite3"
    export = folder / f"after-{size}.json"
    for _ in range(RUNS):
        times.setdefault("floor", []).append(floor(export, schema, folder / "floor.db"))
        times.setdefault("floor indexed", []).append(
            floor(export, schema, folder / "floor.db", indexed=True)
        )
    for key, values in times.items():
        found[key] = statistics.median(values)
        found[f"{key} range"] = (min(values), max(values))
    found["load"] = os.getloadavg()
    print(size, found, flush=True)
    return found


def report(ref: str, found: dict[int, dict]) -> str:
    lines = [
        "| measure | " + " | ".join(f"{s:,} / {s * 10:,}" for s in found) + " | target |",
        "| --- |" + " ---: |" * len(found) + " --- |",
    ]

    def row(label: str, key: str, target: str = "", bold: bool = False) -> None:
        def cell(f: dict) -> str:
            low, high = f[f"{key} range"]
            figure = f"{f[key]:.1f} s"
            return (f"**{figure}**" if bold else figure) + f" ({low:.1f}–{high:.1f})"

        lines.append(
            f"| {label} | " + " | ".join(cell(f) for f in found.values()) + f" | {target} |"
        )

    row("`relations export json`, before", "export before")
    row("`relations export json`, after", "export after", "under 3 s", bold=True)
    lines.append(
        "| file written, before / after | "
        + " | ".join(mib(f["size before"]) + " / " + mib(f["size after"]) for f in found.values())
        + " |  |"
    )
    row("`relations import json` into an empty journal, before", "import before")
    row("`relations import json` into an empty journal, after", "import after", "under 5 s", True)
    row("floor: Python's sqlite3, the same rows, one executemany a table", "floor")
    row("... and the full-text index filled at the end", "floor indexed")
    loads = "; ".join(
        f"{size:,}: " + ", ".join(f"{x:.1f}" for x in f["load"]) for size, f in found.items()
    )
    return f"""
## Export and import

`bench/bench_exchange.py`, {dt.date.today().isoformat()}, {machine()}, 2 cores shared
with other work (load average over 1, 5 and 15 minutes after each size: {loads}),
median of {RUNS} runs (range in brackets), before and after interleaved.
*Before* is the code at {ref} (main where this branch began), *after* this
branch, on the same journal (bench/make_journal.py); each command whole, from
spawn to exit (Python and the journal's checks starting up, the backup an
import makes first, the file read and checked). An import goes into an empty
journal. The floors are measured in the same run, on the same rows.

{chr(10).join(lines)}
"""


def mib(size: int) -> str:
    return f"{size / 2**20:.0f} MiB"


def main() -> None:
    ref = before_ref()
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"before": checkout(ref, Path(tmp) / "before"), "after": ROOT}
        found = {size: measure(size, trees, Path(tmp)) for size in SIZES}
    update_section("exchange", report(ref, found))


if __name__ == "__main__":
    main()
