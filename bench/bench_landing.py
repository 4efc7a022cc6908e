"""Does landing on Today slow start-up? Writes docs/performance.md (section "landing").

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_landing.py

Three kinds of start, interleaved so that a busy machine slows all alike, each
timed from spawning the process to its window being shown: a bare PySide6
window; Relations opening on Today (its agenda built before the window shows);
and Relations opening on People as before the Today page. Beside the wall time,
the processor time the process used (it ends once its window is shown), which
other work on a shared machine disturbs less. The journals are those of
bench/sample_data.py: 200 people (a large personal journal) and 2,000 (the
size the other figures use).
"""

from __future__ import annotations

import datetime as dt
import os
import resource
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
from run import make_store  # noqa: E402

SIZES = (200, 2_000)
RUNS = int(os.environ.get("BENCH_RUNS", "11"))
KINDS = (("bare", "bare"), ("today", "relations"), ("people", "relations-on-people"))


def start(mode: str, folder: Path) -> tuple[float, float]:
    """Wall time from spawn to window shown, and the processor time used (ms)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    out = subprocess.run(
        [sys.executable, str(HERE / "probes.py"), mode, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    shown = float(out.stdout.split()[-1])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return (shown - started) * 1000, cpu * 1000


def measure(folder: Path) -> dict[str, list[tuple[float, float]]]:
    for _, mode in KINDS:  # warm the file cache for each
        start(mode, folder)
    times: dict[str, list[tuple[float, float]]] = {kind: [] for kind, _ in KINDS}
    for _ in range(RUNS):
        for kind, mode in KINDS:
            times[kind].append(start(mode, folder))
    return times


def row(people: int, times: dict[str, list[tuple[float, float]]]) -> str:
    def median(kind: str, which: int) -> float:
        return statistics.median(t[which] for t in times[kind])

    wall_spread = statistics.quantiles([t[0] for t in times["people"]], n=4)
    cpu_spread = statistics.quantiles([t[1] for t in times["people"]], n=4)
    return (
        f"| {people:,} | {median('bare', 0):.0f} ms | {median('people', 0):.0f} ms "
        f"| {median('today', 0):.0f} ms | {median('today', 0) - median('people', 0):+.0f} ms "
        f"(spread {wall_spread[2] - wall_spread[0]:.0f}) "
        f"| {median('people', 1):.0f} ms | {median('today', 1):.0f} ms "
        f"| {median('today', 1) - median('people', 1):+.0f} ms "
        f"(spread {cpu_spread[2] - cpu_spread[0]:.0f}) |"
    )


def main() -> None:
    rows = []
    for people in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            folder = make_store(Path(tmp) / "data", people)
            times = measure(folder)
        rows.append(row(people, times))
        print(rows[-1], flush=True)
    update_section(
        "landing",
        f"""
## Opening on Today

`bench/bench_landing.py`, {dt.date.today().isoformat()}, {machine()}, offscreen, median of {RUNS}
interleaved starts of each kind. *On People*: the window opening on People as before
the Today page (the page is made, its agenda not built). *On Today*: opening on
Today, its agenda built and drawn before the window shows; the People table is then
read when its tab is first shown. *Wall*: spawn to window shown; *processor*: the
time the process used until then. The spread is the interquartile range of the
starts on People: a difference within it is not measurable.

| people | bare window, wall | on People, wall | on Today, wall | difference | on People, processor | on Today, processor | difference |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
{chr(10).join(rows)}
""",
    )


if __name__ == "__main__":
    main()
