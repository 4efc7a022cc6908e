"""The printed overview at 1,000 people and 10,000 conversations. Writes docs/performance.md
(section "print").

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_print.py

Each stage is timed in one process (gather the records, build the document,
lay out and keep headings with their text, paint the PDF), then the whole
command (`relations overview --pdf`) in a fresh process: Python, Qt and the
fonts starting up count too. Target: under 10 s for the whole command.
"""

from __future__ import annotations

import datetime as dt
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

from PySide6.QtGui import QPdfWriter  # noqa: E402
from report import machine, update_section  # noqa: E402
from sample_data import fill_random  # noqa: E402

from relations_app.printing.command import ensure_gui_application  # noqa: E402
from relations_app.printing.overview_document import build_overview_document  # noqa: E402
from relations_app.printing.paginate import default_page_layout, paginate, paint_document  # noqa: E402
from relations_app.printing.pdf import running_title  # noqa: E402
from relations_app.services import Services  # noqa: E402
from relations_app.services.overview import Layout, OverviewChoices, OverviewService, since_for  # noqa: E402
from relations_app.storage.store import Store  # noqa: E402

PEOPLE = int(os.environ.get("BENCH_PEOPLE", "1000"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))

# The command as cli.py runs it, in a fresh process.
COMMAND = """
import argparse, sys
from relations_app.paths import data_paths
from relations_app.printing import command
common = argparse.ArgumentParser(add_help=False)
common.add_argument("--data-dir", default=argparse.SUPPRESS)
parser = argparse.ArgumentParser(prog="relations", parents=[common])
command.add_parser(parser.add_subparsers(dest="command"), common)
args = parser.parse_args(sys.argv[1:])
sys.exit(command.run(args, data_paths(args.data_dir)))
"""

CASES = [
    ("one page per person, last 90 days", Layout.PER_PERSON, 90, []),
    ("compact, last 90 days", Layout.COMPACT, 90, ["--compact"]),
    ("one page per person, every conversation", Layout.PER_PERSON, 0, ["--since", "1900-01-01"]),
]


def make_store(folder: Path) -> Store:
    store = Store(folder / "relations.sqlite3")
    store.open()
    started = time.perf_counter()
    fill_random(Services.create(store), PEOPLE)
    seconds = time.perf_counter() - started
    print(f"filled {PEOPLE} people / {PEOPLE * 10} conversations in {seconds:.1f} s")
    return store


def stages(services: Services, layout: Layout, days: int, target: Path) -> dict[str, float]:
    """Seconds per stage, and the page count, for one overview."""
    today = dt.date.today()
    clock = time.perf_counter
    t0 = clock()
    choices = OverviewChoices(since=since_for(days, today), layout=layout)
    data = OverviewService(services).gather(choices, today)
    t1 = clock()
    document = build_overview_document(data)
    t2 = clock()
    page_layout = default_page_layout()
    paginate(document, page_layout)
    t3 = clock()
    writer = QPdfWriter(str(target))
    writer.setPageLayout(page_layout)
    pages = paint_document(document, writer, running_title(data))
    del writer
    t4 = clock()
    return {
        "gather": t1 - t0,
        "build": t2 - t1,
        "paginate": t3 - t2,
        "paint": t4 - t3,
        "total": t4 - t0,
        "pages": pages,
        "conversations": len(data.conversations),
    }


def command_seconds(folder: Path, extra: list[str], target: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-c",
            COMMAND,
            "--data-dir",
            str(folder),
            "overview",
            "--pdf",
            str(target),
            *extra,
        ],
        cwd=HERE.parent,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def median_stages(services: Services, layout: Layout, days: int, target: Path) -> dict[str, float]:
    runs = [stages(services, layout, days, target) for _ in range(RUNS)]
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def main() -> None:
    ensure_gui_application()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = make_store(folder)
        services = Services.create(store)
        figures = [
            median_stages(services, layout, days, folder / "stages.pdf")
            for _, layout, days, _ in CASES
        ]
        store.close()
        for (label, _layout, _days, extra), f in zip(CASES, figures, strict=True):
            whole = statistics.median(
                command_seconds(folder, extra, folder / "cli.pdf") for _ in range(RUNS)
            )
            rows.append(
                f"| {label} | {f['conversations']:,.0f} | {f['pages']:,.0f} | {f['gather']:.2f} | "
                f"{f['build']:.2f} | {f['paginate']:.2f} | {f['paint']:.2f} | {f['total']:.2f} | "
                f"**{whole:.2f}** |"
            )
            print(rows[-1])
    report(rows)


def report(rows: list[str]) -> None:
    header = (
        f"## The printed overview at {PEOPLE:,} people and {PEOPLE * 10:,} conversations\n\n"
        f"`bench/bench_print.py`, {dt.date.today().isoformat()}, {machine()}, "
        f"{os.cpu_count()} cores, offscreen, median of {RUNS} runs.\n"
        "Stages in seconds, in one process; the last column is `relations overview --pdf`\n"
        "in a fresh process (Python, Qt and fonts starting up included).\n"
        "Target: under 10 s for the whole command.\n\n"
        "| overview | conversations printed | pages | gather | build | paginate | paint PDF | "
        "in-process total | whole command |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
    )
    update_section("print", header + "\n".join(rows))


if __name__ == "__main__":
    main()
