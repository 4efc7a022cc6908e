"""One Relations per data folder: a QLockFile beside the journal.

A lock left by a crashed process (kill -9) is stale: QLockFile sees that its
process is gone and takes it over, so a crash never blocks the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from relations_app.i18n import translate
from relations_app.storage.files import make_private

WAIT_MS = 300  # well under the 2 seconds a second launch may take to say no


class AlreadyRunning(Exception):
    def __init__(self, pid: int, hostname: str, appname: str) -> None:
        self.pid, self.hostname, self.appname = pid, hostname, appname
        super().__init__(
            translate(
                "Instance",
                "This journal is already open in Relations (process {0} on {1}). "
                "Switch to that window, or close it first.",
            ).format(pid, hostname or translate("Instance", "this computer"))
        )


class LockUnavailable(Exception):
    """The lock file cannot be written (read-only folder, permissions)."""


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # staleness is decided by the owner's process id

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._lock.tryLock(WAIT_MS):
            make_private(self.path)
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()
            pid, host, app = info if info else (0, "", "")
            raise AlreadyRunning(int(pid), str(host), str(app))
        raise LockUnavailable(
            translate("Instance", "Cannot create the lock file {0}.").format(self.path)
        )

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
