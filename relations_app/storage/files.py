"""Writing files the safe way: private, and never half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# files that belong with the journal: SQLite's log and shared index, and our
# "open" marker. They move together whenever the journal file moves.
COMPANION_SUFFIXES = ("-wal", "-shm", "-open")


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

    The result is 0600 whatever the umask; a failure leaves no partial file.
    """
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


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
    """0600 for a file, 0700 for a folder; ignore files that are not there."""
    try:
        os.chmod(path, 0o700 if path.is_dir() else 0o600)
    except FileNotFoundError:
        pass


OUR_NAMES = ("relations", "backups", "settings.ini", ".incoming-")


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
