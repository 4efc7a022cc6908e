"""Kill restore, backup and overview with SIGKILL at random moments (issue 9, item 7):
after every kill the journal is at its path and whole, it is the old one or
the new one and nothing in between, and whatever a command said it had done
before it died (its acknowledgement on stdout) is there, complete.

A floor on the number of trials, none on how many land in any phase: where a
kill lands is chance, what must hold after it is not. Each test prints how
the kills fell, for whoever wants to see the harness at work.
"""

import collections
import datetime as dt
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from relations_app.paths import DataPaths
from relations_app.services import Services
from relations_app.services.exchange_format import read_document
from relations_app.storage import files
from relations_app.storage.backups import list_backups, make_backup, verify
from relations_app.storage.recovery import diagnose
from relations_app.storage.store import Store

TRIALS = 30
NOTE = "Long notes, so that copying the journal takes a while. " * 60  # about 3 KB


def fill(paths: DataPaths, prefix: str, people: int) -> None:
    """A journal of ``people`` people named ``<prefix> <n>``, in one transaction."""
    document = {
        "format": "relations-export",
        "version": 1,
        "people": [{"id": n, "name": f"{prefix} {n}", "notes": NOTE} for n in range(1, people + 1)],
        "conversations": [
            {"date": "2026-01-02", "people": [n], "notes": NOTE} for n in range(1, people + 1)
        ],
    }
    store = Store(paths.store)
    store.open()
    Services.create(store).exchange.import_document(read_document(document, dt.date.today()))
    store.close()


def names(path: Path) -> frozenset[str]:
    """The people in a journal, after SQLite's full integrity check passed."""
    assert path.is_file(), f"no journal at {path}: {sorted(p.name for p in path.parent.iterdir())}"
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return frozenset(row[0] for row in conn.execute("SELECT name FROM person"))
    finally:
        conn.close()


def spawn(folder: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "relations_app", "--data-dir", str(folder), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def duration(folder: Path, *args: str) -> float:
    """How long one whole run takes, spawn to exit: kills fall within it."""
    started = time.monotonic()
    child = spawn(folder, *args)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    return time.monotonic() - started


def kill_time(rng: random.Random, longest: float) -> float:
    """A moment in a run: the first third is mostly Python starting up, so
    kills fall from there to a little after the end."""
    return rng.uniform(0.3, 1.1) * longest


def kill_at(child: subprocess.Popen, delay: float) -> tuple[str, bool]:
    """SIGKILL after ``delay`` seconds; what it printed, and whether it was killed."""
    time.sleep(delay)
    killed = child.poll() is None
    if killed:
        child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=60)
    return out, killed


def assert_opens_cleanly(paths: DataPaths, monkeypatch) -> None:
    """What the next start sees: no false alarm, and no leftover once it ran."""
    assert diagnose(paths.store) == "ok"
    # the next start comes later than these leftovers
    monkeypatch.setattr(files, "PROCESS_STARTED", time.time() + 1, raising=False)
    store = Store(paths.store)
    store.open()
    store.close()
    list_backups(paths.backups)
    leftovers = [p.name for p in paths.folder.rglob(".incoming-*")]
    assert leftovers == []


def test_a_killed_restore_leaves_the_old_journal_or_the_new_one(tmp_path, monkeypatch):
    template = DataPaths(tmp_path / "template")
    fill(template, "New", 600)  # what the backup holds
    new_backup = make_backup_of(template)
    template.store.unlink()
    fill(template, "Old", 600)
    old, new = names(template.store), names(new_backup)
    measure = DataPaths(tmp_path / "measure")
    shutil.copytree(template.folder, measure.folder)
    longest = duration(measure.folder, "restore", "--latest")
    rng = random.Random(9)
    fell = collections.Counter()
    for trial in range(TRIALS):
        paths = DataPaths(tmp_path / f"trial-{trial}")
        shutil.copytree(template.folder, paths.folder)
        out, killed = kill_at(spawn(paths.folder, "restore", "--latest"), kill_time(rng, longest))
        found = names(paths.store)  # present, and whole
        assert found in (old, new), f"trial {trial}: a journal that is neither"
        if out.startswith("Restored"):
            assert found == new, f"trial {trial}: said restored, but the old journal is there"
        for copy in paths.folder.glob("relations.sqlite3.pre-restore-*"):
            if not copy.name.endswith(("-wal", "-shm", "-open")):
                assert names(copy) == old  # the journal kept aside is the old one, whole
        assert_opens_cleanly(paths, monkeypatch)
        fell[("killed" if killed else "finished", "new" if found == new else "old")] += 1
        shutil.rmtree(paths.folder)
    print(f"restore: {TRIALS} trials in a run of {longest:.2f} s: {dict(fell)}")


