"""Encrypt, re-key or decrypt a journal and its copies in place, safely.

A file is never changed where it lies. Its write-ahead log is first folded
into it; SQLCipher's sqlcipher_export then writes its content into a new file
beside it, under the new key (or none); the new file is checked (integrity,
identity, and a digest of every row against the old one), put on disk, and
renamed over the old one. The old file's bytes, reached through a descriptor
opened before the rename, are then overwritten with zeros: no plain page of
a journal stays readable in our folder. Killed at any moment, the file at the
path is the old one or the new one, whole, plus at most a temporary copy that
the next start overwrites and removes (files.remove_leftovers).

What the file system does with blocks we overwrite is beyond us: an SSD
remaps writes, and a snapshot or a synced folder may keep the old file (see
docs/data-safety.md).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from relations_app.storage.backups import INCOMING_PREFIX, OUTGOING_PREFIX
from relations_app.storage.database import classify_sqlite_error, connect_to_read, key_for
from relations_app.storage.errors import StoreError
from relations_app.storage.files import fsync_folder, retiring, shred_file, temporary_beside
from relations_app.storage.sqlite import DatabaseError, Key, attach, connect, is_plain

LOG_SUFFIXES = ("-wal", "-shm")

Progress = Callable[[int, int], None]


def content_digest(path: Path, key: Key | None) -> str:
    """A digest of everything a journal holds: its schema, every row of every
    table, its schema version and application id. Two files with the same
    digest hold the same journal, whatever their keys."""
    conn = connect(path, key, read_only=True, immutable=True)
    try:
        digest = hashlib.sha256()
        for pragma in ("user_version", "application_id"):
            digest.update(repr(conn.execute(f"PRAGMA {pragma}").fetchone()).encode())
        schema = conn.execute(
            "SELECT type, name, sql FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()
        for kind, name, sql in schema:
            digest.update(repr((kind, name, sql)).encode())
            if kind == "table":
                quoted = '"' + name.replace('"', '""') + '"'
                rows = sorted(repr(row) for row in conn.execute(f"SELECT * FROM {quoted}"))
                digest.update(repr(rows).encode())
        return digest.hexdigest()
    finally:
        conn.close()


def opens_with(path: Path, key: Key | None) -> bool:
    """Whether ``path`` is in the state ``key`` asks for: plain for None, or
    encrypted and opened by ``key``."""
    if key is None:
        return is_plain(path)
    if is_plain(path):
        return False
    try:
        connect(path, key, read_only=True, immutable=True).close()
    except (DatabaseError, StoreError):
        return False
    return True


def fold_log(path: Path, key: Key | None) -> str:
    """Checkpoint the file's write-ahead log into it, so that the file alone
    holds everything; refuse to go on if a log with content remains. Returns
    the file's journal mode (which an immutable connection cannot see)."""
    conn = connect(path, key)
    try:
        mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).upper()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise StoreError(f"{path.name} is in use by another program.", "locked", path)
    return mode


@contextmanager
def exported_copy(
    source: Path, source_key: Key | None, target_key: Key | None, journal_mode: str
) -> Iterator[Path]:
    """``source`` (its log folded in) copied under ``target_key`` into a new
    file beside it, checked against it and on disk, held while the block runs
    (the block renames it; otherwise it is overwritten and removed)."""
    with temporary_beside(source, ".sqlite3", prefix=INCOMING_PREFIX, shred=True) as temp:
        try:
            _export(source, source_key, temp, target_key, journal_mode)
            if content_digest(temp, target_key) != content_digest(source, source_key):
                raise StoreError(f"The new copy of {source.name} differs from it.", "damaged")
            with temp.open("rb") as stream:
                os.fsync(stream.fileno())
            yield temp
        except DatabaseError as error:
            raise StoreError(
                f"{source.name} could not be converted ({error}).", classify_sqlite_error(error)
            ) from error
        finally:
            for suffix in (*LOG_SUFFIXES, "-journal"):
                shred_file(Path(str(temp) + suffix))


def _export(
    source: Path, source_key: Key | None, temp: Path, target_key: Key | None, journal_mode: str
) -> None:
    conn = connect(temp, target_key, isolation_level=None)
    try:
        attach(conn, source, "source", source_key)
        conn.execute("SELECT sqlcipher_export('main', 'source')").fetchall()
        for pragma in ("user_version", "application_id"):  # sqlcipher_export leaves them
            value = int(conn.execute(f"PRAGMA source.{pragma}").fetchone()[0])
            conn.execute(f"PRAGMA main.{pragma} = {value}")
        conn.execute("DETACH DATABASE source")
        mode = conn.execute(f"PRAGMA journal_mode = {journal_mode}").fetchone()[0]
        if str(mode).upper() != journal_mode.upper():
            raise StoreError(f"The new copy stayed in journal mode {mode}.")
        result = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
        if result != "ok":
            raise StoreError(f"The new copy of {source.name} failed its check ({result}).")
    finally:
        conn.close()


def convert_in_place(path: Path, old_key: Key | None, new_key: Key | None) -> None:
    """Put ``path`` under ``new_key`` (None: plain), safely (see the module).
    ``old_key`` opens it if it is encrypted; it keeps its journal mode."""
    old_key = key_for(path, old_key)
    journal_mode = fold_log(path, old_key)
    with (
        exported_copy(path, old_key, new_key, journal_mode) as copy,
        retiring(path, OUTGOING_PREFIX),
    ):
        for suffix in LOG_SUFFIXES:  # empty now; never beside the new file
            shred_file(Path(str(path) + suffix))
        os.replace(copy, path)
        fsync_folder(path.parent)


def convert_files(
    journal: Path,
    copies: list[Path],
    old_key: Key | None,
    new_key: Key | None,
    progress: Progress | None = None,
) -> list[Path]:
    """Put the journal and its copies (backups, kept journals) under ``new_key``;
    return the copies left as they were (see below).

    Every file is first proved readable, or nothing starts. The order leaves
    an interrupted run to be finished with the key of the journal at its path:
    when a key is set (encrypt, change) the journal goes first, then its copies;
    when it is removed (decrypt), the copies go first and the journal last. A
    file already in the new state (an earlier interrupted run) is left as it is,
    and so is an encrypted copy that ``old_key`` does not open (a change of
    passphrase cut off midway left it under the previous one; damaged): it is
    not plain, so it keeps nothing readable, and it must not stop the rest.
    """
    files = [journal, *copies] if new_key is not None else [*copies, journal]
    pending = [path for path in files if not opens_with(path, new_key)]
    left = []
    for path in pending:
        problem = readable_problem(path, old_key)
        if problem is not None and path != journal and not is_plain(path):
            left.append(path)
        elif problem is not None:
            raise StoreError(
                f"{path.name} cannot be read to be converted ({problem}); nothing was changed. "
                "Move it out of the data folder, or delete it, then try again.",
                "unconvertible",
                path,
            )
    pending = [path for path in pending if path not in left]
    for done, path in enumerate(pending, start=1):
        convert_in_place(path, old_key, new_key)
        if progress is not None:
            progress(done, len(pending))
    return left


def readable_problem(path: Path, key: Key | None) -> str | None:
    """None when ``path`` opens (with ``key`` if it is encrypted) and passes
    quick_check; else what stands in the way."""
    try:
        conn = connect_to_read(path, key)
    except (DatabaseError, StoreError) as error:
        return str(error)
    try:
        result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except DatabaseError as error:
        return str(error)
    finally:
        conn.close()
    return None if result == "ok" else str(result)
