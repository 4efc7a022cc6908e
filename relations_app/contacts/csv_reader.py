"""Contacts from a CSV file (Google, Outlook, LinkedIn), through the csv module.

The header row may come after a few lines of notes (LinkedIn's Connections.csv
starts with a paragraph about missing email addresses): the first row among
the first few that a known format recognises is the header. A header no known
format has raises UnknownCsvHeader, which carries the columns and a few rows
so that the window can ask which column holds what (contacts/csv_mapping.py);
the file is then read again with that mapping.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from relations_app.contacts.contact import ContactFileError, UnknownCsvHeader
from relations_app.contacts.csv_formats import (
    FORMATS,
    GOOGLE_MULTI,
    CsvFormat,
    birthday_text,
    expand,
    slashed_order,
)
from relations_app.i18n import translate

HEADER_SEARCH_ROWS = 10
DELIMITERS = (",", ";", "\t")
# A cell larger than this is not an address book's (the csv module's own limit
# is 128 KiB, which a pasted note can pass).
FIELD_SIZE_LIMIT = 1_000_000
SAMPLE_ROWS = 3  # rows shown beside each column in the mapping step
# Google and Outlook write about 90 columns; a row of thousands is not an
# address book, and the mapping step would offer a choice for each.
MAX_COLUMNS = 300


def read_csv(
    text: str, mapped: CsvFormat | None = None, most: int | None = None
) -> tuple[CsvFormat, Iterator[tuple[int, dict[str, str]]]]:
    """The format and each contact's line and raw fields (at most ``most``
    contacts); UnknownCsvHeader for a header no known format has (nor
    ``mapped``, the user's mapping), or ContactFileError for a row the csv
    module cannot read.

    Commas first; then semicolons and tabs, which Outlook writes where the
    comma is the decimal sign, or when asked for a "Unicode" export.
    """
    csv.field_size_limit(FIELD_SIZE_LIMIT)
    formats = (mapped,) if mapped is not None else FORMATS
    problem = None
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            found, header = _header(reader, formats)
        except ContactFileError as error:
            problem = problem or error
            continue
        read = _rows(reader, most)
        if read and (most is None or len(read) < most):
            _check_closed(text, read[-1][0], delimiter)
        rows = list(rows_of(read, header))
        birthdays = expand(found.columns.get("birthday", ()))
        order = slashed_order([_first(row, birthdays) for _, row in rows])
        return found, (
            (line, _fields(found, row, order)) for line, row in rows if any(row.values())
        )
    if isinstance(problem, UnknownCsvHeader):
        raise _unknown_header(text)
    raise problem


def _header(reader, formats: tuple[CsvFormat, ...]) -> tuple[CsvFormat, list[str]]:
    for row in _safe(reader):
        headings = distinct_headings(row)
        found = next((f for f in formats if f.matches(headings)), None)
        if found is not None:
            return found, headings
        if reader.line_num >= HEADER_SEARCH_ROWS:
            break
    raise UnknownCsvHeader([], [])


def _unknown_header(text: str) -> ContactFileError:
    """The columns of a header no format knows: the first row that is not empty,
    split by the delimiter that gives it the most columns, and a few rows below."""
    best: list[list[str]] = []
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows: list[list[str]] = []
        try:
            for row in reader:
                if rows or any(cell.strip() for cell in row):
                    rows.append(row)
                if len(rows) > SAMPLE_ROWS:
                    break
        except csv.Error:
            continue
        if rows and (not best or len(rows[0]) > len(best[0])):
            best = rows
    header = distinct_headings(best[0]) if best else []
    if len(header) > MAX_COLUMNS:
        return ContactFileError(
            translate("Contacts", "has {0} columns, more than any address book export").format(
                f"{len(header):,}"
            )
        )
    return UnknownCsvHeader(header, best[1:])


def _rows(reader, most: int | None) -> list[tuple[int, list[str]]]:
    """The rows with their first lines, up to ``most`` that are not blank: the
    rows are kept whole (the birthdays' day order is read from all of them),
    and a 100 MB file of millions took gigabytes before it was refused."""
    rows = []
    start = reader.line_num + 1
    filled = 0
    for row in _safe(reader):
        rows.append((start, row))
        start = reader.line_num + 1
        filled += any(cell.strip() for cell in row)
        if most is not None and filled >= most:
            break
    return rows


def _check_closed(text: str, start: int, delimiter: str) -> None:
    """A quote that opens in the last row and is never closed: the csv module
    reads the rest of the file as one value (the contacts below it become one
    long name); only its strict mode says so, and strict refuses other small
    slips that exporters make, so the last row alone is read again with it."""
    buffer = io.StringIO(text, newline="")
    for _ in range(start - 1):
        buffer.readline()
    try:
        for _ in csv.reader(buffer, delimiter=delimiter, strict=True):
            pass
    except csv.Error as error:
        if "unexpected end of data" in str(error):
            raise ContactFileError(
                translate("Contacts", 'a quote (") opens here and is never closed'), start
            ) from None


def distinct_headings(row: list[str]) -> list[str]:
    """The headings, each its own: a column is read by its heading, and two
    that share one (blank, in a spreadsheet saved by hand) would be read as
    one. A blank heading is named by its place, and so is a repeated one."""
    headings: list[str] = []
    seen: set[str] = set()  # a row of thousands of cells is checked too
    for position, cell in enumerate(row):
        heading = cell.strip() or translate("Contacts", "(column {0})").format(position + 1)
        while heading in seen:
            heading = f"{heading} ({position + 1})"
        seen.add(heading)
        headings.append(heading)
    return headings


def rows_of(rows, header: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    for line, cells in rows:
        yield line, dict(zip(header, cells, strict=False))


def _safe(reader) -> Iterator[list[str]]:
    try:
        yield from reader
    except csv.Error as error:
        raise ContactFileError(
            translate("Contacts", "not readable as CSV ({0})").format(error), reader.line_num
        ) from None


def _fields(found: CsvFormat, row: dict[str, str], order: str) -> dict[str, str]:
    fields = {field: _first(row, expand(columns)) for field, columns in found.columns.items()}
    if not fields.get("name"):
        parts = (row.get(column, "").strip() for column in found.name_parts)
        fields["name"] = " ".join(part for part in parts if part)
    if fields.get("birthday"):
        fields["birthday"] = birthday_text(fields["birthday"], order)
    return fields


def _first(row: dict[str, str], columns: tuple[str, ...]) -> str:
    for column in columns:
        value = row.get(column, "") or ""
        value = value.split(GOOGLE_MULTI, 1)[0].strip()
        if value:
            return value
    return ""