def make_backup_of(paths: DataPaths) -> Path:
    store = Store(paths.store)
    store.open()
    info = make_backup(store.connection(), paths.backups, dt.datetime(2026, 1, 1, 9), "manual")
    store.close()
    return info.path


def test_a_killed_backup_leaves_the_journal_and_only_whole_backups(tmp_path, monkeypatch):
    paths = DataPaths(tmp_path / "data")
    fill(paths, "Ana", 1000)
    before = names(paths.store)
    longest = duration(paths.folder, "backup")
    rng = random.Random(19)
    fell = collections.Counter()
    for trial in range(TRIALS):
        earlier = set(paths.backups.glob(".incoming-*"))
        out, killed = kill_at(spawn(paths.folder, "backup"), kill_time(rng, longest))
        assert names(paths.store) == before
        if out.strip():  # it said where the backup went: it is there, whole
            assert verify(Path(out.strip())) == "ok"
        for backup in list_backups(paths.backups):
            assert verify(backup.path) == "ok", f"trial {trial}: {backup.path.name}"
        fell["killed" if killed else "finished"] += 1
        fell["left a copy"] += len(set(paths.backups.glob(".incoming-*")) - earlier)
    assert_opens_cleanly(paths, monkeypatch)
    print(f"backup: {TRIALS} trials in a run of {longest:.2f} s: {dict(fell)}")


def test_a_killed_overview_leaves_the_journal_and_a_whole_pdf_or_none(tmp_path, monkeypatch):
    paths = DataPaths(tmp_path / "data")
    fill(paths, "Ana", 40)
    before = names(paths.store)
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    pdf = out_folder / "overview.pdf"
    args = ("overview", "--pdf", str(pdf), "--since", "2000-01-01", "--notes")
    longest = duration(paths.folder, *args)
    pdf.unlink()
    rng = random.Random(29)
    fell = collections.Counter()
    for trial in range(TRIALS):
        earlier = set(out_folder.glob("*.part"))
        previous = pdf.stat().st_mtime_ns if pdf.exists() else None
        out, killed = kill_at(spawn(paths.folder, *args), kill_time(rng, longest))
        assert names(paths.store) == before
        if pdf.exists():
            assert whole_pdf(pdf), f"trial {trial}: a PDF cut short"
        if out.startswith("Wrote the overview"):
            assert pdf.exists() and pdf.stat().st_mtime_ns != previous
        fell["killed" if killed else "finished"] += 1
        fell["left a part"] += len(set(out_folder.glob("*.part")) - earlier)
    assert_opens_cleanly(paths, monkeypatch)
    assert duration(paths.folder, *args) > 0  # one more run takes the parts away
    assert sorted(p.name for p in out_folder.iterdir()) == ["overview.pdf"]
    print(f"overview: {TRIALS} trials in a run of {longest:.2f} s: {dict(fell)}")


def whole_pdf(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]


def test_a_killed_contacts_import_adds_everyone_or_no_one(tmp_path, monkeypatch):
    """relations import contacts, killed while it reads, backs up or writes:
    the journal holds all the contacts or none, and 'Added' means all."""
    template = DataPaths(tmp_path / "template")
    fill(template, "Old", 300)
    source = tmp_path / "phone.vcf"
    source.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Contact {n}\r\nNOTE:{NOTE[:500]}\r\nEND:VCARD\r\n"
            for n in range(3000)
        ),
        encoding="utf-8",
    )
    old = names(template.store)
    everyone = old | {f"Contact {n}" for n in range(3000)}
    measure = DataPaths(tmp_path / "measure")
    shutil.copytree(template.folder, measure.folder)
    longest = duration(measure.folder, "import", "contacts", str(source))
    rng = random.Random(11)
    fell = collections.Counter()
    for trial in range(TRIALS // 2):
        paths = DataPaths(tmp_path / f"trial-{trial}")
        shutil.copytree(template.folder, paths.folder)
        child = spawn(paths.folder, "import", "contacts", str(source))
        out, killed = kill_at(child, kill_time(rng, longest))
        found = names(paths.store)  # present, and whole
        assert found in (old, everyone), f"trial {trial}: {len(found - old)} of 3000 added"
        if out.startswith("Added"):
            assert found == everyone, f"trial {trial}: said added, but they are not there"
        assert_opens_cleanly(paths, monkeypatch)
        fell[("killed" if killed else "finished", "all" if found == everyone else "none")] += 1
        shutil.rmtree(paths.folder)
    print(f"contacts import: {TRIALS // 2} trials in a run of {longest:.2f} s: {dict(fell)}")
