"""Encrypting the journal, changing its passphrase, removing its encryption.

The journal and every copy of it in the data folder (backups, journals kept
aside before a restore or after damage) always share one state: all plain, or
all encrypted with the journal's passphrase. A conversion changes them all
(storage.encryption says how each file is changed safely); one interrupted by
a crash is finished the next time the journal is opened with its passphrase
(finish_encryption): a copy left plain is encrypted then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from relations_app.paths import DataPaths
from relations_app.storage.backups import list_backups, make_backup
from relations_app.storage.encryption import Progress, convert_files, opens_with, readable_problem
from relations_app.storage.errors import StoreError
from relations_app.storage.recovery import kept_journals
from relations_app.storage.sqlite import CAN_ENCRYPT, EncryptionUnavailable, Key, is_plain
from relations_app.storage.store import Store

Clock = Callable[[], dt.datetime]


def copies_of(journal: Path, backups_folder: Path) -> list[Path]:
    """Every copy of the journal in the data folder: backups and kept journals."""
    return [info.path for info in list_backups(backups_folder)] + kept_journals(journal)


def plain_copies(paths: DataPaths) -> list[Path]:
    """The copies of the journal that are not encrypted."""
    return [path for path in copies_of(paths.store, paths.backups) if is_plain(path)]


def finish_encryption(store: Store, backups_folder: Path) -> int:
    """Encrypt the copies an interrupted conversion left plain beside an
    encrypted journal (the store is open with its key). A copy that cannot be
    read is left for `relations check` to report. Returns how many were done."""
    key = store.open_key
    if key is None:
        return 0
    plain = [
        path
        for path in copies_of(store.path, backups_folder)
        if is_plain(path) and readable_problem(path, None) is None
    ]
    if plain:
        convert_files(store.path, plain, None, key)
    return len(plain)


class Conversion:
    """One conversion in three steps, for a window that runs the long one on a
    worker: ``begin`` (backup, close: on the thread that owns the journal's
    connection), ``convert`` (files only, no connection of the store: any
    thread), ``finish`` (reopen, on the owning thread again)."""

    def __init__(self, service: EncryptionService, what: str, new_key: Key | None) -> None:
        self._service = service
        self.what = what
        self.new_key = new_key
        self.old_key: Key | None = None
        self.left: list[Path] = []

    def begin(self) -> None:
        store = self._service.store
        if self.new_key is not None and not CAN_ENCRYPT:
            raise EncryptionUnavailable(
                "This installation of Relations cannot encrypt (sqlcipher3 is missing)."
            )
        if not store.is_open:
            raise StoreError("The journal is closed.", "closed")
        self.old_key = store.open_key
        now = self._service.clock().replace(microsecond=0)
        make_backup(
            store.connection(), self._service.folder, now, f"before-{self.what}", self.old_key
        )
        store.close()

    def convert(self, progress: Progress | None = None) -> list[Path]:
        store = self._service.store
        copies = copies_of(store.path, self._service.folder)
        self.left = convert_files(store.path, copies, self.old_key, self.new_key, progress)
        return self.left

    def finish(self) -> None:
        """Reopen the journal in whatever state it has at its path (the new one,
        or after a failure the old one); called whether convert succeeded or not."""
        store = self._service.store
        store.key = self.new_key if opens_with(store.path, self.new_key) else self.old_key
        store.open()
        if self.old_key is not None and store.key is not self.old_key:
            self.old_key.forget()


class EncryptionService:
    """The three conversions of the open journal, with its copies.

    Each takes a backup first (it is converted with the rest), closes the
    journal, converts, and reopens it under its new state; after a failure,
    under whatever state the journal has at its path, and the error is raised.
    Each returns the copies left as they were: encrypted, but not with the
    journal's passphrase (see storage.encryption.convert_files).
    """

    def __init__(self, store: Store, backups_folder: Path, clock: Clock) -> None:
        self.store = store
        self.folder = backups_folder
        self.clock = clock

    @property
    def available(self) -> bool:
        return CAN_ENCRYPT

    @property
    def encrypted(self) -> bool:
        return self.store.open_key is not None

    def encryption(self, key: Key) -> Conversion:
        if self.encrypted:
            raise StoreError("The journal is encrypted already.", "encrypted_already")
        return Conversion(self, "encrypt", key)

    def passphrase_change(self, key: Key) -> Conversion:
        if not self.encrypted:
            raise StoreError("The journal is not encrypted.", "not_encrypted")
        return Conversion(self, "rekey", key)

    def decryption(self) -> Conversion:
        if not self.encrypted:
            raise StoreError("The journal is not encrypted.", "not_encrypted")
        return Conversion(self, "decrypt", None)

    def encrypt(self, key: Key, progress: Progress | None = None) -> list[Path]:
        return self._run(self.encryption(key), progress)

    def change_passphrase(self, key: Key, progress: Progress | None = None) -> list[Path]:
        return self._run(self.passphrase_change(key), progress)

    def decrypt(self, progress: Progress | None = None) -> list[Path]:
        return self._run(self.decryption(), progress)

    @staticmethod
    def _run(conversion: Conversion, progress: Progress | None) -> list[Path]:
        conversion.begin()
        try:
            return conversion.convert(progress)
        finally:
            conversion.finish()
