"""The file rules (private, never through a link, a read-only journal left alone),
leftovers of killed processes removed, and a close that never makes a healthy
journal look damaged (issue 9, items 1, 8 and 11)."""

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from relations_app.app import main
from relations_app.paths import DataPaths
from relations_app.records import Person
from relations_app.services import Services
from relations_app.settings import Settings
from relations_app.storage import files
from relations_app.storage.backups import list_backups, make_backup
from relations_app.storage.errors import StoreError
from relations_app.storage.recovery import diagnose
from relations_app.storage.store import Store
from tests.conftest import NOW


def journal(folder: Path, *names: str) -> DataPaths:
    paths = DataPaths(folder)
    store = Store(paths.store)
    store.open()
    for name in names:
        Services.create(store).people.save(Person(name=name))
    store.close()
    return paths


FAILED_READ_THEN_EXIT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from relations_app.storage.store import Store
    from relations_app.storage.database import db
    store = Store(Path(sys.argv[1]))
    store.open()
    cursor = db.execute_sql("SELECT * FROM person")
    cursor.fetchone()  # a read that stopped half-way, as a crash in a view leaves it
    store.close()
    print("closed", flush=True)
""")


def test_a_close_after_a_failed_read_does_not_make_the_journal_look_damaged(tmp_path, capsys):
    """Item 1: the checkpoint failed with peewee's "table is locked", the open
    marker stayed, and every later start blamed a lost write-ahead log."""
    paths = journal(tmp_path / "data", *(f"P{i}" for i in range(50)))
    done = subprocess.run(
        [sys.executable, "-c", FAILED_READ_THEN_EXIT, str(paths.store)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout == "closed\n", done.stderr
    assert diagnose(paths.store) == "ok"
    assert main(["--data-dir", str(paths.folder), "export", "json", str(tmp_path / "x.json")]) == 0


KILLED_WHILE_CLOSING = textwrap.dedent("""
    import os
    import sys
    from pathlib import Path
    from relations_app.records import Person
    from relations_app.services import Services
    from relations_app.storage.database import db
    from relations_app.storage.store import Store
    store = Store(Path(sys.argv[1]))
    store.open()
    Services.create(store).people.save(Person(name="Written last"))
    close = db.close
    def killed():
        if sys.argv[2] == "after":
            close()  # SQLite deletes the write-ahead log here
        os._exit(9)
    db.close = killed
    store.close()
