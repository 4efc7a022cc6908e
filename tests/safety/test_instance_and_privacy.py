"""One instance per journal, private files whatever the umask, and no network, ever."""

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from relations_app.instance import AlreadyRunning, InstanceLock
from relations_app.paths import DataPaths

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from relations_app.instance import InstanceLock
    lock = InstanceLock(Path(sys.argv[1]))
    lock.acquire()
    print("locked", flush=True)
    time.sleep(120)
""")


def relations(*args, env=None, umask=None):
    return subprocess.run(
        [sys.executable, "-m", "relations_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        preexec_fn=(lambda: os.umask(umask)) if umask is not None else None,
    )


@pytest.fixture
def holder(tmp_path):
    paths = DataPaths(tmp_path / "data")
    assert (
        relations(
            "--data-dir", str(paths.folder), "export", "json", str(tmp_path / "x.json")
        ).returncode
        == 0
    )
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(paths.lock)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "locked"
    yield paths, child
    child.kill()
    child.wait()


def test_a_second_launch_is_refused_names_the_running_process_and_writes_nothing(holder, tmp_path):
    paths, child = holder
    before = {p.name: p.read_bytes() for p in paths.folder.iterdir() if p.is_file()}
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps({"format": "relations-export", "version": 1, "people": [{"id": 1, "name": "A"}]})
    )
    result = relations("--data-dir", str(paths.folder), "import", "json", str(source))
    assert result.returncode == 1
    assert result.stderr == (
        f"relations: Relations is busy with this journal (process {child.pid}): a command is "
        "running, or the window is open. Wait for the command to finish, or close the window.\n"
    )
    after = {p.name: p.read_bytes() for p in paths.folder.iterdir() if p.is_file()}
    assert after == before


def test_the_window_waits_for_a_command_that_holds_the_journal(holder, qapp, dialogs):
    from relations_app.ui.launch import run_gui

    paths, child = holder
    shown = []

    def read(box):
        shown.append(box.text())
        box.accept()

    assert dialogs.run(lambda: run_gui(paths), read) == 1
    assert shown == [
        f"Relations is busy with this journal (process {child.pid}): a command is running, or "
        "the window is open. Wait for the command to finish, or close the window."
    ]


def test_a_stale_lock_after_kill_9_does_not_block(holder):
    paths, child = holder
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert paths.lock.exists()  # the crash left it behind
    lock = InstanceLock(paths.lock)
    lock.acquire()
    lock.release()
    assert relations("--data-dir", str(paths.folder), "--smoke-test").returncode == 0


def test_a_live_lock_in_this_process_is_respected(tmp_path):
    first, second = InstanceLock(tmp_path / "l.lock"), InstanceLock(tmp_path / "l.lock")
    first.acquire()
    try:
        with pytest.raises(AlreadyRunning):
            second.acquire()
    finally:
        first.release()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


OPEN_AND_WRITE = textwrap.dedent("""
    import os, stat, sys
    from pathlib import Path
    from relations_app.records import Person
    from relations_app.services import Services
    from relations_app.storage.store import Store
    store = Store(Path(sys.argv[1])); store.open()
    Services.create(store).people.save(Person(name="Ana"))
    for suffix in ("", "-wal", "-shm"):
        print(oct(stat.S_IMODE(os.stat(sys.argv[1] + suffix).st_mode)))
    store.close()
""")


def test_every_file_is_private_under_umask_022(tmp_path):
    folder = tmp_path / "data"
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps({"format": "relations-export", "version": 1, "people": [{"id": 1, "name": "A"}]})
    )
    assert (
        relations("--data-dir", str(folder), "import", "json", str(source), umask=0o022).returncode
        == 0
    )
    assert relations("--data-dir", str(folder), "--smoke-test", umask=0o022).returncode == 0
    assert relations("--data-dir", str(folder), "backup", umask=0o022).returncode == 0
    out = tmp_path / "out.json"
    assert (
        relations("--data-dir", str(folder), "export", "json", str(out), umask=0o022).returncode
        == 0
    )
    assert mode(folder) == 0o700
    assert mode(folder / "backups") == 0o700
    for path in [
        folder / "relations.sqlite3",
        folder / "settings.ini",
        out,
        *(folder / "backups").iterdir(),
    ]:
        assert mode(path) == 0o600, path
    opened = subprocess.run(
        [sys.executable, "-c", OPEN_AND_WRITE, str(tmp_path / "other" / "relations.sqlite3")],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: os.umask(0o022),
    )
    assert opened.stdout.split() == ["0o600", "0o600", "0o600"], opened.stderr
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder / "relations.lock")],
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.umask(0o022),
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert mode(folder / "relations.lock") == 0o600
    finally:
        holder.kill()
        holder.wait()


def test_a_full_session_opens_no_network_socket(tmp_path):
    session = Path(__file__).with_name("network_session.py")
    result = subprocess.run(
        [sys.executable, str(session), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"seen": [], "local_sockets": [str(tmp_path / "data" / "relations.socket")]}
    assert (tmp_path / "data" / "overview.pdf").exists()  # the session really ran


PROBE = textwrap.dedent("""
    import runpy, socket, sys
    watch = runpy.run_path(sys.argv[1], run_name="probe")  # the session's watch, not its session
    socket.socket = watch["_socket"]  # let this one socket through the first guard
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    watch["my_ip_sockets"]("probe")
    print(watch["seen"])
""")


def test_the_watch_in_the_session_does_see_a_socket():
    """The no-network test can fail: its watch catches a deliberate socket."""
    session = Path(__file__).with_name("network_session.py")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(session)], capture_output=True, text=True, timeout=60
    )
    assert "socket.bind" in result.stdout
    assert "IP socket open after probe" in result.stdout


def test_the_code_never_reaches_for_the_network():
    """Qt's network module serves one file, for local sockets only."""
    source = Path(__file__).resolve().parents[2] / "relations_app"
    for path in source.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in ("import socket", "urllib", "http.client", "requests", "QTcp", "QUdp"):
            assert word not in text, f"{path.name} mentions {word}"
        uses = [
            line.strip() for line in text.splitlines() if "QtNetwork" in line and "import" in line
        ]
        if path.name == "window_socket.py":
            assert uses == ["from PySide6.QtNetwork import QLocalServer, QLocalSocket"]
        else:
            assert uses == [], f"{path.name} imports QtNetwork"
