"""Measure the Linux bundle and write docs/performance.md (section "packaging").

    .venv/bin/python packaging/measure.py            # after packaging/build.sh
    .venv/bin/python packaging/measure.py --build    # build first, and time the build

Start time is the same `--smoke-test` run for the bundle and for the source install
(.venv/bin/relations), interleaved in one session so both see the same machine: spawn
to exit, with the window shown and closed by the smoke test's own 200 ms timer. Each
side opens a journal made by an untimed first run, as a person's second start would.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from report import machine, update_section  # noqa: E402

BUNDLE = ROOT / "dist" / "Relations"
BUNDLE_EXE = BUNDLE / "relations"
SOURCE_EXE = ROOT / ".venv" / "bin" / "relations"
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")


def version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project["version"]


def archive() -> Path:
    return ROOT / "dist" / f"Relations-{version()}-linux-{os.uname().machine}.tar.gz"


def disk_usage(folder: Path) -> tuple[int, int]:
    """Bytes the files hold, and bytes they take on disk (whole blocks); links not followed."""
    apparent = blocks = 0
    for path in folder.rglob("*"):
        info = path.lstat()
        if path.is_symlink() or path.is_dir():
            continue
        apparent += info.st_size
        blocks += info.st_blocks * 512
    return apparent, blocks


def start_time(command: list[str], data_dir: Path) -> float:
    """Seconds from spawn to exit of one smoke test; fails loudly if the run fails."""
    begin = time.perf_counter()
    subprocess.run(
        [*command, "--smoke-test", "--data-dir", str(data_dir)],
        env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - begin


def start_times(runs: int) -> dict[str, list[float]]:
    sides = {"bundle": [str(BUNDLE_EXE)], "source": [str(SOURCE_EXE)]}
    times: dict[str, list[float]] = {side: [] for side in sides}
    with tempfile.TemporaryDirectory() as scratch:
        folders = {side: Path(scratch) / side for side in sides}
        for side, command in sides.items():
            start_time(command, folders[side])  # makes the journal, warms the disk cache
        for _ in range(runs):
            for side, command in sides.items():
                times[side].append(start_time(command, folders[side]))
    return times


def build() -> float:
    shutil.rmtree(ROOT / "build" / "pyinstaller", ignore_errors=True)
    begin = time.perf_counter()
    subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True, cwd=ROOT)
    return time.perf_counter() - begin


def pyinstaller_version() -> str:
    try:
        from PyInstaller import __version__
    except ImportError:
        return "?"
    return __version__


def report(times: dict[str, list[float]], build_seconds: float | None, runs: int) -> str:
    apparent, on_disk = disk_usage(BUNDLE)
    mb = lambda n: f"{n / 2**20:.1f} MiB"  # noqa: E731
    ms = lambda s: f"{s * 1000:.0f} ms"  # noqa: E731
    bundle, source = statistics.median(times["bundle"]), statistics.median(times["source"])
    rows = [
        ("bundle dist/Relations/, on disk", mb(on_disk), ""),
        ("bundle, bytes in its files", mb(apparent), ""),
        (f"archive {archive().name}", mb(archive().stat().st_size), "under 70 MB (66.8 MiB)"),
        ("start from source (.venv/bin/relations --smoke-test)", ms(source), "baseline"),
        ("start of the bundle (dist/Relations/relations --smoke-test)", ms(bundle),
         "no slower than from source"),
        ("bundle / source", f"**{bundle / source:.2f}×**", "at most 1×"),
    ]  # fmt: skip
    if build_seconds is not None:
        rows.insert(0, ("packaging/build.sh (build, smoke test, archive)",
                        f"{build_seconds:.0f} s", "under 5 minutes"))  # fmt: skip
    table = "\n".join(f"| {what} | {figure} | {target} |" for what, figure, target in rows)
    spread = ", ".join(
        f"{side} {ms(min(values))}–{ms(max(values))}" for side, values in times.items()
    )
    return f"""
## The packaged app (Linux)

`packaging/measure.py`, {dt.date.today().isoformat()}, {machine()},
PyInstaller {pyinstaller_version()}.
Start time: spawn to exit of `--smoke-test` (window shown, closed by its 200 ms timer), offscreen,
median of {runs} interleaved runs on an existing journal (range: {spread}).

| measure | figure | target |
| --- | --- | --- |
{table}
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="run packaging/build.sh first")
    parser.add_argument("--runs", type=int, default=9, help="timed runs per side (default 9)")
    args = parser.parse_args()
    build_seconds = build() if args.build else None
    for needed in (BUNDLE_EXE, SOURCE_EXE, archive()):
        if not needed.exists():
            print(f"measure: {needed} is missing; run packaging/build.sh first", file=sys.stderr)
            return 1
    times = start_times(args.runs)
    markdown = report(times, build_seconds, args.runs)
    update_section("packaging", markdown)
    print(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
