"""Writing files the safe way: private, never half-written, never through a link,
and no leftovers from a process that was killed while it wrote."""

from __future__ import annotations

import errno
import os
import secrets
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted there anyway
    fcntl = None  # type: ignore[assignment]

# files that belong with the journal: SQLite's log and shared index, and our
# "open" marker. They move together whenever the journal file moves.
COMPANION_SUFFIXES = ("-wal", "-shm", "-open")

# A temporary file older than this process, and held by no one, was left by a
# process that died while writing it: see remove_leftovers.
PROCESS_STARTED = time.time()


def companions(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in COMPANION_SUFFIXES]


def move_with_companions(source: Path, target: Path) -> None:
    """Rename a journal file and its companions; the main file last, so an
    interruption never leaves a main file separated from its log."""
    for companion, suffix in zip(companions(source), COMPANION_SUFFIXES, strict=True):
        if companion.exists():
            os.replace(companion, Path(str(target) + suffix))
    os.replace(source, target)
    fsync_folder(target.parent)


def write_private_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, fsync, then rename over it.

    The result is 0600 whatever the umask; a failure leaves no partial file, and
    a link at ``path`` is replaced, never followed.
    """
    path = Path(path)
    if path.is_dir() and not path.is_symlink():  # "." and ".." too, which rename calls busy
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    remove_leftovers(path.parent, f".{path.name}.*.tmp")
    with temporary_beside(path, ".tmp") as temporary:
        with open(temporary, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    fsync_folder(path.parent)


@contextmanager
def temporary_beside(
    path: Path, suffix: str, prefix: str | None = None, shred: bool = False
) -> Iterator[Path]:
    """A new private file beside ``path``, held (see hold) while the block runs,
    removed afterwards (``shred``: overwritten first) unless the block renamed it."""
    handle, name = tempfile.mkstemp(
        prefix=prefix or f".{path.name}.", suffix=suffix, dir=path.parent or "."
    )
    temporary = Path(name)
    try:  # mkstemp made it 0600, whatever the umask
        hold(handle)
        yield temporary
    finally:
        os.close(handle)
        if shred:
            shred_file(temporary)
        else:
            temporary.unlink(missing_ok=True)


def hold(descriptor: int) -> None:
    """Mark a file being written as in use, for remove_leftovers in any process."""
    if fcntl is not None:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)


def in_use(path: Path) -> bool:
    """Whether a running process holds ``path`` (see hold; a QLockFile's owner
    holds its lock file the same way). True when the file cannot be opened to
    ask; False without flock (Windows, where an open file cannot be deleted)."""
    if fcntl is None:
        return False
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return True  # gone, or not ours to judge
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(descriptor)
    return False


def remove_leftovers(folder: Path, pattern: str, shred: bool = False) -> list[Path]:
    """Delete the temporary files matching ``pattern`` that a killed process left:
    regular files older than this process that no running process holds.
    With ``shred``, their bytes are overwritten first (copies of a journal)."""
    removed = []
    try:
        candidates = list(Path(folder).glob(pattern))
    except OSError:
        return removed
    for path in candidates:
        try:
            info = path.lstat()
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or info.st_mtime >= PROCESS_STARTED or in_use(path):
            continue
        try:
            if shred:
                shred_file(path)
            else:
                path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


SHRED_CHUNK = 1 << 20


def shred_file(path: Path) -> None:
    """Overwrite ``path`` with zeros, on disk, and remove it: a copy of a journal
    that must not stay readable on this file system (an SSD or a snapshot may
    still keep old blocks: docs/data-safety.md). A file that has another name
    (a hard link: the journal, a kept journal) is only unlinked: that name
    still means its content."""
    try:
        descriptor = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return
    try:
        info = os.fstat(descriptor)
        if info.st_nlink == 1 and stat.S_ISREG(info.st_mode):
            zeros = bytes(SHRED_CHUNK)
            remaining = info.st_size
            while remaining > 0:
                remaining -= os.write(descriptor, zeros[: min(remaining, SHRED_CHUNK)])
            os.fsync(descriptor)
    finally:
        os.close(descriptor)  # before the unlink: Windows removes no open file
    os.unlink(path)


@contextmanager
def retiring(path: Path, prefix: str) -> Iterator[None]:
    """While the block replaces ``path`` (a rename over it), keep the old file
    under a second name (a hard link, held, named ``<prefix>...``); afterwards
    overwrite and remove it. If the block did not replace it, only the second
    name goes. A kill leaves the second name for remove_leftovers(shred=True).
    Without hard links (FAT) the old bytes are left to the file system."""
    outgoing = path.with_name(f"{prefix}{secrets.token_hex(6)}-{path.name}")
    try:
        os.link(path, outgoing)
    except OSError:
        yield
        return
    # held so that a cleaner in another process leaves it alone; not on
    # Windows, where an open file's other name could not be renamed over
    descriptor = os.open(outgoing, os.O_RDONLY) if fcntl is not None else None
    try:
        if descriptor is not None:
            hold(descriptor)
        yield
    finally:
        if descriptor is not None:
            os.close(descriptor)
        shred_file(outgoing)


def write_marker(path: Path, text: str) -> None:
    """A small private file, created afresh: a link planted at ``path`` is
    removed, never written through."""
    path.unlink(missing_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(text)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def make_private(path: Path) -> None:
    """Take away every right of group and others (0600 for a file we made, 0700
    for a folder). Never adds a right: a read-only file stays read-only. A link
    is left alone (chmod would change what it points to)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        return
    mode = stat.S_IMODE(info.st_mode)
    if mode & 0o077:
        os.chmod(path, mode & 0o700)


OUR_NAMES = ("relations", "backups", "settings.ini", ".incoming-", ".outgoing-")


def make_folder_private(folder: Path) -> None:
    """0700 for the data folder, unless it is a folder the user shares with
    other things (a --data-dir pointed at ~/Documents must not be locked down
    behind their back; our files in it are 0600 anyway)."""
    try:
        children = list(folder.iterdir())
    except OSError:
        return
    if all(child.name.startswith(OUR_NAMES) for child in children):
        make_private(folder)


def write_problem(folder: Path) -> OSError | None:
    """Why nothing can be written in ``folder`` (a read-only or full disk, no
    permission), found without writing, or None when nothing stands out: for a
    failure that comes without its cause (Qt's PDF writer says only "no")."""
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return None
    if info.f_flag & getattr(os, "ST_RDONLY", 1):
        return OSError(errno.EROFS, os.strerror(errno.EROFS), str(folder))
    if info.f_bavail * info.f_frsize < 64 * 1024:  # not even a page of a PDF
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(folder))
    if not os.access(folder, os.W_OK):
        return OSError(errno.EACCES, os.strerror(errno.EACCES), str(folder))
    return None
