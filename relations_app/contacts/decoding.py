"""From a file's bytes to text, whatever the exporter chose.

Google, Apple, Android and LinkedIn write UTF-8 (Google with a byte-order
mark); Outlook writes UTF-16 when asked for "Unicode", otherwise the Windows
code page (cp1252 in western Europe). A file with NUL bytes and no UTF-16 mark
is not text at all (a photo, a zip, a database): it is refused, never guessed.
"""

from __future__ import annotations

import codecs

from relations_app.contacts.contact import ContactFileError
from relations_app.i18n import translate


def decode(raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise not_text() from None
    if b"\x00" in raw:
        raise not_text()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise not_text() from None


def not_text() -> ContactFileError:
    return ContactFileError(
        translate("Contacts", "is not a text file (contacts are read from .vcf or .csv files)")
    )
