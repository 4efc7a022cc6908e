"""`relations today` beside the open window: it reads what the window committed,
through a read-only connection, and never writes, creates or blocks anything."""

import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from relations_app.instance import InstanceLock
from relations_app.paths import DataPaths
from relations_app.records import Conversation, Person, PersonRef
from relations_app.services import Services
from relations_app.services.agenda_json import agenda_document
from relations_app.storage import sqlite
from relations_app.storage.errors import StoreError
from relations_app.storage.migrations import CURRENT_VERSION
from relations_app.storage.sqlite import Key
from relations_app.storage.store import Store
from relations_app.window_socket import WindowSocket
from tests.cli.test_today import prepare
from tests.conftest import TODAY
from tests.safety.encrypted import PASSPHRASE, encryption

ROOT = Path(__file__).resolve().parents[2]
DAY = TODAY.isoformat()
# kills itself inside the agenda's read transaction, half-way through its reads
KILLED_MID_READ = """
import os, signal, sys
from relations_app import app
from relations_app.services import agenda_data
def killed(*args):
    os.kill(os.getpid(), signal.SIGKILL)
agenda_data.last_meaningful = killed
app.main(sys.argv[1:])
"""


def launch(folder: Path, *args: str, env: dict | None = None, code: str | None = None):
    """Output goes to files: a pipe nobody reads while the window's loop turns
    would fill up and stop the command."""
    start = ["-c", code] if code else ["-m", "relations_app"]
    out, err = tempfile.TemporaryFile("w+"), tempfile.TemporaryFile("w+")
    process = subprocess.Popen(
        [sys.executable, *start, "--data-dir", str(folder), *args],
        stdout=out,
        stderr=err,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )
    process.outputs = (out, err)
    return process


