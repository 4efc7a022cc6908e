"""A guard against a PySide6 6.12 bug that painting a long overview runs into.

PySide6 6.12.0 (abi3 wheels) returns None without a new reference from every
method that returns void, as if None were immortal, which it is only from
Python 3.12 on. On Python 3.11 each such call takes one reference from None;
painting a thousand pages makes tens of thousands of them and None's count
reaches zero: "Fatal Python error: none_dealloc". PySide6 6.11 is not affected.

The guard looks for the bug with one call and, only where it is found, gives
None so many references that it behaves as the immortal object PySide assumes.
The real fix is a PySide6 without the bug (or Python 3.12); then this does nothing.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache

from PySide6.QtCore import QRectF

IMMORTAL_ENOUGH = 1 << 40  # more void calls than any process will ever make


@cache
def guard_none() -> bool:
    """Apply the guard once per process if this PySide needs it; whether it did."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # None is immortal there: nothing to guard
    probe = QRectF()
    before = sys.getrefcount(None)
    probe.setWidth(1.0)  # a void method: a correct binding leaves None's count as it was
    if sys.getrefcount(None) >= before:
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += IMMORTAL_ENOUGH
    return True
