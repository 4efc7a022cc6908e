"""check, backups and restore from the command line, in awkward places and on
damaged journals; restoring never loses the backup it restores from."""

import datetime as dt
import os
import signal
import sqlite3
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from relations_app.app import main
from relations_app.paths import DataPaths
from relations_app.records import Person
from relations_app.services import Services
from relations_app.services.backups import BackupService
from relations_app.storage.backups import list_backups
from relations_app.storage.store import Store
from tests.conftest import fixed_clock

AWKWARD = "My #2 journal? 100%25 sûr"


def journal(folder: Path, names=("Ana", "Bo"), clock=fixed_clock) -> DataPaths:
    paths = DataPaths(folder)
    store = Store(paths.store)
    store.open()
    services = Services.create(store, clock=clock)
    for name in names:
        services.people.save(Person(name=name))
    store.close()
    return paths


def people_in(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM person ORDER BY name")]
    finally:
        conn.close()


def run(*args, capsys=None):
    status = main(list(args))
    out = capsys.readouterr() if capsys else None
    return status, out


def test_check_backup_backups_restore_in_a_folder_with_uri_characters(tmp_path, capsys):
    paths = journal(tmp_path / AWKWARD)
    folder = str(paths.folder)
    assert run("--data-dir", folder, "check", capsys=capsys)[0] == 0
    status, out = run("--data-dir", folder, "backup", capsys=capsys)
    assert status == 0
    backup = Path(out.out.strip())
    assert backup.parent == paths.backups and people_in(backup) == ["Ana", "Bo"]
    status, out = run("--data-dir", folder, "backups", capsys=capsys)
    assert "2 people, 0 conversations" in out.out
    store = Store(paths.store)
    store.open()
    Services.create(store).people.save(Person(name="Chloé"))
    store.close()
    assert run("--data-dir", folder, "restore", str(backup), capsys=capsys)[0] == 0
    assert people_in(paths.store) == ["Ana", "Bo"]
    assert not any(
        p.name.startswith("My ") for p in tmp_path.iterdir() if p.is_file()
    )  # no stray file


def test_check_reports_damage_in_one_line_and_touches_nothing(tmp_path, capsys):
    paths = journal(tmp_path / "data")
    data = bytearray(paths.store.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 2 : page * 3] = os.urandom(page)
    paths.store.write_bytes(bytes(data))
    before = sorted(p.name for p in paths.folder.iterdir())
    status, out = run("--data-dir", str(paths.folder), "check", capsys=capsys)
    assert status == 1
    assert len(out.err.strip().splitlines()) == 1 and "relations.sqlite3" in out.err
    assert sorted(p.name for p in paths.folder.iterdir()) == before


@pytest.mark.parametrize("damage", ["zero-bytes", "lost-log"])
def test_restore_latest_rescues_a_journal_that_cannot_open(tmp_path, capsys, damage):
    paths = journal(tmp_path / "data")
    assert run("--data-dir", str(paths.folder), "backup", capsys=capsys)[0] == 0
    if damage == "zero-bytes":
        paths.store.write_bytes(b"")
    else:
        Path(str(paths.store) + "-open").write_text("")  # a crash, then the log went missing
    status, out = run("--data-dir", str(paths.folder), "restore", "--latest", capsys=capsys)
    assert status == 0, out.err
    assert "kept as" in out.out
    assert people_in(paths.store) == ["Ana", "Bo"]
    kept = [
        p
        for p in paths.folder.glob("relations.sqlite3.pre-restore-*")
        if not p.name.endswith(("-wal", "-shm", "-open"))
    ]  # its companions go with it
    assert len(kept) == 1
    assert not Path(str(paths.store) + "-open").exists()
    assert run("--data-dir", str(paths.folder), "check", capsys=capsys)[0] == 0


def test_restoring_the_oldest_backup_does_not_prune_it_first(tmp_path):
    clock = {"now": dt.datetime(2026, 1, 1, 9, 0)}
    paths = journal(tmp_path / "data", clock=lambda: clock["now"])
    store = Store(paths.store)
    store.open()
    backups = BackupService(store, paths.backups, lambda: clock["now"])
    services = Services.create(store, clock=lambda: clock["now"])
    for day in range(40):  # one backup a day for 40 days: retention drops the oldest days
        clock["now"] = dt.datetime(2026, 1, 1, 9, 0) + dt.timedelta(days=day)
        services.people.save(Person(name=f"Day {day}"))
        backups.backup_now("auto")
    oldest = list_backups(paths.backups)[-1]
    clock["now"] += dt.timedelta(days=31)  # a new month: the oldest kept backup falls out next
    backups.restore(oldest.path)
    assert len(services.people.summaries()) == len(people_in(oldest.path))
    store.close()


def test_a_backup_stamped_in_the_future_does_not_stop_the_schedule(tmp_path):
    paths = journal(tmp_path / "data")
    future = paths.backups / "relations-20300101-000000-auto.sqlite3"
    paths.backups.mkdir()
    store = Store(paths.store)
    store.open()
    backups = BackupService(store, paths.backups, fixed_clock)
    future.write_bytes(paths.store.read_bytes())  # the clock was set back since
    backups = BackupService(store, paths.backups, fixed_clock)
    Services.create(store, clock=fixed_clock).people.save(Person(name="Chloé"))
    later = fixed_clock() + dt.timedelta(minutes=31)
    backups._clock = lambda: later
    assert backups.tick() is not None
    store.close()


CHECKPOINT_CRASH = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from relations_app.storage.store import Store
    from relations_app.storage.database import db
    from relations_app.services import Services
    from relations_app.records import Person
    store = Store(Path(sys.argv[1])); store.open()
    db.execute_sql("PRAGMA wal_autocheckpoint=0")
    services = Services.create(store)
    for i in range(300):
        services.people.save(Person(name="P%d" % i, notes="x" * 500))
    print("ready", flush=True)
    time.sleep(60)
""")


def test_a_crash_in_the_middle_of_a_checkpoint_is_not_taken_for_damage(tmp_path):
    path = tmp_path / "relations.sqlite3"
    journal(tmp_path, names=())
    child = subprocess.Popen(
        [sys.executable, "-c", CHECKPOINT_CRASH, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "ready"
    child.send_signal(signal.SIGKILL)
    child.wait()
    wal = Path(str(path) + "-wal").read_bytes()
    page = struct.unpack(">I", wal[8:12])[0]
    first_page, offset = None, 32
    while offset + 24 + page <= len(wal):  # the checkpoint wrote page 1 (the new size) first
        if struct.unpack(">I", wal[offset : offset + 4])[0] == 1:
            first_page = wal[offset + 24 : offset + 24 + page]
        offset += 24 + page
    with open(path, "r+b") as handle:
        handle.write(first_page)
    store = Store(path)
    store.open()
    assert Services.create(store).people.count() == 300
    store.close()


def test_a_sqlite_file_of_another_program_cannot_be_restored(tmp_path, capsys):
    paths = journal(tmp_path / "data")
    other = tmp_path / "notes.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (text)")
    conn.commit()
    conn.close()
    status, out = run("--data-dir", str(paths.folder), "restore", str(other), capsys=capsys)
    assert status == 2  # the file named is at fault, not the journal
    assert "cannot be restored" in out.err
    assert people_in(paths.store) == ["Ana", "Bo"]
    assert not list(paths.folder.glob("*.pre-restore-*"))  # set back after the failure
