"""One Relations per data folder: a lock file, and a local socket to the window.

The lock is a QLockFile beside the journal. A lock left by a crashed process
(kill -9) is stale: QLockFile sees that its process is gone and takes it over,
so a crash never blocks the next start.

The window that holds the lock also listens on a local socket (QLocalServer:
a Unix-domain socket, owner-only, or a named pipe on Windows; never a network
socket). A second launch on the same folder asks it to come to the front and
exits, the way desktop apps behave; a command-line tool finds out whether it
is a window or another command that holds the journal, and says which.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal, Slot

try:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
except ImportError:  # a system library Qt's network module links is missing (libgssapi_krb5):
    QLocalServer = QLocalSocket = None  # the lock still keeps one instance; no bringing forward

from relations_app.i18n import translate
from relations_app.storage.files import make_private

WAIT_MS = 300  # well under the 2 seconds a second launch may take to say no
ANSWER_MS = 1500  # how long a second launch waits for the window to answer
SOCKET_NAME = "relations.socket"
SUN_PATH_MAX = 100  # sockaddr_un holds 104 bytes on macOS, 108 on Linux, with the NUL
ACTIVATE, ACTIVATED = b"activate\n", b"ok\n"


class AlreadyRunning(Exception):
    """Another process holds the journal: the window (``window``) or a command."""

    def __init__(self, pid: int, hostname: str, window: bool) -> None:
        self.pid, self.hostname, self.window = pid, hostname, window
        if window:
            text = translate(
                "Instance", "Relations is open on this journal (process {0}); close it first."
            )
        else:
            text = translate(
                "Instance",
                "Another Relations command is using this journal (process {0}); "
                "wait for it to finish, then try again.",
            )
        super().__init__(text.format(pid))


class LockUnavailable(Exception):
    """The data folder cannot hold the lock file (not a folder, read-only, full...)."""


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # staleness is decided by the owner's process id

    def acquire(self) -> None:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LockUnavailable(folder_problem(folder, error)) from None
        if self._lock.tryLock(WAIT_MS):
            make_private(self.path)
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()
            pid, host, _app = info if info else (0, "", "")
            raise AlreadyRunning(int(pid), str(host), window_answers(folder))
        raise LockUnavailable(folder_problem(folder))

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def folder_problem(folder: Path, error: OSError | None = None) -> str:
    """Why ``folder`` cannot hold our files, in one sentence that names it."""
    code = error.errno if error is not None else None
    blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        reason = translate("Instance", "{0} is a file, not a folder").format(blocker)
    elif code == errno.ENOSPC or _disk_full(folder):
        reason = translate("Instance", "the disk is full")
    elif code == errno.EROFS or _read_only(folder):
        reason = translate("Instance", "it is on a read-only disk")
    elif code in (errno.EACCES, errno.EPERM) or (
        folder.is_dir() and not os.access(folder, os.W_OK)
    ):
        reason = translate("Instance", "you may not write there")
    elif error is not None:
        reason = error.strerror or str(error)
    else:
        reason = translate("Instance", "the lock file cannot be written")
    return translate("Instance", "Cannot use the data folder {0}: {1}.").format(folder, reason)


def _writable(folder: Path) -> bool:
    return not folder.is_dir() or os.access(folder, os.W_OK)


def _existing(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if candidate.is_dir():
            return candidate
    return None


def _disk_full(folder: Path) -> bool:
    place = _existing(folder)
    if place is None or not hasattr(os, "statvfs"):
        return False
    stats = os.statvfs(place)
    return stats.f_bavail == 0 and not stats.f_flag & os.ST_RDONLY


def _read_only(folder: Path) -> bool:
    place = _existing(folder)
    return bool(place and hasattr(os, "statvfs") and os.statvfs(place).f_flag & os.ST_RDONLY)


# -- the window's socket ------------------------------------------------------
def server_name(folder: Path) -> str:
    """Where the window of ``folder`` listens.

    On Unix, the socket file sits in the data folder (0700) when its path fits
    in a socket address; a deeper folder gets a name derived from its path in
    the user's runtime folder (or the temporary folder). On Windows, a pipe
    named after the folder's path.
    """
    digest = hashlib.sha256(str(Path(folder).resolve()).encode()).hexdigest()[:24]
    if sys.platform == "win32":
        return f"relations-{digest}"
    inside = str(Path(folder).resolve() / SOCKET_NAME)
    if len(inside.encode()) <= SUN_PATH_MAX:
        return inside
    runtime = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return str(Path(runtime) / f"relations-{os.getuid()}-{digest}.socket")


def window_answers(folder: Path) -> bool:
    """Whether a window is listening for ``folder`` (without asking it anything)."""
    if QLocalSocket is None:
        return False
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    answered = socket.waitForConnected(WAIT_MS)
    socket.abort()
    return answered


def ask_window_to_activate(folder: Path) -> bool:
    """Ask the window of ``folder`` to come to the front; True when it did."""
    if QLocalSocket is None:
        return False
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(ANSWER_MS):
        return False
    socket.write(ACTIVATE)
    socket.flush()
    answer = b""
    while ACTIVATED not in answer and socket.waitForReadyRead(ANSWER_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return ACTIVATED in answer


class InstanceServer(QObject):
    """The running window's end of the socket: one short request at a time."""

    activation_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(folder)
        self._server = QLocalServer(self) if QLocalServer is not None else None
        if self._server is not None:
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening. Call only while holding the lock: a socket left by a
        crashed window is removed first, and no other window can own it then."""
        if self._server is None:
            return False
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def error_text(self) -> str:
        if self._server is None:
            return translate(
                "Instance",
                "Qt's network module cannot load: a second launch cannot bring "
                "this window to the front.",
            )
        return self._server.errorString()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()

    @Slot()
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._answer(c))
            connection.disconnected.connect(connection.deleteLater)

    def _answer(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            return  # the rest of the line is on its way
        request = bytes(connection.readLine().data())
        if request == ACTIVATE:
            self.activation_requested.emit()
            connection.write(ACTIVATED)
            connection.flush()
        connection.disconnectFromServer()
