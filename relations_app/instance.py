"""One Relations per data folder: a QLockFile beside the journal.

A lock left by a crashed process (kill -9) is stale: QLockFile sees that its
process is gone and takes it over, and a lock whose process id was reused by
another program is known by no one holding the file; a crash never blocks the
next start. A
lock written on another computer (a data folder synced or copied between
machines) cannot be checked that way, and the message says what to do.

The window that holds the lock also listens on a local socket
(window_socket.py), which is how a refusal knows whether the holder is the
window or another command.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from relations_app.i18n import translate
from relations_app.storage.files import in_use, make_private

WAIT_MS = 300  # well under the 2 seconds a second launch may take to say no


class AlreadyRunning(Exception):
    """Another process holds the journal: the open window (``window``), another
    command, or Relations on another computer (``elsewhere``)."""

    def __init__(self, pid: int, hostname: str, lock: Path, window: bool) -> None:
        self.pid, self.hostname, self.window = pid, hostname, window
        self.elsewhere = bool(hostname) and hostname != QSysInfo.machineHostName()
        if self.elsewhere:
            text = translate(
                "Instance",
                "This journal is open in Relations on another computer ({1}, process {0}). "
                "Close it there first; if it is not open there any more (a copied or synced "
                "folder), delete {2} and try again.",
            )
        elif window:
            text = translate(
                "Instance", "Relations is open on this journal (process {0}); close it first."
            )
        else:
            text = translate(
                "Instance",
                "Relations is busy with this journal (process {0}): a command is running, or "
                "the window is open. Wait for the command to finish, or close the window.",
            )
        super().__init__(text.format(pid, hostname, lock))


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
            if self._left_by_a_dead_process(str(host)) and self._lock.tryLock(0):
                make_private(self.path)
                return
            from relations_app.window_socket import window_answers  # its Qt module: only here

            raise AlreadyRunning(int(pid), str(host), self.path, window_answers(folder))
        raise LockUnavailable(folder_problem(folder))

    def _left_by_a_dead_process(self, host: str) -> bool:
        """A lock of this computer that no process holds: its owner died and its
        process id now belongs to another program. Qt can tell programs apart
        only by name, and every Python is "python3"; the living owner keeps its
        lock file open and flock-ed, which is what is asked here."""
        if os.name != "posix" or (host and host != QSysInfo.machineHostName()):
            return False
        return not in_use(self.path) and self._lock.removeStaleLockFile()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def folder_problem(folder: Path, error: OSError | None = None) -> str:
    """Why ``folder`` cannot hold our files, in one sentence that names it."""
    code = error.errno if error is not None else None
    blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        reason = translate("Instance", "{0} is a file, not a folder").format(blocker)
    elif code == errno.ENOSPC or (code is None and _disk_full(folder)):
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
    # a pseudo file system (/proc) has no blocks at all: that is not "full"
    return stats.f_blocks > 0 and stats.f_bavail == 0 and not stats.f_flag & os.ST_RDONLY


def _read_only(folder: Path) -> bool:
    place = _existing(folder)
    return bool(place and hasattr(os, "statvfs") and os.statvfs(place).f_flag & os.ST_RDONLY)
