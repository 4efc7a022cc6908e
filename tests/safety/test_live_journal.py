"""`relations backup` and `check` beside a running Relations (issue 9, item 10): the
backup holds what the window committed, still in its write-ahead log, and
check tells "open in Relations now" from "did not close"."""

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from relations_app.app import main
from relations_app.paths import DataPaths

RUNNING_WINDOW = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from relations_app.instance import InstanceLock
    from relations_app.paths import DataPaths
    from relations_app.records import Person
    from relations_app.services import Services
    from relations_app.storage.store import Store
    paths = DataPaths(Path(sys.argv[1]))
    lock = InstanceLock(paths.lock)
    lock.acquire()
    store = Store(paths.store)
    store.open()
    services = Services.create(store)
    for name in ("Ana", "Bo", "Chloé"):
        services.people.save(Person(name=name))
    print("ready", flush=True)
    time.sleep(60)
""")


@pytest.fixture
def window(tmp_path):
    """A process that holds the journal open as the window does, three people saved."""
    paths = DataPaths(tmp_path / "data")
    child = subprocess.Popen(
        [sys.executable, "-c", RUNNING_WINDOW, str(paths.folder)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        yield paths, child.pid
    finally:
        child.kill()
        child.wait()


def people_in(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in conn.execute("SELECT name FROM person"))
    finally:
        conn.close()


def test_a_backup_beside_the_window_holds_what_it_saved(window, capsys):
    paths, _ = window
    assert main(["--data-dir", str(paths.folder), "backup"]) == 0
    backup = Path(capsys.readouterr().out.strip())
    assert people_in(backup) == ["Ana", "Bo", "Chloé"]
    assert Path(str(paths.store) + "-wal").exists()  # the window's log is still there


def test_check_says_the_journal_is_open_in_relations(window, capsys):
    paths, pid = window
    assert main(["--data-dir", str(paths.folder), "check"]) == 0
    assert f"ok (open in Relations now, process {pid})" in capsys.readouterr().out


def test_check_does_not_call_a_running_session_unclosed(window, capsys):
    """Something deleted the log under the window: the session is running, not
    crashed, and the window still holds the log it will write in at closing."""
    paths, pid = window
    Path(str(paths.store) + "-wal").unlink()
    assert main(["--data-dir", str(paths.folder), "check"]) == 1
    err = capsys.readouterr().err
    assert "did not close" not in err
    assert f"open in Relations now (process {pid}), but its write-ahead log was removed" in err
