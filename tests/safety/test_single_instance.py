"""A second launch brings the open window to the front; commands and smoke tests
beside it say so in one line; nothing ever waits for a click in a smoke test."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from relations_app import resources
from relations_app.instance import AlreadyRunning, InstanceLock
from relations_app.paths import DataPaths
from relations_app.ui import launch as launch_module
from relations_app.window_socket import WindowSocket, server_name

ROOT = Path(__file__).resolve().parents[2]


def launch(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "relations_app", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def finish(qtbot, process: subprocess.Popen) -> tuple[int, str, str]:
    """Keep this process's event loop turning (it is the open window) until
    the launched one ends."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    out, err = process.communicate()
    return process.returncode, out, err


@pytest.fixture(params=["short", "deep"])
def open_window(request, qtbot, tmp_path):
    """This test process plays the open window: it holds the lock and listens."""
    folder = tmp_path / "window"
    if request.param == "deep":  # too long for a socket address: the runtime folder is used
        folder = tmp_path.joinpath(*["a-rather-long-folder-name"] * 5, "data")
    folder.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(DataPaths(folder).lock)
    lock.acquire()
    server = WindowSocket(folder)
    assert server.listen(), server.problem()
    server.activation_requested.connect(launch_module.bring_to_front)
    yield folder, server
    server.close()
    lock.release()


def test_a_second_launch_brings_the_window_to_the_front_and_exits_0(qtbot, open_window, ctx):
    from relations_app.ui.main_window import MainWindow

    folder, server = open_window
    inside = str(folder / "relations.socket")
    assert (server.name == inside) == (len(inside.encode()) <= 100)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    asked = []
    server.activation_requested.connect(lambda: asked.append(True))
    status, out, err = finish(qtbot, launch("--data-dir", str(folder)))
    assert (status, err) == (0, "")
    assert asked == [True]
    assert not window.isMinimized()


def test_a_command_beside_the_window_says_close_it_first(qtbot, open_window):
    folder, _server = open_window
    status, out, err = finish(qtbot, launch("--data-dir", str(folder), "export", "json", "x"))
    assert status == 1
    assert err == (
        f"relations: Relations is open on this journal (process {os.getpid()}); close it first.\n"
    )


def test_a_smoke_test_beside_the_window_says_so_and_fails(qtbot, open_window):
    folder, _server = open_window
    status, out, err = finish(qtbot, launch("--data-dir", str(folder), "--smoke-test"))
    assert status == 1
    assert err.endswith(
        f"Relations is open on this journal (process {os.getpid()}); close it first.\n"
    )