def finish(qtbot, process: subprocess.Popen) -> tuple[int, str, str]:
    """The window's event loop turns (this process is the open window) until it ends."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    texts = []
    for stream in process.outputs:
        stream.seek(0)
        texts.append(stream.read())
        stream.close()
    return process.returncode, *texts


def today(qtbot, folder: Path, env: dict | None = None) -> tuple[int, str, str]:
    return finish(qtbot, launch(folder, "today", "--json", "--date", DAY, env=env))


def listing(folder: Path) -> dict[str, int]:
    """Every file of the data folder and its inode: a file made again is new too."""
    return {str(p.relative_to(folder)): p.stat().st_ino for p in folder.rglob("*")}


@pytest.fixture
def held(qtbot, data_dir):
    """This test process holds the journal as the window does: the lock, the socket."""
    lock = InstanceLock(DataPaths(data_dir).lock)
    lock.acquire()
    server = WindowSocket(data_dir)
    assert server.listen(), server.problem()
    yield data_dir
    server.close()
    lock.release()


def integrity(services) -> str:
    return services.store.connection().execute("PRAGMA integrity_check").fetchone()[0]


def test_today_reads_what_the_open_window_shows_and_commits(qtbot, window, services, held):
    prepare(services)
    window.today_commands.refresh()
    before = listing(held)
    status, out, err = today(qtbot, held)
    assert (status, err) == (0, "")
    document = json.loads(out)
    shown = window.today.agenda
    assert [r["people"] for r in document["reconnect"]] == [
        [item.person.name] for item in shown.reconnect.items
    ]
    assert [r["why"] for r in document["reconnect"]] == [i.why for i in shown.reconnect.items]
    assert document == agenda_document(services.agenda.build(TODAY))
    ana = shown.reconnect.items[0].person
    services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(ana.id, ana.name),), notes="Coffee.")
    )
    status, out, err = today(qtbot, held)
    assert (status, err) == (0, "")
    assert json.loads(out)["reconnect"] == []  # the window's commit, seen at once
    assert json.loads(out) == agenda_document(services.agenda.build(TODAY))
    assert listing(held) == before  # no marker, -wal, -shm or backup of its own
    services.people.save(Person(name="After"))  # the window still saves
    assert integrity(services) == "ok"


def test_today_refuses_a_journal_at_another_schema_in_one_line(qtbot, window, services, held):
    connection = services.store.connection()
    older = CURRENT_VERSION - 1
    connection.execute(f"PRAGMA user_version = {older}")
    status, out, err = today(qtbot, held)
    assert (status, out) == (1, "")
    assert err == (
        "relations: This journal must first be updated by this version of Relations "
        f"(relations.sqlite3 is at schema {older}; this version of Relations reads schema "
        f"{CURRENT_VERSION}): "
        "close Relations, then run the command again.\n"
    )
    connection.execute("PRAGMA user_version = 99")
    status, out, err = today(qtbot, held)
    assert (status, out) == (1, "")
    assert err.count("\n") == 1 and "newer version of Relations" in err
    assert "schema 99" in err
    connection.execute(f"PRAGMA user_version = {CURRENT_VERSION}")


def test_an_encrypted_journal_needs_its_passphrase(qtbot, window, services, held):
    services.people.save(Person(name="Zoé"))
    encryption(services, DataPaths(held)).encrypt(Key(PASSPHRASE))
    before = listing(held)
    status, out, err = today(qtbot, held, {"RELATIONS_PASSPHRASE": PASSPHRASE})
    assert (status, err) == (0, "")
    assert [c["people"] for c in json.loads(out)["circles"] if c["circle"] == "wider"] == [["Zoé"]]
    status, out, err = today(qtbot, held)  # without it
    assert (status, out) == (1, "")
    assert err.count("\n") == 1 and "is encrypted: give its passphrase" in err
    status, out, err = today(qtbot, held, {"RELATIONS_PASSPHRASE": "wrong horse"})
    assert (status, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith("relations: Wrong passphrase")
    assert listing(held) == before
    services.people.save(Person(name="After"))
    assert integrity(services) == "ok"


def test_a_window_with_the_journal_closed_is_said_so_and_nothing_is_made(
    qtbot, window, services, held
):
    services.store.close()  # as when the window locks while idle: the log is gone
    before = listing(held)
    try:
        status, out, err = today(qtbot, held)
        after = listing(held)
    finally:
        services.store.open()
    assert (status, out) == (1, "")
    assert err == (
        f"relations: Relations (process {os.getpid()}) has this journal closed just now: "
        "locked while idle, or busy restoring it. Unlock it or wait, then try again.\n"
    )
    assert after == before


def test_the_window_commits_in_a_loop_while_today_runs_50_times(qtbot, window, services, held):
    prepare(services)
    saved = []

    def commit() -> None:
        saved.append(services.people.save(Person(name=f"Loop {len(saved)}")))

    timer = QTimer()
    timer.timeout.connect(commit)
    timer.start(2)
    try:
        for _ in range(25):  # two at a time: 50 runs
            pair = [launch(held, "today", "--json") for _ in range(2)]
            for process in pair:
                status, out, err = finish(qtbot, process)
                assert (status, err) == (0, ""), err
                names = {n for c in json.loads(out)["circles"] for n in c["people"]}
                assert "Samuel" in names
    finally:
        timer.stop()
    assert len(saved) > 50
    assert integrity(services) == "ok"


def test_kill_9_of_today_mid_read_leaves_the_window_whole(qtbot, window, services, held):
    prepare(services)
    before = listing(held)
    for _ in range(3):
        process = launch(held, "today", "--json", code=KILLED_MID_READ)
        status, _out, _err = finish(qtbot, process)
        assert status == -signal.SIGKILL
        services.people.save(Person(name="After a kill"))
    busy = services.store.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy[0] == 0  # no read transaction of the dead reader holds the log
    assert integrity(services) == "ok"
    assert listing(held) == before


def test_a_store_open_to_read_refuses_every_write(data_dir):
    path = DataPaths(data_dir).store
    made = Store(path)
    made.open()  # a journal, closed again
    made.close()
    writer = sqlite.connect(path, isolation_level=None)  # another process's open journal
    writer.execute("PRAGMA journal_mode = wal")
    writer.execute("INSERT INTO value (name, name_key) VALUES ('Care', 'care')")
    reader = Store(path)
    reader.open_to_read()
    try:
        services = Services.create(reader)
        with pytest.raises(StoreError, match="readonly"):
            services.people.save(Person(name="Never"))
        assert [v.name for v in services.values.all()] == ["Care"]
    finally:
        reader.close()
        writer.close()


def test_a_journal_open_on_another_computer_is_not_read(qtbot, tmp_path, qapp):
    """Over a synced or shared folder SQLite's locks cannot be trusted."""
    folder = tmp_path / "synced"
    folder.mkdir()
    lock = DataPaths(folder).lock
    lock.write_text("4242\npython3.11\nlaptop-of-marie\n")
    status, out, err = today(qtbot, folder)
    assert (status, out) == (1, "")
    assert err.startswith(
        "relations: This journal is open in Relations on another computer (laptop-of-marie, "
    )
    assert sorted(p.name for p in folder.iterdir()) == ["relations.lock"]


# holds a read transaction open until told to end
READER = """
import sys
from pathlib import Path
from relations_app.services import Services
from relations_app.storage.store import Store
store = Store(Path(sys.argv[1]))
store.open_to_read()
with store.read():
    print(Services.create(store).people.count(), flush=True)
    sys.stdin.readline()
store.close()
"""


def test_the_window_closes_and_opens_again_while_today_reads(window, services, held):
    services.people.save(Person(name="Before"))
    path = DataPaths(held).store
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert reader.stdout.readline() == "1\n"
        services.people.save(Person(name="During"))  # a writer is never held up
        services.store.close()  # the reader holds the log: it stays, with the marker
        services.store.open()
        services.people.save(Person(name="After"))
    finally:
        out, _ = reader.communicate("\n", timeout=60)
    assert reader.returncode == 0
    assert services.people.count() == 3 and integrity(services) == "ok"
