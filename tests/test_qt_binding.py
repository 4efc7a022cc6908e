"""The Qt binding itself: a PySide6 that leaks references to None (6.12.0 on
Python 3.11) aborts the app after a few thousand calls, so refuse it here."""

import sys

from PySide6.QtCore import QRectF


def test_void_qt_calls_keep_none_alive():
    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(1000):
        rect.setWidth(1.0)  # a method that returns nothing
    assert sys.getrefcount(None) >= before - 10
