"""The open window's local socket: how a second launch brings it to the front.

The window that holds the journal's lock listens on a local socket
(QLocalServer: a Unix-domain socket that only its owner may use, or a named
pipe on Windows; never a network socket). A second launch on the same data
folder asks it to come to the front and exits, the way desktop apps behave;
a command-line tool asks whether the window is there, to say so.

Where the socket lives (Unix): in the data folder when the path fits in a
socket address and nothing else has that name; otherwise in the user's
runtime folder, or in a folder of the user's own under the temporary folder
(made 0700, and used only when it is theirs alone), under a name derived
from the data folder's path. Both ends compute the same place.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from relations_app.i18n import translate

try:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
except ImportError:  # a system library Qt's network module links is missing (libgssapi_krb5):
    QLocalServer = QLocalSocket = None  # the lock still keeps one instance; no bringing forward

SOCKET_NAME = "relations.socket"
SUN_PATH_MAX = 100  # sockaddr_un holds 104 bytes on macOS, 108 on Linux, with the NUL
PROBE_MS = 300  # is the window there? (a command beside it)
ANSWER_MS = 2000  # how long a second launch tries to reach a window still starting
ACTIVATE, ACTIVATED = b"activate\n", b"ok\n"
MAX_REQUEST = 64  # bytes without a newline before a client is dropped


def server_name(folder: Path) -> str | None:
    """Where the window of ``folder`` listens, or None when no place will do."""
    folder = Path(folder).resolve()
    digest = hashlib.sha256(os.fsencode(folder)).hexdigest()[:24]
    if sys.platform == "win32":
        return f"relations-{digest}"
    inside = folder / SOCKET_NAME
    if _fits(inside) and _free_or_socket(inside):
        return str(inside)
    for base in _private_folders():
        candidate = base / f"relations-{digest}.socket"
        if _fits(candidate) and _free_or_socket(candidate):
            return str(candidate)
    return None


def _fits(path: Path) -> bool:
    return len(os.fsencode(path)) <= SUN_PATH_MAX


def _free_or_socket(path: Path) -> bool:
    """Nothing there, or a socket (ours, left by a crash): never a user's file."""
    try:
        return stat.S_ISSOCK(path.lstat().st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _private_folders() -> list[Path]:
    """Folders only this user can reach: the runtime folder, then our own
    0700 folder under the temporary folder (TMPDIR, then /tmp)."""
    found = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _mine_alone(Path(runtime)):
        found.append(Path(runtime))
    for temp in dict.fromkeys((tempfile.gettempdir(), "/tmp")):
        own = Path(temp) / f"relations-{os.getuid()}"
        try:
            own.mkdir(mode=0o700, exist_ok=True)
        except OSError:
            continue
        if _mine_alone(own):
            found.append(own)
    return found


def _mine_alone(folder: Path) -> bool:
    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def _connect(name: str | None, wait_ms: int) -> QLocalSocket | None:
    """A connection to the window, trying until ``wait_ms`` has passed (it may be
    starting: it takes the lock a moment before it listens)."""
    if name is None or QLocalSocket is None:
        return None
    waited = 0
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(min(wait_ms, PROBE_MS)):
            return socket
        socket.abort()
        if waited >= wait_ms:
            return None
        QThread.msleep(100)
        waited += 100


def window_answers(folder: Path) -> bool:
    """Whether a window is listening for ``folder`` (without asking it anything)."""
    socket = _connect(server_name(folder), 0)
    if socket is None:
        return False
    socket.abort()
    return True


def ask_window_to_activate(folder: Path) -> bool:
    """Ask the window of ``folder`` to come to the front; True when it did."""
    socket = _connect(server_name(folder), ANSWER_MS)
    if socket is None:
        return False
    socket.write(ACTIVATE)
    socket.flush()
    answer = b""
    while ACTIVATED not in answer and socket.waitForReadyRead(ANSWER_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return ACTIVATED in answer


class WindowSocket(QObject):
    """The running window's end: one short request at a time."""

    activation_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(folder)
        self._server = QLocalServer(self) if QLocalServer is not None else None
        if self._server is not None:
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening. Call only while holding the journal's lock: a socket
        left by a crashed window is removed first, and no other window can own
        it then."""
        if self._server is None or self.name is None:
            return False
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def problem(self) -> str:
        """Why listen() failed, in a sentence."""
        if self._server is None:
            reason = translate("Instance", "Qt's network module cannot be loaded")
        elif self.name is None:
            reason = translate("Instance", "there is no private place for its socket")
        else:
            reason = self._server.errorString()
        return translate(
            "Instance", "Starting Relations again will not bring this window to the front ({0})."
        ).format(reason)

    def close(self) -> None:
        if self._server is not None:
            self._server.close()

    @Slot()
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._answer(c))
            connection.disconnected.connect(connection.deleteLater)
            # a client that says nothing is let go, not kept for ever
            QTimer.singleShot(ANSWER_MS, connection, connection.abort)

    def _answer(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            if connection.bytesAvailable() > MAX_REQUEST:
                connection.abort()  # not one of ours: nothing to read to its end
            return
        request = bytes(connection.readLine(MAX_REQUEST + 1).data())
        if request == ACTIVATE:
            self.activation_requested.emit()
            connection.write(ACTIVATED)
            connection.flush()
        connection.disconnectFromServer()
