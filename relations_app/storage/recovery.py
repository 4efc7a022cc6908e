"""When the journal must be replaced (a restore, a damaged file): keep the
current one (never overwrite, never delete), check files without touching them,
and put a checked copy in its place in one rename.

At every instant a whole journal is at its path: the old one is first linked to
its kept name (it is then at both), the new one is copied and checked beside
it, and a rename swaps them. A process killed at any moment leaves the old
journal or the new one, plus at most a temporary copy that the next start
removes.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from relations_app.storage.backups import (
    BackupInfo,
    checked_copy,
    list_backups,
    verify,
)
from relations_app.storage.database import (
    APPLICATION_ID,
    check_version,
    connect_to_read,
    has_live_log,
    inspect_file,
    key_for,
    tables_check,
)
from relations_app.storage.encryption import exported_copy
from relations_app.storage.errors import StoreError
from relations_app.storage.files import COMPANION_SUFFIXES, fsync_folder
from relations_app.storage.migrations import CURRENT_VERSION
from relations_app.storage.search_index import rows_out_of_step
from relations_app.storage.sqlite import CAN_ENCRYPT, DatabaseError, Key, connect
from relations_app.storage.store import marks_this_file

KEPT_LABELS = ("pre-restore", "damaged")
# SQLite's log and shared index: they must never meet another main file
LOG_SUFFIXES = ("-shm", "-wal")


def aside_path(path: Path, label: str, now: dt.datetime) -> Path:
    """Where keep_aside(path, label, now) will keep the file: ``<name>.<label>-<time>``."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    serial = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{serial}")
        serial += 1
    return target


