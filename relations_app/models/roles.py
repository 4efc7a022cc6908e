"""Custom item roles shared by the models and the views."""

from PySide6.QtCore import Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts correctly (dates, ranks)
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the record id behind a row
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3  # the record itself
