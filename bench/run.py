"""Benchmarks for the daily loop at scale. Writes docs/performance.md (section "core").

    make bench          # or: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run.py

At 2,000 people / 20,000 conversations and 10,000 / 100,000, in one run:
start-up from spawn to the first painted frame for a bare PySide6 window, the
code before this branch (BENCH_BEFORE, by default where it left main) and this
code, interleaved so that the noise of a shared machine hits all three alike;
then the daily loop (filters, the Journal, sorting, memory) before and after,
interleaved the same way. Python writes its bytecode files as an installed
copy has them (the first, untimed run of each writes them).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from report import machine, update_section  # noqa: E402

SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "2000,10000").split(",")]
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
# "start": only the start-up table (its own block inside the section), "all": both tables
PARTS = os.environ.get("BENCH_PARTS", "all")
WORD = "okonomiyaki"  # in one conversation two years ago (make_journal.py)


def git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=True).stdout


def before_ref() -> str:
    ref = os.environ.get("BENCH_BEFORE") or git("merge-base", "HEAD", "main").decode().strip()
    return git("rev-parse", "--short", ref).decode().strip()


def checkout(ref: str, folder: Path) -> Path:
    """The package as it was at ``ref``, in a folder to put on PYTHONPATH."""
    with tarfile.open(fileobj=BytesIO(git("archive", ref, "relations_app"))) as archive:
        archive.extractall(folder, filter="data")
    return folder


def environment(tree: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(tree)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy has its .pyc files
    return env


def probe(tree: Path, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, str(HERE / "probes.py"), *args],
        capture_output=True,
        text=True,
        check=True,
        env=environment(tree),
    )
    return out.stdout.strip().splitlines()[-1]


def make_journals(size: int, before: Path, folder: Path) -> tuple[Path, Path]:
    """One journal written by the old code, and a copy the new code has migrated."""
    old, new = folder / f"before-{size}", folder / f"after-{size}"
    subprocess.run(
        [sys.executable, str(HERE / "make_journal.py"), str(old), str(size)],
        check=True,
        env=environment(before),
    )
    shutil.copytree(old, new)
    probe(ROOT, "relations", str(new))  # migrates it, untimed
    return old, new


def start_up(trees: dict[str, tuple[Path, list[str]]]) -> dict[str, dict[str, float]]:
    """Spawn to first frame, and to the rest filled in: median of RUNS, interleaved."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    for run in range(RUNS + 1):  # the first round writes bytecode files and warms caches
        for name, (tree, args) in trees.items():
            started = time.time()
            words = probe(tree, *args).split()
            if run:
                times[name].append((float(words[1]) - started, float(words[3]) - started))
    return {
        name: {
            "shown": statistics.median(t[0] for t in found) * 1000,
            "filled": statistics.median(t[1] for t in found) * 1000,
        }
        for name, found in times.items()
    }


def daily_loop(trees: dict[str, tuple[Path, Path]]) -> dict[str, dict[str, float]]:
    runs: dict[str, list[dict]] = {name: [] for name in trees}
    for _ in range(RUNS):
        for name, (tree, journal) in trees.items():
            runs[name].append(json.loads(probe(tree, "daily", str(journal), WORD)))
    return {
        name: {key: statistics.median(r[key] for r in found) for key in found[0]}
        for name, found in runs.items()
    }


def phases(journal: Path) -> list[tuple[str, float]]:
    runs = [json.loads(probe(ROOT, "phases", str(journal))) for _ in range(RUNS)]
    return [(runs[0][i][0], statistics.median(r[i][1] for r in runs)) for i in range(len(runs[0]))]


def measure(size: int, before: Path, folder: Path) -> dict:
    old, new = make_journals(size, before, folder)
    figures = {
        "start": start_up(
            {
                "bare": (ROOT, ["bare"]),
                "before": (before, ["relations", str(old)]),
                "after": (ROOT, ["relations", str(new)]),
                "check_first": (ROOT, ["relations-check-first", str(new)]),
            }
        ),
        "phases": phases(new),
        "load": os.getloadavg(),
    }
    if PARTS == "all":
        figures["daily"] = daily_loop({"before": (before, old), "after": (ROOT, new)})
    print(json.dumps(figures, indent=1))
    return figures


def main() -> None:
    ref = before_ref()
    with tempfile.TemporaryDirectory() as tmp:
        before = checkout(ref, Path(tmp) / "before")
        found = {size: measure(size, before, Path(tmp)) for size in SIZES}
    if PARTS == "start":
        update_section("startup", start_report(ref, found))
    else:
        update_section("core", report(ref, found))


def ms(value: float) -> str:
    return f"{value:,.0f} ms" if value >= 10 else f"{value:.1f} ms"


