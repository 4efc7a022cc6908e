"""vCard 2.1, 3.0 and 4.0, read through vobject, into raw contact fields.

The shapes real exporters write, each with a fixture in tests/contacts:
Apple (grouped ``item1.EMAIL`` lines, folded PHOTO, ``X-APPLE-OMIT-YEAR``),
Android (2.1, quoted-printable UTF-8 with soft line breaks), Google (3.0, a
byte-order mark, ``BDAY:--07-14``) and 4.0 (``TEL;VALUE=uri:tel:...``,
``BDAY:19850315``).

vobject does the reading: logical lines (unfolding), each line's name, group,
parameters and value, escapes and structured values. Its lower layer is used,
the way its ``readComponents`` uses it, because three of its defaults do not
fit address books:

- Android's soft line breaks (a quoted-printable value ending in ``=`` goes on
  at the start of the next line) fail its default reading; ``allowQP`` joins
  them and keeps the physical line numbers our messages need.
- Its vCard behaviour keeps a text value only up to its first unescaped comma
  (vCard 3.0 separates list values with commas), which cuts Android's notes
  ("Met at the club, talks about...") short. Text values are unescaped whole.
- Its content-line objects are most of its time (5,000 cards: about half);
  the parsed tuple is all we need. Quoted-printable is then decoded here, in
  the line's charset, and a byte that is not of that charset cannot stop the
  reading (vobject lets UnicodeDecodeError out).
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from vobject.base import ParseError, getLogicalLines, parseLine
from vobject.icalendar import stringToTextValues
from vobject.vcard import splitFields

from relations_app.birthdays import APPLE_NO_YEAR
from relations_app.contacts.contact import ContactFileError
from relations_app.i18n import translate

_BEGIN = re.compile(r"\s*BEGIN\s*:\s*VCARD\s*$", re.I)
_END = re.compile(r"\s*END\s*:\s*VCARD\s*$", re.I)


@dataclass(slots=True)
class Line:
    """One content line: vobject's parse, its value decoded."""

    params: dict[str, list[str]]  # upper-case names
    singletons: list[str]  # vCard 2.1's bare parameters (TEL;CELL;PREF)
    value: str


Lines = dict[str, list[Line]]


def looks_like_vcard(text: str) -> bool:
    first = text.lstrip()[:40]  # the first line, read without splitting the whole file
    return bool(_BEGIN.match(first.splitlines()[0])) if first else False


def read_vcards(text: str) -> Iterator[tuple[int, dict[str, str]]]:
    """Each card's first line and its raw fields; ContactFileError for a file
    that is not sound vCard, naming the line."""
    if "\r" in text and "\n" not in text:
        # Mac OS 9 ended lines with CR alone, which vobject does not split on:
        # the whole file was one line ("never ends")
        text = text.replace("\r", "\n")
    try:
        yield from _cards(text)
    except ParseError as error:
        raise _parse_problem(error, text) from None


def _cards(text: str) -> Iterator[tuple[int, dict[str, str]]]:
    """A card that begins before the one above it ended, or never ends, is
    named by the line it begins on (vobject can only say that the file ended).
    Checked as the cards are read: a first pass of its own over the lines was
    a third of the time a 100 MB file took to be refused."""
    depth, start, lines = 0, 0, {}
    for logical, number in getLogicalLines(io.StringIO(text), allowQP=True):
        name, params, value, _group = parseLine(logical, number)
        name = name.lower()
        if name == "begin":
            if depth and value.strip().upper() == "VCARD":
                raise _never_ends(start)
            depth += 1
            if depth == 1:
                start, lines = number or 1, {}
        elif name == "end" and depth:  # a stray END between cards ends nothing
            depth -= 1
            if depth == 0:
                yield start, card_fields(lines)
        elif depth == 1:  # lines of a nested part (a BEGIN of another kind) are not this person's
            lines.setdefault(name, []).append(_line(params, value))
    if depth:
        raise _never_ends(start)


def _line(params: list[list[str]], value: str) -> Line:
    named: dict[str, list[str]] = {}
    singletons = []
    for param in params:
        if len(param) == 1:
            singletons.append(param[0].upper())
        else:
            named.setdefault(param[0].upper(), []).extend(param[1:])
    encodings = [e.upper() for e in named.get("ENCODING", ())]
    if "QUOTED-PRINTABLE" in encodings or "QUOTED-PRINTABLE" in singletons:
        value = _quoted_printable(value, named.get("CHARSET", ["utf-8"])[0])
    return Line(named, singletons, value)