def test_a_socket_left_by_a_crash_is_replaced(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    Path(server_name(folder)).write_text("left by kill -9")
    server = WindowSocket(folder)
    try:
        assert server.listen(), server.problem()
    finally:
        server.close()
    assert not Path(server_name(folder)).exists()


def test_the_socket_is_owner_only(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    server = WindowSocket(folder)
    try:
        assert server.listen()
        assert os.stat(server.name).st_mode & 0o077 == 0
    finally:
        server.close()


def test_a_data_folder_that_is_a_file_fails_the_smoke_test_in_one_line(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    process = launch("--data-dir", str(blocker / "sub"), "--smoke-test")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert err.splitlines()[-1] == (
        f"relations: Cannot use the data folder {blocker / 'sub'}: {blocker} is a file, "
        "not a folder."
    )


def test_a_dialog_during_a_smoke_test_is_closed_reported_and_fails_it(
    qapp, tmp_path, monkeypatch, capsys
):
    from relations_app.ui.main_window import MainWindow

    show = MainWindow.show

    def show_then_ask(window):
        show(window)
        QMessageBox.question(window, "Relations", "Keep going?")  # would wait for a click

    monkeypatch.setattr(MainWindow, "show", show_then_ask)
    assert launch_module.run_gui(DataPaths(tmp_path / "data"), smoke_test=True) == 1
    err = capsys.readouterr().err
    assert "relations: Keep going?" in err
    assert "smoke test passed" not in capsys.readouterr().out


def test_an_incomplete_installation_fails_the_smoke_test(qapp, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(resources, "assets_dir", lambda: tmp_path / "nothing-here")
    assert launch_module.run_gui(DataPaths(tmp_path / "data"), smoke_test=True) == 1
    err = capsys.readouterr().err
    assert err.startswith("relations: The installation is incomplete: icons/relations.svg, ")
    assert "icons/actions/print.svg" in err and "fonts/DejaVuSans.ttf" in err
    assert not (tmp_path / "data").exists()  # nothing was created


def test_a_window_still_starting_is_waited_for(qtbot, tmp_path):
    """The window takes the lock a moment before it listens: a launch in between
    keeps trying, and is brought to it, not told that a command is running."""
    folder = tmp_path / "starting"
    folder.mkdir()
    lock = InstanceLock(DataPaths(folder).lock)
    lock.acquire()
    server = WindowSocket(folder)
    asked = []
    server.activation_requested.connect(lambda: asked.append(True))
    try:
        second = launch("--data-dir", str(folder))
        QTimer.singleShot(800, server.listen)  # the window gets there late
        status, out, err = finish(qtbot, second)
    finally:
        server.close()
        lock.release()
    assert (status, err, asked) == (0, "", [True])


def test_a_user_file_with_the_socket_name_is_left_alone(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    mine = folder / "relations.socket"
    mine.write_text("my precious")
    server = WindowSocket(folder)
    try:
        assert server.listen(), server.problem()
        assert server.name != str(mine)
    finally:
        server.close()
    assert mine.read_text() == "my precious"


def test_a_client_that_sends_garbage_is_dropped_and_the_next_launch_works(qtbot, open_window):
    from PySide6.QtNetwork import QLocalSocket

    folder, server = open_window
    chatter = QLocalSocket()
    chatter.connectToServer(server.name)
    assert chatter.waitForConnected(1000)
    chatter.write(b"x" * 100_000)  # no newline, ever
    chatter.flush()
    qtbot.waitUntil(lambda: chatter.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    status, out, err = finish(qtbot, launch("--data-dir", str(folder)))
    assert (status, err) == (0, "")


def test_a_lock_from_another_computer_says_what_to_do(tmp_path, qapp):
    folder = tmp_path / "synced"
    folder.mkdir()
    lock = DataPaths(folder).lock
    lock.write_text("4242\npython3.11\nlaptop-of-marie\n")
    process = launch("--data-dir", str(folder), "export", "json", str(tmp_path / "x.json"))
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert err == (
        "relations: This journal is open in Relations on another computer (laptop-of-marie, "
        f"process 4242). Close it there first; if it is not open there any more (a copied or "
        f"synced folder), delete {lock} and try again.\n"
    )


def test_sigterm_closes_the_window_the_ordinary_way(tmp_path):
    import signal
    import time

    folder = tmp_path / "data"
    window = launch("--data-dir", str(folder))
    deadline = time.monotonic() + 60
    while not (folder / "relations.socket").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)
    window.send_signal(signal.SIGTERM)
    out, err = window.communicate(timeout=60)
    assert window.returncode == 0, err
    assert sorted(p.name for p in folder.iterdir()) == ["relations.sqlite3", "settings.ini"]


SIGTERM_WHILE_STARTING = """
import os, signal, sys
from relations_app.app import main
from relations_app.ui.session import Session
shown = Session.show_window
def show_then_terminated(self, **options):
    shown(self, **options)
    os.kill(os.getpid(), signal.SIGTERM)  # a logout while the window is still starting
Session.show_window = show_then_terminated
sys.exit(main(sys.argv[1:]))
"""


def test_sigterm_while_the_window_is_still_starting_closes_it_the_ordinary_way(tmp_path):
    """The socket listens before the window is up: a SIGTERM in between killed the
    process outright (no backup at exit, the journal's marker and socket left)."""
    folder = tmp_path / "data"
    process = subprocess.run(
        [sys.executable, "-c", SIGTERM_WHILE_STARTING, "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert process.returncode == 0, process.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["relations.sqlite3", "settings.ini"]


LEFT_BY_A_KILL = """
import os, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
os._exit(9)  # killed: the lock file stays, naming this process
"""


def test_a_lock_whose_process_id_was_reused_does_not_block_the_next_start(tmp_path):
    """A killed command's process id, reused by another Python program (Qt can
    only compare program names): the next start was told the journal was busy."""
    lock = tmp_path / "relations.lock"
    subprocess.run([sys.executable, "-c", LEFT_BY_A_KILL, str(lock)], timeout=60)
    pid, *rest = lock.read_text().split("\n")
    lock.write_text("\n".join([str(os.getpid()), *rest]))  # a live python3, like any reuse
    taken = InstanceLock(lock)
    taken.acquire()  # not AlreadyRunning
    try:
        with pytest.raises(AlreadyRunning):
            InstanceLock(lock).acquire()  # while it is held, it is held
    finally:
        taken.release()