def table(found: dict):
    """The lines of a before/after table at each size, and row(label, pick, target)."""
    sizes = list(found)
    head = " | ".join(f"{s:,} / {s * 10:,}: before | after" for s in sizes)
    lines = [
        f"| measure | {head} | target |",
        "| --- |" + " ---: | ---: |" * len(sizes) + " --- |",
    ]

    def row(label: str, pick, target: str = "") -> None:
        cells = " | ".join(f"{pick(found[s], 'before')} | {pick(found[s], 'after')}" for s in sizes)
        lines.append(f"| {label} | {cells} | {target} |")

    return lines, row


def report(ref: str, found: dict) -> str:
    sizes = list(found)
    lines, row = table(found)

    def daily(key, unit=ms):
        return lambda f, side: unit(f["daily"][side][key])

    row(
        "filter keystroke in People, median / worst",
        lambda f, s: (
            f"{ms(f['daily'][s]['people_key_median'])} / {ms(f['daily'][s]['people_key_worst'])}"
        ),
        "under 50 ms",
    )
    row("opening the People tab (the window opens on Today)", daily("people_open"))
    row("opening the Journal tab", daily("journal_open"), "no pause")
    row(
        "filter keystroke in the Journal, median / worst",
        lambda f, s: (
            f"{ms(f['daily'][s]['journal_key_median'])} / {ms(f['daily'][s]['journal_key_worst'])}"
        ),
        "keeps up with the keys",
    )
    row(
        f"conversations found for '{WORD}' (one, two years ago)",
        daily("word_rows", lambda v: f"{v:.0f}"),
        "1",
    )
    row("scrolling the Journal to its last row", daily("scroll_end"))
    for column, name in enumerate(["date", "people", "channel", "notes", "depth", "follow-up"]):
        row(f"sorting the Journal by {name}", daily(f"sort_{column}"))
    row("reload of every view after a restore", daily("refresh"))
    row(
        "resident memory, Journal open (VmRSS) / peak (VmHWM)",
        lambda f, s: f"{f['daily'][s]['resident_mib']:.0f} / {f['daily'][s]['peak_mib']:.0f} MiB",
        "under 200 MB",
    )
    loads = ", ".join(f"{found[s]['load'][0]:.1f}" for s in sizes)
    return f"""
## The daily loop at 2,000 and 10,000 people (20,000 and 100,000 conversations)

`bench/run.py`, {dt.date.today().isoformat()}, {machine()}, 2 cores shared with other
work (load average after each size: {loads}), offscreen. *Before* is the code at
{ref}, *after* this branch; each figure is the median of
{RUNS} runs, before and after interleaved. Journals written by
bench/make_journal.py: ten conversations a person, notes of 40 words drawn
from 4,500 with Zipf's law (a common word is in one talk in ten, most in a
few), one mentioning {WORD} two years ago.

{chr(10).join(lines)}

<!-- bench:startup -->
{start_report(ref, found).strip()}
<!-- /bench:startup -->
"""


def start_report(ref: str, found: dict) -> str:
    """Start-up: its own table, written alone with BENCH_PARTS=start."""
    sizes = list(found)
    lines, row = table(found)

    def start(key):
        return lambda f, side: ms(f["start"][side][key])

    def ratio(f, side):
        return f"**{f['start'][side]['shown'] / f['start']['bare']['shown']:.2f}×**"

    row(
        "bare PySide6 window, spawn to first frame (baseline)",
        lambda f, side: ms(f["start"]["bare"]["shown"]),
    )
    row("Relations, spawn to first frame", start("shown"))
    row("ratio to the bare window", ratio, "under 2× (2,000), 2.5× (10,000)")
    row("... and what the first frame left out filled in", start("filled"))
    row(
        "this branch with the tables checked before the window is built",
        lambda f, side: ms(f["start"]["check_first"]["shown"]) if side == "after" else "",
    )
    phase_lines = []
    for size in sizes:
        phase_lines.append(f"| **{size:,} people** | |")
        phase_lines += [f"| {name} | {ms(value)} |" for name, value in found[size]["phases"]]
    loads = ", ".join(f"{found[s]['load'][0]:.1f}" for s in sizes)
    return f"""
### Start-up, spawn to the window's first frame

`bench/run.py` (`BENCH_PARTS=start` measures this table alone), {dt.date.today().isoformat()},
{machine()}, offscreen, load average after each size: {loads}. *Before* is the
code at {ref}, *after* this branch; each figure is the median of {RUNS} starts,
a bare PySide6 window, before and after interleaved, on the journals above.

{chr(10).join(lines)}

Where the start-up goes now, inside the process (median of {RUNS}; the journal's
tables are checked on a thread while the window is built):

| phase | time |
| --- | --- |
{chr(10).join(phase_lines)}
"""


if __name__ == "__main__":
    main()