""")


@pytest.mark.parametrize("moment", ["before", "after"])
def test_a_kill_at_any_moment_of_a_close_is_not_taken_for_a_lost_log(tmp_path, moment):
    """The connection closed (and SQLite deleted the log), then the process died
    before it took its open marker away: the next start said recent changes were
    lost, though everything was in the journal (found by the kill harness)."""
    paths = journal(tmp_path / "data", "Ana")
    done = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_CLOSING, str(paths.store), moment],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 9, done.stderr
    assert diagnose(paths.store) == "ok"
    store = Store(paths.store)
    store.open()  # not LostWalError
    assert {s.person.name for s in Services.create(store).people.summaries()} == {
        "Ana",
        "Written last",
    }
    store.close()


def test_an_open_marker_left_beside_a_replaced_journal_is_not_a_crash(tmp_path):
    paths = journal(tmp_path / "data", "Ana")
    Path(str(paths.store) + "-open").write_text("1")  # a marker for another file (inode 1)
    store = Store(paths.store)
    store.open()  # not LostWalError
    store.close()
    Path(str(paths.store) + "-open").write_text(str(paths.store.stat().st_ino))
    with pytest.raises(StoreError, match="write-ahead log"):
        Store(paths.store).open()  # the same file: a real lost log


def test_a_read_only_journal_is_reported_and_left_as_it_is(tmp_path, capsys):
    paths = journal(tmp_path / "data", "Ana")
    os.chmod(paths.store, 0o400)
    before = paths.store.read_bytes()
    status = main(["--data-dir", str(paths.folder), "import", "json", str(tmp_path / "x.json")])
    err = capsys.readouterr().err
    assert status == 1 and "is read-only" in err and err.count("\n") == 1
    assert paths.store.stat().st_mode & 0o777 == 0o400
    assert paths.store.read_bytes() == before


def test_backups_readable_by_others_are_made_private(tmp_path, services):
    folder = tmp_path / "backups"
    info = make_backup(services.store.connection(), folder, NOW, "manual")
    os.chmod(info.path, 0o644)
    os.chmod(folder, 0o755)
    assert list_backups(folder)[0].path == info.path
    assert info.path.stat().st_mode & 0o777 == 0o600


def test_a_backups_folder_that_is_a_link_is_not_written_through(tmp_path, capsys):
    paths = journal(tmp_path / "data", "Ana")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    paths.backups.symlink_to(elsewhere)
    status = main(["--data-dir", str(paths.folder), "backup"])
    assert status == 1 and "symbolic link" in capsys.readouterr().err
    assert list(elsewhere.iterdir()) == []


def test_a_settings_file_that_is_a_link_is_not_written_through(tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("do not touch")
    link = tmp_path / "settings.ini"
    link.symlink_to(target)
    settings = Settings(link)
    settings.show_archived = True
    settings.sync()
    assert target.read_text() == "do not touch"
    assert not link.is_symlink() and settings.show_archived is True
    assert link.stat().st_mode & 0o777 == 0o600


def test_an_open_marker_that_is_a_link_is_not_written_through(tmp_path):
    paths = journal(tmp_path / "data", "Ana")
    target = tmp_path / "precious.txt"
    target.write_text("do not touch")
    Path(str(paths.store) + "-open").symlink_to(target)
    store = Store(paths.store)
    store.open()
    store.close()
    assert target.read_text() == "do not touch"


def test_leftovers_of_a_killed_process_go_and_a_file_being_written_stays(tmp_path, monkeypatch):
    """Item 8: killed backups left .incoming files (1.37 GB over 8 kills)."""
    folder = tmp_path / "backups"
    folder.mkdir()
    left = folder / ".incoming-abc123.sqlite3"
    left.write_bytes(b"x" * 1000)
    busy = folder / ".incoming-busy.sqlite3"
    busy.write_bytes(b"y")
    descriptor = os.open(busy, os.O_RDWR)
    files.hold(descriptor)  # another process is writing it
    monkeypatch.setattr(files, "PROCESS_STARTED", time.time() + 1)
    try:
        assert list_backups(folder) == []
        assert not left.exists() and busy.exists()
    finally:
        os.close(descriptor)


def test_a_new_file_is_not_taken_for_a_leftover(tmp_path):
    """Newer than this process: it may belong to a run that started after us."""
    fresh = tmp_path / ".incoming-fresh.sqlite3"
    fresh.write_bytes(b"x")
    assert files.remove_leftovers(tmp_path, ".incoming-*") == []


def test_the_part_file_of_a_killed_pdf_run_goes_with_the_next_run(
    qapp, tmp_path, monkeypatch, services
):
    from relations_app.printing.command import ensure_gui_application
    from relations_app.printing.pdf import write_pdf
    from relations_app.services.overview import OverviewChoices, OverviewService
    from tests.conftest import TODAY

    ensure_gui_application()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "overview.pdf"
    left = out / ".overview.pdf.k1ll3d.part"
    left.write_bytes(b"")
    other = out / ".other.pdf.k1ll3d.part"  # another file's: not ours to judge now
    other.write_bytes(b"")
    monkeypatch.setattr(files, "PROCESS_STARTED", time.time() + 1)
    write_pdf(OverviewService(services).gather(OverviewChoices(), TODAY), target)
    assert sorted(p.name for p in out.iterdir()) == [".other.pdf.k1ll3d.part", "overview.pdf"]
    assert target.stat().st_mode & 0o777 == 0o600


def test_an_export_leaves_no_temporary_file_and_removes_a_killed_one(
    tmp_path, services, monkeypatch
):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".out.json.k1ll3d.tmp").write_bytes(b"{")
    monkeypatch.setattr(files, "PROCESS_STARTED", time.time() + 1)
    services.exchange.export_json(out / "out.json")
    assert [p.name for p in out.iterdir()] == ["out.json"]


def test_make_private_takes_rights_away_and_never_adds_one(tmp_path):
    shared, read_only = tmp_path / "shared", tmp_path / "read-only"
    shared.write_text("")
    read_only.write_text("")
    os.chmod(shared, 0o664)
    os.chmod(read_only, 0o440)
    files.make_private(shared)
    files.make_private(read_only)
    assert shared.stat().st_mode & 0o777 == 0o600
    assert read_only.stat().st_mode & 0o777 == 0o400
