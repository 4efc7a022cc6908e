"""The guard against PySide6 6.12 taking a reference from None on each void call."""

import sys

from PySide6.QtCore import QRectF

from relations_app.printing.none_guard import guard_none


def test_after_the_guard_void_calls_leave_none_alive():
    guard_none()
    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(20_000):  # more than None's own count on an unguarded Python 3.11
        rect.setWidth(1.0)
    lost = before - sys.getrefcount(None)
    assert abs(lost) < 100 or abs(lost - 20_000) < 100  # a correct binding, or the guarded bug


def test_the_guard_is_applied_once():
    assert guard_none() is guard_none()