def _quoted_printable(value: str, charset: str) -> str:
    raw = codecs.decode(value.encode("utf-8"), "quoted-printable")
    try:
        return raw.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know
        return raw.decode("utf-8", errors="replace")


def card_fields(lines: Lines) -> dict[str, str]:
    return {
        "name": _name(lines),
        "nickname": ", ".join(_texts(lines.get("nickname", ()), ", ")),
        "organisation": _organisation(lines.get("org", ())),
        "email": _preferred(lines.get("email", ())),
        "phone": _phone(_preferred(lines.get("tel", ()))),
        "city": _city(lines.get("adr", ())),
        "birthday": _birthday(lines.get("bday", ())),
        "notes": "\n\n".join(_texts(lines.get("note", ()))),
    }


def text_of(line: Line, separator: str = ",") -> str:
    """A text value unescaped, all of it (commas included)."""
    if "\\" not in line.value and separator == ",":
        return line.value.strip()  # nothing escaped: the text as it is
    return separator.join(stringToTextValues(line.value)).strip()


def _texts(lines, separator: str = ",") -> list[str]:
    return [text for text in (text_of(line, separator) for line in lines) if text]


def _name(lines: Lines) -> str:
    for text in _texts(lines.get("fn", ())):
        return text
    for line in lines.get("n", ()):
        assembled = assemble_name(splitFields(line.value))
        if assembled:
            return assembled
    return ""


def _part(fields: list, index: int) -> str:
    value = fields[index] if index < len(fields) else ""
    return (" ".join(value) if isinstance(value, list) else str(value)).strip()


def assemble_name(fields: list) -> str:
    """N holds family;given;additional;prefix;suffix. Names are written given
    name first, except in scripts where the family name comes first (Chinese,
    Japanese, Korean), where the parts are not spaced either."""
    family, given = _part(fields, 0), _part(fields, 1)
    if family and given and family_first(family):
        return family + given
    parts = (_part(fields, i) for i in (3, 1, 2, 0, 4))
    return " ".join(part for part in parts if part)


def family_first(text: str) -> bool:
    return any(
        unicodedata.name(char, "").startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA"))
        for char in text
    )


def _preferred(lines) -> str:
    """The value marked preferred (TYPE=pref in 2.1 and 3.0, PREF=1 in 4.0),
    else the first."""
    ordered = sorted(lines, key=lambda line: not _is_preferred(line))
    return next((text for text in _texts(ordered)), "")


def _is_preferred(line: Line) -> bool:
    types = {t.strip().lower() for value in line.params.get("TYPE", ()) for t in value.split(",")}
    return "pref" in types or "PREF" in line.singletons or line.params.get("PREF") == ["1"]


def _phone(value: str) -> str:
    """4.0 writes phones as URIs: ``tel:+33-1-23-45-67-89;ext=12``."""
    if value[:4].lower() == "tel:":
        value = value[4:].split(";", 1)[0]
    return value


def _organisation(lines) -> str:
    for line in lines:
        fields = splitFields(line.value)
        text = ", ".join(p for p in (_part(fields, i) for i in range(len(fields))) if p)
        if text:
            return text
    return ""


def _city(lines) -> str:
    for line in sorted(lines, key=lambda line: not _is_preferred(line)):
        city = _part(splitFields(line.value), 3)
        if city:
            return city
    return ""


def _birthday(lines) -> str:
    """As written, except Apple's year-less form, which becomes --MM-DD."""
    for line in lines:
        value = text_of(line)
        if not value:
            continue
        omitted = line.params.get("X-APPLE-OMIT-YEAR", [""])[0]
        if value.startswith(str(APPLE_NO_YEAR)) or (omitted and value.startswith(omitted)):
            digits = value.split("T", 1)[0].replace("-", "")  # 16040930
            return f"--{digits[4:6]}-{digits[6:8]}"
        return value
    return ""


def _never_ends(line: int) -> ContactFileError:
    return ContactFileError(
        translate("Contacts", "a vCard begins here and never ends (END:VCARD is missing)"), line
    )


def _parse_problem(error: ParseError, text: str) -> ContactFileError:
    line = getattr(error, "lineNumber", None)
    shown = ""
    if isinstance(line, int) and 0 < line <= len(lines := text.splitlines()):
        shown = lines[line - 1].strip()[:60]
    return ContactFileError(
        translate("Contacts", "not a vCard line: '{0}'").format(shown), line or None
    )
