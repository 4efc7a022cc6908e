"""Reading a file to import, with a bound on everything it could make us do.

Only a regular file is read (a pipe, a device or a folder is refused at once,
without waiting on it), and at most MAX_IMPORT_BYTES of it. The JSON parser is
bounded too: the length of numbers is checked before Python's 4,300-digit
integer limit could turn a bad file into a traceback, and json's own stop at
a depth Python's stack holds is a message (read_document bounds the nesting
much lower).
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from relations_app.i18n import translate
from relations_app.services.exchange_format import ExchangeError, too_deep

# An export of 2,000 people and 20,000 conversations (bench/sample_data.py) is
# 14 MB: the bound leaves room for years more, and keeps the memory a parse
# needs bounded too.
MAX_IMPORT_BYTES = 100 * 1024 * 1024
# Whole numbers in an export are ids, days and depths: 15 digits is plenty and
# stays exact in every JSON tool (JavaScript's doubles hold 15 digits).
MAX_DIGITS = 15


class TooLarge(ExchangeError):
    """A file larger than the bound; ``size`` and ``limit`` in bytes."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            translate("Import", "is {0} MB; an export to import is at most {1} MB").format(
                f"{size / 2**20:,.0f}", limit // 2**20
            )
        )
        self.size, self.limit = size, limit


def read_bytes_bounded(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (MAX_IMPORT_BYTES
    unless told); ExchangeError otherwise."""
    limit = MAX_IMPORT_BYTES if limit is None else limit
    try:
        # O_NONBLOCK: opening a pipe returns at once instead of waiting for a writer
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        descriptor = os.open(path, flags)
    except OSError as error:
        raise ExchangeError(
            translate("Import", "cannot be read ({0})").format(error.strerror)
        ) from None
    info = os.fstat(descriptor)
    problem = None
    if not stat.S_ISREG(info.st_mode):
        problem = ExchangeError(
            translate("Import", "is not a regular file (a folder, a device or a pipe)")
        )
    elif info.st_size > limit:
        problem = TooLarge(info.st_size, limit)
    if problem is not None:
        os.close(descriptor)
        raise problem
    with os.fdopen(descriptor, "rb") as stream:
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            raise ExchangeError(
                translate("Import", "cannot be read ({0})").format(error.strerror)
            ) from None
    if len(data) > limit:  # it grew while we read it
        raise TooLarge(len(data), limit)
    return data


def parse_json(raw: bytes) -> Any:
    """The JSON document in ``raw``; ExchangeError naming the problem and where."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ExchangeError(
            translate("Import", "is not UTF-8 text (byte {0})").format(error.start + 1)
        ) from None
    # a byte-order mark, which Windows editors put in front of UTF-8 they
    # save, is no part of the text (json refuses it)
    text = text.removeprefix("\ufeff")
    try:
        data = json.loads(text, parse_int=_bounded_int, parse_constant=_no_constant)
    except RecursionError:  # nested far deeper than the format allows: json stops itself
        raise too_deep() from None
    except json.JSONDecodeError as error:
        raise ExchangeError(
            translate("Import", "is not valid JSON (line {0}, column {1}: {2})").format(
                error.lineno, error.colno, error.msg
            )
        ) from None
    return data  # its nesting is bounded by read_document, where the records are read


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise ExchangeError(
            translate("Import", "holds a number of {0} digits; numbers have at most {1}").format(
                f"{len(digits.lstrip('-')):,}", MAX_DIGITS
            )
        )
    return int(digits)


def _no_constant(name: str) -> Any:
    raise ExchangeError(
        translate("Import", "holds {0}, which is not a number in standard JSON").format(name)
    )
