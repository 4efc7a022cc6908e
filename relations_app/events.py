"""One object that tells every window what changed, so each refreshes only that."""

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    # past tense: something has already been written
    people_changed = Signal()  # added, edited, archived or deleted people
    journal_changed = Signal()  # conversations added, edited or deleted
    values_changed = Signal()  # my values or shared values
    help_changed = Signal()
    store_replaced = Signal()  # an import or a restore: everything may differ
