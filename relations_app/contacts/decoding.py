"""From a file's bytes to text, whatever the exporter chose.

Google, Apple, Android and LinkedIn write UTF-8 (Google with a byte-order
mark); Outlook writes UTF-16 when asked for "Unicode", otherwise the Windows
code page (cp1252 in western Europe), read line by line so that UTF-8 lines
in it stay whole. A file with NUL bytes and no UTF-16 mark is not text at all
(a photo, a zip, a database): it is refused, never guessed.
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
        return "".join(_line(line) for line in raw.removeprefix(codecs.BOM_UTF8).splitlines(True))
    except UnicodeDecodeError:
        raise not_text() from None


def _line(raw: bytes) -> str:
    """A line of a file that is not UTF-8 throughout: UTF-8 where it is (a
    file edited by hand, one name pasted from elsewhere), else the Windows
    code page. Decoding the whole file in the code page would turn every
    UTF-8 accent of the other lines into two letters ("AgnÃ¨s")."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def not_text() -> ContactFileError:
    return ContactFileError(
        translate("Contacts", "is not a text file (contacts are read from .vcf or .csv files)")
    )
