"""Read contact files whole, checking every contact, before anything is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from relations_app.contacts.checking import checked_contact
from relations_app.contacts.contact import Contact, ContactFileError, ReadingStopped
from relations_app.contacts.csv_formats import CsvFormat
from relations_app.contacts.csv_reader import read_csv
from relations_app.contacts.decoding import decode
from relations_app.contacts.vcard_reader import looks_like_vcard, read_vcards
from relations_app.i18n import translate
from relations_app.services.exchange_file import TooLarge, read_bytes_bounded
from relations_app.services.exchange_format import ExchangeError

# Larger than any address book (5,000 contacts with photos is about 100 MB):
# a bigger file is something else, and reading it whole would only stall.
MAX_FILE_BYTES = 512 * 1024 * 1024
# Google Contacts keeps at most 25,000 contacts, more than any phone: a file
# with more is not one person's address book, and reading it would take minutes.
MAX_CONTACTS = 25_000
STOP_CHECK_EVERY = 200  # contacts read between two looks at ``stop``
VCARD = "vCard"
VCARD_SUFFIXES = (".vcf", ".vcard")


@dataclass(frozen=True)
class ContactFile:
    path: Path
    format: str  # "vCard", "Google Contacts", "Outlook", "LinkedIn"
    contacts: tuple[Contact, ...]


def never() -> bool:
    return False


def unheard(done: int, total: int) -> None:
    """Where no one follows the reading."""


def read_contact_file(
    path: Path,
    today: dt.date,
    mapped: CsvFormat | None = None,
    stop: Callable[[], bool] = never,
    report: Callable[[int, int], None] = unheard,
) -> ContactFile:
    """Every contact of one file, checked; ContactFileError naming the file,
    the problem and the line where there is one (UnknownCsvHeader for a CSV
    file whose columns need ``mapped``, the user's mapping of them).

    ``stop()`` is asked now and then; when it says True, ReadingStopped is
    raised. ``report(line, lines)`` says how far into the file the reading is.
    """
    path = Path(path)
    try:
        return _read(path, today, mapped, stop, report)
    except ContactFileError as error:
        raise error.in_file(path) from None


def read_contact_files(paths: list[Path], today: dt.date) -> list[ContactFile]:
    """All the files, or the first problem: nothing is imported from a set of
    files one of which cannot be read."""
    return [read_contact_file(path, today) for path in paths]


def _read(
    path: Path,
    today: dt.date,
    mapped: CsvFormat | None,
    stop: Callable[[], bool],
    report: Callable[[int, int], None],
) -> ContactFile:
    text = decode(_bytes(path))
    lines = text.count("\n") + 1
    if not text.strip():
        raise ContactFileError(translate("Contacts", "is empty"))
    source = path.name
    if looks_like_vcard(text):
        found = VCARD
        drafts = read_vcards(text)
    elif path.suffix.lower() in VCARD_SUFFIXES:
        raise ContactFileError(
            translate("Contacts", "is not a vCard (it does not begin with BEGIN:VCARD)")
        )
    else:
        csv_format, drafts = read_csv(text, mapped, MAX_CONTACTS + 1)  # one more says "too many"
        found = csv_format.name
    contacts = []
    for line, draft in drafts:
        if len(contacts) % STOP_CHECK_EVERY == 0:
            if stop():
                raise ReadingStopped
            report(line, lines)
        if len(contacts) == MAX_CONTACTS:
            raise ContactFileError(
                translate(
                    "Contacts", "holds more than {0} contacts, more than any address book"
                ).format(f"{MAX_CONTACTS:,}"),
                line,
            )
        contacts.append(checked_contact(draft, source, line, today))
    if not contacts:
        raise ContactFileError(translate("Contacts", "holds no contact"))
    return ContactFile(path, found, tuple(contacts))


def _bytes(path: Path) -> bytes:
    """The file's bytes, read the way an import is (a regular file only, never
    waiting on a pipe, at most MAX_FILE_BYTES)."""
    if path.is_dir():
        raise ContactFileError(translate("Contacts", "is a folder, not a file"))
    try:
        return read_bytes_bounded(path, MAX_FILE_BYTES)
    except TooLarge as error:
        raise ContactFileError(
            translate(
                "Contacts", "is too large to be an address book ({0} MB; at most {1} MB)"
            ).format(f"{error.size / 2**20:,.0f}", error.limit // 2**20)
        ) from None
    except ExchangeError as error:
        raise ContactFileError(str(error)) from None
