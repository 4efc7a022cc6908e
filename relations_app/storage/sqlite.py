"""The one way into SQLite: which driver, how a file is opened, and how it is keyed.

Every journal, encrypted or not, goes through the sqlcipher3 driver (SQLCipher
4.19 on SQLite 3.53): one SQLite everywhere, newer than Python's own 3.40 and
without its write-ahead-log reset bug, one set of exception classes, and one
code path for a plain journal and an encrypted one, so the tests of the one
run the code of the other. SQLCipher without a key reads and writes ordinary
SQLite files, byte for byte. It ships wheels for Linux (x86-64, ARM64, glibc
and musl), macOS (Intel and Apple) and Windows (x86-64, ARM64), Python 3.11 to
3.14, so it is a dependency like any other. Should it be missing all the same
(a distribution that packaged Relations without it), Python's sqlite3 takes
its place: plain journals work as before, and an encrypted one is refused in
words that say why (CAN_ENCRYPT).

Catch ``DatabaseError`` and ``Error`` from here, never sqlite3's: the classes
of the two drivers are unrelated.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import unicodedata
from pathlib import Path

try:
    from sqlcipher3 import dbapi2 as driver

    CAN_ENCRYPT = True
except ImportError:  # pragma: no cover - exercised by a test in a subprocess
    import sqlite3 as driver  # type: ignore[no-redef]

    CAN_ENCRYPT = False

from relations_app.storage.errors import StoreError

Connection = driver.Connection
DatabaseError = driver.DatabaseError
Error = driver.Error
SQLITE_VERSION = driver.sqlite_version

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 2000

# SQLCipher 4's defaults, written out so that a later SQLCipher with other
# defaults still opens our files: PBKDF2-HMAC-SHA512, 256,000 iterations, a
# 256-bit key, a 16-byte random salt at the start of the file.
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16


class EncryptionUnavailable(StoreError):
    """This installation cannot open encrypted journals (no sqlcipher3)."""

    kind = "no_encryption"


class WrongPassphrase(StoreError):
    """The passphrase does not open the file (or the file's first page is damaged:
    SQLCipher cannot tell the two apart)."""

    kind = "wrong_passphrase"


class Key:
    """A passphrase, held in memory while the journal is open and nowhere else.

    Its repr never shows it (a traceback, a log line). SQLCipher would derive
    the key again for every connection (0.1 s each, and a backup takes four);
    here it is derived once per salt, the way SQLCipher does it, and handed to
    SQLCipher raw. Every file we create shares the journal's salt, so one
    derivation opens them all; SQLCipher itself, given the passphrase, opens
    each of them too.
    """

    __slots__ = ("_secret", "_derived")

    def __init__(self, passphrase: str) -> None:
        # NFC: "é" typed on one system and another opens the same journal
        text = unicodedata.normalize("NFC", passphrase)
        if not text or "\x00" in text:
            raise ValueError("A passphrase must be non-empty and without NUL characters.")
        self._secret = text.encode("utf-8")
        self._derived: dict[bytes, bytes] = {}

    def __repr__(self) -> str:
        return "Key(<hidden>)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and secrets.compare_digest(self._secret, other._secret)

    __hash__ = None  # type: ignore[assignment]

    def derived(self, salt: bytes) -> bytes:
        if salt not in self._derived:
            self._derived[salt] = hashlib.pbkdf2_hmac(
                "sha512", self._secret, salt, KDF_ITERATIONS, KEY_BYTES
            )
        return self._derived[salt]

    def pragma_value(self, path: Path) -> str:
        """SQLCipher's raw key with its salt, for the file at ``path``: the
        file's own salt, or for a new file one this key has derived already."""
        salt = file_salt(path)
        if salt is None:
            salt = next(iter(self._derived), None) or os.urandom(SALT_BYTES)
        return f"x'{self.derived(salt).hex()}{salt.hex()}'"

    def forget(self) -> None:
        self._derived.clear()
        self._secret = b""


def file_salt(path: Path) -> bytes | None:
    """The salt of an encrypted file: its first 16 bytes (None for a new file)."""
    try:
        with open(path, "rb") as stream:
            start = stream.read(SALT_BYTES)
    except (FileNotFoundError, IsADirectoryError):
        return None
    return start if len(start) == SALT_BYTES else None


def is_plain(path: Path) -> bool:
    """Whether ``path`` holds an unencrypted SQLite database (its header says so)."""
    try:
        with open(path, "rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` may be an encrypted journal: a whole number of pages
    that starts with a salt (16 bytes, not all zero) instead of SQLite's header.
    (A plain file whose header was garbled looks so too; only the passphrase
    tells, see WrongPassphrase.)"""
    try:
        size = Path(path).stat().st_size
    except OSError:
        return False
    salt = file_salt(path)
    return (
        size >= 512
        and size % 512 == 0
        and salt is not None
        and any(salt)
        and not salt.startswith(SQLITE_HEADER[:SALT_BYTES])
    )


def sqlite_uri(path: Path, **params: str | int) -> str:
    """A file: URI for connect(uri=True). Built with as_uri() so that '#', '?'
    and '%' in a folder name stay part of the path."""
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return Path(path).resolve().as_uri() + (f"?{query}" if query else "")


def connect(
    path: Path,
    key: Key | None = None,
    *,
    read_only: bool = False,
    immutable: bool = False,
    isolation_level: str | None = "",
    check_same_thread: bool = True,
) -> Connection:
    """A connection to a journal or a backup: the only place a SQLite file is
    opened (the peewee database calls it too). With ``key`` it is keyed and the
    key is proved at once: WrongPassphrase if it does not open the file."""
    params: dict[str, str | int] = {"mode": "ro"} if read_only else {}
    if immutable:
        params["immutable"] = 1
    connection = driver.connect(
        sqlite_uri(path, **params),
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=isolation_level,
        check_same_thread=check_same_thread,
    )
    try:
        prepare(connection, path, key)
    except BaseException:
        connection.close()
        raise
    return connection


def prepare(connection: Connection, path: Path, key: Key | None) -> None:
    if CAN_ENCRYPT:
        # SQLCipher writes its own errors to stderr ("hmac check failed"): a
        # wrong passphrase must end in our one line, nothing else
        connection.execute("PRAGMA cipher_log_level = NONE")
    # sorting and temporary tables never reach a file (SQLCipher's build says
    # so too; Python's sqlite3 may not)
    connection.execute("PRAGMA temp_store = MEMORY")
    if key is None:
        return
    if not CAN_ENCRYPT:
        raise EncryptionUnavailable(
            "This installation of Relations cannot open encrypted journals "
            "(the sqlcipher3 module is missing)."
        )
    connection.execute(f'PRAGMA key = "{key.pragma_value(path)}"')
    connection.execute("PRAGMA cipher_compatibility = 4")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as error:
        if "not a database" in str(error).lower():
            raise WrongPassphrase(
                f"The passphrase does not open {Path(path).name}.", path=Path(path)
            ) from None
        raise


def attach(connection: Connection, path: Path, name: str, key: Key | None) -> None:
    """Attach ``path`` read-only as ``name`` (unchanged, even when it is a
    journal with a write-ahead log: the caller checkpointed it)."""
    material = key.pragma_value(path) if key is not None else ""
    connection.execute(
        "ATTACH DATABASE ? AS " + name + " KEY ?",
        (sqlite_uri(path, mode="ro", immutable=1), material),
    )