def _with_suffix(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links (FAT): a copy, on disk
        shutil.copyfile(source, target)
        with open(target, "rb") as stream:
            os.fsync(stream.fileno())


def keep_aside(path: Path, label: str, now: dt.datetime) -> Path | None:
    """Keep the journal, with its -wal, -shm and open marker, as
    ``<name>.<label>-<time>`` too, leaving it where it is. None if there is none."""
    if not path.exists():
        return None
    target = aside_path(path, label, now)
    for suffix in COMPANION_SUFFIXES:
        if _with_suffix(path, suffix).exists():
            _link_or_copy(_with_suffix(path, suffix), _with_suffix(target, suffix))
    _link_or_copy(path, target)  # last: a kept main file always has its log beside it
    fsync_folder(path.parent)
    return target


def swap_in(incoming: Path, path: Path) -> None:
    """Rename ``incoming`` over the journal at ``path`` (kept aside first).

    The old log goes before the rename: SQLite would replay it into the new
    file. Killed between the two, the old file is still there, without its log
    (which is kept), and its open marker says so at the next start.
    """
    for suffix in LOG_SUFFIXES:
        _with_suffix(path, suffix).unlink(missing_ok=True)
    os.replace(incoming, path)
    _with_suffix(path, "-open").unlink(missing_ok=True)
    fsync_folder(path.parent)


def set_back(kept: Path, original: Path) -> None:
    """Undo keep_aside and anything put in place since: the kept files are the
    journal again, under its own name, and the kept name is gone."""
    same = original.exists() and os.path.samefile(kept, original)
    for suffix in LOG_SUFFIXES:
        _with_suffix(original, suffix).unlink(missing_ok=True)
    for suffix in COMPANION_SUFFIXES:
        if _with_suffix(kept, suffix).exists():
            os.replace(_with_suffix(kept, suffix), _with_suffix(original, suffix))
    if same:  # nothing was swapped in: the journal is the kept file already
        kept.unlink()
    else:
        os.replace(kept, original)
    fsync_folder(original.parent)


def remove_journal(path: Path) -> None:
    """Remove the journal (kept aside first) so that an empty one can start."""
    for suffix in (*LOG_SUFFIXES, "-open"):
        _with_suffix(path, suffix).unlink(missing_ok=True)
    path.unlink(missing_ok=True)
    fsync_folder(path.parent)


def kept_journals(path: Path) -> list[Path]:
    """Journals kept beside ``path`` (before a restore, or damaged), newest first."""
    found = [
        candidate
        for label in KEPT_LABELS
        for candidate in path.parent.glob(f"{path.name}.{label}-*")
        if not candidate.name.endswith(COMPANION_SUFFIXES) and candidate.is_file()
    ]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def diagnose(path: Path, key: Key | None = None) -> str:
    """'ok' or a one-line diagnosis, without changing or creating any file.

    Runs SQLite's full integrity_check, and for an encrypted file SQLCipher's
    cipher_integrity_check (every page's authentication code). With no
    write-ahead log beside the file it is opened immutable (no -wal or -shm is
    created); with one, the log is read too, as the app would. An encrypted
    file without ``key`` raises EncryptedStoreError; with the wrong one,
    WrongPassphrase.
    """
    if not path.exists():
        return f"{path.name} does not exist."
    key = key_for(path, key)
    try:
        inspect_file(path, CURRENT_VERSION, key)
    except StoreError as error:
        if error.kind == "encrypted":
            raise
        return str(error)
    marker, wal = _with_suffix(path, "-open"), _with_suffix(path, "-wal")
    if marker.exists() and not wal.exists():
        if marks_this_file(marker, path):
            return (
                f"{path.name}: the last session did not close and its write-ahead log is missing."
            )
    try:
        conn = connect_to_read(path, key)
    except DatabaseError as error:
        return f"{path.name}: {error}"
    try:
        check_version(conn.execute("PRAGMA user_version").fetchone()[0], CURRENT_VERSION, path.name)
        try:
            rows = conn.execute("PRAGMA integrity_check(5)").fetchall()
        except DatabaseError as error:
            rows = [(str(error),)]
        if key is not None and CAN_ENCRYPT:
            rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()[:5] or rows
        problems = [str(row[0]) for row in rows]
        if problems != ["ok"] and _only_the_index(problems, conn):
            return f"{path.name}: " + INDEX_ONLY.format("; ".join(problems))
        gaps = rows_out_of_step(conn) if problems == ["ok"] else {}
        if gaps:
            counts = ", ".join(f"{table} {count:,}" for table, count in gaps.items())
            return f"{path.name}: " + INDEX_OUT_OF_STEP.format(counts)
    except (DatabaseError, StoreError) as error:
        return f"{path.name}: {error}"
    finally:
        conn.close()
    return "ok" if problems == ["ok"] else f"{path.name}: " + "; ".join(problems)


# the full-text index can be rebuilt from the rows: its damage loses nothing
INDEX_ONLY = (
    "the search index is damaged ({0}), the people and conversations are whole; "
    "Relations rebuilds the index the next time it searches or saves"
)
# SQLite's checks look at the index's structure only, never at the rows it holds
INDEX_OUT_OF_STEP = (
    "the search index is out of step with the journal (rows missing from it or left in it: "
    "{0}), the people and conversations are whole; Relations rebuilds the index the next "
    "time it opens the journal"
)


def _only_the_index(problems: list[str], conn) -> bool:
    """Every problem is in the full-text index, and every table passes on its own."""
    return all("fts5" in problem.lower() for problem in problems) and (
        tables_check(conn, "integrity_check") == "ok"
    )


def usable_backup_problem(path: Path, key: Key | None = None) -> str | None:
    """Why ``path`` cannot be restored (damaged, newer, not ours, encrypted with
    another passphrase than ``key``), or None."""
    key = key_for(path, key)
    try:
        inspect_file(path, CURRENT_VERSION, key)
    except StoreError as error:
        return str(error)
    result = verify(path, key)
    if result != "ok":
        return result
    try:
        conn = connect(path, key, read_only=True, immutable=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        finally:
            conn.close()
    except (DatabaseError, StoreError) as error:
        return str(error)
    return None if app_id == APPLICATION_ID else "not a Relations journal"


def newest_good_backup(folder: Path, key: Key | None = None) -> BackupInfo | None:
    """The newest backup that passes its check and that this version can open."""
    for backup in list_backups(folder):
        if usable_backup_problem(backup.path, key) is None:
            return backup
    return None


def put_in_place(source: Path, store_path: Path, key: Key | None = None) -> None:
    """A checked copy of ``source`` (a backup, or a kept journal with its log)
    becomes the journal at ``store_path``, in one rename. Keep the current
    journal aside first: whatever was at ``store_path`` is replaced.

    The result is encrypted with ``key`` when the journal or the backup is
    (a restore never removes encryption): a plain backup put in place of an
    encrypted journal is encrypted on its way, never plain at the path."""
    problem = usable_backup_problem(source, key)
    if problem is not None:
        raise StoreError(f"The backup {source.name} cannot be used ({problem}).", "bad_backup")
    source_key = key_for(source, key)
    target_key = source_key or key_for(store_path, key)
    if target_key is not source_key:
        if has_live_log(source):
            raise StoreError(f"{source.name} is in use.", "bad_backup")
        with exported_copy(source, source_key, target_key, "WAL") as copy:
            swap_in(copy, store_path)
        return
    reader = connect_to_read(source, source_key)
    try:
        with checked_copy(reader, store_path, source_key, journal_mode="WAL") as copy:
            swap_in(copy, store_path)
    finally:
        reader.close()
