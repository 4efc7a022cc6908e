"""What can go wrong with the store, in words a user can act on."""

from pathlib import Path


class StoreError(Exception):
    """A read or write failed.

    ``kind`` says what happened in a word the interface can put into the
    user's language: disk_full, read_only, read_only_file, locked, damaged,
    integrity, newer, older, foreign, invalid, unsafe or other. The message carries
    the English detail.
    """

    kind = "other"

    def __init__(self, message: str, kind: str | None = None, path: Path | None = None) -> None:
        super().__init__(message)
        if kind is not None:
            self.kind = kind
        self.path = path  # the file or folder concerned, when one is


class DamagedStoreError(StoreError):
    """The file is not a sound Relations store (truncated, garbled, emptied...)."""

    kind = "damaged"


class NewerStoreError(StoreError):
    """The file was written by a newer Relations; we leave it untouched."""

    kind = "newer"


class OlderStoreError(StoreError):
    """The file is at an older schema, and only a writer may migrate it."""

    kind = "older"


class ForeignFileError(StoreError):
    """The file is a SQLite database, but not one of ours."""

    kind = "foreign"


class ValidationError(StoreError):
    """A record breaks a rule (empty name, done before offered...).

    ``field`` names the offending field so a dialog can point at it.
    """

    kind = "invalid"

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field
